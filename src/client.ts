import type { IncomingMessage, RequestOptions } from 'node:http'
import { HttpClient } from '@actions/http-client'
import { type Balance, parseBalanceBody } from './balance.js'
import { BalanceFetchError } from './errors.js'
import {
  errorDetail,
  httpError,
  redirectElsewhere,
  toFetchError,
  tooManyRedirects
} from './fetch-errors.js'
import { plural, seconds } from './format.js'
import { redactSecret } from './redact.js'
import { retryDelayMs } from './retry.js'
import { USER_AGENT } from './version.js'

/** Bodies larger than this are not a balance; reading stops there. */
export const MAX_BODY_BYTES = 1024 * 1024
export const MAX_REDIRECTS = 5
const REDIRECT_STATUSES = [301, 302, 303, 307, 308]

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
      const error = toFetchError(thrown, request.url)
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
 * One attempt under one deadline, from connecting to the last byte of the body, redirects
 * included. An idle-socket timeout is not enough: a busy DeepSeek keeps the connection alive with
 * blank lines for minutes. The deadline both aborts the requests and settles the attempt, so no
 * step of http-client that ignores the abort (a proxy that never answers CONNECT) can outlast it.
 */
async function fetchOnce(request: FetchRequest): Promise<Balance> {
  const deadline = new AbortController()
  const progress: Progress = { headersReceived: false }
  const client = new HttpClient(USER_AGENT, [abortWith(deadline.signal)], {
    allowRetries: false, // retries are ours: http-client skips timeouts, network errors and 429
    allowRedirects: false, // redirects are ours too: under the deadline, the body limit, the key rules
    keepAlive: false,
    socketTimeout: request.timeoutMs + 1000 // a backstop; the deadline fires first
  })
  let timer: NodeJS.Timeout | undefined
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      deadline.abort()
      const phase = progress.headersReceived ? ' (the headers came, the body did not finish)' : ''
      reject(
        new BalanceFetchError(
          `DeepSeek did not answer within the ${request.timeoutMs} ms timeout${phase}.`,
          true,
          {
            hint: 'DeepSeek may be busy: raise timeout or retries, or check the network and proxy.'
          }
        )
      )
    }, request.timeoutMs)
  })
  const exchanged = exchange(client, request, progress)
  exchanged.catch(() => undefined) // after the deadline its rejection is no longer news
  try {
    return await Promise.race([exchanged, expired])
  } finally {
    clearTimeout(timer)
    client.dispose()
  }
}

interface Progress {
  headersReceived: boolean
}

/**
 * GET the balance, following up to MAX_REDIRECTS redirects within base-url's origin. A redirect
 * to another origin (another host, port or scheme) is not followed: the key must not go there, and
 * DeepSeek's answer without it would only read as a rejected key.
 */
async function exchange(
  client: HttpClient,
  { url, apiKey }: FetchRequest,
  progress: Progress
): Promise<Balance> {
  const clean = (text: string): string => redactSecret(text, apiKey)
  let target = new URL(url)
  for (let redirects = 0; ; redirects++) {
    progress.headersReceived = false
    const response = await client.get(target.href, {
      accept: 'application/json',
      authorization: `Bearer ${apiKey}`
    })
    progress.headersReceived = true
    const message = response.message
    // Raw: amounts must be read as sent. Server text is cleaned of the key where it is described.
    const body = await readBody(message, MAX_BODY_BYTES)
    const status = message.statusCode ?? 0
    const location = message.headers.location
    if (REDIRECT_STATUSES.includes(status) && location) {
      if (redirects >= MAX_REDIRECTS) throw tooManyRedirects(target.host, MAX_REDIRECTS)
      const next = new URL(location, target)
      if (next.origin !== target.origin) throw redirectElsewhere(target, next)
      target = next
      continue
    }
    const contentType = message.headers['content-type'] ?? ''
    if (status < 200 || status > 299) {
      throw httpError(status, errorDetail(body, contentType, clean), message.headers['retry-after'])
    }
    return parseBalanceBody(body, contentType || undefined, clean)
  }
}

/**
 * A request handler that puts the deadline's abort signal on every request. Through a proxy,
 * http-client's agent (tunnel) opens a CONNECT request of its own from `proxyOptions`; the signal
 * goes there too, or a proxy that never answers would keep the process alive past the deadline.
 */
function abortWith(signal: AbortSignal): RequestHandler {
  return {
    prepareRequest(options: RequestOptions) {
      options.signal = signal
      const agent = options.agent as { proxyOptions?: unknown } | undefined
      if (typeof agent?.proxyOptions === 'object' && agent.proxyOptions !== null) {
        ;(agent.proxyOptions as RequestOptions).signal = signal
      }
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

function connectionLost(): Error {
  return Object.assign(new Error('the connection closed before the response was complete'), {
    code: 'ECONNRESET'
  })
}
