import { type Decimal, compareDecimals, parseDecimal } from './decimal.js'
import { InputError } from './errors.js'

export const SUPPORTED_CURRENCIES = ['CNY', 'USD'] as const
export type Currency = (typeof SUPPORTED_CURRENCIES)[number]

export const MAX_TIMEOUT_MS = 3_600_000
export const MAX_RETRIES = 10

/** A threshold as the user wrote it (for messages) and as an exact value (for comparison). */
export interface Threshold {
  readonly text: string
  readonly value: Decimal
}

export interface Settings {
  readonly apiKey: string
  /** `<base-url without a trailing / or /v1>/user/balance`. */
  readonly balanceUrl: string
  readonly timeoutMs: number
  readonly retries: number
  readonly minBalance?: Threshold
  readonly warnBalance?: Threshold
  readonly currency?: Currency
  readonly failOnInsufficient: boolean
  readonly writeSummary: boolean
}

/** Reads one input by name, already trimmed, `''` when not given (as `core.getInput` does). */
export type InputReader = (name: string) => string

/** Turns the workflow inputs into settings, or throws an InputError for the first bad one. */
export function readSettings(getInput: InputReader): Settings {
  const baseUrl = parseBaseUrl(getInput('base-url') || 'https://api.deepseek.com')
  const minBalance = parseThreshold('min-balance', getInput('min-balance'))
  const warnBalance = parseThreshold('warn-balance', getInput('warn-balance'))
  const currency = parseCurrency(getInput('currency'))
  return {
    apiKey: parseApiKey(getInput('api-key')),
    balanceUrl: `${baseUrl}/user/balance`,
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
    writeSummary: parseBoolean('summary', getInput('summary'), true)
  }
}

/** Inputs that are valid alone but make little sense together: warned about, not fatal. */
export function settingsWarnings(settings: Settings): string[] {
  const { minBalance, warnBalance } = settings
  if (minBalance && warnBalance && compareDecimals(warnBalance.value, minBalance.value) <= 0) {
    return [
      `warn-balance ${warnBalance.text} is not above min-balance ${minBalance.text}, so it never ` +
        'applies: a balance below it already fails the check. Raise warn-balance or remove it.'
    ]
  }
  return []
}

/** The settings as one `core.debug` line: everything but the key. */
export function describeSettings(settings: Settings): string {
  const fields: [string, string][] = [
    ['api-key', '***'],
    ['url', settings.balanceUrl],
    ['timeout', `${settings.timeoutMs} ms`],
    ['retries', String(settings.retries)],
    ['min-balance', settings.minBalance?.text ?? '(none)'],
    ['warn-balance', settings.warnBalance?.text ?? '(none)'],
    ['currency', settings.currency ?? '(any)'],
    ['fail-on-insufficient', String(settings.failOnInsufficient)],
    ['summary', String(settings.writeSummary)]
  ]
  return fields.map(([name, value]) => `${name}=${value}`).join(', ')
}

function parseApiKey(value: string): string {
  if (value === '') {
    throw new InputError(
      'api-key',
      "Input 'api-key' is required: pass your DeepSeek API key from a secret, " +
        'e.g. api-key: ${{ secrets.DEEPSEEK_API_KEY }}. If it is set, the secret may be empty ' +
        'or not available to this workflow (secrets are not passed to workflows from forks).'
    )
  }
  if (/\s/.test(value)) {
    throw new InputError(
      'api-key',
      "Input 'api-key' contains whitespace; a DeepSeek API key is a single word (sk-...). " +
        "Check the secret's value."
    )
  }
  // Anything else outside printable ASCII cannot travel in an HTTP header.
  if (!/^[\x21-\x7e]+$/.test(value)) {
    throw new InputError(
      'api-key',
      "Input 'api-key' contains characters that are not printable ASCII; a DeepSeek API key " +
        "is letters, digits and dashes (sk-...). Check the secret's value."
    )
  }
  return value
}

function parseBaseUrl(value: string): string {
  const expected =
    'an http(s) URL such as https://api.deepseek.com or https://gateway.example/deepseek, ' +
    'without credentials, query or fragment'
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw invalid('base-url', value, expected)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw invalid('base-url', value, expected)
  if (url.username || url.password || url.search || url.hash || value.includes('#')) {
    throw invalid('base-url', value, expected)
  }
  // The balance lives at the API root; `/v1` is DeepSeek's OpenAI-compatible alias of it.
  const path = url.pathname.replace(/\/+$/, '').replace(/\/v1$/, '').replace(/\/+$/, '')
  return `${url.origin}${path}`
}

function parseWholeNumber(input: string, value: string, min: number, max: number): number {
  const number = /^\d{1,10}$/.test(value) ? Number(value) : NaN
  if (!(number >= min && number <= max)) {
    const unit = input === 'timeout' ? ' of milliseconds' : ''
    throw invalid(input, value, `a whole number${unit} from ${min} to ${max}`)
  }
  return number
}

function parseThreshold(input: string, value: string): Threshold | undefined {
  if (value === '') return undefined
  const decimal = /^\d{1,30}(\.\d{1,30})?$/.test(value) ? parseDecimal(value) : undefined
  if (!decimal) throw invalid(input, value, 'empty or a decimal number ≥ 0 such as 5 or 12.50')
  return { text: value, value: decimal }
}

function parseCurrency(value: string): Currency | undefined {
  if (value === '') return undefined
  const upper = value.toUpperCase()
  const currency = SUPPORTED_CURRENCIES.find(candidate => candidate === upper)
  if (!currency) throw invalid('currency', value, 'CNY or USD (any letter case), or empty')
  return currency
}

// The same spellings as core.getBooleanInput (YAML 1.2 core schema), with our own message.
function parseBoolean(input: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw invalid(input, value, 'true or false')
}

function invalid(input: string, value: string, expected: string): InputError {
  const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value
  return new InputError(input, `Input '${input}' must be ${expected}; got '${shown}'.`)
}
