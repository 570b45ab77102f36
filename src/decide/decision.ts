import { compareDecimals, isPositive } from '../decimal.js'
import type { Balance, BalanceRow } from '../read/balance.js'
import {
  ADVICE,
  type Amount,
  balanceOk,
  belowMin,
  belowWarn,
  missingButAvailable,
  missingCannotMeetMin,
  missingWithWarn,
  noCheckedRow,
  notAvailable
} from '../report/messages.js'
import { type CleanText, clean } from '../report/outside-text.js'
import { SUPPORTED_CURRENCIES, type Settings } from '../settings.js'

export type CheckStatus = 'ok' | 'low' | 'insufficient'

export interface Decision {
  readonly status: CheckStatus
  /** Did the check pass: false only for `insufficient`. */
  readonly sufficient: boolean
  /** The currency the thresholds were applied to; '' when the account reports none to use. */
  readonly currency: CleanText
  /** The row that was checked; absent when the account reports no row in that currency. */
  readonly row?: BalanceRow
  /** One line that states the result. */
  readonly message: CleanText
  /** What to do next, for `low` and `insufficient`. */
  readonly advice?: CleanText
}

export type CheckRules = Pick<Settings, 'minBalance' | 'warnBalance' | 'currency'>

/** Decides whether the balance passes the check. Pure: the same balance always gives the same answer. */
export function evaluate(balance: Balance, rules: CheckRules): Decision {
  const { minBalance, warnBalance } = rules
  const wanted = rules.currency === undefined ? undefined : clean(rules.currency)
  const row = chooseRow(balance.rows, rules)
  const currency = row?.currency ?? wanted ?? clean('')

  if (!row) {
    const missing = noCheckedRow(
      wanted,
      balance.rows.map(r => r.currency)
    )
    if (!balance.isAvailable)
      return verdict(
        'insufficient',
        currency,
        undefined,
        notAvailable(undefined, missing),
        ADVICE.checkAccount
      )
    if (minBalance) {
      return verdict(
        'insufficient',
        currency,
        undefined,
        missingCannotMeetMin(missing, minBalance.text, wanted),
        wanted ? ADVICE.otherCurrency(wanted) : ADVICE.topUp
      )
    }
    if (warnBalance) {
      return verdict(
        'low',
        currency,
        undefined,
        missingWithWarn(missing, warnBalance.text, wanted),
        ADVICE.topUpSoon
      )
    }
    return verdict('ok', currency, undefined, missingButAvailable(missing))
  }

  const amount: Amount = { total: row.totalBalance, currency: row.currency }
  if (!balance.isAvailable)
    return verdict(
      'insufficient',
      currency,
      row,
      notAvailable(amount, undefined),
      ADVICE.checkAccount
    )
  if (minBalance && compareDecimals(row.total, minBalance.value) < 0) {
    return verdict(
      'insufficient',
      currency,
      row,
      belowMin(amount, minBalance.text),
      ADVICE.topUpOrLowerMin
    )
  }
  if (warnBalance && compareDecimals(row.total, warnBalance.value) < 0) {
    return verdict('low', currency, row, belowWarn(amount, warnBalance.text), ADVICE.topUpSoon)
  }
  return verdict(
    'ok',
    currency,
    row,
    balanceOk(amount, { min: minBalance?.text, warn: warnBalance?.text })
  )
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

function verdict(
  status: CheckStatus,
  currency: CleanText,
  row: BalanceRow | undefined,
  message: CleanText,
  advice?: CleanText
): Decision {
  return {
    status,
    sufficient: status !== 'insufficient',
    currency,
    ...(row && { row }),
    message,
    ...(advice && { advice })
  }
}
