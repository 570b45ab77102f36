import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { isoTimestamp } from '../src/base/format.js'

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
