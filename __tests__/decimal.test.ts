import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  compareDecimals,
  type Decimal,
  decimalPlaces,
  divideDecimals,
  formatDecimal,
  isDecimal,
  isPositive,
  parseDecimal,
  subtractDecimals
} from '../src/base/decimal.js'

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
  if (digitsA === digitsB) return 0 // not magnitude × sign: for two equal negatives that is -0
  return (digitsA < digitsB ? -1 : 1) * signA
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
    ['1.25E-1', 125n, 3],
    ['1E+3', 1000n, 0],
    ['-1.5e-2', -15n, 3],
    ['0.5e1', 5n, 0],
    ['12e-2', 12n, 2]
  ])('reads %s exactly', (text, units, scale) => {
    expect(parseDecimal(text)).toEqual({ units, scale })
    expect(isDecimal(text)).toBe(true)
  })

  it('reads exponents up to 1000 either way, and no further', () => {
    for (const text of ['1e1000', '-1e1000', '1e-1000', '1E+1000'])
      expect(isDecimal(text)).toBe(true)
    for (const text of ['1e1001', '-1e1001', '1e-1001', '1.5e+1001']) {
      expect(isDecimal(text)).toBe(false)
    }
    expect(parseDecimal('1e1000')).toEqual({ units: 10n ** 1000n, scale: 0 })
    expect(parseDecimal('-1e1000')).toEqual({ units: -(10n ** 1000n), scale: 0 })
    expect(parseDecimal('1e-1000')).toEqual({ units: 1n, scale: 1000 })
    for (const text of ['1e1001', '-1e1001', '1e-1001', '1.5e+1001']) {
      expect(parseDecimal(text)).toBeUndefined()
    }
  })

  it.each([
    '',
    '.5',
    '5.',
    '1,5',
    'abc',
    '1e',
    '--1',
    '0x10',
    ' 1',
    '1 ',
    'x1',
    '1x',
    '1e3x',
    '1.5.5',
    'NaN',
    'Infinity',
    '1e5000'
  ])('refuses %j', text => {
    expect(parseDecimal(text)).toBeUndefined()
    expect(isDecimal(text)).toBe(false)
  })
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

  it('gives 0, not -0, for equal negative amounts (the reference once did not)', () => {
    expect(Object.is(referenceCompare('-9', '-9'), 0)).toBe(true)
    expect(Object.is(compare('-9', '-9'), 0)).toBe(true)
    expect(Object.is(compare('-0.50', '-0.5'), 0)).toBe(true)
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

function decimal(text: string): Decimal {
  const value = parseDecimal(text)
  if (!value) throw new Error(`not a decimal: ${text}`)
  return value
}

/** Writes units / 10^scale with string operations only, padding `extraZeros` trailing zeros. */
function write(units: bigint, scale: number, extraZeros = 0): string {
  const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0')
  const whole = digits.slice(0, digits.length - scale)
  const fraction = digits.slice(digits.length - scale) + '0'.repeat(extraZeros)
  return `${units < 0n ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`
}

/** Reference rounding: look at the dropped digits as text, and round their magnitude half up. */
function referenceRound(units: bigint, scale: number, places: number): string {
  if (places >= scale) return write(units * 10n ** BigInt(places - scale), places)
  const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0')
  const cut = digits.length - (scale - places)
  let kept = BigInt(digits.slice(0, cut))
  if (Number(digits[cut]) >= 5) kept += 1n
  return write(units < 0n && kept !== 0n ? -kept : kept, places)
}

const units = fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n })
const scale = fc.integer({ min: 0, max: 8 })

describe('subtractDecimals', () => {
  it.each([
    ['110.00', '109.58', '0.42'],
    ['110', '109.585', '0.415'],
    ['5.00', '105.00', '-100.00'],
    ['1.2e3', '0.5', '1199.5'],
    ['-0.01', '-0.01', '0.00']
  ])('%s − %s = %s', (a, b, difference) => {
    const result = subtractDecimals(decimal(a), decimal(b))
    expect(formatDecimal(result, result.scale)).toBe(difference)
  })

  it('agrees with integer subtraction however many trailing zeros the amounts carry', () => {
    fc.assert(
      fc.property(units, units, scale, scale, scale, (x, y, common, padX, padY) => {
        const result = subtractDecimals(
          decimal(write(x, common, padX)),
          decimal(write(y, common, padY))
        )
        expect(result.scale).toBe(common + Math.max(padX, padY))
        expect(compareDecimals(result, { units: x - y, scale: common })).toBe(0)
      }),
      { numRuns: 1000 }
    )
  })
})

describe('formatDecimal', () => {
  it.each([
    ['-0.42', 2, '-0.42'],
    ['12.4', 2, '12.40'],
    ['-0.004', 2, '0.00'],
    ['-0.00', 2, '0.00'],
    ['0.005', 2, '0.01'],
    ['-0.005', 2, '-0.01'],
    ['0.0049999', 2, '0.00'],
    ['2.5', 0, '3'],
    ['-2.5', 0, '-3'],
    ['1.2e3', 1, '1200.0'],
    ['1.25e-1', 2, '0.13'],
    ['12345678901234567890.125', 2, '12345678901234567890.13']
  ])('writes %s to %i places as %s', (text, places, written) => {
    expect(formatDecimal(decimal(text), places)).toBe(written)
  })

  it.each([-1, 1.5, Number.NaN])('refuses %p places', places => {
    expect(() => formatDecimal(decimal('1'), places)).toThrow(
      new RangeError('places must be a whole number, zero or more')
    )
  })

  it('agrees with rounding done on the digits as text', () => {
    fc.assert(
      fc.property(units, scale, scale, (value, valueScale, places) => {
        const written = formatDecimal({ units: value, scale: valueScale }, places)
        expect(written).toBe(referenceRound(value, valueScale, places))
        expect(written).toMatch(places > 0 ? new RegExp(`^-?\\d+\\.\\d{${places}}$`) : /^-?\d+$/)
        expect(written).not.toMatch(/^-0(\.0*)?$/)
      }),
      { numRuns: 2000 }
    )
  })
})

describe('decimalPlaces', () => {
  it.each([
    ['110.00', 2],
    ['5', 0],
    ['-0.420', 3],
    ['+7.5', 1],
    ['1.25e-1', 3],
    ['1.2e3', 0]
  ])('%s has %i', (text, places) => {
    expect(decimalPlaces(text)).toBe(places)
  })

  it('refuses text that is not a decimal', () => {
    expect(() => decimalPlaces('1,5')).toThrow(new RangeError('not a decimal'))
  })
})

describe('divideDecimals', () => {
  it.each([
    ['2', '3', 2, '0.67', '0.66'],
    ['-2', '3', 2, '-0.67', '-0.67'],
    ['-1', '3', 2, '-0.33', '-0.34'],
    ['1', '-3', 2, '-0.33', '-0.34'],
    ['0.125', '1', 2, '0.13', '0.12'],
    ['-0.125', '1', 2, '-0.13', '-0.13'],
    ['21.70', '7', 2, '3.10', '3.10'],
    ['12.40', '3.10', 1, '4.0', '4.0']
  ])('%s ÷ %s to %i places: %s half away from zero, %s floor', (a, b, places, half, floor) => {
    expect(
      formatDecimal(divideDecimals(decimal(a), decimal(b), places, 'half-away-from-zero'), places)
    ).toBe(half)
    expect(formatDecimal(divideDecimals(decimal(a), decimal(b), places, 'floor'), places)).toBe(
      floor
    )
  })

  it('refuses to divide by zero', () => {
    expect(() => divideDecimals(decimal('1'), decimal('0.00'), 2, 'floor')).toThrow(
      new RangeError('division by zero')
    )
  })

  const divisor = units.filter(value => value !== 0n)

  it('rounds down to the largest step not above the quotient', () => {
    fc.assert(
      fc.property(units, scale, divisor, scale, scale, (a, aScale, b, bScale, places) => {
        const q = divideDecimals(
          { units: a, scale: aScale },
          { units: b, scale: bScale },
          places,
          'floor'
        )
        expect(q.scale).toBe(places)
        // q ≤ a/b < q + 10^-places, everything multiplied out to integers (b² > 0 keeps the order).
        const lhs = (step: bigint) => step * b * b * 10n ** BigInt(aScale)
        const rhs = a * b * 10n ** BigInt(bScale + places)
        expect(lhs(q.units) <= rhs).toBe(true)
        expect(lhs(q.units + 1n) > rhs).toBe(true)
      }),
      { numRuns: 1000 }
    )
  })

  it('rounds to the nearest step, ties away from zero', () => {
    fc.assert(
      fc.property(units, scale, divisor, scale, scale, (a, aScale, b, bScale, places) => {
        const q = divideDecimals(
          { units: a, scale: aScale },
          { units: b, scale: bScale },
          places,
          'half-away-from-zero'
        )
        // error = q − a/b, in units of 10^-places, times the positive 2·|b|·10^aScale
        const bAbs = b < 0n ? -b : b
        const sign = b < 0n ? -1n : 1n
        const error2 =
          2n * (q.units * bAbs * 10n ** BigInt(aScale) - sign * a * 10n ** BigInt(bScale + places))
        const unit2 = bAbs * 10n ** BigInt(aScale)
        expect(error2 <= unit2 && error2 >= -unit2).toBe(true)
        // A tie goes away from zero: the error then has the quotient's sign.
        if (error2 === unit2 || error2 === -unit2) expect(error2 > 0n).toBe(q.units > 0n)
      }),
      { numRuns: 1000 }
    )
  })
})
