import { type Decimal, parseDecimal } from './decimal.js'
import { BalanceFetchError } from './errors.js'

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

/**
 * Reads a 200 response body as a balance. Throws a BalanceFetchError that says what was received
 * (content type, first bytes) when the body is not one.
 */
export function parseBalanceBody(body: string, contentType: string | undefined): Balance {
  let json: unknown
  try {
    json = JSON.parse(quoteAmountNumbers(body))
  } catch {
    throw notABalance('a body that is not JSON', body, contentType)
  }
  if (
    !isRecord(json) ||
    typeof json.is_available !== 'boolean' ||
    !Array.isArray(json.balance_infos)
  ) {
    throw notABalance('JSON without is_available and balance_infos', body, contentType)
  }
  const rows = json.balance_infos.map(row => parseRow(row, body, contentType))
  rows.sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0))
  const repeated = rows.find((row, index) => rows[index + 1]?.currency === row.currency)
  if (repeated) {
    throw notABalance(`balance_infos listing ${repeated.currency} twice`, body, contentType)
  }
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

/** A short, single-line, printable description of what the server sent, for error messages. */
export function describeBody(body: string, contentType: string | undefined): string {
  const start = body
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[^\x20-\x7e]/g, '?')
  const excerpt = start.length > 80 ? `${start.slice(0, 80)}…` : start
  const type = contentType ? `content-type ${contentType}` : 'no content-type'
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

function parseRow(row: unknown, body: string, contentType: string | undefined): BalanceRow {
  // Currencies are ISO codes (CNY, USD); holding them to that keeps server text out of output
  // names, the summary and messages.
  if (!isRecord(row) || typeof row.currency !== 'string' || !/^[A-Za-z]{3}$/.test(row.currency)) {
    throw notABalance('a balance_infos row without a three-letter currency', body, contentType)
  }
  const amounts: string[] = []
  for (const field of AMOUNT_FIELDS) {
    const amount = row[field]
    if (amount === undefined || amount === null) {
      if (field === 'total_balance') {
        throw notABalance(`a ${row.currency} row without total_balance`, body, contentType)
      }
      amounts.push('')
    } else if (typeof amount === 'string' && parseDecimal(amount.trim())) {
      amounts.push(amount.trim())
    } else {
      throw notABalance(`a ${row.currency} ${field} that is not a decimal`, body, contentType)
    }
  }
  const [totalBalance = '', grantedBalance = '', toppedUpBalance = ''] = amounts
  const total = parseDecimal(totalBalance)
  if (!total)
    throw notABalance(`a ${row.currency} total_balance that is not a decimal`, body, contentType)
  return {
    currency: row.currency.toUpperCase(),
    totalBalance,
    grantedBalance,
    toppedUpBalance,
    total
  }
}

function notABalance(
  what: string,
  body: string,
  contentType: string | undefined
): BalanceFetchError {
  return new BalanceFetchError(
    `DeepSeek answered with ${what}, not a balance (${describeBody(body, contentType)}).`,
    false,
    {
      hint: 'If a proxy or captive portal sits between the runner and DeepSeek, check base-url and the proxy settings.'
    }
  )
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
