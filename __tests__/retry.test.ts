import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { clean } from '../src/base/outside-text.js'
import { BalanceReadError, FetchError, type FetchFailure } from '../src/read/failure.js'
import {
  BACKOFF_CAP_MS,
  type Clock,
  JITTER,
  RETRY_AFTER_CAP_MS,
  backoffDelayMs,
  isRetried,
  realClock,
  retryAfterMs,
  retryDelayMs,
  withRetries
} from '../src/read/retry.js'

const NOW = Date.parse('2026-11-26T12:00:00Z')

describe('backoffDelayMs', () => {
  it('doubles from about one second', () => {
    expect([1, 2, 3, 4].map(n => backoffDelayMs(n, () => 0.5))).toEqual([1000, 2000, 4000, 8000])
  })

  it.each([
    [0, 0.5, 1000],
    [1, 0, 800],
    [1, 0.75, 1100],
    [4, 0.5, 8000],
    [5, 0.5, 16_000],
    [6, 0.5, 16_000],
    [30, 0, 12_800]
  ])('waits before retry %i, drawing %d, %i ms', (n, r, delay) => {
    expect(backoffDelayMs(n, () => r)).toBe(delay)
  })

  it('stays within the jitter band and under the cap', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.double({ min: 0, max: 0.9999, noNaN: true }),
        (n, r) => {
          const base = Math.min(BACKOFF_CAP_MS, 1000 * 2 ** (n - 1))
          const delay = backoffDelayMs(n, () => r)
          expect(delay).toBeGreaterThanOrEqual(Math.floor(base * (1 - JITTER)))
          expect(delay).toBeLessThanOrEqual(Math.ceil(base * (1 + JITTER)))
        }
      )
    )
  })
})

describe('retryAfterMs', () => {
  it.each([
    [undefined, undefined],
    ['0', 0],
    ['3', 3000],
    [' 7 ', 7000],
    ['3600', RETRY_AFTER_CAP_MS],
    ['Thu, 26 Nov 2026 12:00:05 GMT', 5000],
    ['Thu, 26 Nov 2026 11:00:00 GMT', 0],
    ['Fri, 27 Nov 2026 12:00:00 GMT', RETRY_AFTER_CAP_MS],
    ['soon', undefined],
    ['-1', undefined],
    ['1.5', undefined],
    ['3 s', undefined],
    // A date needs its words: digits alone would be a local time.
    ['2026-11-26 12:00:05', undefined],
    ['THU, 26 NOV 2026 12:00:05 GMT', 5000]
  ])('reads %j as %j ms', (header, expected) => {
    expect(retryAfterMs(header, NOW)).toBe(expected)
  })
})

describe('retryDelayMs', () => {
  it('lets Retry-After win over backoff', () => {
    expect(retryDelayMs(3, 2000, () => 0.5)).toBe(2000)
    expect(retryDelayMs(3, undefined, () => 0.5)).toBe(4000)
    expect(retryDelayMs(1, retryAfterMs('garbage', NOW), () => 0.5)).toBe(1000)
  })
})

describe('isRetried: a proxy', () => {
  const host = clean('api.deepseek.com')
  const answered = (status: number): FetchFailure => ({
    kind: 'proxy',
    host,
    proxy: clean('proxy.example:3128'),
    answer: { status }
  })

  it.each([
    [399, true],
    [400, false],
    [407, false],
    [499, false],
    [500, true],
    [502, true]
  ])('that answers CONNECT with %i is retried: %p', (status, retried) => {
    expect(isRetried(answered(status))).toBe(retried)
  })

  it('that cannot be reached is retried', () => {
    expect(
      isRetried({ kind: 'proxy', host, proxy: undefined, answer: { error: clean('ECONNREFUSED') } })
    ).toBe(true)
  })
})

describe('withRetries', () => {
  const host = clean('api.deepseek.com')
  const timeout: FetchFailure = { kind: 'timeout', timeoutMs: 1000, headersReceived: false }
  const refused: FetchFailure = { kind: 'http', status: 401, detail: { none: true } }
  const busy: FetchFailure = {
    kind: 'http',
    status: 503,
    detail: { none: true },
    retryAfterMs: 7000
  }

  /** A clock whose time moves only when the loop sleeps, or by `attemptMs` per attempt. */
  function fakeClock(attemptMs = 0) {
    let now = 1_000_000
    const sleeps: number[] = []
    const clock: Clock = {
      now: () => now,
      random: () => 0.5,
      sleep: ms => {
        sleeps.push(ms)
        now += ms
        return Promise.resolve()
      }
    }
    return { clock, sleeps, tick: () => (now += attemptMs) }
  }

  /** Attempts that fail with `failures` in turn, then succeed with 'balance'. */
  function attempts(failures: FetchFailure[], tick: () => void) {
    const numbers: number[] = []
    const attempt = (number: number): Promise<string> => {
      numbers.push(number)
      tick()
      const failure = failures[number - 1]
      return failure ? Promise.reject(new FetchError(failure)) : Promise.resolve('balance')
    }
    return { attempt, numbers }
  }

  async function balanceReadError(promise: Promise<unknown>): Promise<BalanceReadError> {
    try {
      await promise
    } catch (error) {
      if (error instanceof BalanceReadError) return error
      throw error
    }
    throw new Error('expected a BalanceReadError')
  }

  it('returns the first success with the attempts it took and the time they took', async () => {
    const { clock, sleeps, tick } = fakeClock(250)
    const told: [FetchFailure['kind'], number, number][] = []
    const { attempt, numbers } = attempts([timeout, timeout], tick)
    const result = await withRetries(attempt, {
      retries: 2,
      clock,
      onRetry: (failure, number, delayMs) => told.push([failure.kind, number, delayMs])
    })
    expect(result).toEqual({ value: 'balance', attempts: 3, elapsedMs: 3 * 250 + 1000 + 2000 })
    expect(numbers).toEqual([1, 2, 3])
    expect(sleeps).toEqual([1000, 2000])
    expect(told).toEqual([
      ['timeout', 1, 1000],
      ['timeout', 2, 2000]
    ])
  })

  it('succeeds at once without a wait', async () => {
    const { clock, sleeps, tick } = fakeClock(40)
    const { attempt } = attempts([], tick)
    const result = await withRetries(attempt, { retries: 2, clock, onRetry: () => undefined })
    expect(result).toEqual({ value: 'balance', attempts: 1, elapsedMs: 40 })
    expect(sleeps).toEqual([])
  })

  it('gives up after the last retry with the last failure, the attempts and the time', async () => {
    const { clock, sleeps, tick } = fakeClock(100)
    const { attempt, numbers } = attempts([timeout, timeout, timeout, timeout], tick)
    const error = await balanceReadError(
      withRetries(attempt, { retries: 2, clock, onRetry: () => undefined })
    )
    expect(error.failure).toBe(timeout)
    expect(error.attempts).toBe(3)
    expect(error.elapsedMs).toBe(3 * 100 + 1000 + 2000)
    expect(error.cause).toBeInstanceOf(FetchError)
    expect(numbers).toEqual([1, 2, 3])
    expect(sleeps).toEqual([1000, 2000])
  })

  it('makes one attempt with retries 0', async () => {
    const { clock, sleeps, tick } = fakeClock(100)
    const { attempt, numbers } = attempts([timeout], tick)
    const error = await balanceReadError(
      withRetries(attempt, { retries: 0, clock, onRetry: () => undefined })
    )
    expect(error.attempts).toBe(1)
    expect(error.elapsedMs).toBe(100)
    expect(numbers).toEqual([1])
    expect(sleeps).toEqual([])
  })

  it('stops at a failure that would come again, without a wait', async () => {
    const { clock, sleeps, tick } = fakeClock(100)
    const { attempt, numbers } = attempts([timeout, refused, timeout], tick)
    const error = await balanceReadError(
      withRetries(attempt, { retries: 5, clock, onRetry: () => undefined })
    )
    expect(error.failure).toBe(refused)
    expect(error.attempts).toBe(2)
    expect(numbers).toEqual([1, 2])
    expect(sleeps).toEqual([1000])
  })

  it("waits what the server's Retry-After asks for an HTTP answer", async () => {
    const { clock, sleeps, tick } = fakeClock()
    const closed: FetchFailure = { kind: 'closed-early', host }
    const { attempt } = attempts([busy, closed], tick)
    await withRetries(attempt, { retries: 2, clock, onRetry: () => undefined })
    expect(sleeps).toEqual([7000, 2000])
  })

  it('lets any other error through at once', async () => {
    const { clock, sleeps } = fakeClock()
    const bug = new TypeError('a bug')
    const numbers: number[] = []
    await expect(
      withRetries(
        number => {
          numbers.push(number)
          return Promise.reject(bug)
        },
        { retries: 2, clock, onRetry: () => undefined }
      )
    ).rejects.toBe(bug)
    expect(numbers).toEqual([1])
    expect(sleeps).toEqual([])
  })
})

describe('realClock', () => {
  it('tells the time, sleeps for real and draws from [0, 1)', async () => {
    const before = Date.now()
    expect(realClock.now()).toBeGreaterThanOrEqual(before)
    const started = performance.now()
    await realClock.sleep(30)
    expect(performance.now() - started).toBeGreaterThanOrEqual(25)
    const random = realClock.random()
    expect(random).toBeGreaterThanOrEqual(0)
    expect(random).toBeLessThan(1)
  })
})
