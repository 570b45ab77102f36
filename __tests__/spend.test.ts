import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { type Decimal, parseDecimal } from '../src/base/decimal.js'
import { clean } from '../src/base/outside-text.js'
import type { BalanceRow, Snapshot } from '../src/base/snapshot.js'
import {
  type CurrencySpend,
  MIN_RATE_ELAPSED_MS,
  type Rate,
  computeSpend,
  rateFrom,
  runwayBelow
} from '../src/decide/spend.js'

const HOUR = 3_600_000
const DAY = 24 * HOUR
const START = Date.parse('2026-11-20T08:00:00.000Z')

function decimal(text: string): Decimal {
  const value = parseDecimal(text)
  if (!value) throw new Error(`not a decimal: ${text}`)
  return value
}

function row(currency: string, total: string): BalanceRow {
  return {
    currency: clean(currency),
    total: { text: clean(total), value: decimal(total) },
    granted: clean(''),
    toppedUp: clean('')
  }
}

/** A snapshot `afterMs` after START with the given currency → total_balance. */
function snapshot(afterMs: number, totals: Record<string, string>): Snapshot {
  return {
    checkedAt: new Date(START + afterMs),
    isAvailable: true,
    rows: Object.entries(totals)
      .map(([currency, total]) => row(currency, total))
      .sort((a, b) => (a.currency < b.currency ? -1 : 1))
  }
}

/** The spend of one CNY balance going from `before` to `after` over `elapsedMs`. */
function cny(before: string, after: string, elapsedMs: number) {
  return computeSpend(snapshot(0, { CNY: before }), snapshot(elapsedMs, { CNY: after }), 'CNY')
}

/** A currency's spend as it is shown: the figures as text. */
function shown(entry: CurrencySpend | undefined) {
  return (
    entry && {
      currency: entry.currency,
      before: entry.before.text,
      after: entry.after.text,
      spent: entry.spentText,
      moved: entry.movedText
    }
  )
}

describe('computeSpend', () => {
  it('gives no daily rate for a baseline minutes old', () => {
    const spend = cny('110.00', '109.58', 6 * 60_000)
    expect(spend.elapsedMs).toBe(360_000)
    const figures = {
      currency: 'CNY',
      before: '110.00',
      after: '109.58',
      spent: '0.42',
      moved: '0.42'
    }
    expect(spend.perCurrency.map(shown)).toEqual([figures])
    expect(shown(spend.checked)).toEqual(figures)
    expect(spend.checked?.spent).toEqual({ units: 42n, scale: 2 })
    expect(spend).not.toHaveProperty('rate')
  })

  it('shows a top-up as negative spending that moved the balance up, with no rate', () => {
    const spend = cny('5.00', '105.00', 3 * DAY)
    expect(spend.checked).toMatchObject({ spentText: '-100.00', movedText: '100.00' })
    expect(spend.checked?.spent).toEqual({ units: -10000n, scale: 2 })
    expect(spend.rate).toBeUndefined()
  })

  it('gives 0.00 for equal balances, with no rate', () => {
    const spend = cny('110.00', '110.00', 2 * DAY)
    expect(spend.checked).toMatchObject({ spentText: '0.00', movedText: '0.00' })
    expect(spend.rate).toBeUndefined()
  })

  it.each([
    ['110', '109.585', '0.415'],
    ['110.5', '110.25', '0.25'],
    ['110.00', '109', '1.00'],
    ['1.2e3', '1199.5', '0.5'],
    ['12345678901234567.90', '12345678901234567.89', '0.01'],
    ['-1.5', '-2', '0.5']
  ])('writes %s − %s as %s, at the longer of the two places', (before, after, spent) => {
    expect(cny(before, after, 0).checked?.spentText).toBe(spent)
  })

  it('works out a daily rate and the runway from a week-old baseline', () => {
    const spend = cny('34.10', '12.40', 7 * DAY)
    expect(spend.elapsedMs).toBe(7 * DAY)
    expect(spend.checked?.spentText).toBe('21.70')
    expect(spend.rate).toEqual({
      perDay: '3.10',
      runwayDays: '4.0',
      runway: { units: 40n, scale: 1 }
    })
  })

  it.each([
    // At spent's places when that shows two significant digits or more
    ['100.00', '0.00', 3 * DAY, '33.33'], // 33.333…
    ['0.45', '0.00', 2 * DAY, '0.23'], // 0.225: a tie goes away from zero (half-even: 0.22)
    ['1.25', '0.00', 10 * DAY, '0.13'], // 0.125 (half-even: 0.12)
    ['100.02', '100.00', DAY, '0.020'], // 0.02 shows one significant digit: one place more
    // ... and with more places until it does
    ['100.05', '100.00', 2 * DAY, '0.025'],
    ['100.03', '100.00', 2 * DAY, '0.015'],
    ['100.01', '100.00', 3 * DAY, '0.0033'], // 0.00333…
    ['100.02', '100.00', 3 * DAY, '0.0067'], // 0.00666…
    ['100.05', '100.00', 4 * DAY, '0.013'], // 0.0125, a tie again (half-even: 0.012)
    ['101.0', '100.0', 4 * DAY, '0.25'],
    ['100.099', '100.000', 10 * DAY, '0.010'], // 0.0099 rounds to 0.010 at spent's places: two digits
    ['1', '0', 3 * DAY, '0.33']
  ])('rounds %s → %s over %i ms to %s a day', (before, after, elapsedMs, perDay) => {
    expect(cny(before, after, elapsedMs).rate?.perDay).toBe(perDay)
  })

  it('takes the runway from the rate as shown, so the two agree for anyone who checks', () => {
    // 0.01 over 3 days: 0.0033 a day as shown (0.00333… exactly). 1.00 / 0.0033 = 303.03…,
    // where the exact rate would give 300.0.
    expect(cny('1.01', '1.00', 3 * DAY).rate).toMatchObject({
      perDay: '0.0033',
      runwayDays: '303.0'
    })
  })

  it('shows a tiny rate from a baseline decades old with two significant digits', () => {
    // 10.00 over 56 years (20 454 days): 0.000488… a day.
    const elapsedMs = 20_454 * DAY
    const spend = cny('110.00', '100.00', elapsedMs)
    expect(spend.rate).toEqual({
      perDay: '0.00049',
      runwayDays: '204081.6', // 100.00 / 0.00049 = 204 081.63…
      runway: { units: 2040816n, scale: 1 }
    })
  })

  it('gives a rate and a runway that agree for a baseline from 1970', () => {
    const baseline: Snapshot = {
      checkedAt: new Date(0),
      isAvailable: true,
      rows: [row('CNY', '500.00')]
    }
    const current: Snapshot = {
      checkedAt: new Date('2026-11-27T08:00:00.000Z'),
      isAvailable: true,
      rows: [row('CNY', '12.34')]
    }
    const { rate, elapsedMs } = computeSpend(baseline, current, 'CNY')
    // 487.66 over 20 784 days and 8 hours: 0.02346… a day.
    expect(elapsedMs).toBe(Date.parse('2026-11-27T08:00:00.000Z'))
    expect(rate).toMatchObject({ perDay: '0.023', runwayDays: '536.5' }) // 12.34 / 0.023 = 536.52…
    expect(rate && agrees(rate, decimal('12.34'))).toBe(true)
  })

  it.each([
    ['4.06', '4.0'],
    ['4.99', '4.9'],
    ['5.00', '5.0'],
    ['0.01', '0.0']
  ])('rounds a runway of %s days down to %s', (left, runway) => {
    // 1.00 a day: the runway in days is the balance left.
    const spend = cny(decimalSum(left, '1.00'), left, DAY)
    expect(spend.rate?.perDay).toBe('1.00')
    expect(spend.rate?.runwayDays).toBe(runway)
  })

  it.each([
    ['0.00', '0.0'],
    ['-0.50', '0.0']
  ])('gives a runway of 0.0 when %s is left', (left, runway) => {
    const spend = cny('10.00', left, 2 * DAY)
    expect(spend.rate?.perDay).toBeDefined()
    expect(spend.rate?.runwayDays).toBe(runway)
    expect(spend.rate?.runway).toEqual({ units: 0n, scale: 1 })
  })

  it('counts a baseline exactly one hour old, not one a moment younger', () => {
    expect(MIN_RATE_ELAPSED_MS).toBe(HOUR)
    expect(cny('10.01', '10.00', HOUR).rate).toMatchObject({
      perDay: '0.24',
      runwayDays: '41.6'
    })
    for (const elapsedMs of [HOUR - 1, 59 * 60_000, 0, -DAY]) {
      const spend = cny('10.01', '10.00', elapsedMs)
      expect(spend.checked?.spentText).toBe('0.01')
      expect(spend.rate).toBeUndefined()
    }
  })

  it('gives no rate when even the most places it is written with show nothing', () => {
    // 10^-24 over 3 days: 3.3 × 10^-25 a day, which rounds to zero at 24 places.
    const spend = cny('1.000000000000000000000001', '1', 3 * DAY)
    expect(spend.checked?.spentText).toBe('0.000000000000000000000001')
    expect(spend.rate).toBeUndefined()
    // Over two days it is half a step, which rounds away from zero: one digit is all there is.
    expect(cny('1.000000000000000000000001', '1', 2 * DAY).rate?.perDay).toBe(
      '0.000000000000000000000001'
    )
  })

  it('lists only currencies both snapshots report, sorted', () => {
    const baseline = snapshot(0, { USD: '20.00', CNY: '110.00', EUR: '3' })
    const current = snapshot(2 * DAY, { JPY: '500', CNY: '100.00', USD: '19.50' })
    const spend = computeSpend(baseline, current, 'USD')
    expect(spend.perCurrency.map(entry => [entry.currency, entry.spentText])).toEqual([
      ['CNY', '10.00'],
      ['USD', '0.50']
    ])
    expect(spend.checked?.currency).toBe('USD')
    expect(spend.rate).toMatchObject({ perDay: '0.25', runwayDays: '78.0' })
  })

  it('has no checked entry or rate when the checked currency is missing on either side', () => {
    const baseline = snapshot(0, { CNY: '110.00', EUR: '3' })
    const current = snapshot(2 * DAY, { CNY: '100.00', USD: '19.50' })
    for (const currency of ['USD', 'EUR', 'GBP']) {
      const spend = computeSpend(baseline, current, currency)
      expect(spend.perCurrency).toHaveLength(1)
      expect(spend).not.toHaveProperty('checked')
      expect(spend).not.toHaveProperty('rate')
    }
  })

  it('has no checked entry or rate without a checked currency', () => {
    const spend = computeSpend(
      snapshot(0, { CNY: '110.00' }),
      snapshot(7 * DAY, { CNY: '100.00' }),
      undefined
    )
    expect(Object.keys(spend).sort()).toEqual(['elapsedMs', 'perCurrency'])
    expect(spend.elapsedMs).toBe(7 * DAY)
    expect(spend.perCurrency.map(shown)).toEqual([
      { currency: 'CNY', before: '110.00', after: '100.00', spent: '10.00', moved: '10.00' }
    ])
  })

  it('gives no rate when a time is invalid', () => {
    const spend = computeSpend(
      snapshot(0, { CNY: '2.00' }),
      { ...snapshot(0, { CNY: '1.00' }), checkedAt: new Date(Number.NaN) },
      'CNY'
    )
    expect(spend.checked?.spentText).toBe('1.00')
    expect(spend.rate).toBeUndefined()
  })

  const amount = fc
    .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 4 }))
    .map(([negative, units, scale]) => write(negative ? -units : units, scale))
  const elapsed = fc.oneof(
    fc.integer({ min: -DAY, max: 90 * DAY }),
    fc.integer({ min: HOUR - 2, max: HOUR + 2 }),
    // Up to 60 years: rates far below a cent a day.
    fc.integer({ min: HOUR, max: 60 * 366 * DAY })
  )

  it('keeps spent + current = baseline exactly, and moved = |spent|', () => {
    fc.assert(
      fc.property(amount, amount, elapsed, (before, after, elapsedMs) => {
        const checked = cny(before, after, elapsedMs).checked
        const spent = checked?.spentText ?? ''
        const places = Math.max(placesOf(before), placesOf(after))
        expect(placesOf(spent)).toBe(places)
        expect(scaled(spent, places) + scaled(after, places)).toBe(scaled(before, places))
        expect(checked?.movedText).toBe(spent.replace(/^-/, ''))
        expect(checked?.spent).toEqual(decimal(spent))
      }),
      { numRuns: 1000 }
    )
  })

  it('gives a rate only for a positive spend over an hour or more, within half a step of exact at its own places', () => {
    fc.assert(
      fc.property(amount, amount, elapsed, (before, after, elapsedMs) => {
        const spend = cny(before, after, elapsedMs)
        const spent = decimal(spend.checked?.spentText ?? '')
        const expected = elapsedMs >= HOUR && spent.units > 0n
        expect(spend.rate !== undefined).toBe(expected)
        if (!spend.rate) return
        const perDay = decimal(spend.rate.perDay)
        // Never fewer places than spent; more only while it shows fewer than two significant
        // digits: then, one place fewer would have rounded below 10 units (so at most 95 now).
        expect(perDay.scale).toBeGreaterThanOrEqual(spent.scale)
        expect(perDay.units >= 10n).toBe(true)
        if (perDay.scale > spent.scale) expect(perDay.units <= 95n).toBe(true)
        // |perDay − spent × DAY / elapsed| ≤ half a step at perDay's scale, with both sides
        // times elapsed × 10^perDay.scale.
        const exact = spent.units * BigInt(DAY) * 10n ** BigInt(perDay.scale - spent.scale)
        const error = perDay.units * BigInt(elapsedMs) - exact
        expect(2n * (error < 0n ? -error : error) <= BigInt(elapsedMs)).toBe(true)
      }),
      { numRuns: 1000 }
    )
  })

  it('gives the runway r with r × perDay ≤ current < (r + 0.1) × perDay, at perDay as shown', () => {
    fc.assert(
      fc.property(amount, amount, elapsed, (before, after, elapsedMs) => {
        const { rate } = cny(before, after, elapsedMs)
        if (!rate) return
        expect(decimal(rate.runwayDays)).toEqual(rate.runway)
        expect(rate.runway.scale).toBe(1)
        const current = decimal(after)
        if (current.units <= 0n) {
          expect(rate.runwayDays).toBe('0.0')
          return
        }
        expect(agrees(rate, current)).toBe(true)
      }),
      { numRuns: 1000 }
    )
  })
})

describe('rateFrom', () => {
  it('gives no rate when no time has passed, or less than none', () => {
    for (const elapsedMs of [0, -DAY, Number.NaN]) {
      expect(rateFrom(decimal('1.00'), elapsedMs, decimal('10.00'))).toBeUndefined()
    }
    expect(rateFrom(decimal('1.00'), 1, decimal('10.00'))).toMatchObject({ perDay: '86400000.00' })
  })

  it('gives no rate for no spend, or a rise', () => {
    expect(rateFrom(decimal('0.00'), DAY, decimal('10.00'))).toBeUndefined()
    expect(rateFrom(decimal('-1.00'), DAY, decimal('10.00'))).toBeUndefined()
  })

  it('shows a tiny rate with up to 20 places, and none that needs more', () => {
    const attoyuan = decimal('0.000000000000000001')
    expect(rateFrom(attoyuan, 100 * DAY, decimal('1'))).toEqual({
      perDay: '0.00000000000000000001',
      runwayDays: '100000000000000000000.0',
      runway: decimal('100000000000000000000.0')
    })
    expect(rateFrom(attoyuan, 1000 * DAY, decimal('1'))).toBeUndefined()
  })
})

describe('runwayBelow', () => {
  function rate(runwayDays: string): Rate {
    return { perDay: clean('1.00'), runwayDays: clean(runwayDays), runway: decimal(runwayDays) }
  }

  it('compares exactly', () => {
    expect(runwayBelow(rate('4.0'), decimal('5'))).toBe(true)
    expect(runwayBelow(rate('5.0'), decimal('5'))).toBe(false)
    expect(runwayBelow(rate('5.1'), decimal('5'))).toBe(false)
    expect(runwayBelow(rate('4.9'), decimal('4.95'))).toBe(true)
    expect(runwayBelow(rate('0.0'), decimal('0'))).toBe(false)
    expect(runwayBelow(rate('12345678901234567.8'), decimal('12345678901234567.9'))).toBe(true)
  })
})

/** r × perDay ≤ total < (r + 0.1) × perDay, exactly, for the rate as shown. */
function agrees(rate: Rate, total: Decimal): boolean {
  const perDay = decimal(rate.perDay)
  const runway = decimal(rate.runwayDays)
  // runway.units / 10 × perDay.units / 10^p vs total.units / 10^t, all times 10 × 10^p × 10^t
  const times = (r: bigint) => r * perDay.units * 10n ** BigInt(total.scale)
  const left = total.units * 10n * 10n ** BigInt(perDay.scale)
  return runway.scale === 1 && times(runway.units) <= left && times(runway.units + 1n) > left
}

/** Writes units / 10^scale as a plain decimal string. */
function write(units: bigint, scale: number): string {
  const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0')
  const point = digits.length - scale
  return `${units < 0n ? '-' : ''}${digits.slice(0, point)}${scale > 0 ? `.${digits.slice(point)}` : ''}`
}

function placesOf(text: string): number {
  return text.split('.')[1]?.length ?? 0
}

/** The amount times 10^places, by moving the point in the text. */
function scaled(text: string, places: number): bigint {
  const [whole = '', fraction = ''] = text.split('.')
  return (
    BigInt(whole.replace('-', '') + fraction.padEnd(places, '0')) *
    (text.startsWith('-') ? -1n : 1n)
  )
}

/** a + b for plain decimal strings, at the longer of their places. */
function decimalSum(a: string, b: string): string {
  const places = Math.max(placesOf(a), placesOf(b))
  return write(scaled(a, places) + scaled(b, places), places)
}
