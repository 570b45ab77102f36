import { type Currency, currencyNamed } from '../base/currencies.js'
import { type Decimal, parseDecimal } from '../base/decimal.js'
import { type CleanText, clean, cleanUrl } from '../base/outside-text.js'
import { type Snapshot, type SnapshotProblem, parseSnapshot } from '../base/snapshot.js'

/** Every input action.yml declares, and nothing else: readSettings reads exactly these. */
export const INPUT_NAMES = [
  'api-key',
  'base-url',
  'timeout',
  'retries',
  'min-balance',
  'warn-balance',
  'currency',
  'fail-on-insufficient',
  'summary',
  'baseline',
  'max-spend',
  'warn-runway-days',
  'report-spend',
  'history',
  'max-spend-per-day'
] as const
export type InputName = (typeof INPUT_NAMES)[number]

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
  /** The ledger of readings (JSON Lines), as given: relative to the workspace, or absolute. */
  readonly history?: string
  /** The most the ledger's last day may have spent. */
  readonly maxSpendPerDay?: Threshold
}

/** What is wrong with the inputs, as data; report/messages.ts words it. */
export type InputProblem =
  /** The value is not what the input accepts; it is shown cleaned and short. */
  | { readonly kind: 'invalid'; readonly input: InputName; readonly value: CleanText }
  | { readonly kind: 'api-key-missing' }
  | { readonly kind: 'api-key-with-whitespace' }
  | { readonly kind: 'api-key-not-printable' }
  /** base-url carries credentials, a query or a fragment; `shown` is the URL without them. */
  | {
      readonly kind: 'base-url-with-extras'
      readonly shown: CleanText
      readonly extras: readonly ('credentials' | 'query' | 'fragment')[]
    }
  | { readonly kind: 'baseline'; readonly problem: SnapshotProblem }
  /** max-spend without a baseline and with report-spend false: nothing would measure it. */
  | { readonly kind: 'budget-without-meter' }
  /** max-spend-per-day without history: no readings to count a day's spend from. */
  | { readonly kind: 'cap-without-history' }

/** Inputs that cannot be used; thrown before any request is sent. */
export class InputError extends Error {
  constructor(readonly problem: InputProblem) {
    super(problem.kind)
    this.name = 'InputError'
  }
}

/** Reads one input by name, already trimmed, `''` when not given (as `core.getInput` does). */
export type InputReader = (name: InputName) => string

/** Turns the workflow inputs into settings, or throws an InputError for the first bad one. */
export function readSettings(getInput: InputReader, now: Date = new Date()): Settings {
  const apiKey = parseApiKey(getInput('api-key'))
  const balanceUrl = parseBaseUrl(getInput('base-url') || 'https://api.deepseek.com')
  const timeoutMs = parseWholeNumber('timeout', getInput('timeout') || '10000', 1, MAX_TIMEOUT_MS)
  const retries = parseWholeNumber('retries', getInput('retries') || '2', 0, MAX_RETRIES)
  const minBalance = parseThreshold('min-balance', getInput('min-balance'))
  const warnBalance = parseThreshold('warn-balance', getInput('warn-balance'))
  const currency = parseCurrency(getInput('currency'))
  const failOnInsufficient = parseBoolean('fail-on-insufficient', true, getInput)
  const writeSummary = parseBoolean('summary', true, getInput)
  const baseline = parseBaselineInput(getInput('baseline'), now)
  const maxSpend = parseThreshold('max-spend', getInput('max-spend'))
  const warnRunwayDays = parseThreshold('warn-runway-days', getInput('warn-runway-days'))
  const reportSpend = parseBoolean('report-spend', true, getInput)
  const history = parsePath('history', getInput('history'))
  const maxSpendPerDay = parseThreshold('max-spend-per-day', getInput('max-spend-per-day'))
  // Without a baseline, max-spend is the job's budget, which only the post step can check.
  if (maxSpend && !baseline && !reportSpend) throw new InputError({ kind: 'budget-without-meter' })
  if (maxSpendPerDay && !history) throw new InputError({ kind: 'cap-without-history' })
  return {
    apiKey,
    balanceUrl,
    timeoutMs,
    retries,
    ...(minBalance && { minBalance }),
    ...(warnBalance && { warnBalance }),
    ...(currency && { currency }),
    failOnInsufficient,
    writeSummary,
    ...(baseline && { baseline }),
    ...(maxSpend && { maxSpend }),
    ...(warnRunwayDays && { warnRunwayDays }),
    reportSpend,
    ...(history && { history }),
    ...(maxSpendPerDay && { maxSpendPerDay })
  }
}

function invalid(input: InputName, value: string): InputError {
  return new InputError({ kind: 'invalid', input, value: clean(value, 60) })
}

function parseApiKey(value: string): string {
  if (value === '') throw new InputError({ kind: 'api-key-missing' })
  if (/\s/.test(value)) throw new InputError({ kind: 'api-key-with-whitespace' })
  // Anything else outside printable ASCII cannot travel in an HTTP header.
  if (!/^[\x21-\x7e]+$/.test(value)) throw new InputError({ kind: 'api-key-not-printable' })
  return value
}

function parseBaseUrl(value: string): URL {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw invalid('base-url', value)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw invalid('base-url', value)
  const extras = [
    ...(url.username || url.password ? (['credentials'] as const) : []),
    ...(url.search || value.includes('?') ? (['query'] as const) : []),
    ...(url.hash || value.includes('#') ? (['fragment'] as const) : [])
  ]
  if (extras.length > 0) {
    throw new InputError({ kind: 'base-url-with-extras', shown: cleanUrl(url, 100), extras })
  }
  // The balance lives at the API root; `/v1` is DeepSeek's OpenAI-compatible alias of it.
  const path = url.pathname.replace(/\/+$/, '').replace(/\/v1$/, '').replace(/\/+$/, '')
  return new URL(`${url.origin}${path}/user/balance`)
}

function parseWholeNumber(input: InputName, value: string, min: number, max: number): number {
  const number = /^\d{1,10}$/.test(value) ? Number(value) : NaN
  if (!(number >= min && number <= max)) throw invalid(input, value)
  return number
}

/** A decimal ≥ 0 as people write it: `5`, `12.50`, `.5`. */
function parseThreshold(input: InputName, value: string): Threshold | undefined {
  if (value === '') return undefined
  const decimal = /^(\d{1,30}(\.\d{1,30})?|\.\d{1,30})$/.test(value)
    ? parseDecimal(value.startsWith('.') ? `0${value}` : value)
    : undefined
  if (!decimal) throw invalid(input, value)
  return { text: clean(value), value: decimal }
}

/** A file's path: any text a file system takes, short enough to be one. */
function parsePath(input: InputName, value: string): string | undefined {
  // Stryker disable next-line StringLiteral: an empty path passes the checks below, and readSettings drops it as empty
  if (value === '') return undefined
  if (value.length > 1024 || value.includes('\0')) throw invalid(input, value)
  return value
}

function parseBaselineInput(value: string, now: Date): Snapshot | undefined {
  if (value === '') return undefined
  const result = parseSnapshot(value, now)
  if (!result.ok) throw new InputError({ kind: 'baseline', problem: result.problem })
  return result.value
}

function parseCurrency(value: string): Currency | undefined {
  if (value === '') return undefined
  const currency = currencyNamed(value)
  if (!currency) throw invalid('currency', value)
  return currency
}

// The same spellings as core.getBooleanInput (YAML 1.2 core schema), with our own message.
function parseBoolean(input: InputName, fallback: boolean, getInput: InputReader): boolean {
  const value = getInput(input)
  if (value === '') return fallback
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw invalid(input, value)
}
