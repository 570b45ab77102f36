import { compareDecimals, isPositive } from './decimal.js'
import type { Balance, BalanceRow } from './balance.js'
import { SUPPORTED_CURRENCIES, type Settings } from './settings.js'

export type CheckStatus = 'ok' | 'low' | 'insufficient'

export interface Decision {
  readonly status: CheckStatus
  /** Did the check pass: false only for `insufficient`. */
  readonly sufficient: boolean
  /** The currency the thresholds were applied to; '' when the account reports none to use. */
  readonly currency: string
  /** The row that was checked; absent when the account reports no row in that currency. */
  readonly row?: BalanceRow
  /** One line that states the result. */
  readonly message: string
  /** What to do next, for `low` and `insufficient`. */
  readonly advice?: string
}

export type CheckRules = Pick<Settings, 'minBalance' | 'warnBalance' | 'currency'>

const TOP_UP_URL = 'https://platform.deepseek.com/top_up'

/** Decides whether the balance passes the check. Pure: the same balance always gives the same answer. */
export function evaluate(balance: Balance, rules: CheckRules): Decision {
  const { minBalance, warnBalance } = rules
  const row = chooseRow(balance.rows, rules)
  const currency = row?.currency ?? rules.currency ?? ''

  if (!row) {
    const reported = balance.rows.map(r => r.currency).join(', ') || 'none'
    const wanted = rules.currency ?? SUPPORTED_CURRENCIES.join(' or ')
    const missing =
      balance.rows.length > 0 || rules.currency
        ? `DeepSeek reports no ${wanted} balance (currencies reported: ${reported})`
        : 'DeepSeek reports no balance in any currency (balance_infos is empty)'
    if (!balance.isAvailable) return unavailable(currency, `${missing}.`)
    if (minBalance) {
      return insufficient(
        currency,
        undefined,
        `${missing}, so min-balance ${minBalance.text}${suffix(currency)} cannot be met.`,
        rules.currency
          ? `Set currency to one the account reports, or top up in ${rules.currency}.`
          : `Top up at ${TOP_UP_URL}.`
      )
    }
    if (warnBalance) {
      return low(
        currency,
        undefined,
        `${missing}; warn-balance is ${warnBalance.text}${suffix(currency)}.`
      )
    }
    return ok(currency, undefined, `${missing}; DeepSeek reports the account as available: ok`)
  }

  const amount = `${row.totalBalance} ${row.currency}`
  if (!balance.isAvailable) return unavailable(currency, `Balance ${amount}.`, row)
  if (minBalance && compareDecimals(row.total, minBalance.value) < 0) {
    return insufficient(
      currency,
      row,
      `DeepSeek balance ${amount} is below min-balance ${minBalance.text} ${row.currency}.`,
      `Top up at ${TOP_UP_URL}, or lower min-balance.`
    )
  }
  if (warnBalance && compareDecimals(row.total, warnBalance.value) < 0) {
    return low(
      currency,
      row,
      `DeepSeek balance ${amount} is below warn-balance ${warnBalance.text} ${row.currency}.`
    )
  }
  return ok(currency, row, `DeepSeek balance: ${amount}${describeThresholds(rules)}: ok`)
}

/**
 * The row the thresholds apply to. With a currency set, that currency's row. Otherwise the first
 * of CNY, then USD, that meets min-balance (or is above zero when there is none); failing that,
 * the first of them reported. Never the order DeepSeek sent, and never another currency: the
 * thresholds are meant in CNY or USD.
 */
export function chooseRow(rows: readonly BalanceRow[], rules: CheckRules): BalanceRow | undefined {
  if (rules.currency) return rows.find(row => row.currency === rules.currency)
  const candidates = SUPPORTED_CURRENCIES.flatMap(currency =>
    rows.filter(row => row.currency === currency)
  )
  const { minBalance } = rules
  const meets = (row: BalanceRow): boolean =>
    minBalance ? compareDecimals(row.total, minBalance.value) >= 0 : isPositive(row.total)
  return candidates.find(meets) ?? candidates[0]
}

function describeThresholds({ minBalance, warnBalance }: CheckRules): string {
  const parts = [
    minBalance && `min-balance ${minBalance.text}`,
    warnBalance && `warn-balance ${warnBalance.text}`
  ].filter(Boolean)
  return parts.length > 0 ? ` (${parts.join(', ')})` : ''
}

function suffix(currency: string): string {
  return currency ? ` ${currency}` : ''
}

function ok(currency: string, row: BalanceRow | undefined, message: string): Decision {
  return { status: 'ok', sufficient: true, currency, ...(row && { row }), message }
}

function low(currency: string, row: BalanceRow | undefined, message: string): Decision {
  return {
    status: 'low',
    sufficient: true,
    currency,
    ...(row && { row }),
    message,
    advice: `Top up soon at ${TOP_UP_URL}, or lower warn-balance.`
  }
}

function insufficient(
  currency: string,
  row: BalanceRow | undefined,
  message: string,
  advice: string
): Decision {
  return {
    status: 'insufficient',
    sufficient: false,
    currency,
    ...(row && { row }),
    message,
    advice
  }
}

function unavailable(currency: string, detail: string, row?: BalanceRow): Decision {
  return insufficient(
    currency,
    row,
    `DeepSeek reports the account as not available for API calls (is_available: false). ${detail}`,
    `Top up at ${TOP_UP_URL}, or check the account's status on the DeepSeek platform.`
  )
}
