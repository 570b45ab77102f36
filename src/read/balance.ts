import { type Decimal, parseDecimal, quoteAmountNumbers } from '../decimal.js'
import type { BalanceFetchError } from '../errors.js'
import { notABalance } from '../report/messages.js'
import { type CleanText, clean, ours } from '../report/outside-text.js'

/**
 * One currency's row of `balance_infos`. The amounts are shown exactly as DeepSeek wrote them
 * (they are validated decimals, still passed through the boundary); `total` is for comparing.
 */
export interface BalanceRow {
  readonly currency: CleanText
  readonly totalBalance: CleanText
  readonly grantedBalance: CleanText
  readonly toppedUpBalance: CleanText
  readonly total: Decimal
}

export interface Balance {
  readonly isAvailable: boolean
  /** Sorted by currency: DeepSeek sends the rows in a different order from call to call. */
  readonly rows: readonly BalanceRow[]
}

const AMOUNT_FIELDS = ['total_balance', 'granted_balance', 'topped_up_balance'] as const

/** Reads a 200 response body as a balance, or throws a BalanceFetchError describing the body. */
export function parseBalanceBody(body: string, contentType: string | undefined): Balance {
  const fail = (what: CleanText): BalanceFetchError => notABalance(what, body, contentType)
  let json: unknown
  try {
    json = JSON.parse(quoteAmountNumbers(stripByteOrderMark(body)))
  } catch {
    throw fail(ours`a body that is not JSON`)
  }
  if (!isRecord(json) || !('is_available' in json) || !('balance_infos' in json)) {
    throw fail(ours`JSON without is_available and balance_infos`)
  }
  if (typeof json.is_available !== 'boolean') {
    throw fail(ours`an is_available that is not true or false`)
  }
  if (!Array.isArray(json.balance_infos)) throw fail(ours`a balance_infos that is not a list`)
  const rows = json.balance_infos.map(row => parseRow(row, fail))
  rows.sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0))
  const repeated = rows.find((row, index) => rows[index + 1]?.currency === row.currency)
  if (repeated) throw fail(ours`balance_infos listing ${repeated.currency} twice`)
  return { isAvailable: json.is_available, rows }
}

/** The rows with DeepSeek's field names and amounts as strings (`balance-infos`, `snapshot`). */
export function toBalanceInfos(rows: readonly BalanceRow[]): Record<string, CleanText>[] {
  return rows.map(row => ({
    currency: row.currency,
    total_balance: row.totalBalance,
    granted_balance: row.grantedBalance,
    topped_up_balance: row.toppedUpBalance
  }))
}

function parseRow(row: unknown, fail: (what: CleanText) => BalanceFetchError): BalanceRow {
  // Currencies are ISO codes (CNY, USD); holding them to that keeps server text out of the
  // summary and messages.
  if (!isRecord(row) || typeof row.currency !== 'string' || !/^[A-Za-z]{3}$/.test(row.currency)) {
    throw fail(ours`a balance_infos row without a three-letter currency`)
  }
  const currency = clean(row.currency.toUpperCase())
  const amounts: string[] = []
  for (const field of AMOUNT_FIELDS) {
    const amount = row[field]
    if (amount === undefined || amount === null) {
      if (field === 'total_balance') throw fail(ours`a ${currency} row without total_balance`)
      amounts.push('')
    } else if (typeof amount === 'string' && amount.length <= 100 && parseDecimal(amount.trim())) {
      amounts.push(amount.trim())
    } else {
      throw fail(ours`a ${currency} ${clean(field)} that is not a decimal`)
    }
  }
  const [totalBalance = '', grantedBalance = '', toppedUpBalance = ''] = amounts
  const total = parseDecimal(totalBalance)
  if (!total) throw fail(ours`a ${currency} total_balance that is not a decimal`)
  return {
    currency,
    totalBalance: clean(totalBalance),
    grantedBalance: clean(grantedBalance),
    toppedUpBalance: clean(toppedUpBalance),
    total
  }
}

/** A byte-order mark is not JSON whitespace, but some gateways send one. */
function stripByteOrderMark(text: string): string {
  return text.replace(/^\uFEFF/, '')
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
