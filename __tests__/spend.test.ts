import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { type Decimal, parseDecimal } from '../src/base/decimal.js'
import {
  computeSpend,
  formatSnapshot,
  FUTURE_TOLERANCE_MS,
  MAX_BASELINE_LENGTH,
  MIN_RATE_ELAPSED_MS,
  parseBaseline,
  runwayBelow,
  type ShapeIssue,
  type Snapshot,
  type SnapshotRow
} from '../src/decide/spend.js'

const HOUR = 3_600_000
const DAY = 24 * HOUR
const START = Date.parse('2026-11-20T08:00:00.000Z')

function decimal(text: string): Decimal {
  const value = parseDecimal(text)
  if (!value) throw new Error(`not a decimal: ${text}`)
  return value
}

function row(currency: string, total: string, granted = '', toppedUp = ''): SnapshotRow {
  return {
    currency,
    total_balance: total,
    granted_balance: granted,
    topped_up_balance: toppedUp
  }
}

/** A snapshot `afterMs` after START with the given currency → total_balance. */
function snapshot(afterMs: number, totals: Record<string, string>): Snapshot {
  return {
    checkedAt: new Date(START + afterMs),
    isAvailable: true,
    rows: Object.entries(totals).map(([currency, total]) => row(currency, total))
  }
}

/** The spend of one CNY balance going from `before` to `after` over `elapsedMs`. */
function cny(before: string, after: string, elapsedMs: number) {
  return computeSpend(snapshot(0, { CNY: before }), snapshot(elapsedMs, { CNY: after }), 'CNY')
}

describe('computeSpend', () => {
  it('gives no daily rate for a baseline minutes old', () => {
    expect(cny('110.00', '109.58', 6 * 60_000)).toEqual({
      elapsedMs: 360_000,
      perCurrency: [
        { currency: 'CNY', spent: '0.42', baselineTotal: '110.00', currentTotal: '109.58' }
      ],
      checked: { currency: 'CNY', spent: '0.42', baselineTotal: '110.00', currentTotal: '109.58' }
    })
  })

  it('shows a top-up as negative spending, with no rate', () => {
    const spend = cny('5.00', '105.00', 3 * DAY)
    expect(spend.checked?.spent).toBe('-100.00')
    expect(spend.spentPerDay).toBeUndefined()
    expect(spend.runwayDays).toBeUndefined()
  })

  it('gives 0.00 for equal balances, with no rate', () => {
    const spend = cny('110.00', '110.00', 2 * DAY)
    expect(spend.checked?.spent).toBe('0.00')
    expect(spend.spentPerDay).toBeUndefined()
  })

  it.each([
    ['110', '109.585', '0.415'],
    ['110.5', '110.25', '0.25'],
    ['110.00', '109', '1.00'],
    ['1.2e3', '1199.5', '0.5'],
    ['12345678901234567.90', '12345678901234567.89', '0.01']
  ])('writes %s − %s as %s, at the longer of the two places', (before, after, spent) => {
    expect(cny(before, after, 0).checked?.spent).toBe(spent)
  })

  it('works out a daily rate and the runway from a week-old baseline', () => {
    const spend = cny('34.10', '12.40', 7 * DAY)
    expect(spend).toMatchObject({
      elapsedMs: 7 * DAY,
      checked: { spent: '21.70' },
      spentPerDay: '3.10',
      runwayDays: '4.0'
    })
  })

  it.each([
    ['100.05', '100.00', 2 * DAY, '0.03'], // 0.025: a tie goes away from zero (half-even: 0.02)
    ['100.03', '100.00', 2 * DAY, '0.02'], // 0.015
    ['100.01', '100.00', 3 * DAY, '0.00'], // 0.00333…
    ['100.02', '100.00', 3 * DAY, '0.01'], // 0.00666…
    ['101.0', '100.0', 4 * DAY, '0.3'] // 0.25
  ])('rounds %s → %s over %i ms to %s a day', (before, after, elapsedMs, perDay) => {
    expect(cny(before, after, elapsedMs).spentPerDay).toBe(perDay)
  })

  it('takes the runway from the exact rate, so a rate that rounds to 0.00 still gives one', () => {
    const spend = cny('1.01', '1.00', 3 * DAY)
    expect(spend.spentPerDay).toBe('0.00')
    expect(spend.runwayDays).toBe('300.0')
  })

  it.each([
    ['4.06', '4.0'],
    ['4.99', '4.9'],
    ['5.00', '5.0'],
    ['0.01', '0.0']
  ])('rounds a runway of %s days down to %s', (left, runway) => {
    // 1.00 a day: the runway in days is the balance left.
    const spend = cny(decimalSum(left, '1.00'), left, DAY)
    expect(spend.spentPerDay).toBe('1.00')
    expect(spend.runwayDays).toBe(runway)
  })

  it.each([
    ['0.00', '0.0'],
    ['-0.50', '0.0']
  ])('gives a runway of 0.0 when %s is left', (left, runway) => {
    const spend = cny('10.00', left, 2 * DAY)
    expect(spend.spentPerDay).toBeDefined()
    expect(spend.runwayDays).toBe(runway)
  })

  it('counts a baseline exactly one hour old, not one a moment younger', () => {
    expect(MIN_RATE_ELAPSED_MS).toBe(HOUR)
    expect(cny('10.01', '10.00', HOUR)).toMatchObject({ spentPerDay: '0.24', runwayDays: '41.6' })
    for (const elapsedMs of [HOUR - 1, 59 * 60_000, 0, -DAY]) {
      const spend = cny('10.01', '10.00', elapsedMs)
      expect(spend.checked?.spent).toBe('0.01')
      expect(spend.spentPerDay).toBeUndefined()
      expect(spend.runwayDays).toBeUndefined()
    }
  })

  it('lists only currencies both snapshots report, sorted', () => {
    const baseline = snapshot(0, { USD: '20.00', CNY: '110.00', EUR: '3' })
    const current = snapshot(2 * DAY, { JPY: '500', CNY: '100.00', USD: '19.50' })
    const spend = computeSpend(baseline, current, 'USD')
    expect(spend.perCurrency.map(entry => [entry.currency, entry.spent])).toEqual([
      ['CNY', '10.00'],
      ['USD', '0.50']
    ])
    expect(spend.checked?.currency).toBe('USD')
    expect(spend.spentPerDay).toBe('0.25')
    expect(spend.runwayDays).toBe('78.0')
  })

  it('has no checked entry or rate when the checked currency is missing on either side', () => {
    const baseline = snapshot(0, { CNY: '110.00', EUR: '3' })
    const current = snapshot(2 * DAY, { CNY: '100.00', USD: '19.50' })
    for (const currency of ['USD', 'EUR', 'GBP']) {
      const spend = computeSpend(baseline, current, currency)
      expect(spend.perCurrency).toHaveLength(1)
      expect(spend).not.toHaveProperty('checked')
      expect(spend).not.toHaveProperty('spentPerDay')
      expect(spend).not.toHaveProperty('runwayDays')
    }
  })

  it('has no checked entry or rate without a checked currency', () => {
    const spend = computeSpend(
      snapshot(0, { CNY: '110.00' }),
      snapshot(7 * DAY, { CNY: '100.00' }),
      undefined
    )
    expect(spend).toEqual({
      elapsedMs: 7 * DAY,
      perCurrency: [
        { currency: 'CNY', spent: '10.00', baselineTotal: '110.00', currentTotal: '100.00' }
      ]
    })
  })

  it('refuses snapshots whose totals are not decimals, a bug in the caller', () => {
    expect(() => cny('110.00', '1,5', DAY)).toThrow(TypeError)
    expect(() => runwayBelow('', decimal('1'))).toThrow(TypeError)
  })

  it('gives no rate when a time is invalid', () => {
    const spend = computeSpend(
      snapshot(0, { CNY: '2.00' }),
      { ...snapshot(0, { CNY: '1.00' }), checkedAt: new Date(Number.NaN) },
      'CNY'
    )
    expect(spend.checked?.spent).toBe('1.00')
    expect(spend.spentPerDay).toBeUndefined()
  })

  const amount = fc
    .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 4 }))
    .map(([negative, units, scale]) => write(negative ? -units : units, scale))
  const elapsed = fc.oneof(
    fc.integer({ min: -DAY, max: 90 * DAY }),
    fc.integer({ min: HOUR - 2, max: HOUR + 2 })
  )

  it('keeps spent + current = baseline exactly', () => {
    fc.assert(
      fc.property(amount, amount, elapsed, (before, after, elapsedMs) => {
        const spent = cny(before, after, elapsedMs).checked?.spent ?? ''
        const places = Math.max(placesOf(before), placesOf(after))
        expect(placesOf(spent)).toBe(places)
        expect(scaled(spent, places) + scaled(after, places)).toBe(scaled(before, places))
      }),
      { numRuns: 1000 }
    )
  })

  it('gives a rate only for a positive spend over an hour or more, within half a step of exact', () => {
    fc.assert(
      fc.property(amount, amount, elapsed, (before, after, elapsedMs) => {
        const spend = cny(before, after, elapsedMs)
        const spent = decimal(spend.checked?.spent ?? '')
        const expected = elapsedMs >= HOUR && spent.units > 0n
        expect(spend.spentPerDay !== undefined).toBe(expected)
        expect(spend.runwayDays !== undefined).toBe(expected)
        if (!spend.spentPerDay) return
        // |perDay − spent × DAY / elapsed| ≤ half a step, with both sides times elapsed × 10^scale
        const perDay = decimal(spend.spentPerDay)
        expect(perDay.scale).toBe(spent.scale)
        const error = perDay.units * BigInt(elapsedMs) - spent.units * BigInt(DAY)
        expect(2n * (error < 0n ? -error : error) <= BigInt(elapsedMs)).toBe(true)
      }),
      { numRuns: 1000 }
    )
  })

  it('gives the runway r with r × rate ≤ current < (r + 0.1) × rate, at the exact rate', () => {
    fc.assert(
      fc.property(amount, amount, elapsed, (before, after, elapsedMs) => {
        const spend = cny(before, after, elapsedMs)
        if (!spend.runwayDays) return
        const runway = decimal(spend.runwayDays)
        expect(runway.scale).toBe(1)
        const spent = decimal(spend.checked?.spent ?? '')
        const current = decimal(after)
        if (current.units <= 0n) {
          expect(spend.runwayDays).toBe('0.0')
          return
        }
        // runway/10 × spent/10^s × DAY/elapsed vs current/10^c, times 10 × 10^s × 10^c × elapsed
        const times = (r: bigint) => r * spent.units * BigInt(DAY) * 10n ** BigInt(current.scale)
        const left = current.units * BigInt(elapsedMs) * 10n * 10n ** BigInt(spent.scale)
        expect(times(runway.units) <= left).toBe(true)
        expect(times(runway.units + 1n) > left).toBe(true)
      }),
      { numRuns: 1000 }
    )
  })
})

describe('runwayBelow', () => {
  it('compares exactly', () => {
    expect(runwayBelow('4.0', decimal('5'))).toBe(true)
    expect(runwayBelow('5.0', decimal('5'))).toBe(false)
    expect(runwayBelow('4.9', decimal('4.95'))).toBe(true)
    expect(runwayBelow('12345678901234567.8', decimal('12345678901234567.9'))).toBe(true)
  })
})

const NOW = new Date('2026-11-27T08:00:00.000Z')
const VALID_ROW = {
  currency: 'CNY',
  total_balance: '110.00',
  granted_balance: '10.00',
  topped_up_balance: '100.00'
}

function baselineText(fields: Record<string, unknown>): string {
  return JSON.stringify({
    checked_at: '2026-11-20T08:00:00.000Z',
    is_available: true,
    balance_infos: [VALID_ROW],
    ...fields
  })
}

function problemOf(text: string) {
  const result = parseBaseline(text, NOW)
  if (result.ok) throw new Error(`accepted: ${text}`)
  return result.problem
}

function snapshotOf(text: string, now = NOW): Snapshot {
  const result = parseBaseline(text, now)
  if (!result.ok) throw new Error(`refused (${JSON.stringify(result.problem)}): ${text}`)
  return result.snapshot
}

describe('formatSnapshot', () => {
  it('writes one line of JSON with the keys in order', () => {
    const text = formatSnapshot({
      checkedAt: new Date('2026-11-20T08:00:00Z'),
      isAvailable: true,
      rows: [row('CNY', '110.00', '10.00', '100.00')]
    })
    expect(text).toBe(
      '{"checked_at":"2026-11-20T08:00:00.000Z","is_available":true,"balance_infos":[{"currency":"CNY","total_balance":"110.00","granted_balance":"10.00","topped_up_balance":"100.00"}]}'
    )
  })

  it('is read back by parseBaseline as the same snapshot', () => {
    const currency = fc.stringMatching(/^[A-Z]{3}$/)
    const text = fc.stringMatching(/^-?\d{1,20}(\.\d{1,8})?$/)
    const rowArb = fc
      .tuple(text, fc.option(text, { nil: '' }), fc.option(text, { nil: '' }))
      .map(([total, granted, toppedUp]) => ({ total, granted, toppedUp }))
    const snapshotArb = fc.record({
      checkedAt: fc.date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date(NOW.getTime() + FUTURE_TOLERANCE_MS),
        noInvalidDate: true
      }),
      isAvailable: fc.boolean(),
      rows: fc
        .uniqueArray(fc.tuple(currency, rowArb), { selector: ([c]) => c, maxLength: 4 })
        .map(rows =>
          rows
            .map(([c, r]) => row(c, r.total, r.granted, r.toppedUp))
            .sort((a, b) => (a.currency < b.currency ? -1 : 1))
        )
    })
    fc.assert(
      fc.property(snapshotArb, original => {
        const line = formatSnapshot(original)
        expect(line).not.toContain('\n')
        expect(snapshotOf(line)).toEqual(original)
      }),
      { numRuns: 500 }
    )
  })
})

describe('parseBaseline', () => {
  it('reads a baseline, upper-casing currencies and sorting rows', () => {
    const text = baselineText({
      is_available: false,
      balance_infos: [
        { currency: 'usd', total_balance: '1.5', granted_balance: null },
        { currency: 'CNY', total_balance: '-0.50', granted_balance: '', topped_up_balance: ' 2 ' }
      ],
      note: 'other fields are ignored'
    })
    expect(snapshotOf(text)).toEqual({
      checkedAt: new Date('2026-11-20T08:00:00.000Z'),
      isAvailable: false,
      rows: [row('CNY', '-0.50', '', '2'), row('USD', '1.5', '', '')]
    })
  })

  it('keeps amounts written as JSON numbers digit for digit', () => {
    const text =
      '{"checked_at":"2026-11-20T08:00:00Z","is_available":true,"balance_infos":[' +
      '{"currency":"CNY","total_balance":12345678901234567.89,"granted_balance":10.00,"topped_up_balance":1.5e-3}]}'
    expect(snapshotOf(text).rows).toEqual([row('CNY', '12345678901234567.89', '10.00', '1.5e-3')])
  })

  it('ignores surrounding white space and a byte-order mark', () => {
    expect(snapshotOf(`\uFEFF \n${baselineText({})}\r\n\t`).rows).toEqual([
      row('CNY', '110.00', '10.00', '100.00')
    ])
  })

  it.each([
    ['2026-11-20T08:00:00Z', '2026-11-20T08:00:00.000Z'],
    ['2026-11-20T08:00:00.5Z', '2026-11-20T08:00:00.500Z'],
    ['2026-11-20T08:00:00.123456Z', '2026-11-20T08:00:00.123Z'],
    ['2026-11-20T10:30:00+02:30', '2026-11-20T08:00:00.000Z'],
    ['2026-11-20T03:00:00-05:00', '2026-11-20T08:00:00.000Z'],
    ['2024-02-29T00:00:00.000Z', '2024-02-29T00:00:00.000Z']
  ])('reads checked_at %s as %s', (checkedAt, iso) => {
    expect(snapshotOf(baselineText({ checked_at: checkedAt })).checkedAt.toISOString()).toBe(iso)
  })

  it.each(['', 'hello', '{', "{'checked_at': 1}", '{"a":1}{"b":2}', '\uFEFF'])(
    'calls %j not JSON',
    text => {
      expect(problemOf(text)).toEqual({ kind: 'not-json' })
    }
  )

  it.each(['[]', 'null', '"text"', '42', 'true'])('calls %s not a JSON object', text => {
    expect(problemOf(text)).toEqual({ kind: 'shape', what: 'not a JSON object' })
  })

  const shapeCases: (readonly [Record<string, unknown>, ShapeIssue])[] = [
    [{ checked_at: undefined }, 'no checked_at'],
    [{ checked_at: null }, 'no checked_at'],
    [{ checked_at: 1795161600000 }, 'a checked_at that is not an ISO-8601 date-time'],
    ...[
      'yesterday',
      '2026-11-20',
      '2026-11-20T08:00Z',
      '2026-11-20T08:00:00',
      '2026-11-20 08:00:00Z',
      '2026-11-20t08:00:00z',
      '2026-11-20T08:00:00.Z',
      '2026-11-20T08:00:00.1234567890Z',
      '2026-11-20T08:00:00+0200',
      '+002026-11-20T08:00:00Z',
      '2026-02-30T08:00:00Z',
      '2026-02-29T08:00:00Z',
      '2026-13-01T08:00:00Z',
      '2026-11-20T24:00:00Z',
      '2026-11-20T23:60:00Z',
      '2026-11-20T23:59:60Z',
      '2026-11-20T08:00:00+24:00',
      '2026-11-20T08:00:00+05:60',
      ' 2026-11-20T08:00:00Z'
    ].map(
      checked_at => [{ checked_at }, 'a checked_at that is not an ISO-8601 date-time'] as const
    ),
    [{ is_available: undefined }, 'no is_available true or false'],
    [{ is_available: 'true' }, 'no is_available true or false'],
    [{ is_available: 1 }, 'no is_available true or false'],
    [{ balance_infos: undefined }, 'balance_infos is not a list'],
    [{ balance_infos: { CNY: VALID_ROW } }, 'balance_infos is not a list'],
    [{ balance_infos: [VALID_ROW, 'USD'] }, 'a balance_infos entry that is not an object'],
    [{ balance_infos: [null] }, 'a balance_infos entry that is not an object'],
    [{ balance_infos: [[VALID_ROW]] }, 'a balance_infos entry that is not an object'],
    ...[undefined, 'CN', 'CNYY', 'C1Y', 'ÇNY', ' CNY', 123].map(
      currency =>
        [
          { balance_infos: [{ ...VALID_ROW, currency }] },
          'a row without a three-letter currency'
        ] as const
    )
  ]
  it.each(shapeCases)('refuses %j: %s', (fields, what) => {
    expect(problemOf(baselineText(fields))).toEqual({ kind: 'shape', what })
  })

  it.each([
    ['total_balance', undefined],
    ['total_balance', null],
    ['total_balance', ''],
    ['total_balance', '1,5'],
    ['total_balance', true],
    ['granted_balance', 'ten'],
    ['granted_balance', '.5'],
    ['topped_up_balance', {}],
    ['topped_up_balance', ['1']]
  ])('refuses %s %j', (field, value) => {
    const text = baselineText({
      balance_infos: [{ ...VALID_ROW, currency: 'usd', [field]: value }]
    })
    expect(problemOf(text)).toEqual({ kind: 'amount', currency: 'USD', field })
  })

  it('refuses a currency listed twice, whatever its case', () => {
    const text = baselineText({
      balance_infos: [
        VALID_ROW,
        { currency: 'USD', total_balance: '1' },
        { ...VALID_ROW, currency: 'cny' }
      ]
    })
    expect(problemOf(text)).toEqual({ kind: 'duplicate-currency', currency: 'CNY' })
  })

  it('allows a checked_at up to a minute ahead of now, and refuses one further ahead', () => {
    const ahead = (ms: number) =>
      parseBaseline(baselineText({ checked_at: new Date(NOW.getTime() + ms).toISOString() }), NOW)
    expect(FUTURE_TOLERANCE_MS).toBe(60_000)
    expect(ahead(0).ok).toBe(true)
    expect(ahead(60_000).ok).toBe(true)
    expect(ahead(60_001)).toEqual({
      ok: false,
      problem: { kind: 'future', checkedAt: '2026-11-27T08:01:00.001Z' }
    })
    // An offset is re-written in UTC.
    expect(problemOf(baselineText({ checked_at: '2026-11-27T12:00:00+02:00' }))).toEqual({
      kind: 'future',
      checkedAt: '2026-11-27T10:00:00.000Z'
    })
  })

  it('refuses text longer than the cap before parsing it, white space included', () => {
    expect(MAX_BASELINE_LENGTH).toBe(65_536)
    const valid = baselineText({})
    const filled = valid + ' '.repeat(MAX_BASELINE_LENGTH - valid.length)
    expect(snapshotOf(filled).rows).toHaveLength(1)
    expect(problemOf(`${filled} `)).toEqual({ kind: 'shape', what: 'longer than 65536 characters' })
    expect(problemOf('x'.repeat(10_000_000))).toEqual({
      kind: 'shape',
      what: 'longer than 65536 characters'
    })
  })

  const KEY = 'sk-4f1c2a9e8b7d6c5f4e3d2c1b0a9f8e7d'
  it.each([
    ['the whole text', KEY],
    ['text that is not JSON', `token=${KEY}\n::add-mask::${KEY}`],
    ['the top level', JSON.stringify(KEY)],
    ['checked_at', baselineText({ checked_at: KEY })],
    ['checked_at, after a valid time', baselineText({ checked_at: `2026-11-20T08:00:00Z ${KEY}` })],
    ['is_available', baselineText({ is_available: KEY })],
    ['balance_infos', baselineText({ balance_infos: KEY })],
    ['a row', baselineText({ balance_infos: [KEY] })],
    ['a currency', baselineText({ balance_infos: [{ ...VALID_ROW, currency: KEY }] })],
    ['a key', baselineText({ [KEY]: 1, checked_at: '::error::x' })],
    ['total_balance', baselineText({ balance_infos: [{ ...VALID_ROW, total_balance: KEY }] })],
    ['granted_balance', baselineText({ balance_infos: [{ ...VALID_ROW, granted_balance: KEY }] })],
    [
      'topped_up_balance',
      baselineText({ balance_infos: [{ ...VALID_ROW, topped_up_balance: `1 ${KEY}` }] })
    ],
    ['the size', `${baselineText({})}${KEY.repeat(2000)}`]
  ])('keeps a key in %s out of the problem', (_where, text) => {
    const result = parseBaseline(text, NOW)
    expect(result.ok).toBe(false)
    const shown = JSON.stringify(result)
    expect(shown).not.toContain('sk-')
    expect(shown).not.toContain('4f1c2a')
    expect(shown).not.toContain('::')
  })
})

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
