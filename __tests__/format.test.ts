import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { duration, isoDate, isoTimestamp, plural, seconds } from '../src/base/format.js'

describe('isoTimestamp', () => {
  it('writes what Date#toISOString writes', () => {
    expect(isoTimestamp(new Date('2026-01-02T03:04:05.006Z'))).toBe('2026-01-02T03:04:05.006Z')
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0000-01-01T00:00:00Z'),
          max: new Date('9999-12-31T23:59:59.999Z'),
          noInvalidDate: true
        }),
        date => isoTimestamp(date) === date.toISOString()
      )
    )
  })
})

describe('isoDate', () => {
  it('is the UTC day of a time', () => {
    expect(isoDate(new Date('2026-11-27T23:59:59.999-05:00'))).toBe('2026-11-28')
    expect(isoDate(new Date('0042-03-04T00:00:00Z'))).toBe('0042-03-04')
  })
})

describe('plural', () => {
  it.each([
    [0, 'attempt', '0 attempts'],
    [1, 'attempt', '1 attempt'],
    [2, 'attempt', '2 attempts'],
    [1, 'day', '1 day'],
    [7, 'day', '7 days'],
    [1, 'job', '1 job'],
    [3, 'job', '3 jobs']
  ] as const)('counts %i %s as %j', (count, noun, words) => {
    expect(plural(count, noun)).toBe(words)
  })
})

describe('seconds', () => {
  it.each([
    [0, '0.0 s'],
    [1300, '1.3 s'],
    [61_000, '61.0 s']
  ])('writes %i ms as %j', (ms, words) => {
    expect(seconds(ms)).toBe(words)
  })
})

describe('duration', () => {
  const MINUTE = 60_000
  const HOUR = 60 * MINUTE
  it.each([
    [-5000, '0 s'],
    [0, '0 s'],
    [44_400, '44 s'],
    // Under 90 seconds in seconds, under 90 minutes in minutes, under two days in hours.
    [89_000, '89 s'],
    [90_000, '2 min'],
    [6 * MINUTE, '6 min'],
    [90 * MINUTE - 1000, '90 min'],
    [90 * MINUTE, '1.5 h'],
    [3.2 * HOUR, '3.2 h'],
    [48 * HOUR - 1000, '48.0 h'],
    [48 * HOUR, '2.0 days'],
    [7 * 24 * HOUR, '7.0 days']
  ])('says %i ms as %j', (ms, words) => {
    expect(duration(ms)).toBe(words)
  })
})
