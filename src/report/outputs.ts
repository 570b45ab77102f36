import * as core from '@actions/core'
import { CURRENCIES, type Currency, outputPrefix } from '../base/currencies.js'
import { type CleanText, clean, cleanJson, own } from '../base/outside-text.js'
import { balanceInfos, formatSnapshot } from '../base/snapshot.js'
import type { Verdict } from '../decide/verdict.js'
import { outputsNotWritten } from './messages.js'

const ROW_OUTPUTS = ['total-balance', 'granted-balance', 'topped-up-balance'] as const
type CurrencyOutput = `${Lowercase<Currency>}-${(typeof ROW_OUTPUTS)[number] | 'spent'}`

/** Every output action.yml declares, in its order; nothing else is ever set (a test keeps the two in step). */
export const OUTPUT_NAMES = [
  'is-available',
  'sufficient',
  'status',
  'message',
  'currency',
  ...ROW_OUTPUTS,
  ...CURRENCIES.flatMap(currency => ROW_OUTPUTS.map(name => currencyOutput(currency, name))),
  'balance-infos',
  'snapshot',
  'spent',
  ...CURRENCIES.map(currency => currencyOutput(currency, 'spent')),
  'spent-per-day',
  'runway-days',
  'spent-1d',
  'spent-7d',
  'spent-30d'
] as const satisfies readonly string[]
export type OutputName = (typeof OUTPUT_NAMES)[number]
export type Outputs = Partial<Record<OutputName, CleanText>>

function currencyOutput(
  currency: Currency,
  name: (typeof ROW_OUTPUTS)[number] | 'spent'
): CurrencyOutput {
  return `${outputPrefix(currency)}-${name}`
}

/**
 * The gate's outputs. Without a balance only `status`, `sufficient` and `message` are set: every
 * other output reads as '' in expressions, which is what "unknown" should look like. `message` is
 * the verdict line, as the log tells it.
 */
export function gateOutputs(verdict: Verdict, message: CleanText): Outputs {
  const { reading, spend } = verdict
  const status = own(verdict.status)
  if (!reading) return { status, sufficient: own('false'), message }
  const { balance, decision } = reading
  const row = decision?.row
  const outputs: Outputs = {
    'is-available': own(`${balance.isAvailable}`),
    sufficient: own(`${decision?.status !== 'insufficient'}`),
    status,
    message,
    currency: decision?.currency ?? clean(''),
    'total-balance': row?.total.text ?? clean(''),
    'granted-balance': row?.granted ?? clean(''),
    'topped-up-balance': row?.toppedUp ?? clean('')
  }
  for (const currency of CURRENCIES) {
    const own = balance.rows.find(candidate => candidate.currency === currency)
    if (!own) continue
    outputs[currencyOutput(currency, 'total-balance')] = own.total.text
    outputs[currencyOutput(currency, 'granted-balance')] = own.granted
    outputs[currencyOutput(currency, 'topped-up-balance')] = own.toppedUp
  }
  outputs['balance-infos'] = cleanJson(balanceInfos(balance.rows))
  outputs.snapshot = formatSnapshot({ ...balance, checkedAt: verdict.checkedAt })
  if (spend) {
    outputs.spent = spend.spend.checked?.spentText ?? clean('')
    for (const currency of CURRENCIES) {
      const entry = spend.spend.perCurrency.find(candidate => candidate.currency === currency)
      if (entry) outputs[currencyOutput(currency, 'spent')] = entry.spentText
    }
  }
  const history = verdict.ledger?.history
  // A ledger that spans a day gives the rate; a baseline gives it otherwise.
  const rate = history?.rate ?? spend?.spend.rate
  if (spend || history) {
    outputs['spent-per-day'] = rate?.perDay ?? own('')
    outputs['runway-days'] = rate?.runwayDays ?? own('')
  }
  if (history) {
    for (const window of history.windows) outputs[`spent-${window.days}d`] = window.spentText
  }
  return outputs
}

/** A runner file could not be written; the verdict was logged before. */
export class RunnerFileError extends Error {
  constructor(
    readonly text: CleanText,
    cause: unknown
  ) {
    super(text, { cause })
    this.name = 'RunnerFileError'
  }
}

/** Sets the outputs through @actions/core; throws a RunnerFileError naming the outputs file. */
export function setOutputs(outputs: Outputs): void {
  try {
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
  } catch (error) {
    throw new RunnerFileError(outputsNotWritten(error), error)
  }
}
