import { compareDecimals, parseDecimal } from '../decimal.js'
import type { Balance } from '../read/balance.js'
import {
  SPEND_ADVICE,
  type SpendFigures,
  type SpendScope,
  budgetUnchecked,
  noSpendFigure,
  overBudget,
  runwayLow,
  spendReport
} from '../report/messages.js'
import { type CleanText, clean, joinClean, ours } from '../report/outside-text.js'
import type { Threshold } from '../settings.js'
import { type Snapshot, type Spend, computeSpend, runwayBelow } from './spend.js'

export interface SpendRules {
  readonly maxSpend?: Threshold
  readonly warnRunwayDays?: Threshold
}

/** What the spend adds to a run: figures, a report line, and a problem when there is one. */
export interface SpendCheck {
  readonly spend: Spend
  /** The checked currency's figures; absent when both balances do not report it. */
  readonly figures?: SpendFigures
  /** `over-budget` and `unchecked` fail the step; `low` warns. */
  readonly status: 'ok' | 'low' | 'over-budget' | 'unchecked'
  /** The line that reports the spend. */
  readonly report: CleanText
  /** The warning or error about it, with what to do. */
  readonly problem?: CleanText
}

/** The balance as a snapshot: the rows as read (their amounts already clean), at a time. */
export function snapshotOf(balance: Balance, checkedAt: Date): Snapshot {
  return {
    checkedAt,
    isAvailable: balance.isAvailable,
    // A row whose amount had to be cleaned into something else is no longer a figure to count.
    rows: balance.rows
      .filter(row => parseDecimal(row.totalBalance) !== undefined)
      .map(row => ({
        currency: row.currency,
        total_balance: row.totalBalance,
        granted_balance: row.grantedBalance,
        topped_up_balance: row.toppedUpBalance
      }))
  }
}

/** Spend between two snapshots, held to max-spend and warn-runway-days. Pure. */
export function checkSpend(
  baseline: Snapshot,
  current: Snapshot,
  currency: CleanText | undefined,
  rules: SpendRules,
  scope: SpendScope
): SpendCheck {
  const spend = computeSpend(baseline, current, currency || undefined)
  const { checked } = spend
  if (!checked) {
    const reason = noSpendFigure(currency || undefined)
    if (rules.maxSpend) {
      return {
        spend,
        status: 'unchecked',
        report: ours`No spend figure: ${reason}.`,
        problem: budgetUnchecked(scope, rules.maxSpend.text, reason)
      }
    }
    return { spend, status: 'ok', report: ours`No spend figure: ${reason}.` }
  }
  const figures: SpendFigures = {
    currency: clean(checked.currency),
    spent: clean(checked.spent),
    before: clean(checked.baselineTotal),
    after: clean(checked.currentTotal),
    elapsedMs: spend.elapsedMs
  }
  const report = spendReport(scope, figures)
  const spent = parseDecimal(checked.spent)
  if (rules.maxSpend && spent && compareDecimals(spent, rules.maxSpend.value) > 0) {
    return {
      spend,
      figures,
      status: 'over-budget',
      report,
      problem: joinClean([overBudget(scope, figures, rules.maxSpend.text), SPEND_ADVICE.overBudget])
    }
  }
  if (
    rules.warnRunwayDays &&
    spend.runwayDays !== undefined &&
    spend.spentPerDay !== undefined &&
    runwayBelow(spend.runwayDays, rules.warnRunwayDays.value)
  ) {
    const warning = runwayLow(
      clean(spend.spentPerDay),
      figures.currency,
      baseline.checkedAt,
      figures.after,
      clean(spend.runwayDays),
      rules.warnRunwayDays.text
    )
    return {
      spend,
      figures,
      status: 'low',
      report,
      problem: joinClean([warning, SPEND_ADVICE.runway])
    }
  }
  return { spend, figures, status: 'ok', report }
}
