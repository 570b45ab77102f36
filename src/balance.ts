import { type Decimal, parseDecimal } from './decimal.js'
import { BalanceFetchError } from './errors.js'
import { withoutInvisibles } from './redact.js'

/** One currency's row of `balance_infos`, amounts exactly as DeepSeek wrote them. */
export interface BalanceRow {
  readonly currency: string
  readonly totalBalance: string
  readonly grantedBalance: string
  readonly toppedUpBalance: string
  readonly total: Decimal
}

export interface Balance {
  readonly isAvailable: boolean
  /** Sorted by currency: DeepSeek sends the rows in a different order from call to call. */
  readonly rows: readonly BalanceRow[]
}

const AMOUNT_FIELDS = ['total_balance', 'granted_balance', 'topped_up_balance'] as const

/** What the server sent, for error messages; `clean` removes the API key from its text. */
interface Received {
  readonly body: string
  readonly contentType: string | undefined
  readonly clean: (text: string) => string
}

/**
 * Reads a 200 response body as a balance. Throws a BalanceFetchError that says what was received
 * (content type, first bytes, cleaned with `clean`) when the body is not one.
 */
export function parseBalanceBody(
  body: string,
  contentType: string | undefined,
  clean: (text: string) => string = text => text
): Balance {
  const received: Received = { body, contentType, clean }
  let json: unknown
  try {
    json = JSON.parse(quoteAmountNumbers(stripByteOrderMark(body)))
  } catch {
    throw notABalance('a body that is not JSON', received)
  }
  if (!isRecord(json) || !('is_available' in json) || !('balance_infos' in json)) {
    throw notABalance('JSON without is_available and balance_infos', received)
  }
  if (typeof json.is_available !== 'boolean') {
    throw notABalance('an is_available that is not true or false', received)
  }
  if (!Array.isArray(json.balance_infos)) {
    throw notABalance('a balance_infos that is not a list', received)
  }
  const rows = json.balance_infos.map(row => parseRow(row, received))
  rows.sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0))
  const repeated = rows.find((row, index) => rows[index + 1]?.currency === row.currency)
  if (repeated) throw notABalance(`balance_infos listing ${repeated.currency} twice`, received)
  return { isAvailable: json.is_available, rows }
}

/** The rows as the `balance-infos` output shows them: DeepSeek's field names, amounts as strings. */
export function toBalanceInfos(rows: readonly BalanceRow[]): Record<string, string>[] {
  return rows.map(row => ({
    currency: row.currency,
    total_balance: row.totalBalance,
    granted_balance: row.grantedBalance,
    topped_up_balance: row.toppedUpBalance
  }))
}

/**
 * A short, single-line, printable description of what the server sent, for error messages. A
 * JSON body is shown as re-serialised, so that escapes (`\u0073k-…`) cannot hide the key from
 * `clean`, which runs before the text is shortened.
 */
export function describeBody(
  body: string,
  contentType: string | undefined,
  clean: (text: string) => string = text => text
): string {
  let text = body
  try {
    text = JSON.stringify(JSON.parse(stripByteOrderMark(body)))
  } catch {
    // not JSON: shown as it came
  }
  // Invisible characters go before cleaning: spread between its letters they would hide the key.
  const start = clean(withoutInvisibles(text))
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[^\x20-\x7e]/g, '?')
  const excerpt = start.length > 80 ? `${start.slice(0, 80)}…` : start
  const type = contentType ? `content-type ${clean(contentType)}` : 'no content-type'
  return excerpt ? `${type}, body starting ${JSON.stringify(excerpt)}` : `${type}, empty body`
}

// An older version of DeepSeek's docs typed the amounts as JSON numbers, and JSON.parse would
// round those to doubles. Quoting them first keeps every digit (Node 20 has no access to the
// source text of a parsed number). Inside a JSON string the field names would be escaped, so only
// real fields match.
function quoteAmountNumbers(body: string): string {
  return body.replace(
    /("(?:total|granted|topped_up)_balance"\s*:\s*)(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g,
    '$1"$2"'
  )
}

function parseRow(row: unknown, received: Received): BalanceRow {
  // Currencies are ISO codes (CNY, USD); holding them to that keeps server text out of output
  // names, the summary and messages.
  if (!isRecord(row) || typeof row.currency !== 'string' || !/^[A-Za-z]{3}$/.test(row.currency)) {
    throw notABalance('a balance_infos row without a three-letter currency', received)
  }
  const amounts: string[] = []
  for (const field of AMOUNT_FIELDS) {
    const amount = row[field]
    if (amount === undefined || amount === null) {
      if (field === 'total_balance') {
        throw notABalance(`a ${row.currency} row without total_balance`, received)
      }
      amounts.push('')
    } else if (typeof amount === 'string' && parseDecimal(amount.trim())) {
      amounts.push(amount.trim())
    } else {
      throw notABalance(`a ${row.currency} ${field} that is not a decimal`, received)
    }
  }
  const [totalBalance = '', grantedBalance = '', toppedUpBalance = ''] = amounts
  const total = parseDecimal(totalBalance)
  if (!total) throw notABalance(`a ${row.currency} total_balance that is not a decimal`, received)
  return {
    currency: row.currency.toUpperCase(),
    totalBalance,
    grantedBalance,
    toppedUpBalance,
    total
  }
}

function notABalance(what: string, { body, contentType, clean }: Received): BalanceFetchError {
  return new BalanceFetchError(
    `DeepSeek answered with ${what}, not a balance (${describeBody(body, contentType, clean)}).`,
    false,
    {
      hint: 'If a proxy or captive portal sits between the runner and DeepSeek, check base-url and the proxy settings.'
    }
  )
}

/** A byte-order mark is not JSON whitespace, but some gateways send one. */
function stripByteOrderMark(text: string): string {
  return text.replace(/^\uFEFF/, '')
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
