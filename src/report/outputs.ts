import * as core from '@actions/core'
import { isoTimestamp } from '../format.js'
import { toBalanceInfos } from '../read/balance.js'
import { type Outcome, statusOf } from '../outcome.js'
import { outputsNotWritten } from './messages.js'
import { type CleanText, clean, cleanJson } from './outside-text.js'

/** Every output action.yml declares; nothing else is ever set (a test keeps the two in step). */
export const OUTPUT_NAMES = [
  'is-available',
  'sufficient',
  'status',
  'message',
  'currency',
  'total-balance',
  'granted-balance',
  'topped-up-balance',
  'cny-total-balance',
  'cny-granted-balance',
  'cny-topped-up-balance',
  'usd-total-balance',
  'usd-granted-balance',
  'usd-topped-up-balance',
  'balance-infos',
  'snapshot',
  'spent',
  'cny-spent',
  'usd-spent',
  'spent-per-day',
  'runway-days'
] as const
export type OutputName = (typeof OUTPUT_NAMES)[number]
export type Outputs = Partial<Record<OutputName, CleanText>>

/** The prefix of a currency's own outputs: CNY and USD only, any other shows in balance-infos. */
function prefixOf(currency: string): 'cny' | 'usd' | undefined {
  return currency === 'CNY' ? 'cny' : currency === 'USD' ? 'usd' : undefined
}

/**
 * The step outputs. On an error only `status`, `sufficient` and `message` are set: every other
 * output reads as '' in expressions, which is what "unknown" should look like. `message` is the
 * verdict or error line as logged.
 */
export function buildOutputs(outcome: Outcome, message: CleanText): Outputs {
  if (outcome.kind === 'error') return errorOutputs(message)
  const { balance, decision } = outcome
  const outputs: Outputs = {
    'is-available': clean(String(balance.isAvailable)),
    sufficient: clean(String(decision.sufficient)),
    status: clean(statusOf(outcome)),
    message,
    currency: decision.currency,
    'total-balance': decision.row?.totalBalance ?? clean(''),
    'granted-balance': decision.row?.grantedBalance ?? clean(''),
    'topped-up-balance': decision.row?.toppedUpBalance ?? clean('')
  }
  for (const row of balance.rows) {
    const prefix = prefixOf(row.currency)
    if (prefix === undefined) continue
    outputs[`${prefix}-total-balance`] = row.totalBalance
    outputs[`${prefix}-granted-balance`] = row.grantedBalance
    outputs[`${prefix}-topped-up-balance`] = row.toppedUpBalance
  }
  outputs['balance-infos'] = cleanJson(toBalanceInfos(balance.rows))
  outputs.snapshot = snapshotJson(outcome)
  const { spend } = outcome
  if (spend) {
    outputs.spent = spend.figures?.spent ?? clean('')
    for (const entry of spend.spend.perCurrency) {
      const prefix = prefixOf(entry.currency)
      if (prefix !== undefined) outputs[`${prefix}-spent`] = clean(entry.spent)
    }
    outputs['spent-per-day'] = clean(spend.spend.spentPerDay ?? '')
    outputs['runway-days'] = clean(spend.spend.runwayDays ?? '')
  }
  return outputs
}

/**
 * The balance as one line of JSON, for a later run's `baseline`: the time of the check and the
 * rows exactly as in `balance-infos`.
 */
export function snapshotJson(outcome: Extract<Outcome, { kind: 'checked' }>): CleanText {
  return cleanJson({
    checked_at: clean(isoTimestamp(outcome.checkedAt)),
    is_available: outcome.balance.isAvailable,
    balance_infos: toBalanceInfos(outcome.balance.rows)
  })
}

export function errorOutputs(message: CleanText): Outputs {
  return { status: clean('error'), sufficient: clean('false'), message }
}

/** Sets the outputs through @actions/core; throws a RunnerFileError naming the outputs file. */
export function setOutputs(outputs: Outputs): void {
  try {
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
  } catch (error) {
    throw outputsNotWritten(error)
  }
}
