import { type Balance, parseBalanceBody } from './balance.js'
import { type Clock, realClock, retryAfterMs, withRetries } from './retry.js'
import { getOnce } from './transport.js'
import {
  attemptFailed,
  attemptStarted,
  attemptSucceeded,
  describeErrorBody,
  gaveUp,
  httpFailure,
  retrying
} from '../report/messages.js'
import type { CleanText } from '../report/outside-text.js'
import type { Settings } from '../settings.js'

export interface BalanceRequest {
  readonly url: URL
  readonly apiKey: string
  readonly timeoutMs: number
  readonly retries: number
}

/** The request the settings ask for; the gate and the post step read the balance alike. */
export function requestFor(
  settings: Pick<Settings, 'balanceUrl' | 'apiKey' | 'timeoutMs' | 'retries'>
): BalanceRequest {
  const { balanceUrl, apiKey, timeoutMs, retries } = settings
  return { url: balanceUrl, apiKey, timeoutMs, retries }
}

export interface BalanceRead {
  readonly balance: Balance
  readonly attempts: number
  readonly elapsedMs: number
}

export interface ReadLog {
  debug(text: CleanText): void
  info(text: CleanText): void
}

/**
 * Reads the balance, retrying what read/retry.ts says is worth it. Throws a BalanceFetchError
 * that says what the last attempt got and how many were made.
 */
export async function readBalance(
  request: BalanceRequest,
  log: ReadLog,
  clock: Clock = realClock
): Promise<BalanceRead> {
  const maxAttempts = request.retries + 1
  const { value, attempts, elapsedMs } = await withRetries(
    async attempt => {
      log.debug(attemptStarted(attempt, maxAttempts, request.url))
      const balance = await readOnce(request, clock)
      log.debug(attemptSucceeded(attempt))
      return balance
    },
    {
      retries: request.retries,
      clock,
      onRetry: (error, attempt, delayMs) =>
        log.info(retrying(error, attempt, maxAttempts, delayMs)),
      onGiveUp: (error, attempt, elapsed) => {
        log.debug(attemptFailed(attempt, error))
        return gaveUp(error, attempt, elapsed)
      }
    }
  )
  return { balance: value, attempts, elapsedMs }
}

async function readOnce(request: BalanceRequest, clock: Clock): Promise<Balance> {
  const response = await getOnce(request)
  if (response.status < 200 || response.status > 299) {
    throw httpFailure(
      response.status,
      describeErrorBody(response.body, response.contentType),
      retryAfterMs(response.retryAfter, clock.now())
    )
  }
  return parseBalanceBody(response.body, response.contentType)
}
