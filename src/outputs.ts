import { toBalanceInfos } from './balance.js'
import type { Outcome } from './outcome.js'

/**
 * The step outputs, by name. On an error only `status` and `sufficient` are set: every other
 * output reads as '' in expressions, which is what "unknown" should look like.
 */
export function buildOutputs(outcome: Outcome): Record<string, string> {
  if (outcome.kind === 'error') return { status: 'error', sufficient: 'false' }
  const { balance, decision } = outcome
  const outputs: Record<string, string> = {
    'is-available': String(balance.isAvailable),
    sufficient: String(decision.sufficient),
    status: decision.status,
    currency: decision.currency,
    'total-balance': decision.row?.totalBalance ?? '',
    'granted-balance': decision.row?.grantedBalance ?? '',
    'topped-up-balance': decision.row?.toppedUpBalance ?? ''
  }
  for (const row of balance.rows) {
    const prefix = row.currency.toLowerCase()
    outputs[`${prefix}-total-balance`] = row.totalBalance
    outputs[`${prefix}-granted-balance`] = row.grantedBalance
    outputs[`${prefix}-topped-up-balance`] = row.toppedUpBalance
  }
  outputs['balance-infos'] = JSON.stringify(toBalanceInfos(balance.rows))
  return outputs
}
