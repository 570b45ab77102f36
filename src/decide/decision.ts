import { CURRENCIES } from '../base/currencies.js'
import { compareDecimals, isPositive } from '../base/decimal.js'
import { type CleanText, clean } from '../base/outside-text.js'
import type { Balance, BalanceRow } from '../base/snapshot.js'
import type { Settings } from '../settings/settings.js'
import type { Advice, BalanceFinding, Missing } from './findings.js'

export type BalanceStatus = 'ok' | 'low' | 'insufficient'

/** The balance's part of the verdict. */
export interface Decision {
  readonly status: BalanceStatus
  /** The currency the thresholds were applied to; undefined when the account reports none to use. */
  readonly currency: CleanText | undefined
  /** The row that was checked; absent when the account reports no row in that currency. */
  readonly row?: BalanceRow
  readonly finding: BalanceFinding
  /** What to do, for `low` and `insufficient`. */
  readonly advice?: Advice
}

export type CheckRules = Pick<Settings, 'minBalance' | 'warnBalance' | 'currency'>

/** Decides whether the balance passes the check. Pure: the same balance always gives the same answer. */
export function evaluate(balance: Balance, rules: CheckRules): Decision {
  const { minBalance, warnBalance } = rules
  const wanted = rules.currency === undefined ? undefined : clean(rules.currency)
  const row = chooseRow(balance.rows, rules)
  const min = minBalance?.text
  const warn = warnBalance?.text

  if (!row) {
    const missing: Missing = { wanted, reported: balance.rows.map(r => r.currency) }
    if (!balance.isAvailable) {
      return decided(
        'insufficient',
        wanted,
        { kind: 'not-available', missing },
        { kind: 'check-account' }
      )
    }
    if (min) {
      return decided(
        'insufficient',
        wanted,
        { kind: 'missing-below-min', missing, min },
        wanted ? { kind: 'other-currency', currency: wanted } : { kind: 'top-up' }
      )
    }
    if (warn)
      return decided(
        'low',
        wanted,
        { kind: 'missing-below-warn', missing, warn },
        { kind: 'top-up-soon' }
      )
    return decided('ok', wanted, { kind: 'missing-but-available', missing })
  }

  const amount = { total: row.total.text, currency: row.currency }
  const withRow = (status: BalanceStatus, finding: BalanceFinding, advice?: Advice): Decision => ({
    ...decided(status, row.currency, finding, advice),
    row
  })
  if (!balance.isAvailable)
    return withRow('insufficient', { kind: 'not-available', amount }, { kind: 'check-account' })
  if (minBalance && compareDecimals(row.total.value, minBalance.value) < 0) {
    return withRow(
      'insufficient',
      { kind: 'below-min', amount, min: minBalance.text },
      { kind: 'top-up-or-lower-min' }
    )
  }
  if (warnBalance && compareDecimals(row.total.value, warnBalance.value) < 0) {
    return withRow(
      'low',
      { kind: 'below-warn', amount, warn: warnBalance.text },
      { kind: 'top-up-soon' }
    )
  }
  return withRow('ok', { kind: 'balance-ok', amount, ...(min && { min }), ...(warn && { warn }) })
}

/**
 * The row the thresholds apply to. With a currency set, that currency's row. Otherwise the first
 * of CURRENCIES that meets min-balance (or is above zero when there is none); failing that, the
 * first of them reported. Never the order DeepSeek sent, and never another currency: the
 * thresholds are meant in one of those.
 */
export function chooseRow(rows: readonly BalanceRow[], rules: CheckRules): BalanceRow | undefined {
  if (rules.currency) return rows.find(row => row.currency === rules.currency)
  const candidates = CURRENCIES.flatMap(currency => rows.filter(row => row.currency === currency))
  const { minBalance } = rules
  const meets = (row: BalanceRow): boolean =>
    minBalance
      ? compareDecimals(row.total.value, minBalance.value) >= 0
      : isPositive(row.total.value)
  return candidates.find(meets) ?? candidates[0]
}

function decided(
  status: BalanceStatus,
  currency: CleanText | undefined,
  finding: BalanceFinding,
  advice?: Advice
): Decision {
  return { status, currency, finding, ...(advice && { advice }) }
}
