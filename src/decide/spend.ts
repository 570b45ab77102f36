import {
  compareDecimals,
  type Decimal,
  decimalPlaces,
  divideDecimals,
  formatDecimal,
  isPositive,
  parseDecimal,
  quoteAmountNumbers,
  subtractDecimals
} from '../decimal.js'
import { isoTimestamp } from '../format.js'

/** One currency's balance, amounts exactly as written; '' where DeepSeek reported none. */
export interface SnapshotRow {
  readonly currency: string
  readonly total_balance: string
  readonly granted_balance: string
  readonly topped_up_balance: string
}

/** A balance read at a known time. */
export interface Snapshot {
  readonly checkedAt: Date
  readonly isAvailable: boolean
  /** Sorted by currency. */
  readonly rows: readonly SnapshotRow[]
}

export type AmountField = 'total_balance' | 'granted_balance' | 'topped_up_balance'

/** What is wrong with a baseline's structure. Fixed texts: nothing from the baseline is echoed. */
export type ShapeIssue =
  | 'longer than 65536 characters'
  | 'not a JSON object'
  | 'no checked_at'
  | 'a checked_at that is not an ISO-8601 date-time'
  | 'no is_available true or false'
  | 'balance_infos is not a list'
  | 'a balance_infos entry that is not an object'
  | 'a row without a three-letter currency'

/**
 * Why a baseline was refused. The baseline may hold anything (an API key, runner commands), so
 * a problem carries only fixed texts and values that passed validation: a three-letter currency,
 * a field name of ours, a time re-serialised by Date.
 */
export type BaselineProblem =
  | { readonly kind: 'not-json' }
  | { readonly kind: 'shape'; readonly what: ShapeIssue }
  /** checked_at is more than FUTURE_TOLERANCE_MS after now; checkedAt is written as Date.toISOString() would. */
  | { readonly kind: 'future'; readonly checkedAt: string }
  /** The amount is missing (total_balance only) or not a decimal. */
  | { readonly kind: 'amount'; readonly currency: string; readonly field: AmountField }
  | { readonly kind: 'duplicate-currency'; readonly currency: string }

export type BaselineResult =
  | { readonly ok: true; readonly snapshot: Snapshot }
  | { readonly ok: false; readonly problem: BaselineProblem }

export interface CurrencySpend {
  readonly currency: string
  /** baselineTotal - currentTotal at the larger of their decimal places; negative after a top-up. */
  readonly spent: string
  readonly baselineTotal: string
  readonly currentTotal: string
}

export interface Spend {
  /** current.checkedAt - baseline.checkedAt. */
  readonly elapsedMs: number
  /** Every currency both snapshots report, sorted. */
  readonly perCurrency: readonly CurrencySpend[]
  /** The checked currency's entry, when both snapshots report it. */
  readonly checked?: CurrencySpend
  /** checked.spent per day, at spent's decimal places; see computeSpend for when it is given. */
  readonly spentPerDay?: string
  /** Days until the checked currency's total runs out at that rate, rounded down to 0.1. */
  readonly runwayDays?: string
}

/** Baselines are one line we wrote; anything much longer is not one, and is not worth parsing. */
export const MAX_BASELINE_LENGTH = 65_536
/** Clock skew between the runner that wrote a baseline and this one. */
export const FUTURE_TOLERANCE_MS = 60_000
/** Below this, a daily rate would extrapolate from too short a look. */
export const MIN_RATE_ELAPSED_MS = 3_600_000

const DAY_MS = 86_400_000n

/** The snapshot as one line of JSON, the baseline format parseBaseline reads. */
export function formatSnapshot(snapshot: Snapshot): string {
  return JSON.stringify({
    checked_at: isoTimestamp(snapshot.checkedAt),
    is_available: snapshot.isAvailable,
    balance_infos: snapshot.rows.map(row => ({
      currency: row.currency,
      total_balance: row.total_balance,
      granted_balance: row.granted_balance,
      topped_up_balance: row.topped_up_balance
    }))
  })
}

/**
 * Reads a baseline written by formatSnapshot, or by hand in the same shape.
 *
 * - Surrounding whitespace and a byte-order mark are ignored; text longer than
 *   MAX_BASELINE_LENGTH characters is refused before it is parsed.
 * - checked_at is `YYYY-MM-DDTHH:MM:SS`, optionally `.` and 1-9 digits (below a millisecond they
 *   are dropped), then `Z` or `+/-HH:MM`; it must be a real calendar time that Date.parse accepts,
 *   and not more than FUTURE_TOLERANCE_MS after `now`.
 * - Amounts may be strings or JSON numbers; numbers are quoted before parsing, so they keep
 *   every digit as written (`110.00` stays `110.00`, never rounded to a double).
 * - Currencies are three ASCII letters, upper-cased, each at most once. granted_balance and
 *   topped_up_balance may be '', null or absent (read as ''); total_balance must be a decimal.
 * - Other fields are ignored.
 */
export function parseBaseline(text: string, now: Date): BaselineResult {
  if (text.length > MAX_BASELINE_LENGTH) return shape('longer than 65536 characters')
  let json: unknown
  try {
    // trim() removes a byte-order mark too: U+FEFF is JavaScript white space.
    json = JSON.parse(quoteAmountNumbers(text.trim()))
  } catch {
    return refuse({ kind: 'not-json' })
  }
  if (!isRecord(json)) return shape('not a JSON object')

  if (json.checked_at === undefined || json.checked_at === null) return shape('no checked_at')
  const checkedAt = readCheckedAt(json.checked_at)
  if (!checkedAt) return shape('a checked_at that is not an ISO-8601 date-time')
  if (checkedAt.getTime() - now.getTime() > FUTURE_TOLERANCE_MS) {
    return refuse({ kind: 'future', checkedAt: isoTimestamp(checkedAt) })
  }
  if (typeof json.is_available !== 'boolean') return shape('no is_available true or false')
  if (!Array.isArray(json.balance_infos)) return shape('balance_infos is not a list')

  const rows: SnapshotRow[] = []
  for (const entry of json.balance_infos as unknown[]) {
    const row = readRow(entry)
    if ('kind' in row) return refuse(row)
    if (rows.some(seen => seen.currency === row.currency)) {
      return refuse({ kind: 'duplicate-currency', currency: row.currency })
    }
    rows.push(row)
  }
  rows.sort(byCurrency)
  return { ok: true, snapshot: { checkedAt, isAvailable: json.is_available, rows } }
}

/**
 * What was spent between two snapshots, per currency both report.
 *
 * spentPerDay and runwayDays are given only for the checked currency, only when the baseline is
 * at least MIN_RATE_ELAPSED_MS older than current and spent is above zero. spentPerDay is
 * spent x 86 400 000 / elapsedMs, rounded half away from zero to spent's places. runwayDays is
 * the current total divided by that rate before rounding (so a rate shown as 0.00 still gives a
 * runway instead of a division by zero), rounded down to one place; 0.0 when the current total
 * is zero or less.
 */
export function computeSpend(
  baseline: Snapshot,
  current: Snapshot,
  checkedCurrency: string | undefined
): Spend {
  const elapsedMs = current.checkedAt.getTime() - baseline.checkedAt.getTime()
  const perCurrency = current.rows
    .flatMap(now => {
      const before = baseline.rows.find(row => row.currency === now.currency)
      return before ? [spendIn(before, now)] : []
    })
    .sort(byCurrency)
  const checked = perCurrency.find(entry => entry.currency === checkedCurrency?.toUpperCase())
  return {
    elapsedMs,
    perCurrency,
    ...(checked && { checked, ...rateAndRunway(checked, elapsedMs) })
  }
}

/** Whether a runway (as computeSpend writes it) is below the threshold, exactly. */
export function runwayBelow(runwayDays: string, threshold: Decimal): boolean {
  return compareDecimals(amount(runwayDays), threshold) < 0
}

function spendIn(before: SnapshotRow, now: SnapshotRow): CurrencySpend {
  const spent = subtractDecimals(amount(before.total_balance), amount(now.total_balance))
  const places = Math.max(decimalPlaces(before.total_balance), decimalPlaces(now.total_balance))
  return {
    currency: now.currency,
    spent: formatDecimal(spent, places),
    baselineTotal: before.total_balance,
    currentTotal: now.total_balance
  }
}

function rateAndRunway(
  checked: CurrencySpend,
  elapsedMs: number
): Pick<Spend, 'spentPerDay' | 'runwayDays'> {
  const spent = amount(checked.spent)
  // Written as !(>=) so that an invalid Date (elapsedMs NaN) gives no rate either.
  if (!(elapsedMs >= MIN_RATE_ELAPSED_MS) || !isPositive(spent)) return {}
  // Both divisions work on spent x 86 400 000 / elapsedMs as an exact fraction.
  const spentTimesDay: Decimal = { units: spent.units * DAY_MS, scale: spent.scale }
  const perDay = divideDecimals(
    spentTimesDay,
    { units: BigInt(elapsedMs), scale: 0 },
    spent.scale,
    'half-away-from-zero'
  )
  const total = amount(checked.currentTotal)
  const runway = isPositive(total)
    ? divideDecimals(
        { units: total.units * BigInt(elapsedMs), scale: total.scale },
        spentTimesDay,
        1,
        'floor'
      )
    : { units: 0n, scale: 1 }
  return { spentPerDay: formatDecimal(perDay, spent.scale), runwayDays: formatDecimal(runway, 1) }
}

const CHECKED_AT_PATTERN =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/

function readCheckedAt(value: unknown): Date | undefined {
  if (typeof value !== 'string' || !CHECKED_AT_PATTERN.test(value)) return undefined
  const time = Date.parse(value)
  if (Number.isNaN(time)) return undefined
  // Date.parse rolls 2026-02-30 over to March 2 and 24:00 to the next day; a real time reads back
  // the same date and clock.
  const wallClock = value.slice(0, 19)
  if (isoTimestamp(new Date(`${wallClock}Z`)).slice(0, 19) !== wallClock) return undefined
  return new Date(time)
}

function readRow(entry: unknown): SnapshotRow | BaselineProblem {
  if (!isRecord(entry)) {
    return { kind: 'shape', what: 'a balance_infos entry that is not an object' }
  }
  if (typeof entry.currency !== 'string' || !/^[A-Za-z]{3}$/.test(entry.currency)) {
    return { kind: 'shape', what: 'a row without a three-letter currency' }
  }
  const currency = entry.currency.toUpperCase()
  const total = readAmount(entry.total_balance)
  if (!total) return { kind: 'amount', currency, field: 'total_balance' }
  const granted = readAmount(entry.granted_balance)
  if (granted === undefined) return { kind: 'amount', currency, field: 'granted_balance' }
  const toppedUp = readAmount(entry.topped_up_balance)
  if (toppedUp === undefined) return { kind: 'amount', currency, field: 'topped_up_balance' }
  return { currency, total_balance: total, granted_balance: granted, topped_up_balance: toppedUp }
}

/** The amount as written, '' when there is none, undefined when it is not a decimal. */
function readAmount(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return ''
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  return parseDecimal(text) ? text : undefined
}

/** Parses an amount this module was given or wrote; anything else is a caller's bug. */
function amount(text: string): Decimal {
  const value = parseDecimal(text)
  if (!value) throw new TypeError('not a decimal amount')
  return value
}

function byCurrency(a: { currency: string }, b: { currency: string }): number {
  return a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0
}

function shape(what: ShapeIssue): BaselineResult {
  return refuse({ kind: 'shape', what })
}

function refuse(problem: BaselineProblem): BaselineResult {
  return { ok: false, problem }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
