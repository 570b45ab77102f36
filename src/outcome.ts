import type { Decision } from './decide/decision.js'
import type { SpendCheck } from './decide/spend-check.js'
import type { Balance } from './read/balance.js'
import type { CleanText } from './report/outside-text.js'

/** What one run found: a balance and the verdict on it, or why no balance could be read. */
export type Outcome =
  | {
      readonly kind: 'checked'
      readonly balance: Balance
      readonly decision: Decision
      /** With a baseline: the spend since then. */
      readonly spend?: SpendCheck
      readonly attempts: number
      readonly elapsedMs: number
      readonly checkedAt: Date
    }
  | {
      readonly kind: 'error'
      readonly message: CleanText
      readonly hint?: CleanText
      readonly checkedAt: Date
    }

export type Status = Decision['status'] | 'over-budget' | 'error'

/**
 * The run's status: `error` when nothing was read or a budget could not be checked,
 * `over-budget` above max-spend, else the balance's verdict (`low` also for a short runway).
 */
export function statusOf(outcome: Outcome): Status {
  if (outcome.kind === 'error') return 'error'
  const { decision, spend } = outcome
  if (spend?.status === 'unchecked') return 'error'
  if (spend?.status === 'over-budget') return 'over-budget'
  if (spend?.status === 'low' && decision.status === 'ok') return 'low'
  return decision.status
}
