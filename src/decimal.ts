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

/** Parses `12`, `-0.50`, `1.2e3`. Returns undefined for anything else (including `.5`, `5.`). */
export function parseDecimal(text: string): Decimal | undefined {
  const match = DECIMAL_PATTERN.exec(text)
  if (!match) return undefined
  const [, sign = '', whole = '', fraction = '', exponentText] = match
  const exponent = exponentText === undefined ? 0 : Number(exponentText)
  if (Math.abs(exponent) > MAX_EXPONENT) return undefined
  let units = BigInt(whole + fraction)
  let scale = fraction.length - exponent
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
