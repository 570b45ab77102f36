import { afterEach, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { parseDecimal } from '../src/base/decimal.js'
import { clean, forgetSecrets, protectSecret } from '../src/base/outside-text.js'
import {
  type BalanceRow,
  FUTURE_TOLERANCE_MS,
  MAX_SNAPSHOT_LENGTH,
  type Snapshot,
  type SnapshotProblem,
  balanceInfos,
  formatSnapshot,
  parseBalance,
  parseSnapshot
} from '../src/base/snapshot.js'
import { answerProblemText, baselineProblemText } from '../src/report/messages.js'

const NOW = new Date('2026-11-27T08:00:00.000Z')

const CNY = {
  currency: 'CNY',
  total_balance: '110.00',
  granted_balance: '10.00',
  topped_up_balance: '100.00'
}
const USD = {
  currency: 'USD',
  total_balance: '0.00',
  granted_balance: '0.00',
  topped_up_balance: '0.00'
}

/** A row as the parser builds it. */
function row(currency: string, total: string, granted = '', toppedUp = ''): BalanceRow {
  const value = parseDecimal(total)
  if (!value) throw new Error(`not a decimal: ${total}`)
  return {
    currency: clean(currency),
    total: { text: clean(total), value },
    granted: clean(granted),
    toppedUp: clean(toppedUp)
  }
}

function body(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}

function balanceOf(value: unknown) {
  const result = parseBalance(body(value))
  if (!result.ok) throw new Error(`refused (${JSON.stringify(result.problem)})`)
  return result.value
}

function balanceProblemOf(value: unknown): SnapshotProblem {
  const result = parseBalance(body(value))
  if (result.ok) throw new Error(`accepted: ${body(value)}`)
  return result.problem
}

/** A balance body with one row that differs from CNY in `fields`. */
function withRow(fields: Record<string, unknown>): string {
  return JSON.stringify({ is_available: true, balance_infos: [{ ...CNY, ...fields }] })
}

describe('parseBalance', () => {
  it('reads a balance and sorts the rows by currency whatever order they came in', () => {
    const a = balanceOf({ is_available: true, balance_infos: [USD, CNY] })
    const b = balanceOf({ is_available: true, balance_infos: [CNY, USD] })
    expect(a).toEqual(b)
    expect(a).toEqual({
      isAvailable: true,
      rows: [row('CNY', '110.00', '10.00', '100.00'), row('USD', '0.00', '0.00', '0.00')]
    })
    expect(a.rows[0]?.total.value).toEqual({ units: 11000n, scale: 2 })
  })

  it('keeps every digit of amounts sent as JSON numbers', () => {
    const text =
      '{"is_available":true,"balance_infos":[{"currency":"CNY","total_balance":12345678901234567.89,"granted_balance":0,"topped_up_balance":-1.5e1}]}'
    const [first] = balanceOf(text).rows
    expect(first).toEqual(row('CNY', '12345678901234567.89', '0', '-1.5e1'))
    expect(first?.total.value).toEqual({ units: 1234567890123456789n, scale: 2 })
  })

  it('does not touch field names that only appear inside strings', () => {
    const text = JSON.stringify({
      note: '"total_balance": 5',
      is_available: true,
      balance_infos: [CNY]
    })
    expect(balanceOf(text).rows[0]?.total.text).toBe('110.00')
  })

  it('accepts a byte-order mark before the JSON', () => {
    expect(balanceOf(`\uFEFF${withRow({})}`).rows).toHaveLength(1)
  })

  it('accepts blank lines around the JSON, as DeepSeek sends when busy', () => {
    expect(balanceOf(`\n\n\n  \r\n${withRow({})}\n\n`).isAvailable).toBe(true)
  })

  it('accepts negative balances, zero, an empty list and lower-case currencies', () => {
    const balance = balanceOf({
      is_available: false,
      balance_infos: [
        {
          currency: 'cny',
          total_balance: '-3.20',
          granted_balance: '0',
          topped_up_balance: '-3.20'
        }
      ]
    })
    expect(balance).toEqual({ isAvailable: false, rows: [row('CNY', '-3.20', '0', '-3.20')] })
    expect(balanceOf({ is_available: true, balance_infos: [] }).rows).toEqual([])
  })

  it('leaves missing and null granted and topped-up amounts empty', () => {
    const missing = balanceOf({
      is_available: true,
      balance_infos: [{ currency: 'USD', total_balance: '1' }]
    })
    expect(missing.rows).toEqual([row('USD', '1')])
    const nulls = balanceOf(withRow({ granted_balance: null, topped_up_balance: null }))
    expect(nulls.rows).toEqual([row('CNY', '110.00')])
  })

  it('trims padded amounts, and leaves an amount of spaces only empty', () => {
    const balance = balanceOf(
      withRow({ total_balance: ' 110.00 ', granted_balance: '\t10.00\n', topped_up_balance: '   ' })
    )
    expect(balance.rows).toEqual([row('CNY', '110.00', '10.00', '')])
  })

  it('reads amounts up to 100 characters, and refuses longer ones', () => {
    const long = `1.${'0'.repeat(98)}`
    expect(long).toHaveLength(100)
    expect(balanceOf(withRow({ total_balance: long })).rows[0]?.total.text).toBe(long)
    for (const field of ['total_balance', 'granted_balance', 'topped_up_balance'] as const) {
      expect(balanceProblemOf(withRow({ [field]: `${long}0` }))).toEqual({
        kind: 'amount',
        currency: 'CNY',
        field,
        missing: false
      })
    }
    // Padding counts: the text as sent is what is held to the cap.
    expect(balanceProblemOf(withRow({ total_balance: ` ${long}` }))).toMatchObject({
      kind: 'amount'
    })
    // A JSON number is held to the same cap.
    const digits = '1'.repeat(101)
    expect(
      balanceProblemOf(
        `{"is_available":true,"balance_infos":[{"currency":"CNY","total_balance":${digits}}]}`
      )
    ).toEqual({ kind: 'amount', currency: 'CNY', field: 'total_balance', missing: false })
  })

  it.each([
    ['<html><body>Please log in</body></html>', { kind: 'not-json' }],
    ['{"is_available": tr', { kind: 'not-json' }],
    ['', { kind: 'not-json' }],
    ['\uFEFF', { kind: 'not-json' }],
    ['{"a":1}{"b":2}', { kind: 'not-json' }],
    ['[1,2]', { kind: 'not-an-object' }],
    ['null', { kind: 'not-an-object' }],
    ['"text"', { kind: 'not-an-object' }],
    ['{"balance_infos": []}', { kind: 'missing', field: 'is_available' }],
    ['{"is_available": true}', { kind: 'missing', field: 'balance_infos' }],
    [
      '{"is_available": "true", "balance_infos": []}',
      { kind: 'wrong-type', field: 'is_available' }
    ],
    ['{"is_available": null, "balance_infos": []}', { kind: 'wrong-type', field: 'is_available' }],
    ['{"is_available": true, "balance_infos": {}}', { kind: 'wrong-type', field: 'balance_infos' }],
    ['{"is_available": true, "balance_infos": [1]}', { kind: 'row-not-an-object' }],
    ['{"is_available": true, "balance_infos": [null]}', { kind: 'row-not-an-object' }],
    ['{"is_available": true, "balance_infos": [[]]}', { kind: 'row-not-an-object' }],
    [
      '{"is_available": true, "balance_infos": [{"total_balance": "1"}]}',
      { kind: 'row-without-currency' }
    ],
    [
      '{"is_available": true, "balance_infos": [{"currency": "<b>X</b>", "total_balance": "1"}]}',
      { kind: 'row-without-currency' }
    ],
    [
      '{"is_available": true, "balance_infos": [{"currency": "CNY"}]}',
      { kind: 'amount', currency: 'CNY', field: 'total_balance', missing: true }
    ],
    [
      '{"is_available": true, "balance_infos": [{"currency": "CNY", "total_balance": "lots"}]}',
      { kind: 'amount', currency: 'CNY', field: 'total_balance', missing: false }
    ],
    [
      '{"is_available": true, "balance_infos": [{"currency": "CNY", "total_balance": "1", "granted_balance": true}]}',
      { kind: 'amount', currency: 'CNY', field: 'granted_balance', missing: false }
    ],
    [
      '{"is_available": true, "balance_infos": [{"currency": "CNY", "total_balance": "1"}, {"currency": "cny", "total_balance": "2"}]}',
      { kind: 'currency-twice', currency: 'CNY' }
    ]
  ])('refuses %j as %j', (text, problem) => {
    expect(balanceProblemOf(text)).toEqual(problem)
  })

  it.each([
    undefined,
    null,
    'CN',
    'CNYY',
    'USDX',
    '1USD',
    'US1',
    'C1Y',
    '\u00c7NY',
    ' CNY',
    'CNY ',
    'CNY\n',
    123,
    ['CNY']
  ])('refuses the currency %j: three letters, nothing before or after', currency => {
    expect(balanceProblemOf(withRow({ currency }))).toEqual({ kind: 'row-without-currency' })
  })

  it.each([
    ['total_balance', undefined, true],
    ['total_balance', null, true],
    ['total_balance', '', true],
    ['total_balance', '  ', true],
    ['total_balance', '1,5', false],
    ['total_balance', true, false],
    ['total_balance', '1e1001', false],
    ['granted_balance', 'ten', false],
    ['granted_balance', '.5', false],
    ['granted_balance', '5.', false],
    ['topped_up_balance', {}, false],
    ['topped_up_balance', ['1'], false],
    ['topped_up_balance', '1 CNY', false]
  ])('refuses %s %j (missing: %s)', (field, value, missing) => {
    const text = JSON.stringify({
      is_available: true,
      balance_infos: [{ ...CNY, currency: 'usd', [field]: value }]
    })
    expect(balanceProblemOf(text)).toEqual({ kind: 'amount', currency: 'USD', field, missing })
  })

  it('refuses a JSON number whose exponent no amount of money has', () => {
    const text = '{"is_available":true,"balance_infos":[{"currency":"CNY","total_balance":5e1001}]}'
    expect(balanceProblemOf(text)).toEqual({
      kind: 'amount',
      currency: 'CNY',
      field: 'total_balance',
      missing: false
    })
  })

  it('refuses a currency listed twice, whatever its case, naming it upper case', () => {
    const text = JSON.stringify({
      is_available: true,
      balance_infos: [CNY, { currency: 'USD', total_balance: '1' }, { ...CNY, currency: 'cny' }]
    })
    expect(balanceProblemOf(text)).toEqual({ kind: 'currency-twice', currency: 'CNY' })
  })
})

describe('balanceInfos', () => {
  it('orders the rows by currency, whatever order DeepSeek sends them in', () => {
    const eur = { ...CNY, currency: 'EUR' }
    const balance = balanceOf({ is_available: true, balance_infos: [USD, eur, CNY] })
    expect(balance.rows.map(row => row.currency)).toEqual(['CNY', 'EUR', 'USD'])
    const again = balanceOf({ is_available: true, balance_infos: [eur, CNY, USD] })
    expect(again.rows.map(row => row.currency)).toEqual(['CNY', 'EUR', 'USD'])
  })

  it('uses DeepSeek field names and strings', () => {
    const balance = balanceOf({ is_available: true, balance_infos: [USD, CNY] })
    expect(balanceInfos(balance.rows)).toEqual([CNY, USD])
  })
})

function baselineText(fields: Record<string, unknown>): string {
  return JSON.stringify({
    checked_at: '2026-11-20T08:00:00.000Z',
    is_available: true,
    balance_infos: [CNY],
    ...fields
  })
}

function problemOf(text: string): SnapshotProblem {
  const result = parseSnapshot(text, NOW)
  if (result.ok) throw new Error(`accepted: ${text}`)
  return result.problem
}

function snapshotOf(text: string, now = NOW): Snapshot {
  const result = parseSnapshot(text, now)
  if (!result.ok) throw new Error(`refused (${JSON.stringify(result.problem)}): ${text}`)
  return result.value
}

describe('parseSnapshot', () => {
  it('reads a baseline by the balance rules, ignoring other fields', () => {
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
      rows: [row('CNY', '-0.50', '', '2'), row('USD', '1.5')]
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
    ['2026-11-20T08:00:00.123456789Z', '2026-11-20T08:00:00.123Z'],
    ['2026-11-20T10:30:00+02:30', '2026-11-20T08:00:00.000Z'],
    ['2026-11-20T03:00:00-05:00', '2026-11-20T08:00:00.000Z'],
    ['2024-02-29T00:00:00.000Z', '2024-02-29T00:00:00.000Z'],
    ['1970-01-01T00:00:00Z', '1970-01-01T00:00:00.000Z']
  ])('reads checked_at %s as %s', (checkedAt, iso) => {
    expect(snapshotOf(baselineText({ checked_at: checkedAt })).checkedAt.toISOString()).toBe(iso)
  })

  it.each(['2026-11-27T08:00:00', '2026-11-20T08:00:00.123', '2026-11-20T08:00:00.123456789'])(
    'refuses checked_at %s: without a zone it is no time anyone can rely on',
    checkedAt => {
      expect(problemOf(baselineText({ checked_at: checkedAt }))).toEqual({
        kind: 'checked-at-without-zone'
      })
    }
  )

  it.each(['', 'hello', '{', "{'checked_at': 1}", '{"a":1}{"b":2}', '\uFEFF'])(
    'calls %j not JSON',
    text => {
      expect(problemOf(text)).toEqual({ kind: 'not-json' })
    }
  )

  it.each(['[]', 'null', '"text"', '42', 'true'])('calls %s not a JSON object', text => {
    expect(problemOf(text)).toEqual({ kind: 'not-an-object' })
  })

  it.each([
    [{ checked_at: undefined }, { kind: 'missing', field: 'checked_at' }],
    [{ checked_at: null }, { kind: 'missing', field: 'checked_at' }],
    [{ checked_at: 1795161600000 }, { kind: 'checked-at-not-a-time' }],
    [{ is_available: undefined }, { kind: 'missing', field: 'is_available' }],
    [{ is_available: 'true' }, { kind: 'wrong-type', field: 'is_available' }],
    [{ is_available: 1 }, { kind: 'wrong-type', field: 'is_available' }],
    [{ balance_infos: undefined }, { kind: 'missing', field: 'balance_infos' }],
    [{ balance_infos: { CNY } }, { kind: 'wrong-type', field: 'balance_infos' }],
    [{ balance_infos: [CNY, 'USD'] }, { kind: 'row-not-an-object' }],
    [{ balance_infos: [{ ...CNY, currency: 'USDX' }] }, { kind: 'row-without-currency' }],
    [
      { balance_infos: [CNY, { ...CNY, currency: 'cny' }] },
      { kind: 'currency-twice', currency: 'CNY' }
    ]
  ])('refuses %j as %j', (fields, problem) => {
    expect(problemOf(baselineText(fields))).toEqual(problem)
  })

  it.each([
    'yesterday',
    '2026-11-20',
    '2026-11-20T08:00Z',
    '2026-11-20 08:00:00Z',
    '2026-11-20t08:00:00z',
    '2026-11-20T08:00:00.Z',
    '2026-11-20T08:00:00.1234567890Z',
    '2026-11-20T08:00:00+0200',
    '+002026-11-20T08:00:00Z',
    '2026-02-30T08:00:00Z',
    '2026-02-30T08:00:00',
    '2026-02-29T08:00:00Z',
    '2026-13-01T08:00:00Z',
    '2026-11-20T24:00:00Z',
    '2026-11-20T23:60:00Z',
    '2026-11-20T23:59:60Z',
    '2026-11-20T08:00:00+24:00',
    '2026-11-20T08:00:00+05:60',
    ' 2026-11-20T08:00:00Z',
    '2026-11-20T08:00:00Z '
  ])('refuses checked_at %j as not a time', checkedAt => {
    expect(problemOf(baselineText({ checked_at: checkedAt }))).toEqual({
      kind: 'checked-at-not-a-time'
    })
  })

  it('reads a checked_at in years 0000 to 9999 only, wherever its offset moves it', () => {
    // An offset can move a time written in year 0000 into year -1, or one in 9999 into 10000:
    // neither could be written back as a snapshot's checked_at.
    expect(problemOf(baselineText({ checked_at: '0000-01-01T00:30:00+01:00' }))).toEqual({
      kind: 'checked-at-not-a-time'
    })
    expect(snapshotOf(baselineText({ checked_at: '0000-01-01T01:30:00+01:00' })).checkedAt).toEqual(
      new Date('0000-01-01T00:30:00.000Z')
    )
    expect(problemOf(baselineText({ checked_at: '9999-12-31T23:00:00-02:00' }))).toEqual({
      kind: 'checked-at-not-a-time'
    })
    // Year 9999 is a time, only one in the future.
    expect(problemOf(baselineText({ checked_at: '9999-12-31T12:00:00Z' }))).toMatchObject({
      kind: 'checked-at-in-the-future'
    })
  })

  it('allows a checked_at up to a minute ahead of now, and refuses one further ahead', () => {
    const ahead = (ms: number) =>
      parseSnapshot(baselineText({ checked_at: new Date(NOW.getTime() + ms).toISOString() }), NOW)
    expect(FUTURE_TOLERANCE_MS).toBe(60_000)
    expect(ahead(0).ok).toBe(true)
    expect(ahead(60_000).ok).toBe(true)
    expect(ahead(60_001)).toEqual({
      ok: false,
      problem: {
        kind: 'checked-at-in-the-future',
        checkedAt: new Date('2026-11-27T08:01:00.001Z')
      }
    })
    // An offset is read as the time it names.
    expect(problemOf(baselineText({ checked_at: '2026-11-27T12:00:00+02:00' }))).toEqual({
      kind: 'checked-at-in-the-future',
      checkedAt: new Date('2026-11-27T10:00:00.000Z')
    })
    expect(snapshotOf(baselineText({ checked_at: '2026-11-27T10:00:00+02:00' })).checkedAt).toEqual(
      NOW
    )
  })

  it('refuses text longer than the cap before parsing it, white space included', () => {
    expect(MAX_SNAPSHOT_LENGTH).toBe(65_536)
    const valid = baselineText({})
    const filled = valid + ' '.repeat(MAX_SNAPSHOT_LENGTH - valid.length)
    expect(snapshotOf(filled).rows).toHaveLength(1)
    expect(problemOf(`${filled} `)).toEqual({ kind: 'too-long' })
    expect(problemOf('x'.repeat(10_000_000))).toEqual({ kind: 'too-long' })
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
    ['a currency', baselineText({ balance_infos: [{ ...CNY, currency: KEY }] })],
    ['a key', baselineText({ [KEY]: 1, checked_at: '::error::x' })],
    ['total_balance', baselineText({ balance_infos: [{ ...CNY, total_balance: KEY }] })],
    ['granted_balance', baselineText({ balance_infos: [{ ...CNY, granted_balance: KEY }] })],
    [
      'topped_up_balance',
      baselineText({ balance_infos: [{ ...CNY, topped_up_balance: `1 ${KEY}` }] })
    ],
    ['the size', `${baselineText({})}${KEY.repeat(2000)}`]
  ])('keeps a key in %s out of the problem and its words', (_where, text) => {
    const result = parseSnapshot(text, NOW)
    expect(result.ok).toBe(false)
    if (result.ok) return
    for (const shown of [JSON.stringify(result), baselineProblemText(result.problem)]) {
      expect(shown).not.toContain('sk-')
      expect(shown).not.toContain('4f1c2a')
      expect(shown).not.toContain('::')
    }
  })
})

describe('formatSnapshot', () => {
  afterEach(() => forgetSecrets())

  it('writes one line of JSON with the keys in order', () => {
    const text = formatSnapshot({
      checkedAt: new Date('2026-11-20T08:00:00Z'),
      isAvailable: true,
      rows: [row('CNY', '110.00', '10.00', '100.00'), row('USD', '1.5')]
    })
    expect(text).toBe(
      '{"checked_at":"2026-11-20T08:00:00.000Z","is_available":true,"balance_infos":[' +
        '{"currency":"CNY","total_balance":"110.00","granted_balance":"10.00","topped_up_balance":"100.00"},' +
        '{"currency":"USD","total_balance":"1.5","granted_balance":"","topped_up_balance":""}]}'
    )
  })

  it('leaves out a row whose amounts the cleaning changed, keeping the others', () => {
    // Six digits of the key stand in the CNY amounts: cleaned, they read `***`, not a number.
    protectSecret('sk-abc123456def')
    for (const field of ['total_balance', 'granted_balance', 'topped_up_balance']) {
      const balance = balanceOf({
        is_available: true,
        balance_infos: [{ ...CNY, [field]: '9123456.00' }, USD]
      })
      const cny = balance.rows.find(r => r.currency === 'CNY')
      expect([cny?.total.text, cny?.granted, cny?.toppedUp]).toContain('9***.00')
      const line = formatSnapshot({ ...balance, checkedAt: NOW })
      expect(line).not.toContain('***')
      expect(line).not.toContain('123456')
      expect(snapshotOf(line).rows).toEqual([row('USD', '0.00', '0.00', '0.00')])
    }
  })

  const currency = fc.stringMatching(/^[A-Z]{3}$/)
  const amount = fc.stringMatching(/^-?\d{1,20}(\.\d{1,8})?([eE][+-]?\d{1,3})?$/)
  const rowArb = fc
    .tuple(currency, amount, fc.option(amount, { nil: '' }), fc.option(amount, { nil: '' }))
    .map(([c, total, granted, toppedUp]) => row(c, total, granted, toppedUp))
  const snapshotArb: fc.Arbitrary<Snapshot> = fc.record({
    checkedAt: fc.date({
      min: new Date('0000-01-01T00:00:00.000Z'),
      max: new Date(NOW.getTime() + FUTURE_TOLERANCE_MS),
      noInvalidDate: true
    }),
    isAvailable: fc.boolean(),
    rows: fc
      .uniqueArray(rowArb, { selector: r => r.currency, maxLength: 4 })
      .map(rows => rows.sort((a, b) => (a.currency < b.currency ? -1 : 1)))
  })

  it('is read back by parseSnapshot as the same snapshot', () => {
    fc.assert(
      fc.property(snapshotArb, original => {
        const line = formatSnapshot(original)
        expect(line).not.toMatch(/[\r\n]/)
        expect(snapshotOf(line)).toEqual(original)
      }),
      { numRuns: 1000 }
    )
  })
})

const USD_CODE = clean('USD')
const CNY_CODE = clean('CNY')
const IN_THE_FUTURE = new Date('2026-11-27T10:00:00+02:00')

// Each problem, worded for a baseline (a clause after `Input 'baseline' must be ...;`) and for
// DeepSeek's answer (a noun phrase after `DeepSeek answered with`).
const PROBLEM_WORDS: [SnapshotProblem, string, string][] = [
  [{ kind: 'too-long' }, 'it is longer than 65536 characters', 'a body of another shape'],
  [{ kind: 'not-json' }, 'it is not JSON', 'a body that is not JSON'],
  [
    { kind: 'not-an-object' },
    'it is not a JSON object',
    'JSON without is_available and balance_infos'
  ],
  [
    { kind: 'missing', field: 'checked_at' },
    'it has no checked_at',
    'JSON without is_available and balance_infos'
  ],
  [
    { kind: 'missing', field: 'is_available' },
    'it has no is_available true or false',
    'JSON without is_available and balance_infos'
  ],
  [
    { kind: 'missing', field: 'balance_infos' },
    'it has no balance_infos',
    'JSON without is_available and balance_infos'
  ],
  [
    { kind: 'wrong-type', field: 'is_available' },
    'it has no is_available true or false',
    'an is_available that is not true or false'
  ],
  [
    { kind: 'wrong-type', field: 'balance_infos' },
    'its balance_infos is not a list',
    'a balance_infos that is not a list'
  ],
  [
    { kind: 'checked-at-not-a-time' },
    'its checked_at is not an ISO-8601 date-time',
    'a body of another shape'
  ],
  [
    { kind: 'checked-at-without-zone' },
    'its checked_at has no time zone (end it with Z, or an offset such as +08:00)',
    'a body of another shape'
  ],
  [
    { kind: 'checked-at-in-the-future', checkedAt: IN_THE_FUTURE },
    "its checked_at 2026-11-27T08:00:00.000Z is in the future (more than a minute ahead of this runner's clock)",
    'a body of another shape'
  ],
  [
    { kind: 'row-not-an-object' },
    'it has a balance_infos entry that is not an object',
    'a balance_infos row without a three-letter currency'
  ],
  [
    { kind: 'row-without-currency' },
    'it has a row without a three-letter currency',
    'a balance_infos row without a three-letter currency'
  ],
  [
    { kind: 'amount', currency: USD_CODE, field: 'total_balance', missing: true },
    'its USD row has no total_balance',
    'a USD row without total_balance'
  ],
  [
    { kind: 'amount', currency: USD_CODE, field: 'total_balance', missing: false },
    'its USD total_balance is not a decimal',
    'a USD total_balance that is not a decimal'
  ],
  [
    { kind: 'amount', currency: CNY_CODE, field: 'granted_balance', missing: false },
    'its CNY granted_balance is not a decimal',
    'a CNY granted_balance that is not a decimal'
  ],
  [
    { kind: 'amount', currency: CNY_CODE, field: 'topped_up_balance', missing: false },
    'its CNY topped_up_balance is not a decimal',
    'a CNY topped_up_balance that is not a decimal'
  ],
  [
    { kind: 'currency-twice', currency: CNY_CODE },
    'it lists CNY twice',
    'balance_infos listing CNY twice'
  ]
]

describe('the words for each problem', () => {
  it.each(PROBLEM_WORDS)('words %j for a baseline as %j', (problem, baseline) => {
    expect(baselineProblemText(problem)).toBe(baseline)
  })

  it.each(PROBLEM_WORDS)('words %j for an answer as %j, then %j', (problem, _baseline, answer) => {
    expect(answerProblemText(problem)).toBe(answer)
  })
})
