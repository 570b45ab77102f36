import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  BACKOFF_CAP_MS,
  JITTER,
  RETRY_AFTER_CAP_MS,
  backoffDelayMs,
  retryAfterMs,
  retryDelayMs
} from '../src/read/retry.js'

const NOW = Date.parse('2026-11-26T12:00:00Z')

describe('backoffDelayMs', () => {
  it('doubles from about one second', () => {
    expect([1, 2, 3, 4].map(n => backoffDelayMs(n, () => 0.5))).toEqual([1000, 2000, 4000, 8000])
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
    ['1.5', undefined]
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
