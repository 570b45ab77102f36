import { type Decimal, isDecimal, parseDecimal } from './decimal.js'
import { isoTimestamp } from './format.js'
import { type CleanJson, type CleanText, clean, cleanJson } from './outside-text.js'

/**
 * The one owner of DeepSeek's balance shape and of the snapshot line built on it:
 * `{"checked_at":…,"is_available":…,"balance_infos":[…]}`. It reads DeepSeek's answers, the
 * `baseline` input and the state the gate hands to the post step, and writes the `snapshot` and
 * `balance-infos` outputs and that state, so what one writes the other reads.
 */

/** An amount as shown (clean) and as compared (exact). */
export interface Amount {
  readonly text: CleanText
  readonly value: Decimal
}

/** One currency's row of `balance_infos`. */
export interface BalanceRow {
  /** Three letters, upper case. */
  readonly currency: CleanText
  readonly total: Amount
  /** As written; '' when DeepSeek reported none. */
  readonly granted: CleanText
  readonly toppedUp: CleanText
}

export interface Balance {
  readonly isAvailable: boolean
  /** Sorted by currency, each at most once: DeepSeek sends the rows in a different order from call to call. */
  readonly rows: readonly BalanceRow[]
}

/** A balance read at a known time. */
export interface Snapshot extends Balance {
  readonly checkedAt: Date
}

export type AmountField = 'total_balance' | 'granted_balance' | 'topped_up_balance'

/**
 * What is wrong with a balance or a snapshot. Only fixed kinds and values that passed
 * validation (a three-letter currency, a time re-written by us): the text may hold anything.
 */
export type SnapshotProblem =
  | { readonly kind: 'too-long' }
  | { readonly kind: 'not-json' }
  | { readonly kind: 'not-an-object' }
  | { readonly kind: 'missing'; readonly field: 'checked_at' | 'is_available' | 'balance_infos' }
  | { readonly kind: 'wrong-type'; readonly field: 'is_available' | 'balance_infos' }
  | { readonly kind: 'checked-at-not-a-time' }
  | { readonly kind: 'checked-at-without-zone' }
  /** More than FUTURE_TOLERANCE_MS after now. */
  | { readonly kind: 'checked-at-in-the-future'; readonly checkedAt: Date }
  | { readonly kind: 'row-not-an-object' }
  | { readonly kind: 'row-without-currency' }
  /** The amount is not a decimal, or (total_balance only) missing. */
  | {
      readonly kind: 'amount'
      readonly currency: CleanText
      readonly field: AmountField
      readonly missing: boolean
    }
  | { readonly kind: 'currency-twice'; readonly currency: CleanText }

export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: SnapshotProblem }

/** A snapshot line is one line we wrote; anything much longer is not one, and is not parsed. */
export const MAX_SNAPSHOT_LENGTH = 65_536
/** Clock skew between the runner that wrote a snapshot and this one. */
export const FUTURE_TOLERANCE_MS = 60_000
/** Longer amounts are not money. */
const MAX_AMOUNT_LENGTH = 100

/**
 * DeepSeek's answer as a balance: JSON with `is_available` and `balance_infos`. Surrounding
 * white space (DeepSeek sends blank lines when busy) and a byte-order mark (some gateways do)
 * are ignored. Amounts may be strings or JSON numbers (an older version of DeepSeek's docs typed
 * them so); numbers keep every digit as written.
 */
export function parseBalance(text: string): Parsed<Balance> {
  const json = parseJson(text)
  return json.ok ? readBalance(json.value) : json
}

/**
 * A snapshot line as formatSnapshot writes it, or written by hand in that shape: the balance's
 * rules, plus `checked_at`: `YYYY-MM-DDTHH:MM:SS`, optionally `.` and 1 to 9 digits (below a
 * millisecond they are dropped), then `Z` or `+/-HH:MM`; a real calendar time, not more than
 * FUTURE_TOLERANCE_MS after `now`. Other fields are ignored.
 */
export function parseSnapshot(text: string, now: Date): Parsed<Snapshot> {
  if (text.length > MAX_SNAPSHOT_LENGTH) return refuse({ kind: 'too-long' })
  const json = parseJson(text)
  return json.ok ? readSnapshot(json.value, now) : json
}

/** The JSON of a snapshot line, parsed already, by parseSnapshot's rules. */
export function readSnapshot(json: unknown, now: Date): Parsed<Snapshot> {
  const checked = checkSnapshot(json, now)
  if (!checked.ok) return checked
  return { ok: true, value: { ...cleanBalance(checked.value), checkedAt: checked.value.checkedAt } }
}

/** Checks a snapshot line's JSON against the rules without cleaning anything. */
export function checkSnapshot(
  json: unknown,
  now: Date
): Parsed<CheckedBalance & { readonly checkedAt: Date }> {
  if (!isRecord(json)) return refuse({ kind: 'not-an-object' })
  const { checked_at: rawCheckedAt } = json
  if (rawCheckedAt === undefined || rawCheckedAt === null) {
    return refuse({ kind: 'missing', field: 'checked_at' })
  }
  const checkedAt = readCheckedAt(rawCheckedAt)
  if ('kind' in checkedAt) return refuse(checkedAt)
  if (checkedAt.getTime() - now.getTime() > FUTURE_TOLERANCE_MS) {
    return refuse({ kind: 'checked-at-in-the-future', checkedAt })
  }
  const balance = checkBalance(json)
  return balance.ok ? { ok: true, value: { ...balance.value, checkedAt } } : balance
}

/**
 * The snapshot as one line of JSON, which parseSnapshot reads back. A row whose amounts the
 * cleaning had to change (they held a piece of the key) is left out: written as `***`, it would
 * no longer be a balance to measure from.
 */
export function formatSnapshot(snapshot: Snapshot): CleanText {
  return cleanJson(formatSnapshotFields(snapshot))
}

/** The fields of a snapshot line, for a line that carries more (a ledger's reading). */
export function formatSnapshotFields(snapshot: Snapshot): { readonly [key: string]: CleanJson } {
  return {
    checked_at: isoTimestamp(snapshot.checkedAt),
    is_available: snapshot.isAvailable,
    balance_infos: balanceInfos(snapshot.rows.filter(isWrittenExactly))
  }
}

/** The rows with DeepSeek's field names, amounts as strings (the `balance-infos` output). */
export function balanceInfos(rows: readonly BalanceRow[]): CleanJson[] {
  return rows.map(row => ({
    currency: row.currency,
    total_balance: row.total.text,
    granted_balance: row.granted,
    topped_up_balance: row.toppedUp
  }))
}

/** JSON text with its amounts kept digit for digit (see quoteAmountNumbers). */
export function parseJson(text: string): Parsed<unknown> {
  try {
    // trim() removes a byte-order mark too: U+FEFF is JavaScript white space.
    return { ok: true, value: JSON.parse(quoteAmountNumbers(text.trim())) }
  } catch {
    return refuse({ kind: 'not-json' })
  }
}

/**
 * JSON text with the amount fields' numbers put in quotes, so that JSON.parse keeps every digit
 * instead of rounding to a double (Node 20 gives no access to a parsed number's source text).
 * Inside a JSON string the field names would be escaped, so only real fields match.
 */
export function quoteAmountNumbers(json: string): string {
  return json.replace(
    /("(?:total|granted|topped_up)_balance"\s*:\s*)(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g,
    '$1"$2"'
  )
}

/**
 * A row of `balance_infos` that passed the rules, not yet cleaned: fit to compute with, not yet
 * to show.
 */
export interface CheckedRow {
  /** Three letters, upper case. */
  readonly currency: string
  readonly total: string
  readonly value: Decimal
  readonly granted: string
  readonly toppedUp: string
}

/** The fields a balance is made of, by the rules; nothing cleaned yet. */
export interface CheckedBalance {
  readonly isAvailable: boolean
  /** Sorted by currency, each once. */
  readonly rows: readonly CheckedRow[]
}

function readBalance(json: unknown): Parsed<Balance> {
  const checked = checkBalance(json)
  return checked.ok ? { ok: true, value: cleanBalance(checked.value) } : checked
}

/** The rows cleaned, to be shown. */
function cleanBalance({ isAvailable, rows }: CheckedBalance): Balance {
  return {
    isAvailable,
    rows: rows.map(row => ({
      currency: clean(row.currency),
      total: { text: clean(row.total), value: row.value },
      granted: clean(row.granted),
      toppedUp: clean(row.toppedUp)
    }))
  }
}

/** Checks JSON against the balance rules without cleaning anything (see parseBalance). */
export function checkBalance(json: unknown): Parsed<CheckedBalance> {
  if (!isRecord(json)) return refuse({ kind: 'not-an-object' })
  const { is_available: isAvailable, balance_infos: infos } = json
  if (isAvailable === undefined) return refuse({ kind: 'missing', field: 'is_available' })
  if (typeof isAvailable !== 'boolean') return refuse({ kind: 'wrong-type', field: 'is_available' })
  if (infos === undefined) return refuse({ kind: 'missing', field: 'balance_infos' })
  if (!Array.isArray(infos)) return refuse({ kind: 'wrong-type', field: 'balance_infos' })
  const rows: CheckedRow[] = []
  for (const entry of infos as unknown[]) {
    const row = checkRow(entry)
    if ('kind' in row) return refuse(row)
    if (rows.some(seen => seen.currency === row.currency)) {
      return refuse({ kind: 'currency-twice', currency: clean(row.currency) })
    }
    rows.push(row)
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a currency is in at most one row (a second is refused), so <= and < order them alike, and for lists this short V8's sort asks only whether a comparison is below zero
  rows.sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0))
  return { ok: true, value: { isAvailable, rows } }
}

function checkRow(entry: unknown): CheckedRow | SnapshotProblem {
  if (!isRecord(entry)) return { kind: 'row-not-an-object' }
  // Currencies are ISO codes (CNY, USD); holding them to that keeps server text out of them.
  if (typeof entry.currency !== 'string' || !/^[A-Za-z]{3}$/.test(entry.currency)) {
    return { kind: 'row-without-currency' }
  }
  const currency = entry.currency.toUpperCase()
  const problem = (field: AmountField, missing: boolean): SnapshotProblem => ({
    kind: 'amount',
    currency: clean(currency),
    field,
    missing
  })
  const total = readAmount(entry.total_balance)
  if (!total) return problem('total_balance', total === '')
  const value = parseDecimal(total) as Decimal
  const granted = readAmount(entry.granted_balance)
  if (granted === undefined) return problem('granted_balance', false)
  const toppedUp = readAmount(entry.topped_up_balance)
  if (toppedUp === undefined) return problem('topped_up_balance', false)
  return { currency, total, value, granted, toppedUp }
}

/** The amount as written, trimmed; '' when there is none; undefined when it is not a decimal. */
function readAmount(value: unknown): string | undefined {
  if (value === undefined || value === null) return ''
  if (typeof value !== 'string' || value.length > MAX_AMOUNT_LENGTH) return undefined
  const text = value.trim()
  return text === '' || isDecimal(text) ? text : undefined
}

function isWrittenExactly(row: BalanceRow): boolean {
  const written = (text: string): boolean => text === '' || parseDecimal(text) !== undefined
  return parseDecimal(row.total.text) !== undefined && written(row.granted) && written(row.toppedUp)
}

const CHECKED_AT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(Z|[+-]\d{2}:\d{2})?$/

/** A checked_at as written by the rules above, or what is wrong with it. */
export function readCheckedAt(value: unknown): Date | SnapshotProblem {
  const match = typeof value === 'string' ? CHECKED_AT_PATTERN.exec(value) : null
  if (!match || typeof value !== 'string') return { kind: 'checked-at-not-a-time' }
  const time = Date.parse(value)
  // Date.parse rolls 2026-02-30 over to March 2 and 24:00 to the next day; a real time reads back
  // the same date and clock.
  const wallClock = value.slice(0, 19)
  if (Number.isNaN(time) || isoTimestamp(new Date(`${wallClock}Z`)).slice(0, 19) !== wallClock) {
    return { kind: 'checked-at-not-a-time' }
  }
  // Without a zone, Date.parse would take the runner's local time: not a time anyone can rely on.
  if (match[1] === undefined) return { kind: 'checked-at-without-zone' }
  // An offset can move year 0000 into year -1, which no timestamp of ours can be written as.
  const checkedAt = new Date(time)
  const year = checkedAt.getUTCFullYear()
  return year >= 0 && year <= 9999 ? checkedAt : { kind: 'checked-at-not-a-time' }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function refuse(problem: SnapshotProblem): {
  readonly ok: false
  readonly problem: SnapshotProblem
} {
  return { ok: false, problem }
}
