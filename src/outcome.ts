import type { Balance } from './balance.js'
import type { Decision } from './decision.js'

/** What one run found: a balance and the verdict on it, or why no balance could be read. */
export type Outcome =
  | {
      readonly kind: 'checked'
      readonly balance: Balance
      readonly decision: Decision
      readonly attempts: number
      readonly elapsedMs: number
    }
  | {
      readonly kind: 'error'
      /** Already cleaned of the API key. */
      readonly message: string
      readonly hint?: string
    }

export type Status = Decision['status'] | 'error'

export function statusOf(outcome: Outcome): Status {
  return outcome.kind === 'checked' ? outcome.decision.status : 'error'
}
