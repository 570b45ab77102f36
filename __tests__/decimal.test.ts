import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { compareDecimals, isPositive, parseDecimal } from '../src/decimal.js'

function compare(a: string, b: string): number {
  const left = parseDecimal(a)
  const right = parseDecimal(b)
  if (!left || !right) throw new Error(`not decimals: ${a}, ${b}`)
  return compareDecimals(left, right)
}

/** Reference: compare two plain decimal strings digit by digit, without any arithmetic type. */
function referenceCompare(a: string, b: string): number {
  const split = (text: string): [boolean, string, string] => {
    const negative = text.startsWith('-')
    const [whole = '', fraction = ''] = text.replace(/^[+-]/, '').split('.')
    return [negative, whole.replace(/^0+(?=\d)/, ''), fraction.replace(/0+$/, '')]
  }
  const [negA, wholeA, fracA] = split(a)
  const [negB, wholeB, fracB] = split(b)
  const isZero = (whole: string, fraction: string): boolean => whole === '0' && fraction === ''
  const signA = isZero(wholeA, fracA) ? 0 : negA ? -1 : 1
  const signB = isZero(wholeB, fracB) ? 0 : negB ? -1 : 1
  if (signA !== signB) return signA < signB ? -1 : 1
  if (signA === 0) return 0
  const width = Math.max(fracA.length, fracB.length)
  const digitsA = wholeA.padStart(40, '0') + fracA.padEnd(width, '0')
  const digitsB = wholeB.padStart(40, '0') + fracB.padEnd(width, '0')
  const magnitude = digitsA < digitsB ? -1 : digitsA > digitsB ? 1 : 0
  return magnitude * signA
}

const plainDecimal = fc
  .tuple(
    fc.constantFrom('', '-', '+'),
    fc.stringMatching(/^\d{1,25}$/),
    fc.option(fc.stringMatching(/^\d{1,12}$/), { nil: undefined })
  )
  .map(([sign, whole, fraction]) => `${sign}${whole}${fraction ? `.${fraction}` : ''}`)

/** Writes a plain decimal with an exponent, the way a JSON number may come: 12.5 → 1.25e1. */
const exponentForm = fc
  .tuple(plainDecimal, fc.integer({ min: -6, max: 6 }))
  .map(([plain, shift]) => {
    const sign = /^[+-]/.test(plain) ? plain[0] : ''
    const [whole = '', fraction = ''] = plain.replace(/^[+-]/, '').split('.')
    const digits = whole + fraction
    // Move the point `shift` places left, and say so with e+shift.
    const point = whole.length - shift
    const padded = point < 0 ? '0'.repeat(-point) + digits : digits.padEnd(point, '0')
    const at = Math.max(point, 0)
    const mantissa = `${padded.slice(0, at) || '0'}${at < padded.length ? `.${padded.slice(at)}` : ''}`
    return { text: `${sign}${mantissa}e${shift}`, plain }
  })

describe('parseDecimal', () => {
  it.each([
    ['110.00', 11000n, 2],
    ['0', 0n, 0],
    ['-3.5', -35n, 1],
    ['+7', 7n, 0],
    ['1.2e3', 1200n, 0],
    ['1.25E-1', 125n, 3]
  ])('reads %s exactly', (text, units, scale) => {
    expect(parseDecimal(text)).toEqual({ units, scale })
  })

  it.each(['', '.5', '5.', '1,5', 'abc', '1e', '--1', '0x10', ' 1', 'NaN', 'Infinity', '1e5000'])(
    'refuses %j',
    text => {
      expect(parseDecimal(text)).toBeUndefined()
    }
  )
})

describe('compareDecimals', () => {
  it('tells apart amounts that a float cannot', () => {
    expect(Number('12345678901234567.89')).toBe(Number('12345678901234567.90'))
    expect(compare('12345678901234567.89', '12345678901234567.90')).toBe(-1)
    expect(compare('12345678901234567.90', '12345678901234567.89')).toBe(1)
  })

  it('treats trailing zeros, signs of zero and exponents as the same value', () => {
    expect(compare('5', '5.000')).toBe(0)
    expect(compare('-0.00', '0')).toBe(0)
    expect(compare('1.2e3', '1200.0')).toBe(0)
    expect(compare('0.1', '0.10000000000000000001')).toBe(-1)
  })

  it('orders negative balances (accounts in arrears) below zero', () => {
    expect(compare('-0.01', '0')).toBe(-1)
    expect(compare('-10', '-9.99')).toBe(-1)
  })

  it('agrees with a digit-by-digit reference on random amounts', () => {
    fc.assert(
      fc.property(plainDecimal, plainDecimal, (a, b) => {
        expect(compare(a, b)).toBe(referenceCompare(a, b))
      }),
      { numRuns: 2000 }
    )
  })

  it('reads the exponent form of a number as the same value', () => {
    fc.assert(
      fc.property(exponentForm, ({ text, plain }) => {
        expect(compare(text, plain)).toBe(0)
      }),
      { numRuns: 1000 }
    )
  })

  it('is antisymmetric and reflexive', () => {
    fc.assert(
      fc.property(plainDecimal, plainDecimal, (a, b) => {
        expect(compare(a, b)).toBe(-compare(b, a) || 0)
        expect(compare(a, a)).toBe(0)
      })
    )
  })

  it('knows the sign', () => {
    const value = (text: string) => parseDecimal(text) ?? { units: 0n, scale: 0 }
    expect(isPositive(value('0.01'))).toBe(true)
    expect(isPositive(value('-0'))).toBe(false)
  })
})
