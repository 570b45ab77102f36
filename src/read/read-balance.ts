import { type Balance, parseBalance } from '../base/snapshot.js'
import {
  BalanceReadError,
  FetchError,
  type FetchFailure,
  bodyStart,
  errorDetail
} from './failure.js'
import { type Clock, realClock, retryAfterMs, withRetries } from './retry.js'
import { getOnce } from './transport.js'

export interface BalanceRequest {
  /** `<base-url without a trailing / or /v1>/user/balance`. */
  readonly balanceUrl: URL
  readonly apiKey: string
  /** The deadline of one attempt. */
  readonly timeoutMs: number
  readonly retries: number
}

/** The balance, or the last attempt's failure; with how many attempts it took, and how long. */
export type BalanceReading =
  | {
      readonly ok: true
      readonly balance: Balance
      readonly attempts: number
      readonly elapsedMs: number
    }
  | {
      readonly ok: false
      readonly failure: FetchFailure
      readonly attempts: number
      readonly elapsedMs: number
    }

/** What the reader tells as it goes (the report layer turns it into log lines). */
export interface ReadProgress {
  attemptStarted(attempt: number, maxAttempts: number, url: URL): void
  attemptSucceeded(attempt: number): void
  retrying(failure: FetchFailure, attempt: number, maxAttempts: number, delayMs: number): void
}

/** Reads the balance, retrying what read/retry.ts says is worth it. */
export async function readBalance(
  request: BalanceRequest,
  progress: ReadProgress,
  clock: Clock = realClock
): Promise<BalanceReading> {
  const maxAttempts = request.retries + 1
  try {
    const { value, attempts, elapsedMs } = await withRetries(
      async attempt => {
        progress.attemptStarted(attempt, maxAttempts, request.balanceUrl)
        const balance = await readOnce(request, clock)
        progress.attemptSucceeded(attempt)
        return balance
      },
      {
        retries: request.retries,
        clock,
        onRetry: (failure, attempt, delayMs) =>
          progress.retrying(failure, attempt, maxAttempts, delayMs)
      }
    )
    return { ok: true, balance: value, attempts, elapsedMs }
  } catch (error) {
    if (!(error instanceof BalanceReadError)) throw error
    const { failure, attempts, elapsedMs } = error
    return { ok: false, failure, attempts, elapsedMs }
  }
}

async function readOnce(request: BalanceRequest, clock: Clock): Promise<Balance> {
  const response = await getOnce({
    url: request.balanceUrl,
    apiKey: request.apiKey,
    timeoutMs: request.timeoutMs
  })
  const { status, body, contentType } = response
  if (status < 200 || status > 299) {
    const wait = retryAfterMs(response.retryAfter, clock.now())
    throw new FetchError({
      kind: 'http',
      status,
      detail: errorDetail(body, contentType),
      ...(wait !== undefined && { retryAfterMs: wait })
    })
  }
  const parsed = parseBalance(body)
  if (!parsed.ok) {
    throw new FetchError({
      kind: 'not-a-balance',
      problem: parsed.problem,
      body: bodyStart(body, contentType)
    })
  }
  return parsed.value
}
