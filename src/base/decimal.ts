/**
 * Exact decimal amounts. DeepSeek sends balances as decimal strings; comparing them through
 * floats would let `12345678901234567.89` equal `12345678901234567.90`, so amounts are kept as a
 * scaled BigInt and never turned into a `number`.
 */
export interface Decimal {
  /** The value times 10^scale. */
  readonly units: bigint
  readonly scale: number
}

const DECIMAL_PATTERN = /^([+-]?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/

// Exponents beyond this are not amounts of money; refusing them keeps BigInt work bounded.
const MAX_EXPONENT = 1000

/** Whether parseDecimal takes the text; without making the number. */
export function isDecimal(text: string): boolean {
  const match = DECIMAL_PATTERN.exec(text)
  return match !== null && (match[4] === undefined || Math.abs(Number(match[4])) <= MAX_EXPONENT)
}

/** Parses `12`, `-0.50`, `1.2e3`. Returns undefined for anything else (including `.5`, `5.`). */
export function parseDecimal(text: string): Decimal | undefined {
  const match = DECIMAL_PATTERN.exec(text)
  if (!match) return undefined
  const [, sign = '', whole = '', fraction = '', exponentText] = match
  const exponent = exponentText === undefined ? 0 : Number(exponentText)
  if (Math.abs(exponent) > MAX_EXPONENT) return undefined
  let units = BigInt(whole + fraction)
  let scale = fraction.length - exponent
  // Stryker disable next-line EqualityOperator: at scale 0 the branch multiplies by 1 and sets 0
  if (scale < 0) {
    units *= 10n ** BigInt(-scale)
    scale = 0
  }
  return { units: sign === '-' ? -units : units, scale }
}

/** -1, 0 or 1 as a is less than, equal to or greater than b. */
export function compareDecimals(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const scale = Math.max(a.scale, b.scale)
  const left = a.units * 10n ** BigInt(scale - a.scale)
  const right = b.units * 10n ** BigInt(scale - b.scale)
  return left < right ? -1 : left > right ? 1 : 0
}

export function isPositive(value: Decimal): boolean {
  return value.units > 0n
}

/** a - b, exact, at the larger of the two scales. */
export function subtractDecimals(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale)
  return { units: rescale(a, scale) - rescale(b, scale), scale }
}

/** How a quotient that falls between two results is settled. */
export type Rounding = 'half-away-from-zero' | 'floor'

/** a / b to `places` decimal places, rounded as asked. Throws a RangeError when b is zero. */
export function divideDecimals(
  a: Decimal,
  b: Decimal,
  places: number,
  rounding: Rounding
): Decimal {
  checkPlaces(places)
  if (b.units === 0n) throw new RangeError('division by zero')
  // a / b x 10^places = a.units x 10^(b.scale + places) / (b.units x 10^a.scale)
  const numerator = a.units * 10n ** BigInt(b.scale + places)
  const denominator = b.units * 10n ** BigInt(a.scale)
  return { units: divideIntegers(numerator, denominator, rounding), scale: places }
}

/**
 * The value rounded half away from zero to `places` decimal places, written plainly: `-0.42`,
 * `12.40`, `0.00` (a value that rounds to zero has no sign), never an exponent.
 */
export function formatDecimal(value: Decimal, places: number): string {
  checkPlaces(places)
  const units =
    // Stryker disable next-line EqualityOperator: at equal scales both branches give the units unchanged
    places >= value.scale
      ? rescale(value, places)
      : divideIntegers(value.units, 10n ** BigInt(value.scale - places), 'half-away-from-zero')
  // Stryker disable next-line EqualityOperator: -0n is 0n
  const digits = (units < 0n ? -units : units).toString().padStart(places + 1, '0')
  const whole = digits.slice(0, digits.length - places)
  const fraction = places > 0 ? `.${digits.slice(digits.length - places)}` : ''
  return `${units < 0n ? '-' : ''}${whole}${fraction}`
}

/**
 * The decimal places of an amount as written: `110.00` -> 2, `5` -> 0. For an exponent form it is
 * the scale the value parses to (`1.25e-1` -> 3, `1.2e3` -> 0). Throws a RangeError for text that
 * is not a decimal.
 */
export function decimalPlaces(text: string): number {
  const value = parseDecimal(text)
  if (!value) throw new RangeError('not a decimal')
  return value.scale
}

function rescale(value: Decimal, scale: number): bigint {
  return value.units * 10n ** BigInt(scale - value.scale)
}

function checkPlaces(places: number): void {
  if (!Number.isSafeInteger(places) || places < 0) {
    throw new RangeError('places must be a whole number, zero or more')
  }
}

function divideIntegers(numerator: bigint, denominator: bigint, rounding: Rounding): bigint {
  // Stryker disable next-line EqualityOperator: the denominator is never 0 (divideDecimals refuses it; the others are powers of 10)
  if (denominator < 0n) return divideIntegers(-numerator, -denominator, rounding)
  if (rounding === 'floor') {
    const quotient = numerator / denominator // BigInt division truncates toward zero
    return numerator % denominator < 0n ? quotient - 1n : quotient
  }
  // Stryker disable next-line EqualityOperator: -0n is 0n
  const magnitude = numerator < 0n ? -numerator : numerator
  const rounded = (2n * magnitude + denominator) / (2n * denominator)
  // Stryker disable next-line EqualityOperator: -0n is 0n
  return numerator < 0n ? -rounded : rounded
}
