import { type Snapshot, parseBaseline } from './decide/spend.js'
import { type Decimal, compareDecimals, parseDecimal } from './decimal.js'
import { isoTimestamp } from './format.js'
import {
  type CheckedInput,
  apiKeyMissing,
  apiKeyNotPrintable,
  apiKeyWithWhitespace,
  baseUrlWithExtras,
  baselineRefused,
  budgetWithoutMeter,
  invalidInput,
  warnNotAboveMin
} from './report/messages.js'
import { type CleanText, clean, cleanUrl, ours } from './report/outside-text.js'

export const SUPPORTED_CURRENCIES = ['CNY', 'USD'] as const
export type Currency = (typeof SUPPORTED_CURRENCIES)[number]

export const MAX_TIMEOUT_MS = 3_600_000
export const MAX_RETRIES = 10

/** A threshold as the user wrote it (for messages) and as an exact value (for comparison). */
export interface Threshold {
  readonly text: CleanText
  readonly value: Decimal
}

export interface Settings {
  readonly apiKey: string
  /** `<base-url without a trailing / or /v1>/user/balance`. */
  readonly balanceUrl: URL
  readonly timeoutMs: number
  readonly retries: number
  readonly minBalance?: Threshold
  readonly warnBalance?: Threshold
  readonly currency?: Currency
  readonly failOnInsufficient: boolean
  readonly writeSummary: boolean
  /** An earlier snapshot to measure spend from (the `baseline` input). */
  readonly baseline?: Snapshot
  readonly maxSpend?: Threshold
  readonly warnRunwayDays?: Threshold
  /** Report the job's spend in a post step (only without a baseline). */
  readonly reportSpend: boolean
}

/** Reads one input by name, already trimmed, `''` when not given (as `core.getInput` does). */
export type InputReader = (name: string) => string

/** Turns the workflow inputs into settings, or throws an InputError for the first bad one. */
export function readSettings(getInput: InputReader, now: Date = new Date()): Settings {
  const balanceUrl = parseBaseUrl(getInput('base-url') || 'https://api.deepseek.com')
  const minBalance = parseThreshold('min-balance', getInput('min-balance'))
  const warnBalance = parseThreshold('warn-balance', getInput('warn-balance'))
  const currency = parseCurrency(getInput('currency'))
  const baseline = parseBaselineInput(getInput('baseline'), now)
  const maxSpend = parseThreshold('max-spend', getInput('max-spend'))
  const warnRunwayDays = parseThreshold('warn-runway-days', getInput('warn-runway-days'))
  const reportSpend = parseBoolean('report-spend', getInput('report-spend'), true)
  // Without a baseline, max-spend is the job's budget, which only the post step can check.
  if (maxSpend && !baseline && !reportSpend) throw budgetWithoutMeter()
  return {
    apiKey: parseApiKey(getInput('api-key')),
    balanceUrl,
    timeoutMs: parseWholeNumber('timeout', getInput('timeout') || '10000', 1, MAX_TIMEOUT_MS),
    retries: parseWholeNumber('retries', getInput('retries') || '2', 0, MAX_RETRIES),
    ...(minBalance && { minBalance }),
    ...(warnBalance && { warnBalance }),
    ...(currency && { currency }),
    failOnInsufficient: parseBoolean(
      'fail-on-insufficient',
      getInput('fail-on-insufficient'),
      true
    ),
    writeSummary: parseBoolean('summary', getInput('summary'), true),
    ...(baseline && { baseline }),
    ...(maxSpend && { maxSpend }),
    ...(warnRunwayDays && { warnRunwayDays }),
    reportSpend
  }
}

/** Inputs that are valid alone but make little sense together: warned about, not fatal. */
export function settingsWarnings(settings: Settings): CleanText[] {
  const { minBalance, warnBalance } = settings
  if (minBalance && warnBalance && compareDecimals(warnBalance.value, minBalance.value) <= 0) {
    return [warnNotAboveMin(warnBalance.text, minBalance.text)]
  }
  return []
}

/** The settings as one debug line: everything but the key. */
export function describeSettings(settings: Settings): CleanText {
  const fields: [string, string][] = [
    ['api-key', '***'],
    ['url', cleanUrl(settings.balanceUrl)],
    ['timeout', `${settings.timeoutMs} ms`],
    ['retries', String(settings.retries)],
    ['min-balance', settings.minBalance?.text ?? '(none)'],
    ['warn-balance', settings.warnBalance?.text ?? '(none)'],
    ['currency', settings.currency ?? '(any)'],
    ['fail-on-insufficient', String(settings.failOnInsufficient)],
    ['summary', String(settings.writeSummary)],
    [
      'baseline',
      settings.baseline ? `from ${isoTimestamp(settings.baseline.checkedAt)}` : '(none)'
    ],
    ['max-spend', settings.maxSpend?.text ?? '(none)'],
    ['warn-runway-days', settings.warnRunwayDays?.text ?? '(none)'],
    ['report-spend', String(settings.reportSpend)]
  ]
  return ours`Settings: ${clean(fields.map(([name, value]) => `${name}=${value}`).join(', '), 1000)}`
}

function parseApiKey(value: string): string {
  if (value === '') throw apiKeyMissing()
  if (/\s/.test(value)) throw apiKeyWithWhitespace()
  // Anything else outside printable ASCII cannot travel in an HTTP header.
  if (!/^[\x21-\x7e]+$/.test(value)) throw apiKeyNotPrintable()
  return value
}

function parseBaseUrl(value: string): URL {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw invalidInput('base-url', value)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw invalidInput('base-url', value)
  if (url.username || url.password || url.search || url.hash || value.includes('#')) {
    throw baseUrlWithExtras(url)
  }
  // The balance lives at the API root; `/v1` is DeepSeek's OpenAI-compatible alias of it.
  const path = url.pathname.replace(/\/+$/, '').replace(/\/v1$/, '').replace(/\/+$/, '')
  return new URL(`${url.origin}${path}/user/balance`)
}

function parseWholeNumber(input: CheckedInput, value: string, min: number, max: number): number {
  const number = /^\d{1,10}$/.test(value) ? Number(value) : NaN
  if (!(number >= min && number <= max)) throw invalidInput(input, value)
  return number
}

function parseThreshold(input: CheckedInput, value: string): Threshold | undefined {
  if (value === '') return undefined
  const decimal = /^\d{1,30}(\.\d{1,30})?$/.test(value) ? parseDecimal(value) : undefined
  if (!decimal) throw invalidInput(input, value)
  return { text: clean(value), value: decimal }
}

function parseBaselineInput(value: string, now: Date): Snapshot | undefined {
  if (value === '') return undefined
  const result = parseBaseline(value, now)
  if (!result.ok) throw baselineRefused(result.problem)
  return result.snapshot
}

function parseCurrency(value: string): Currency | undefined {
  if (value === '') return undefined
  const upper = value.toUpperCase()
  const currency = SUPPORTED_CURRENCIES.find(candidate => candidate === upper)
  if (!currency) throw invalidInput('currency', value)
  return currency
}

// The same spellings as core.getBooleanInput (YAML 1.2 core schema), with our own message.
function parseBoolean(input: CheckedInput, value: string, fallback: boolean): boolean {
  if (value === '') return fallback
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw invalidInput(input, value)
}
