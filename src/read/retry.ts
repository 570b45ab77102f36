import { BalanceReadError, FetchError, type FetchFailure } from './failure.js'

/**
 * The retry policy, in one place: which failures are worth another attempt, how long to wait,
 * and the loop. The benchmark imports its constants from here.
 */

export const BACKOFF_BASE_MS = 1000
export const BACKOFF_CAP_MS = 16_000
export const RETRY_AFTER_CAP_MS = 60_000
/** Each backoff is scaled by a random factor in [1 - JITTER, 1 + JITTER). */
export const JITTER = 0.2

/** DeepSeek's 429, 500 and 503, and a gateway's 502 and 504. 501, 505, 511 ... would come again. */
export const RETRIED_STATUSES: readonly number[] = [429, 500, 502, 503, 504]

/**
 * Network errors another attempt may not meet. A name that does not resolve (ENOTFOUND) is
 * final: it is almost always a typo in base-url or a runner without DNS, which a second look-up
 * a second later does not fix; EAI_AGAIN is the resolver saying "not now".
 */
export const RETRIED_NETWORK_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN'
])

/**
 * Whether another attempt may get another answer. Final: the key was refused, the body is not a
 * balance, a redirect leads elsewhere, TLS is not trusted, a proxy refused the tunnel (4xx) or is
 * not a URL, and errors nobody knows the meaning of.
 */
export function isRetried(failure: FetchFailure): boolean {
  switch (failure.kind) {
    case 'timeout':
    case 'closed-early':
      return true
    case 'http':
      return RETRIED_STATUSES.includes(failure.status)
    case 'name-not-resolved':
    case 'network':
      return RETRIED_NETWORK_CODES.has(failure.code)
    case 'proxy':
      return !(
        'status' in failure.answer &&
        failure.answer.status >= 400 &&
        failure.answer.status < 500
      )
    case 'body-too-large':
    case 'not-a-balance':
    case 'redirect-elsewhere':
    case 'redirect-unreadable':
    case 'too-many-redirects':
    case 'proxy-setting':
    case 'tls':
    case 'request':
      return false
  }
}

/** Exponential backoff with jitter: about 1 s, 2 s, 4 s ... for retry 1, 2, 3 ..., capped. */
export function backoffDelayMs(retryNumber: number, random: () => number = Math.random): number {
  const base = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, retryNumber - 1))
  return Math.round(base * (1 - JITTER + 2 * JITTER * random()))
}

/**
 * The wait a `Retry-After` header asks for, in seconds or as an HTTP date, capped so that a
 * server cannot park the job; undefined when the header is absent or unreadable.
 */
export function retryAfterMs(header: string | undefined, nowMs: number): number | undefined {
  if (header === undefined) return undefined
  const value = header.trim()
  let delay: number
  if (/^\d+$/.test(value)) {
    delay = Number(value) * 1000
  } else {
    const date = Date.parse(value)
    if (Number.isNaN(date) || !/[a-z]/i.test(value)) return undefined
    delay = Math.max(0, date - nowMs)
  }
  return Math.min(delay, RETRY_AFTER_CAP_MS)
}

/** The server's `Retry-After` wins when present; otherwise exponential backoff. */
export function retryDelayMs(
  retryNumber: number,
  serverAskedMs: number | undefined,
  random: () => number = Math.random
): number {
  return serverAskedMs ?? backoffDelayMs(retryNumber, random)
}

/** What the loop waits with; tests pass a recording one. */
export interface Clock {
  readonly now: () => number
  readonly sleep: (ms: number) => Promise<void>
  readonly random: () => number
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
  random: () => Math.random()
}

export interface Retried<T> {
  readonly value: T
  readonly attempts: number
  readonly elapsedMs: number
}

export interface RetryLoop {
  readonly retries: number
  readonly clock: Clock
  /** Told before each wait. */
  readonly onRetry: (failure: FetchFailure, attempt: number, delayMs: number) => void
}

/**
 * Runs `attempt` until it succeeds, fails for good, or `retries` more attempts have failed; then
 * throws a BalanceReadError with the last failure. An attempt fails with a FetchError.
 */
export async function withRetries<T>(
  attempt: (number: number) => Promise<T>,
  loop: RetryLoop
): Promise<Retried<T>> {
  const { clock } = loop
  const started = clock.now()
  for (let number = 1; ; number++) {
    try {
      const value = await attempt(number)
      return { value, attempts: number, elapsedMs: clock.now() - started }
    } catch (error) {
      if (!(error instanceof FetchError)) throw error
      const { failure } = error
      if (!isRetried(failure) || number > loop.retries) {
        throw new BalanceReadError(failure, number, clock.now() - started, error)
      }
      const delay = retryDelayMs(
        number,
        failure.kind === 'http' ? failure.retryAfterMs : undefined,
        clock.random
      )
      loop.onRetry(failure, number, delay)
      await clock.sleep(delay)
    }
  }
}
