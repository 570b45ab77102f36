import {
  compareDecimals,
  type Decimal,
  divideDecimals,
  formatDecimal,
  isPositive,
  subtractDecimals
} from '../base/decimal.js'
import { type CleanText, clean } from '../base/outside-text.js'
import type { Amount, Snapshot } from '../base/snapshot.js'

/** One currency's change between two snapshots. */
export interface CurrencySpend {
  readonly currency: CleanText
  readonly before: Amount
  readonly after: Amount
  /** before − after, exact: negative when the balance rose (a top-up). */
  readonly spent: Decimal
  /** spent at the larger of the two amounts' decimal places, cleaned (the `spent` outputs). */
  readonly spentText: CleanText
  /** The same without its sign: how far the balance moved, either way. */
  readonly movedText: CleanText
}

/** The daily rate and how long the balance lasts at it, as shown. */
export interface Rate {
  /** Rounded half away from zero to spent's places, or more until it shows 2 significant digits. */
  readonly perDay: CleanText
  /** The current total divided by perDay as shown, rounded down to one place; 0.0 when nothing is left. */
  readonly runwayDays: CleanText
  readonly runway: Decimal
}

export interface Spend {
  /** current.checkedAt − baseline.checkedAt. */
  readonly elapsedMs: number
  /** Every currency both snapshots report, sorted. */
  readonly perCurrency: readonly CurrencySpend[]
  /** The checked currency's entry, when both snapshots report it. */
  readonly checked?: CurrencySpend
  /** For the checked currency: see computeSpend for when there is one. */
  readonly rate?: Rate
}

/** Below this, a daily rate would extrapolate from too short a look. */
export const MIN_RATE_ELAPSED_MS = 3_600_000
/** The most places a daily rate is written with, however small it is. */
const MAX_RATE_PLACES = 20
const DAY_MS = 86_400_000n

/**
 * What was spent between two snapshots, per currency both report. The rate is given only for the
 * checked currency, only when the baseline is at least MIN_RATE_ELAPSED_MS older than current
 * and spent is above zero.
 */
export function computeSpend(
  baseline: Snapshot,
  current: Snapshot,
  checkedCurrency: string | undefined
): Spend {
  const elapsedMs = current.checkedAt.getTime() - baseline.checkedAt.getTime()
  const perCurrency = current.rows.flatMap(now => {
    const before = baseline.rows.find(row => row.currency === now.currency)
    return before ? [spendIn(now.currency, before.total, now.total)] : []
  })
  const checked = perCurrency.find(entry => entry.currency === checkedCurrency)
  const rate = checked && rateOf(checked, elapsedMs)
  return { elapsedMs, perCurrency, ...(checked && { checked }), ...(rate && { rate }) }
}

/** Whether a runway is below the threshold, exactly. */
export function runwayBelow(rate: Rate, threshold: Decimal): boolean {
  return compareDecimals(rate.runway, threshold) < 0
}

function spendIn(currency: CleanText, before: Amount, after: Amount): CurrencySpend {
  const spent = subtractDecimals(before.value, after.value)
  const places = Math.max(before.value.scale, after.value.scale)
  // Stryker disable next-line EqualityOperator: -0n is 0n
  const moved = { units: spent.units < 0n ? -spent.units : spent.units, scale: spent.scale }
  return {
    currency,
    before,
    after,
    spent,
    spentText: clean(formatDecimal(spent, places)),
    movedText: clean(formatDecimal(moved, places))
  }
}

function rateOf(checked: CurrencySpend, elapsedMs: number): Rate | undefined {
  // Written as !(>=) so that an invalid Date (elapsedMs NaN) gives no rate either.
  if (!(elapsedMs >= MIN_RATE_ELAPSED_MS)) return undefined
  return rateFrom(checked.spent, elapsedMs, checked.after.value)
}

/**
 * The daily rate of `spent` over `elapsedMs`, and the runway of `total` at it; none unless spent
 * is above zero and time has passed.
 */
export function rateFrom(spent: Decimal, elapsedMs: number, total: Decimal): Rate | undefined {
  if (!(elapsedMs > 0) || !isPositive(spent)) return undefined
  // spent × 86 400 000 / elapsedMs, an exact fraction, rounded to as many places as it takes
  // to show it: a baseline from years ago must not give a rate of 0.00 beside a runway.
  const spentTimesDay: Decimal = { units: spent.units * DAY_MS, scale: spent.scale }
  const elapsed: Decimal = { units: BigInt(elapsedMs), scale: 0 }
  let perDay = divideDecimals(spentTimesDay, elapsed, spent.scale, 'half-away-from-zero')
  while (perDay.units < 10n && perDay.scale < MAX_RATE_PLACES) {
    perDay = divideDecimals(spentTimesDay, elapsed, perDay.scale + 1, 'half-away-from-zero')
  }
  // Only amounts with more places than money has could still round to zero here.
  if (!isPositive(perDay)) return undefined
  // The runway follows from the rate as shown, so that the two agree for anyone who checks.
  const runway = isPositive(total)
    ? divideDecimals(total, perDay, 1, 'floor')
    : { units: 0n, scale: 1 }
  return {
    perDay: clean(formatDecimal(perDay, perDay.scale)),
    runwayDays: clean(formatDecimal(runway, 1)),
    runway
  }
}
