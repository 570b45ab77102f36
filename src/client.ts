import type { IncomingMessage, RequestOptions } from 'node:http'
import { HttpClient, type HttpClientResponse } from '@actions/http-client'
import { type Balance, describeBody, parseBalanceBody } from './balance.js'
import { BalanceFetchError } from './errors.js'
import { redactSecret } from './redact.js'
import { retryDelayMs } from './retry.js'
import { USER_AGENT } from './version.js'

/** Bodies larger than this are not a balance; reading stops there. */
export const MAX_BODY_BYTES = 1024 * 1024
const MAX_REDIRECTS = 5

export interface FetchRequest {
  readonly url: string
  readonly apiKey: string
  readonly timeoutMs: number
  readonly retries: number
}

export interface FetchResult {
  readonly balance: Balance
  readonly attempts: number
  readonly elapsedMs: number
}

export interface FetchLogger {
  debug(message: string): void
  info(message: string): void
}

/** What the retry loop waits with; tests may pass a recording one. */
export interface Clock {
  readonly now: () => number
  readonly sleep: (ms: number) => Promise<void>
  readonly random: () => number
}

const realClock: Clock = {
  now: () => Date.now(),
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
  random: () => Math.random()
}

type RequestHandler = NonNullable<ConstructorParameters<typeof HttpClient>[1]>[number]

/**
 * Gets the balance, retrying network errors, deadlines, 429 and 5xx with backoff. Throws a
 * BalanceFetchError whose message says what the last attempt got and how many were made.
 */
export async function fetchBalance(
  request: FetchRequest,
  logger: FetchLogger,
  clock: Clock = realClock
): Promise<FetchResult> {
  const started = clock.now()
  const maxAttempts = request.retries + 1
  for (let attempt = 1; ; attempt++) {
    logger.debug(`Attempt ${attempt} of ${maxAttempts}: GET ${request.url}`)
    try {
      const balance = await fetchOnce(request)
      logger.debug(`Attempt ${attempt} succeeded.`)
      return { balance, attempts: attempt, elapsedMs: clock.now() - started }
    } catch (thrown) {
      const error = toFetchError(thrown, request)
      const elapsedMs = clock.now() - started
      if (!error.retryable || attempt >= maxAttempts) {
        logger.debug(`Attempt ${attempt} failed: ${error.message}`)
        throw new BalanceFetchError(
          `${error.message} ${plural(attempt, 'attempt')} over ${seconds(elapsedMs)}.`,
          false,
          error.options
        )
      }
      const delay = retryDelayMs(attempt, error.options.retryAfter, clock.now(), clock.random)
      logger.info(
        `Attempt ${attempt} of ${maxAttempts} failed: ${error.message} Retrying in ${seconds(delay)}.`
      )
      await clock.sleep(delay)
    }
  }
}

/**
 * One attempt under one deadline, from connecting to the last byte of the body. An idle-socket
 * timeout is not enough: a busy DeepSeek keeps the connection alive with blank lines for minutes.
 */
async function fetchOnce({ url, apiKey, timeoutMs }: FetchRequest): Promise<Balance> {
  const deadline = new AbortController()
  const client = new HttpClient(USER_AGENT, [abortWith(deadline.signal)], {
    allowRetries: false, // retries are ours: http-client skips timeouts, network errors and 429
    allowRedirects: true, // http-client drops Authorization when the host changes
    maxRedirects: MAX_REDIRECTS,
    keepAlive: false,
    socketTimeout: timeoutMs + 1000 // a backstop; the deadline below fires first
  })
  let response: HttpClientResponse | undefined
  const timer = setTimeout(() => {
    deadline.abort()
    response?.message.destroy()
  }, timeoutMs)
  try {
    // Authorization goes in the headers, not in a handler, so http-client can strip it on a
    // redirect to another host.
    response = await client.get(url, {
      authorization: `Bearer ${apiKey}`,
      accept: 'application/json'
    })
    const body = redactSecret(await readBody(response.message, MAX_BODY_BYTES), apiKey)
    const status = response.message.statusCode ?? 0
    const contentType = redactSecret(response.message.headers['content-type'] ?? '', apiKey)
    if (status < 200 || status > 299) throw httpError(status, body, contentType, response.message)
    return parseBalanceBody(body, contentType || undefined)
  } catch (error) {
    if (deadline.signal.aborted) {
      const phase = response ? ' (the headers came, the body did not finish)' : ''
      throw new BalanceFetchError(
        `DeepSeek did not answer within the ${timeoutMs} ms timeout${phase}.`,
        true,
        { hint: 'DeepSeek may be busy: raise timeout or retries, or check the network and proxy.' }
      )
    }
    throw error
  } finally {
    clearTimeout(timer)
    client.dispose()
  }
}

/** A request handler that puts an abort signal on every request, redirects included. */
function abortWith(signal: AbortSignal): RequestHandler {
  return {
    prepareRequest(options: RequestOptions) {
      options.signal = signal
    },
    canHandleAuthentication: () => false,
    handleAuthentication: () => Promise.reject(new Error('not an authentication handler'))
  }
}

function readBody(message: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    message.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        reject(
          new BalanceFetchError(
            `DeepSeek's response is larger than ${limit / 1024 / 1024} MiB; a balance is a few hundred bytes, so reading stopped.`,
            false,
            { hint: 'Check that base-url points at the DeepSeek API or a gateway for it.' }
          )
        )
        message.destroy()
        return
      }
      chunks.push(chunk)
    })
    message.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    message.on('error', reject)
    message.on('close', () => {
      if (!message.complete) reject(connectionLost())
    })
  })
}

function httpError(
  status: number,
  body: string,
  contentType: string,
  message: IncomingMessage
): BalanceFetchError {
  const detail = errorDetail(body, contentType)
  const got = `HTTP ${status}${detail ? `: ${detail}` : ''}`
  const retryAfter = message.headers['retry-after']
  if (status === 401 || status === 403) {
    return new BalanceFetchError(`DeepSeek rejected the API key (${got}).`, false, {
      httpStatus: status,
      hint: 'Check the secret passed as api-key: it must be a current DeepSeek API key (sk-...).'
    })
  }
  if (status === 402) {
    return new BalanceFetchError(`DeepSeek reports insufficient balance (${got}).`, false, {
      httpStatus: status,
      hint: 'Top up at https://platform.deepseek.com/top_up.'
    })
  }
  if (status === 429) {
    return new BalanceFetchError(`DeepSeek rate-limited the request (${got}).`, true, {
      httpStatus: status,
      ...(retryAfter !== undefined && { retryAfter }),
      hint: 'Raise retries, or run the check less often.'
    })
  }
  if (status >= 500) {
    return new BalanceFetchError(`DeepSeek had a server error (${got}).`, true, {
      httpStatus: status,
      ...(retryAfter !== undefined && { retryAfter }),
      hint: 'DeepSeek may be overloaded: raise retries, or try again later.'
    })
  }
  return new BalanceFetchError(`DeepSeek refused the request (${got}).`, false, {
    httpStatus: status,
    hint:
      status === 404
        ? 'Check base-url: it must be the DeepSeek API root (https://api.deepseek.com) or a gateway prefix for it.'
        : 'Check base-url and any gateway in between.'
  })
}

/** DeepSeek's own `error.message` when the body has one, else what the body starts with. */
function errorDetail(body: string, contentType: string): string {
  if (body.trim() === '') return ''
  try {
    const json: unknown = JSON.parse(body)
    const error = (json as { error?: { message?: unknown } } | null)?.error
    const text =
      typeof error?.message === 'string' ? error.message : (json as { message?: unknown })?.message
    if (typeof text === 'string' && text.trim() !== '') {
      const line = text.trim().replace(/\s+/g, ' ')
      return line.length > 200 ? `${line.slice(0, 200)}…` : line
    }
  } catch {
    // not JSON: describe the body instead
  }
  return describeBody(body, contentType || undefined)
}

function toFetchError(error: unknown, { url }: FetchRequest): BalanceFetchError {
  if (error instanceof BalanceFetchError) return error
  const host = new URL(url).host
  const code = (error as { code?: unknown } | null)?.code
  const hint = 'Check base-url, the network and any proxy (HTTPS_PROXY, NO_PROXY).'
  if (typeof code === 'string' && TLS_ERRORS.has(code)) {
    return new BalanceFetchError(
      `Could not reach DeepSeek at ${host}: its TLS certificate is not trusted (${code}).`,
      false,
      {
        hint:
          'If a proxy inspects TLS traffic, point NODE_EXTRA_CA_CERTS at its CA certificate; ' +
          'otherwise check base-url.'
      }
    )
  }
  if (typeof code === 'string') {
    const reason = NETWORK_ERRORS[code] ?? `a network error`
    return new BalanceFetchError(
      `Could not reach DeepSeek at ${host}: ${reason} (${code}).`,
      true,
      { hint }
    )
  }
  const message = error instanceof Error ? error.message : String(error)
  // http-client's own words for this end in advice about an option our users cannot set.
  if (message.startsWith('Redirect from HTTPS to HTTP')) {
    return new BalanceFetchError(
      `DeepSeek at ${host} redirected from HTTPS to HTTP; the redirect was not followed, so the key was not sent in clear text.`,
      false,
      {
        hint: 'Check base-url: use the https:// address the server redirects to, or fix the gateway.'
      }
    )
  }
  return new BalanceFetchError(`The request to DeepSeek at ${host} failed: ${message}`, false, {
    hint
  })
}

const TLS_ERRORS = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID'
])

const NETWORK_ERRORS: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused',
  ECONNRESET: 'the connection was reset',
  EPIPE: 'the connection was closed',
  ENOTFOUND: 'the host name could not be resolved',
  EAI_AGAIN: 'the host name could not be resolved for now',
  ETIMEDOUT: 'the connection timed out',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable'
}

function connectionLost(): Error {
  return Object.assign(new Error('the connection closed before the response was complete'), {
    code: 'ECONNRESET'
  })
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}
