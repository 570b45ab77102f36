import { BalanceFetchError, InputError, RunnerFileError } from '../errors.js'
import type { BaselineProblem } from '../decide/spend.js'
import { duration, isoTimestamp, plural, seconds } from '../format.js'
import { isRetriedNetworkCode, isRetriedStatus } from '../read/retry.js'
import { type CleanText, clean, cleanUrl, joinClean, ours } from './outside-text.js'

/**
 * Every sentence a workflow author reads: input errors, fetch errors, verdicts, spend, runner
 * file errors. Each is built with `ours` from literal text and clean parts only.
 */

export const TOP_UP_URL = 'https://platform.deepseek.com/top_up'
const TOP_UP = ours`https://platform.deepseek.com/top_up`
const CHECK_NETWORK = ours`Check base-url, the network and any proxy (HTTPS_PROXY, NO_PROXY).`
const CHECK_GATEWAY = ours`Check base-url and any gateway in between.`

// -- Inputs ----------------------------------------------------------------------------------

/** What each input accepts, for the error that names it. `\u2265` is the at-least sign. */
const EXPECTED = {
  'base-url': ours`an http(s) URL such as https://api.deepseek.com or https://gateway.example/deepseek, without credentials, query or fragment`,
  timeout: ours`a whole number of milliseconds from 1 to 3600000`,
  retries: ours`a whole number from 0 to 10`,
  'min-balance': ours`empty or a decimal number \u2265 0 such as 5 or 12.50`,
  'warn-balance': ours`empty or a decimal number \u2265 0 such as 5 or 12.50`,
  'max-spend': ours`empty or a decimal number \u2265 0 such as 5 or 12.50`,
  'warn-runway-days': ours`empty or a decimal number \u2265 0 such as 7 or 2.5`,
  currency: ours`CNY or USD (any letter case), or empty`,
  'fail-on-insufficient': ours`true or false`,
  summary: ours`true or false`,
  'report-spend': ours`true or false`
} as const
export type CheckedInput = keyof typeof EXPECTED

/** An input value that is not what the input accepts; the value is shown cleaned and short. */
export function invalidInput(input: CheckedInput, value: string): InputError {
  return new InputError(
    input,
    ours`Input '${clean(input)}' must be ${EXPECTED[input]}; got '${clean(value, 60)}'.`
  )
}

/** A base-url with credentials, a query or a fragment: shown without them. */
export function baseUrlWithExtras(url: URL): InputError {
  return new InputError(
    'base-url',
    ours`Input 'base-url' must be ${EXPECTED['base-url']}; got '${cleanUrl(url, 100)}' with them (not shown).`
  )
}

export function apiKeyMissing(): InputError {
  return new InputError(
    'api-key',
    ours`Input 'api-key' is required: pass your DeepSeek API key from a secret, e.g. api-key: \${{ secrets.DEEPSEEK_API_KEY }}. If it is set, the secret may be empty or not available to this workflow (secrets are not passed to workflows from forks, nor to Dependabot's).`
  )
}

export function apiKeyWithWhitespace(): InputError {
  return new InputError(
    'api-key',
    ours`Input 'api-key' contains whitespace; a DeepSeek API key is a single word (sk-...). Check the secret's value.`
  )
}

export function apiKeyNotPrintable(): InputError {
  return new InputError(
    'api-key',
    ours`Input 'api-key' contains characters that are not printable ASCII; a DeepSeek API key is letters, digits and dashes (sk-...). Check the secret's value.`
  )
}

export function warnNotAboveMin(warn: CleanText, min: CleanText): CleanText {
  return ours`warn-balance ${warn} is not above min-balance ${min}, so it never applies: a balance below it already fails the check. Raise warn-balance or remove it.`
}

// -- Reading the balance ---------------------------------------------------------------------

export function attemptStarted(attempt: number, maxAttempts: number, url: URL): CleanText {
  return ours`Attempt ${attempt} of ${maxAttempts}: GET ${cleanUrl(url)}`
}

export function attemptSucceeded(attempt: number): CleanText {
  return ours`Attempt ${attempt} succeeded.`
}

export function attemptFailed(attempt: number, error: BalanceFetchError): CleanText {
  return ours`Attempt ${attempt} failed: ${error.text}`
}

export function retrying(
  error: BalanceFetchError,
  attempt: number,
  maxAttempts: number,
  delayMs: number
): CleanText {
  return ours`Attempt ${attempt} of ${maxAttempts} failed: ${error.text} Retrying in ${clean(seconds(delayMs))}.`
}

/** The last failure, with how many attempts were made and how long they took. */
export function gaveUp(
  error: BalanceFetchError,
  attempts: number,
  elapsedMs: number
): BalanceFetchError {
  return new BalanceFetchError(
    ours`${error.text} ${clean(plural(attempts, 'attempt'))} over ${clean(seconds(elapsedMs))}.`,
    { retryable: false, ...(error.hint && { hint: error.hint }), cause: error }
  )
}

export function timedOut(timeoutMs: number, headersReceived: boolean): BalanceFetchError {
  const phase = headersReceived ? ours` (the headers came, the body did not finish)` : ours``
  return new BalanceFetchError(
    ours`DeepSeek did not answer within the ${timeoutMs} ms timeout${phase}.`,
    {
      retryable: true,
      hint: ours`DeepSeek may be busy: raise timeout or retries, or check the network and proxy.`
    }
  )
}

export function bodyTooLarge(limitBytes: number): BalanceFetchError {
  return new BalanceFetchError(
    ours`DeepSeek's response is larger than ${limitBytes / 1024 / 1024} MiB; a balance is a few hundred bytes, so reading stopped.`,
    {
      retryable: false,
      hint: ours`Check that base-url points at the DeepSeek API or a gateway for it.`
    }
  )
}

export function connectionClosedEarly(target: URL, cause?: unknown): BalanceFetchError {
  return new BalanceFetchError(
    ours`Could not read DeepSeek's answer from ${clean(target.host, 100)}: the connection closed before the response was complete.`,
    { retryable: true, hint: CHECK_NETWORK, cause }
  )
}

/** A non-2xx answer, naming the status and what the server said (`detail`, cleaned). */
export function httpFailure(
  status: number,
  detail: CleanText,
  retryAfterMs: number | undefined
): BalanceFetchError {
  const got = detail ? ours`HTTP ${status}: ${detail}` : ours`HTTP ${status}`
  const retryable = isRetriedStatus(status)
  const withWait = { retryable, ...(retryAfterMs !== undefined && { retryAfterMs }) }
  if (status === 401 || status === 403) {
    return new BalanceFetchError(ours`DeepSeek rejected the API key (${got}).`, {
      ...withWait,
      hint: ours`Check the secret passed as api-key: it must be a current DeepSeek API key (sk-...).`
    })
  }
  if (status === 402) {
    return new BalanceFetchError(ours`DeepSeek reports insufficient balance (${got}).`, {
      ...withWait,
      hint: ours`Top up at ${TOP_UP}.`
    })
  }
  if (status === 429) {
    return new BalanceFetchError(ours`DeepSeek rate-limited the request (${got}).`, {
      ...withWait,
      hint: ours`Raise retries, or run the check less often.`
    })
  }
  if (retryable) {
    return new BalanceFetchError(ours`DeepSeek had a server error (${got}).`, {
      ...withWait,
      hint: ours`DeepSeek may be overloaded: raise retries, or try later.`
    })
  }
  if (status >= 500) {
    // 501, 505, 511 (what captive portals send) ...: another attempt would get the same answer.
    return new BalanceFetchError(ours`DeepSeek, or something in between, answered ${got}.`, {
      ...withWait,
      hint: ours`Check base-url, and any proxy or captive portal between the runner and DeepSeek.`
    })
  }
  return new BalanceFetchError(ours`DeepSeek refused the request (${got}).`, {
    ...withWait,
    hint:
      status === 404
        ? ours`Check base-url: it must be the DeepSeek API root (https://api.deepseek.com) or a gateway prefix for it.`
        : CHECK_GATEWAY
  })
}

/** A 200 whose body is not a balance; `what` says how (our words), the body is described. */
export function notABalance(
  what: CleanText,
  body: string,
  contentType: string | undefined
): BalanceFetchError {
  return new BalanceFetchError(
    ours`DeepSeek answered with ${what}, not a balance (${describeBody(body, contentType)}).`,
    {
      retryable: false,
      hint: ours`If a proxy or captive portal sits between the runner and DeepSeek, check base-url and the proxy settings.`
    }
  )
}

/**
 * What an error body says: DeepSeek's own `error.message` (or a top-level `message`) when there
 * is one, else a description of the body.
 */
export function describeErrorBody(body: string, contentType: string | undefined): CleanText {
  if (body.trim() === '') return ours``
  try {
    const json: unknown = JSON.parse(body)
    const error = (json as { error?: { message?: unknown } } | null)?.error
    const text =
      typeof error?.message === 'string'
        ? error.message
        : (json as { message?: unknown } | null)?.message
    if (typeof text === 'string' && text.trim() !== '') return clean(text)
  } catch {
    // not JSON: described below
  }
  return describeBody(body, contentType)
}

/** The content type and the first bytes of a body, on one short line. */
export function describeBody(body: string, contentType: string | undefined): CleanText {
  const type = contentType ? ours`content-type ${clean(contentType, 60)}` : ours`no content-type`
  const start = clean(body.replace(/^\uFEFF/, ''), 80)
  return start ? ours`${type}, body starting "${start}"` : ours`${type}, empty body`
}

export function redirectElsewhere(from: URL, to: URL): BalanceFetchError {
  const web = /^https?:$/.test(to.protocol)
  // Only scheme, host and port of the target: its path or query could carry anything.
  const where = web ? clean(to.origin, 100) : ours`a ${clean(to.protocol, 20)} URL`
  const downgrade = from.protocol === 'https:' && to.protocol === 'http:'
  return new BalanceFetchError(
    ours`DeepSeek at ${clean(from.host, 100)} redirected to ${where}; the redirect was not followed, so the key was not sent ${downgrade ? ours`in clear text` : ours`there`}.`,
    {
      retryable: false,
      hint: web ? ours`Check base-url: if ${where} is the API, use it as base-url.` : CHECK_GATEWAY
    }
  )
}

export function redirectUnreadable(from: URL): BalanceFetchError {
  return new BalanceFetchError(
    ours`DeepSeek at ${clean(from.host, 100)} redirected to an address that is not a valid URL; the redirect was not followed.`,
    { retryable: false, hint: CHECK_GATEWAY }
  )
}

export function tooManyRedirects(from: URL, count: number): BalanceFetchError {
  return new BalanceFetchError(
    ours`DeepSeek at ${clean(from.host, 100)} redirected more than ${count} times.`,
    {
      retryable: false,
      hint: CHECK_GATEWAY
    }
  )
}

/** The proxy, as the transport found it for the request: never with its credentials. */
export interface ProxyInUse {
  readonly url: URL
}

/** Anything the request itself threw (the socket, DNS, TLS, the proxy), as a fetch error. */
export function requestFailed(
  error: unknown,
  target: URL,
  proxy: ProxyInUse | undefined
): BalanceFetchError {
  if (error instanceof BalanceFetchError) return error
  const host = clean(target.host, 100)
  const rawCode = (error as { code?: unknown } | null)?.code
  const code = typeof rawCode === 'string' ? rawCode : undefined
  const message = error instanceof Error ? error.message : String(error)
  // http-client's proxy agent (tunnel) reports every proxy failure with this text.
  const tunnel = /^tunneling socket could not be established, (.*)$/.exec(message)
  if (tunnel) return proxyFailed(host, proxy, tunnel[1] ?? '', error)
  if (code !== undefined && TLS_ERRORS.has(code)) {
    return new BalanceFetchError(
      ours`Could not reach DeepSeek at ${host}: its TLS certificate is not trusted (${clean(code)}).`,
      {
        retryable: false,
        hint: ours`If a proxy inspects TLS traffic, point NODE_EXTRA_CA_CERTS at its CA certificate; otherwise check base-url.`,
        cause: error
      }
    )
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    const name = clean(target.hostname, 100)
    const detail =
      code === 'ENOTFOUND'
        ? ours`the host name ${name} could not be resolved (ENOTFOUND)`
        : ours`the host name ${name} could not be resolved for now (EAI_AGAIN, the resolver is not answering)`
    return new BalanceFetchError(ours`Could not reach DeepSeek at ${host}: ${detail}.`, {
      retryable: isRetriedNetworkCode(code),
      hint:
        code === 'ENOTFOUND'
          ? ours`Check base-url for a typo; on a self-hosted runner, check its DNS or set HTTPS_PROXY.`
          : CHECK_NETWORK,
      cause: error
    })
  }
  const reason = code === undefined ? undefined : NETWORK_ERRORS[code]
  if (code !== undefined && reason !== undefined) {
    return new BalanceFetchError(
      ours`Could not reach DeepSeek at ${host}: ${reason} (${clean(code)}).`,
      {
        retryable: isRetriedNetworkCode(code),
        hint: CHECK_NETWORK,
        cause: error
      }
    )
  }
  const shown = clean(message.replace(/\.$/, '') + (code === undefined ? '' : ` (${code})`))
  return new BalanceFetchError(ours`The request to DeepSeek at ${host} failed: ${shown}.`, {
    retryable: false,
    hint: CHECK_NETWORK,
    cause: error
  })
}

function proxyFailed(
  host: CleanText,
  proxy: ProxyInUse | undefined,
  cause: string,
  error: unknown
): BalanceFetchError {
  // Only host and port: a proxy URL can carry credentials.
  const where = proxy ? clean(proxy.url.host, 100) : ours`the proxy`
  const status = /^statusCode=(\d{3})/.exec(cause)?.[1]
  const what = status
    ? ours`the proxy answered HTTP ${Number(status)} to CONNECT`
    : clean(cause.replace(/^cause=/, ''))
  const denied = status !== undefined && status.startsWith('4')
  return new BalanceFetchError(
    ours`Could not reach DeepSeek at ${host} through the proxy ${where}: ${what}.`,
    {
      retryable: !denied,
      hint: denied
        ? ours`The proxy refused the tunnel: check its credentials in HTTPS_PROXY, or add the host to NO_PROXY.`
        : ours`Check that the proxy in HTTPS_PROXY / HTTP_PROXY is up, or add the host to NO_PROXY.`,
      cause: error
    }
  )
}

const TLS_ERRORS = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID'
])

const NETWORK_ERRORS: Record<string, CleanText> = {
  ECONNREFUSED: ours`the connection was refused`,
  ECONNRESET: ours`the connection was reset`,
  ECONNABORTED: ours`the connection was aborted`,
  EPIPE: ours`the connection was closed`,
  ETIMEDOUT: ours`the connection timed out`,
  EHOSTUNREACH: ours`the host is unreachable`,
  ENETUNREACH: ours`the network is unreachable`,
  ENETDOWN: ours`the network is down`
}

// -- Verdicts --------------------------------------------------------------------------------

export interface Amount {
  readonly total: CleanText
  readonly currency: CleanText
}

export interface Thresholds {
  readonly min?: CleanText
  readonly warn?: CleanText
}

export function balanceOk(amount: Amount, thresholds: Thresholds): CleanText {
  const parts = [
    thresholds.min && ours`min-balance ${thresholds.min}`,
    thresholds.warn && ours`warn-balance ${thresholds.warn}`
  ]
  const listed = joinClean(parts, ', ')
  return ours`DeepSeek balance: ${amount.total} ${amount.currency}${listed ? ours` (${listed})` : ours``}: ok`
}

export function belowMin(amount: Amount, min: CleanText): CleanText {
  return ours`DeepSeek balance ${amount.total} ${amount.currency} is below min-balance ${min} ${amount.currency}.`
}

export function belowWarn(amount: Amount, warn: CleanText): CleanText {
  return ours`DeepSeek balance ${amount.total} ${amount.currency} is below warn-balance ${warn} ${amount.currency}.`
}

export function notAvailable(
  amount: Amount | undefined,
  missing: CleanText | undefined
): CleanText {
  const detail = amount
    ? ours` Balance ${amount.total} ${amount.currency}.`
    : missing
      ? ours` ${missing}.`
      : ours``
  return ours`DeepSeek reports the account as not available for API calls (is_available: false).${detail}`
}

/** The account reports no row the check can use. */
export function noCheckedRow(
  wanted: CleanText | undefined,
  reported: readonly CleanText[]
): CleanText {
  if (reported.length === 0 && wanted === undefined) {
    return ours`DeepSeek reports no balance in any currency (balance_infos is empty)`
  }
  const list = reported.length > 0 ? joinClean(reported, ', ') : ours`none`
  return ours`DeepSeek reports no ${wanted ?? ours`CNY or USD`} balance (currencies reported: ${list})`
}

export function missingCannotMeetMin(
  missing: CleanText,
  min: CleanText,
  currency: CleanText | undefined
): CleanText {
  return ours`${missing}, so min-balance ${min}${currency ? ours` ${currency}` : ours``} cannot be met.`
}

export function missingWithWarn(
  missing: CleanText,
  warn: CleanText,
  currency: CleanText | undefined
): CleanText {
  return ours`${missing}; warn-balance is ${warn}${currency ? ours` ${currency}` : ours``}.`
}

export function missingButAvailable(missing: CleanText): CleanText {
  return ours`${missing}; DeepSeek reports the account as available: ok`
}

export const ADVICE = {
  topUpOrLowerMin: ours`Top up at ${TOP_UP}, or lower min-balance.`,
  topUpSoon: ours`Top up soon at ${TOP_UP}, or lower warn-balance.`,
  topUp: ours`Top up at ${TOP_UP}.`,
  checkAccount: ours`Top up at ${TOP_UP}, or check the account's status on the DeepSeek platform.`,
  otherCurrency: (currency: CleanText): CleanText =>
    ours`Set currency to one the account reports, or top up in ${currency}.`
} as const

// -- Spend -----------------------------------------------------------------------------------

export function baselineRefused(problem: BaselineProblem): InputError {
  const what =
    problem.kind === 'not-json'
      ? ours`it is not JSON`
      : problem.kind === 'shape'
        ? ours`it has ${clean(problem.what)}`
        : problem.kind === 'future'
          ? ours`its checked_at ${clean(problem.checkedAt)} is in the future (more than a minute ahead of this runner's clock)`
          : problem.kind === 'amount'
            ? ours`its ${clean(problem.currency)} ${clean(problem.field)} is not a decimal`
            : ours`it lists ${clean(problem.currency)} twice`
  return new InputError(
    'baseline',
    ours`Input 'baseline' must be empty or the snapshot output of an earlier run ({"checked_at":"...","is_available":...,"balance_infos":[...]}); ${what}. The value is not shown.`
  )
}

export function budgetWithoutMeter(): InputError {
  return new InputError(
    'max-spend',
    ours`Input 'max-spend' needs something to measure spend against: a baseline (the snapshot output of an earlier run), or report-spend: true so that the job's own spend is checked at its end.`
  )
}

/** One currency's spend between two balances, every part already clean. */
export interface SpendFigures {
  readonly currency: CleanText
  /** Baseline total - current total; negative after a top-up. */
  readonly spent: CleanText
  readonly before: CleanText
  readonly after: CleanText
  readonly elapsedMs: number
}

/** `during this job` for the post step, `since <time>` with a baseline. */
export type SpendScope = { readonly kind: 'job' } | { readonly kind: 'since'; readonly since: Date }

function scopeText(scope: SpendScope): CleanText {
  return scope.kind === 'job'
    ? ours`during this job`
    : ours`since ${clean(isoTimestamp(scope.since))}`
}

function movement(figures: SpendFigures): CleanText {
  // \u2192 is a right arrow, escaped so that the bundle stays ASCII.
  return ours`${figures.before} \u2192 ${figures.after} over ${clean(duration(figures.elapsedMs))}`
}

/** `DeepSeek spend during this job: 0.42 CNY (110.00 -> 109.58 over 6 min)`; a rise says so. */
export function spendReport(scope: SpendScope, figures: SpendFigures): CleanText {
  if (figures.spent.startsWith('-')) {
    return ours`DeepSeek balance rose by ${clean(figures.spent.slice(1))} ${figures.currency} ${scopeText(scope)} (${movement(figures)}), a top-up: no spend to report.`
  }
  return ours`DeepSeek spend ${scopeText(scope)}: ${figures.spent} ${figures.currency} (${movement(figures)})`
}

export function overBudget(
  scope: SpendScope,
  figures: SpendFigures,
  maxSpend: CleanText
): CleanText {
  return ours`DeepSeek spend ${scopeText(scope)} is ${figures.spent} ${figures.currency}, above max-spend ${maxSpend} ${figures.currency} (${movement(figures)}).`
}

/** Why no spend figure could be had for the checked currency. */
export function noSpendFigure(currency: CleanText | undefined): CleanText {
  return currency
    ? ours`the earlier and the current balance do not both report ${currency}`
    : ours`no currency was checked (the account reports neither CNY nor USD)`
}

export function budgetUnchecked(
  scope: SpendScope,
  maxSpend: CleanText,
  reason: CleanText
): CleanText {
  return ours`max-spend ${maxSpend} could not be checked for the spend ${scopeText(scope)}: ${reason}. A budget that could not be checked does not pass.`
}

export function runwayLow(
  perDay: CleanText,
  currency: CleanText,
  since: Date,
  total: CleanText,
  runwayDays: CleanText,
  threshold: CleanText
): CleanText {
  return ours`At ${perDay} ${currency} a day since ${clean(isoTimestamp(since).slice(0, 10))}, ${total} ${currency} lasts ${runwayDays} more days, below warn-runway-days ${threshold}.`
}

export function spendNotRead(error: BalanceFetchError, maxSpend: CleanText | undefined): CleanText {
  return maxSpend
    ? ours`Could not read the DeepSeek balance at the end of the job, so max-spend ${maxSpend} could not be checked and does not pass: ${error.text}`
    : ours`Could not read the DeepSeek balance at the end of the job, so its spend is unknown: ${error.text}`
}

export function savedSnapshotUnreadable(): CleanText {
  return ours`The balance the main step saved could not be read back, so the job's spend is unknown.`
}

export const SPEND_ADVICE = {
  overBudget: ours`Find what used more than expected, or raise max-spend.`,
  runway: ours`Top up at ${TOP_UP}, or lower warn-runway-days.`
} as const

/** What the figures measure, for the summary's footnote. */
export const SPEND_FOOTNOTE = ours`Spend is the change in the account's balance: it includes every other use of the account in that time, and DeepSeek may book a request's cost a little after it ends. Use a separate DeepSeek account for CI where exact per-job figures matter.`

// -- Runner files ----------------------------------------------------------------------------

export function outputsNotWritten(error: unknown): RunnerFileError {
  return new RunnerFileError(
    ours`Could not write the step outputs to the file GITHUB_OUTPUT names: ${describeFsError(error)}. The verdict above stands; later steps cannot read it from this step's outputs.`,
    error
  )
}

export function summaryNotWritten(error: unknown): CleanText {
  return ours`Could not write the job summary to the file GITHUB_STEP_SUMMARY names: ${describeFsError(error)}.`
}

function describeFsError(error: unknown): CleanText {
  return clean(error instanceof Error ? error.message : String(error), 160)
}

/** Anything unexpected: its message only, cleaned (a stack trace tells a workflow author nothing). */
export function unexpected(error: unknown): CleanText {
  if (
    error instanceof InputError ||
    error instanceof BalanceFetchError ||
    error instanceof RunnerFileError
  ) {
    return error.text
  }
  return ours`The balance check failed unexpectedly: ${clean(error instanceof Error ? error.message : String(error))}`
}
