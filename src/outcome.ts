import type { Decision } from './decide/decision.js'
import type { Balance } from './read/balance.js'
import type { CleanText } from './report/outside-text.js'

/** What one run found: a balance and the verdict on it, or why no balance could be read. */
export type Outcome =
  | {
      readonly kind: 'checked'
      readonly balance: Balance
      readonly decision: Decision
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

export type Status = Decision['status'] | 'error'

export function statusOf(outcome: Outcome): Status {
  return outcome.kind === 'checked' ? outcome.decision.status : 'error'
}
