import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { type Decimal, formatDecimal, parseDecimal } from '../src/base/decimal.js'
import { type LedgerEntry, type ReadingSource, entryOf } from '../src/base/ledger.js'
import { clean, forgetSecrets, protectSecret } from '../src/base/outside-text.js'
import {
  DAY_MS,
  HOUR_MS,
  MAX_CHART_POINTS,
  type History,
  historyOf,
  retained
} from '../src/decide/history.js'
import { rateFrom } from '../src/decide/spend.js'
import { type Row, balanceOf } from './support/balances.js'

const NOW = new Date('2026-11-27T08:30:00.000Z')
const MINUTE_MS = 60_000
const CNY = clean('CNY')

/** A ledger entry for a reading taken `ageMs` before NOW. */
function at(ageMs: number, rows: Row[], source?: ReadingSource): LedgerEntry {
  return entryOf({
    ...balanceOf(true, ...rows),
    checkedAt: new Date(NOW.getTime() - ageMs),
    ...(source && { source })
  })
}

function cny(ageMs: number, total: string, source?: ReadingSource): LedgerEntry {
  return at(ageMs, [['CNY', total]], source)
}

/** A CNY reading at a time of day (UTC). */
function cnyOn(iso: string, total: string): LedgerEntry {
  return at(NOW.getTime() - Date.parse(iso), [['CNY', total]])
}

function job(
  step: ReadingSource['step'],
  workflow: string,
  run: string,
  job = 'build',
  attempt = '1',
  gateAgeMs?: number
): ReadingSource {
  return {
    workflow: clean(workflow),
    runId: clean(run),
    runAttempt: clean(attempt),
    job: clean(job),
    step,
    ...(gateAgeMs !== undefined && { gateAt: new Date(NOW.getTime() - gateAgeMs) })
  }
}

const shown = (value: Decimal, places = 2) => formatDecimal(value, places)
const windowsOf = (history: History) =>
  history.windows.map(window => ({
    days: window.days,
    from: window.from.toISOString(),
    spanH: window.spanMs / HOUR_MS,
    spent: window.spentText,
    full: window.full
  }))

describe('historyOf', () => {
  describe('windows', () => {
    // A month of readings, a top-up two hours ago.
    const ledger = [
      cny(31 * DAY_MS, '300.00'),
      cny(8 * DAY_MS, '250.00'),
      cny(7 * DAY_MS, '240.00'),
      cny(25 * HOUR_MS, '200.00'),
      cny(23 * HOUR_MS, '190.00'),
      cny(2 * HOUR_MS, '500.00'),
      cny(HOUR_MS, '495.50'),
      cny(0, '490.25')
    ]

    it('start at the newest reading at or before now − D, and sum the falls to now', () => {
      const history = historyOf(ledger, CNY, NOW)
      expect(history).toMatchObject({
        currency: 'CNY',
        total: '490.25',
        readings: 8,
        spanMs: 31 * DAY_MS
      })
      expect(windowsOf(history)).toEqual([
        { days: 1, from: '2026-11-26T07:30:00.000Z', spanH: 25, spent: '19.75', full: true },
        // The reading at exactly now − 7 days starts the window.
        { days: 7, from: '2026-11-20T08:30:00.000Z', spanH: 7 * 24, spent: '59.75', full: true },
        { days: 30, from: '2026-10-27T08:30:00.000Z', spanH: 31 * 24, spent: '119.75', full: true }
      ])
      expect(history.windows.map(window => window.spent)).toEqual([
        { units: 1975n, scale: 2 },
        { units: 5975n, scale: 2 },
        { units: 11975n, scale: 2 }
      ])
    })

    it('count a top-up as no spend, never as negative spend', () => {
      const history = historyOf(
        [
          cny(3 * HOUR_MS, '100.00'),
          cny(2 * HOUR_MS, '90.00'),
          cny(HOUR_MS, '150.00'),
          cny(0, '140.00')
        ],
        CNY,
        NOW
      )
      expect(history.windows.map(window => window.spentText)).toEqual(['20.00', '20.00', '20.00'])
      const onlyTopUp = historyOf([cny(HOUR_MS, '10.00'), cny(0, '50.00')], CNY, NOW)
      expect(onlyTopUp.windows.map(window => window.spentText)).toEqual(['0.00', '0.00', '0.00'])
      expect(onlyTopUp.windows[0]?.spent.units).toBe(0n)
    })

    it('pass over readings without the currency', () => {
      const withUsd = [
        at(40 * DAY_MS, [['USD', '1.00']]),
        ...ledger.slice(0, 4),
        at(24 * HOUR_MS, [['USD', '5.00']]),
        ...ledger.slice(4, 7),
        at(30 * MINUTE_MS, [['USD', '3.00']]),
        at(20 * MINUTE_MS, [
          ['CNY', '491.00'],
          ['USD', '2.00']
        ]),
        ledger[7]!
      ]
      const history = historyOf(withUsd, CNY, NOW)
      expect(history.readings).toBe(9)
      expect(history.spanMs).toBe(31 * DAY_MS)
      // 495.50 → 491.00 → 490.25 falls as much as 495.50 → 490.25.
      expect(windowsOf(history)).toEqual(windowsOf(historyOf(ledger, CNY, NOW)))
      expect(historyOf(withUsd, clean('USD'), NOW)).toMatchObject({
        total: '2.00',
        readings: 4,
        spanMs: 40 * DAY_MS
      })
    })

    it('are partial when the ledger is younger than the window, starting at its oldest reading', () => {
      const history = historyOf(
        [cny(3 * DAY_MS, '100.00'), cny(HOUR_MS, '96.00'), cny(0, '94.50')],
        CNY,
        NOW
      )
      expect(windowsOf(history)).toEqual([
        { days: 1, from: '2026-11-24T08:30:00.000Z', spanH: 72, spent: '5.50', full: true },
        { days: 7, from: '2026-11-24T08:30:00.000Z', spanH: 72, spent: '5.50', full: false },
        { days: 30, from: '2026-11-24T08:30:00.000Z', spanH: 72, spent: '5.50', full: false }
      ])
      const young = historyOf([cny(6 * HOUR_MS, '10.00'), cny(0, '9.00')], CNY, NOW)
      expect(young.windows.map(window => [window.spanMs, window.full])).toEqual([
        [6 * HOUR_MS, false],
        [6 * HOUR_MS, false],
        [6 * HOUR_MS, false]
      ])
      // A ledger exactly a day old fills the 1-day window.
      const day = historyOf([cny(DAY_MS, '10.00'), cny(0, '9.00')], CNY, NOW)
      expect(day.windows.map(window => window.full)).toEqual([true, false, false])
    })

    it('show the spend at the most decimal places among the readings', () => {
      const history = historyOf([cny(HOUR_MS, '10.5'), cny(0, '10.125')], CNY, NOW)
      expect(history.windows[0]?.spentText).toBe('0.375')
      const wider = historyOf(
        [cny(2 * HOUR_MS, '10'), cny(HOUR_MS, '9.500'), cny(0, '9.5')],
        CNY,
        NOW
      )
      expect(wider.windows[0]?.spentText).toBe('0.500')
    })

    it('show every window at the scale of all the readings in the currency', () => {
      // The last days' readings have one place or none; one of 40 days ago has three.
      const history = historyOf(
        [cny(40 * DAY_MS, '10.125'), cny(2 * DAY_MS, '10.5'), cny(HOUR_MS, '10.5'), cny(0, '10')],
        CNY,
        NOW
      )
      expect(history.windows.map(window => window.spentText)).toEqual(['0.500', '0.500', '0.500'])
      expect(history.total).toBe('10.000')
    })

    it('sum the falls from the window start, whatever the amounts and their places', () => {
      const amount = fc
        .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 6 }))
        .map(([units, scale]) => ({ units, scale }))
      const ledger = fc.array(fc.tuple(fc.integer({ min: 0, max: 40 * DAY_MS }), amount), {
        minLength: 2,
        maxLength: 40
      })
      const places = (value: Decimal) => value.units * 10n ** BigInt(12 - value.scale)
      fc.assert(
        fc.property(ledger, list => {
          const entries = [...list]
            .sort((a, b) => b[0] - a[0])
            .map(([ageMs, value]) => cny(ageMs, formatDecimal(value, value.scale)))
          const history = historyOf(entries, CNY, NOW)
          for (const window of history.windows) {
            const cutoff = NOW.getTime() - window.days * DAY_MS
            // The newest reading at or before the cutoff, else the oldest.
            const start = Math.max(0, entries.filter(entry => entry.at <= cutoff).length - 1)
            let fallen = 0n
            for (let i = start + 1; i < entries.length; i++) {
              const [before, after] = [entries[i - 1]!, entries[i]!].map(entry =>
                places(entry.totals[0]!.value)
              )
              if (before! > after!) fallen += before! - after!
            }
            expect(places(window.spent)).toBe(fallen)
            expect(window.from.getTime()).toBe(entries[start]!.at)
            expect(window.full).toBe(entries[0]!.at <= cutoff)
          }
        }),
        { numRuns: 300 }
      )
    })

    it('need a reading before the current one', () => {
      const alone = historyOf([cny(0, '10.00')], CNY, NOW)
      expect(alone).toMatchObject({ total: '10.00', readings: 1, spanMs: 0, windows: [] })
      expect(alone).not.toHaveProperty('rate')
      const none = historyOf([at(HOUR_MS, [['USD', '1.00']]), at(0, [['USD', '1.00']])], CNY, NOW)
      expect(none).toEqual({
        currency: 'CNY',
        total: '',
        readings: 0,
        spanMs: 0,
        windows: [],
        workflows: [],
        balance: { unit: 'day', points: [] },
        dailySpend: []
      })
    })
  })

  describe('rate', () => {
    it('comes from the 7-day window and matches rateFrom', () => {
      const history = historyOf(
        [
          cny(31 * DAY_MS, '300.00'),
          cny(7 * DAY_MS, '240.00'),
          cny(23 * HOUR_MS, '190.00'),
          cny(2 * HOUR_MS, '500.00'),
          cny(0, '490.25')
        ],
        CNY,
        NOW
      )
      const week = history.windows[1]!
      expect(week.spentText).toBe('59.75')
      expect(history.rate).toEqual(rateFrom(week.spent, week.spanMs, parseDecimal('490.25')!))
      expect(history.rate).toMatchObject({ perDay: '8.54', runwayDays: '57.4' })
    })

    it("is the 7-day window's, not the last day's or the 30-day window's", () => {
      const history = historyOf(
        [
          cny(40 * DAY_MS, '400.00'),
          cny(8 * DAY_MS, '300.00'),
          cny(3 * DAY_MS, '250.00'),
          cny(12 * HOUR_MS, '240.00'),
          cny(0, '230.00')
        ],
        CNY,
        NOW
      )
      expect(windowsOf(history).map(window => window.spent)).toEqual(['20.00', '70.00', '170.00'])
      // 70.00 over 8 days.
      expect(history.rate).toMatchObject({ perDay: '8.75', runwayDays: '26.2' })
    })

    it('is given only once the ledger spans a day', () => {
      const short = historyOf([cny(DAY_MS - 1, '100.00'), cny(0, '90.00')], CNY, NOW)
      expect(short.spanMs).toBe(DAY_MS - 1)
      expect(short).not.toHaveProperty('rate')
      const day = historyOf([cny(DAY_MS, '100.00'), cny(0, '90.00')], CNY, NOW)
      expect(day.rate).toMatchObject({ perDay: '10.00', runwayDays: '9.0' })
      expect(day.rate).toEqual(rateFrom({ units: 1000n, scale: 2 }, DAY_MS, parseDecimal('90.00')!))
    })

    it('counts the span in the checked currency only', () => {
      const history = historyOf(
        [at(3 * DAY_MS, [['USD', '5.00']]), cny(12 * HOUR_MS, '100.00'), cny(0, '90.00')],
        CNY,
        NOW
      )
      expect(history.spanMs).toBe(12 * HOUR_MS)
      expect(history).not.toHaveProperty('rate')
    })

    it('is not given without spend in the window', () => {
      const flat = historyOf([cny(3 * DAY_MS, '100.00'), cny(0, '100.00')], CNY, NOW)
      expect(flat).not.toHaveProperty('rate')
      const topUp = historyOf([cny(3 * DAY_MS, '100.00'), cny(0, '150.00')], CNY, NOW)
      expect(topUp).not.toHaveProperty('rate')
    })
  })

  describe('spend per workflow', () => {
    it('pairs gate and post readings by workflow, run, attempt and job, over the last 7 days', () => {
      const ledger = [
        // Gate older than 7 days: its post step is left unpaired.
        cny(7 * DAY_MS + 1, '200.00', job('gate', 'B', '4', 'lint')),
        // Gate exactly 7 days ago: counted.
        cny(7 * DAY_MS, '300.00', job('gate', 'F', '9')),
        cny(6 * DAY_MS, '150.00', job('post', 'B', '4', 'lint')),
        cny(6 * DAY_MS, '299.00', job('post', 'F', '9')),
        cny(3 * HOUR_MS, '100.00', job('gate', 'A', '1')),
        cny(170 * MINUTE_MS, '99.50', job('post', 'A', '1')),
        cny(HOUR_MS, '99.50', job('gate', 'A', '2')),
        cny(50 * MINUTE_MS, '99.00', job('post', 'A', '2')),
        // The re-run's post step, without a gate of its own attempt.
        cny(45 * MINUTE_MS, '98.90', job('post', 'A', '2', 'build', '2')),
        // A gate whose post step never came.
        cny(40 * MINUTE_MS, '98.90', job('gate', 'B', '3', 'test')),
        // A rise during the job: no spend.
        cny(20 * MINUTE_MS, '98.80', job('gate', 'B', '5', 'x')),
        cny(10 * MINUTE_MS, '99.20', job('post', 'B', '5', 'x')),
        // Another job of the same run: not a pair.
        cny(9 * MINUTE_MS, '99.20', job('gate', 'C', '6', 'a')),
        cny(8 * MINUTE_MS, '99.00', job('post', 'C', '6', 'b')),
        // A gate reading without the currency is passed over.
        at(7 * MINUTE_MS, [['USD', '5.00']], job('gate', 'D', '7')),
        cny(6 * MINUTE_MS, '98.00', job('post', 'D', '7')),
        cny(5 * MINUTE_MS, '10.125', job('gate', 'E', '8')),
        cny(4 * MINUTE_MS, '10.000', job('post', 'E', '8')),
        cny(0, '9.00')
      ]
      // Every workflow's spend at the scale the ledger's readings share (10.125: three places).
      expect(historyOf(ledger, CNY, NOW).workflows).toEqual([
        { workflow: 'A', jobs: 2, spentText: '1.000' },
        { workflow: 'B', jobs: 1, spentText: '0.000' },
        { workflow: 'E', jobs: 1, spentText: '0.125' },
        { workflow: 'F', jobs: 1, spentText: '1.000' }
      ])
      const whole = historyOf(
        [cny(HOUR_MS, '100', job('gate', 'A', '1')), cny(0, '99', job('post', 'A', '1'))],
        CNY,
        NOW
      )
      expect(whole.workflows).toEqual([{ workflow: 'A', jobs: 1, spentText: '1' }])
    })

    it("tells the legs of a matrix job apart by the gate's time their post step names", () => {
      // Two legs of one job: same workflow, run, attempt and job. Leg 1's gate read 10.00; the
      // account was topped up; leg 2's gate read 110.00. Leg 1 ends first.
      const leg = (step: ReadingSource['step'], gateAgeMs?: number) =>
        job(step, 'Matrix', '10', 'test', '1', gateAgeMs)
      const gates = [
        cny(60 * MINUTE_MS, '10.00', leg('gate')),
        cny(59 * MINUTE_MS, '110.00', leg('gate'))
      ]
      const paired = historyOf(
        [
          ...gates,
          cny(30 * MINUTE_MS, '109.50', leg('post', 60 * MINUTE_MS)),
          cny(20 * MINUTE_MS, '109.00', leg('post', 59 * MINUTE_MS)),
          cny(0, '109.00')
        ],
        CNY,
        NOW
      )
      // Leg 1 rose (the top-up), no spend; leg 2 spent 110.00 − 109.00.
      expect(paired.workflows).toEqual([{ workflow: 'Matrix', jobs: 2, spentText: '1.00' }])
      // Without the gate's time (a ledger written before it was), the latest open gate of the
      // job: leg 1's post step takes leg 2's gate.
      const unnamed = historyOf(
        [
          ...gates,
          cny(30 * MINUTE_MS, '109.50', leg('post')),
          cny(20 * MINUTE_MS, '109.00', leg('post')),
          cny(0, '109.00')
        ],
        CNY,
        NOW
      )
      expect(unnamed.workflows).toEqual([{ workflow: 'Matrix', jobs: 2, spentText: '0.50' }])
    })

    it('leaves a post step unpaired when no open gate was taken at the time it names', () => {
      const step = (kind: ReadingSource['step'], gateAgeMs?: number) =>
        job(kind, 'W', '11', 'build', '1', gateAgeMs)
      const history = historyOf(
        [
          cny(60 * MINUTE_MS, '100.00', step('gate')),
          // Names a gate a millisecond off: paired with nothing, and the gate stays open.
          cny(50 * MINUTE_MS, '99.00', step('post', 60 * MINUTE_MS + 1)),
          cny(40 * MINUTE_MS, '98.00', step('post', 60 * MINUTE_MS)),
          // That gate is paired already.
          cny(30 * MINUTE_MS, '97.00', step('post', 60 * MINUTE_MS)),
          cny(0, '97.00')
        ],
        CNY,
        NOW
      )
      expect(history.workflows).toEqual([{ workflow: 'W', jobs: 1, spentText: '2.00' }])
    })

    it("cleans a workflow's name when it shows it", () => {
      const key = 'sk-0123456789abcdef0123456789abcdef'
      protectSecret(key)
      try {
        const named = (workflow: string) =>
          historyOf(
            [
              cny(HOUR_MS, '2.00', job('gate', workflow, '1')),
              cny(0, '1.00', job('post', workflow, '1'))
            ],
            CNY,
            NOW
          ).workflows.map(row => row.workflow)
        const [planted] = named(`Deploy ${key}\n::error::x`)
        expect(planted).toContain('Deploy ***')
        expect(planted).not.toContain(key.slice(3, 12))
        expect(planted).not.toContain('\n')
        const [long] = named('w'.repeat(400))
        expect(long!.length).toBeLessThanOrEqual(100)
      } finally {
        forgetSecrets()
      }
    })

    it('lists the workflows by name', () => {
      const ledger = ['ci', 'review', 'nightly', 'docs'].flatMap((workflow, index) => [
        cny((index + 2) * HOUR_MS, '10.00', job('gate', workflow, String(index))),
        cny((index + 1) * HOUR_MS, '9.00', job('post', workflow, String(index)))
      ])
      const inTimeOrder = [...ledger, cny(0, '9.00')].sort((a, b) => a.at - b.at)
      expect(historyOf(inTimeOrder, CNY, NOW).workflows.map(w => w.workflow)).toEqual([
        'ci',
        'docs',
        'nightly',
        'review'
      ])
    })

    it('is empty without sources', () => {
      expect(historyOf([cny(HOUR_MS, '2.00'), cny(0, '1.00')], CNY, NOW).workflows).toEqual([])
    })
  })

  describe('balance chart', () => {
    const points = (history: History) =>
      history.balance.points.map(point => [point.at.toISOString(), shown(point.value)])

    it('has a point an hour when the ledger spans less than two days, carried forward', () => {
      const history = historyOf(
        [
          cnyOn('2026-11-27T03:00:00.000Z', '100.00'),
          cnyOn('2026-11-27T05:20:00.000Z', '90.00'),
          cnyOn('2026-11-27T05:25:00.000Z', '89.00'),
          cny(0, '80.00')
        ],
        CNY,
        NOW
      )
      expect(history.balance.unit).toBe('hour')
      expect(points(history)).toEqual([
        ['2026-11-27T03:00:00.000Z', '100.00'],
        ['2026-11-27T04:00:00.000Z', '100.00'],
        ['2026-11-27T05:00:00.000Z', '89.00'],
        ['2026-11-27T06:00:00.000Z', '89.00'],
        ['2026-11-27T07:00:00.000Z', '89.00'],
        ['2026-11-27T08:00:00.000Z', '80.00']
      ])
      const almostTwoDays = historyOf([cny(2 * DAY_MS - 1, '2.00'), cny(0, '1.00')], CNY, NOW)
      expect(almostTwoDays.balance.unit).toBe('hour')
      expect(almostTwoDays.balance.points).toHaveLength(49)
    })

    it('has a point a day over the last 30 days otherwise, carrying in the balance before them', () => {
      const history = historyOf(
        [
          cny(40 * DAY_MS, '500.00'),
          cny(10 * DAY_MS, '100.00'),
          cny(5 * DAY_MS, '90.00'),
          cny(5 * DAY_MS - HOUR_MS, '85.00'),
          cny(0, '80.00')
        ],
        CNY,
        NOW
      )
      expect(history.balance.unit).toBe('day')
      // From 30 days back, 2026-10-28: the reading of 40 days ago is the balance until the next.
      const expected = [
        ...Array.from({ length: 20 }, (_, day) => [
          new Date(Date.UTC(2026, 9, 28 + day)).toISOString(),
          '500.00'
        ]),
        ['2026-11-17T00:00:00.000Z', '100.00'],
        ['2026-11-18T00:00:00.000Z', '100.00'],
        ['2026-11-19T00:00:00.000Z', '100.00'],
        ['2026-11-20T00:00:00.000Z', '100.00'],
        ['2026-11-21T00:00:00.000Z', '100.00'],
        ['2026-11-22T00:00:00.000Z', '85.00'],
        ['2026-11-23T00:00:00.000Z', '85.00'],
        ['2026-11-24T00:00:00.000Z', '85.00'],
        ['2026-11-25T00:00:00.000Z', '85.00'],
        ['2026-11-26T00:00:00.000Z', '85.00'],
        ['2026-11-27T00:00:00.000Z', '80.00']
      ]
      expect(expected[19]?.[0]).toBe('2026-11-16T00:00:00.000Z')
      expect(points(history)).toEqual(expected)
      const twoDays = historyOf([cny(2 * DAY_MS, '2.00'), cny(0, '1.00')], CNY, NOW)
      expect(twoDays.balance.unit).toBe('day')
      expect(twoDays.balance.points).toHaveLength(3)
      const month = historyOf([cny(30 * DAY_MS, '2.00'), cny(0, '1.00')], CNY, NOW)
      expect(month.balance.points).toHaveLength(31)
    })

    it("takes its unit from the whole ledger's span, not from the readings of the last days", () => {
      // Readings of the last hours, and one of 40 days ago: a point a day, the old one carried in.
      const history = historyOf(
        [cny(40 * DAY_MS, '50.00'), cny(3 * HOUR_MS, '20.00'), cny(0, '19.00')],
        CNY,
        NOW
      )
      expect(history.balance.unit).toBe('day')
      const chart = points(history)
      expect(chart).toHaveLength(31)
      expect(chart[0]).toEqual(['2026-10-28T00:00:00.000Z', '50.00'])
      expect(chart.at(-2)).toEqual(['2026-11-26T00:00:00.000Z', '50.00'])
      expect(chart.at(-1)).toEqual(['2026-11-27T00:00:00.000Z', '19.00'])
      // Readings without the currency do not count in the span.
      const usd = historyOf(
        [at(40 * DAY_MS, [['USD', '1.00']]), cny(3 * HOUR_MS, '20.00'), cny(0, '19.00')],
        CNY,
        NOW
      )
      expect(usd.balance.unit).toBe('hour')
      expect(points(usd)).toEqual([
        ['2026-11-27T05:00:00.000Z', '20.00'],
        ['2026-11-27T06:00:00.000Z', '20.00'],
        ['2026-11-27T07:00:00.000Z', '20.00'],
        ['2026-11-27T08:00:00.000Z', '19.00']
      ])
    })

    it('has a point at now when now starts a slot', () => {
      const onTheHour = new Date('2026-11-27T08:00:00.000Z')
      const history = historyOf(
        [cny(2.5 * HOUR_MS, '3.00'), cny(30 * MINUTE_MS, '1.00')],
        CNY,
        onTheHour
      )
      expect(points(history)).toEqual([
        ['2026-11-27T06:00:00.000Z', '3.00'],
        ['2026-11-27T07:00:00.000Z', '3.00'],
        ['2026-11-27T08:00:00.000Z', '1.00']
      ])
    })

    it('has no points with a single reading', () => {
      expect(historyOf([cny(0, '1.00')], CNY, NOW).balance).toEqual({ unit: 'hour', points: [] })
    })

    it('has at most 60 points, one a slot, each the last balance at or before it', () => {
      const ages = fc.uniqueArray(fc.integer({ min: 1, max: 45 * DAY_MS }), {
        minLength: 1,
        maxLength: 40
      })
      fc.assert(
        fc.property(ages, list => {
          const sorted = [...list].sort((a, b) => b - a)
          const ledger = [...sorted.map((age, i) => cny(age, `${1000 - i}.00`)), cny(0, '1.00')]
          const { unit, points: chart } = historyOf(ledger, CNY, NOW).balance
          expect(chart.length).toBeLessThanOrEqual(MAX_CHART_POINTS)
          const first = ledger[0]!.at
          expect(unit).toBe(NOW.getTime() - first < 2 * DAY_MS ? 'hour' : 'day')
          const size = unit === 'hour' ? HOUR_MS : DAY_MS
          // From the first reading, or 30 days back when the ledger is older.
          const start = Math.max(first, NOW.getTime() - 30 * DAY_MS)
          expect(chart[0]?.at.getTime()).toBe(Math.floor(start / size) * size)
          chart.forEach((point, index) => {
            expect(point.at.getTime() % size).toBe(0)
            if (index > 0) expect(point.at.getTime() - chart[index - 1]!.at.getTime()).toBe(size)
            const last = ledger.filter(entry => entry.at < point.at.getTime() + size).at(-1)
            expect(point.value).toEqual(last?.totals[0]?.value)
          })
          expect(chart.at(-1)?.at.getTime()).toBe(Math.floor(NOW.getTime() / size) * size)
        }),
        { numRuns: 200 }
      )
    })
  })

  describe('daily spend', () => {
    const days = (history: History) =>
      history.dailySpend.map(point => [point.at.toISOString().slice(0, 10), shown(point.value)])

    it('is the falls ending on each UTC day, from the first day with a reading', () => {
      const history = historyOf(
        [
          cnyOn('2026-11-25T22:00:00.000Z', '100.00'),
          cnyOn('2026-11-26T01:00:00.000Z', '98.00'),
          cnyOn('2026-11-26T12:00:00.000Z', '97.00'),
          cnyOn('2026-11-26T13:00:00.000Z', '120.00'),
          cnyOn('2026-11-27T02:00:00.000Z', '118.50'),
          cny(0, '118.00')
        ],
        CNY,
        NOW
      )
      expect(days(history)).toEqual([
        ['2026-11-25', '0.00'],
        ['2026-11-26', '3.00'],
        ['2026-11-27', '2.00']
      ])
    })

    it('covers the last 14 days at most, days without readings at zero', () => {
      const ledger: LedgerEntry[] = []
      for (let half = 40; half >= 0; half--) {
        // Nothing on 2026-11-22: a quiet day.
        const reading = cny(half * 12 * HOUR_MS, `${100 + half}.00`)
        if (!new Date(reading.at).toISOString().startsWith('2026-11-22')) ledger.push(reading)
      }
      expect(days(historyOf(ledger, CNY, NOW))).toEqual([
        ['2026-11-14', '2.00'],
        ['2026-11-15', '2.00'],
        ['2026-11-16', '2.00'],
        ['2026-11-17', '2.00'],
        ['2026-11-18', '2.00'],
        ['2026-11-19', '2.00'],
        ['2026-11-20', '2.00'],
        ['2026-11-21', '2.00'],
        ['2026-11-22', '0.00'],
        ['2026-11-23', '4.00'],
        ['2026-11-24', '2.00'],
        ['2026-11-25', '2.00'],
        ['2026-11-26', '2.00'],
        ['2026-11-27', '1.00']
      ])
    })

    it('counts a fall that ends at midnight on the day that starts then', () => {
      const history = historyOf(
        [
          cnyOn('2026-11-25T12:00:00.000Z', '100.00'),
          cnyOn('2026-11-26T00:00:00.000Z', '90.00'),
          cnyOn('2026-11-26T12:00:00.000Z', '85.00'),
          cnyOn('2026-11-27T00:00:00.000Z', '80.00'),
          cny(0, '80.00')
        ],
        CNY,
        NOW
      )
      expect(days(history)).toEqual([
        ['2026-11-25', '0.00'],
        ['2026-11-26', '15.00'],
        ['2026-11-27', '5.00']
      ])
    })

    it('starts with two readings', () => {
      const history = historyOf([cny(DAY_MS, '3.00'), cny(0, '1.00')], CNY, NOW)
      expect(days(history)).toEqual([
        ['2026-11-26', '0.00'],
        ['2026-11-27', '2.00']
      ])
    })

    it('is empty with a single reading', () => {
      expect(historyOf([cny(0, '1.00')], CNY, NOW).dailySpend).toEqual([])
    })
  })
})

describe('retained', () => {
  const ages = (entries: readonly LedgerEntry[]) => entries.map(entry => NOW.getTime() - entry.at)
  /** A bare entry at a time: all retained looks at. */
  const bare = (at: number): LedgerEntry => ({ at, totals: [], line: '' })
  const bucketOf = (at: number, size: number) => Math.floor(at / size)

  it('keeps the last 7 days whole, the last of each 6 hours to 30 days, of each day to 90', () => {
    const ledger = [
      cny(95 * DAY_MS, '1.00'),
      cny(90 * DAY_MS + 1, '1.00'),
      cny(90 * DAY_MS, '1.00'),
      cny(60 * DAY_MS, '1.00'),
      cny(60 * DAY_MS - HOUR_MS, '1.00'),
      // 08:29:59.998 and .999 thirty days ago: one day; 08:30, a quarter-day.
      cny(30 * DAY_MS + 2, '1.00'),
      cny(30 * DAY_MS + 1, '1.00'),
      cny(30 * DAY_MS, '1.00'),
      // 08:30, 08:50 and 09:10 twenty days ago: one quarter-day (06:00 to 12:00); 12:30 the next.
      cny(20 * DAY_MS, '1.00'),
      cny(20 * DAY_MS - 20 * MINUTE_MS, '1.00'),
      cny(20 * DAY_MS - 40 * MINUTE_MS, '1.00'),
      cny(20 * DAY_MS - 4 * HOUR_MS, '1.00'),
      // 08:29:59.998 and .999 seven days ago: one quarter-day.
      cny(7 * DAY_MS + 2, '1.00'),
      cny(7 * DAY_MS + 1, '1.00'),
      cny(7 * DAY_MS, '1.00'),
      cny(7 * DAY_MS - MINUTE_MS, '1.00'),
      cny(3 * DAY_MS, '1.00'),
      cny(3 * DAY_MS - 1, '1.00'),
      cny(3 * DAY_MS - 1, '2.00'),
      cny(0, '1.00')
    ]
    const kept = retained(ledger, NOW)
    expect(ages(kept)).toEqual([
      90 * DAY_MS,
      60 * DAY_MS - HOUR_MS,
      30 * DAY_MS + 1,
      30 * DAY_MS,
      20 * DAY_MS - 40 * MINUTE_MS,
      20 * DAY_MS - 4 * HOUR_MS,
      7 * DAY_MS + 1,
      7 * DAY_MS,
      7 * DAY_MS - MINUTE_MS,
      3 * DAY_MS,
      3 * DAY_MS - 1,
      3 * DAY_MS - 1,
      0
    ])
    expect(kept.slice(-6)).toEqual(ledger.slice(-6))
  })

  it('keeps the readings of now, and nothing of an empty ledger', () => {
    const ledger = [cny(HOUR_MS, '2.00'), cny(0, '1.00'), cny(0, '0.50')]
    expect(retained(ledger, NOW)).toEqual(ledger)
    expect(retained([], NOW)).toEqual([])
  })

  it('keeps the newest 1000 of the last 7 days, and of the others the last of each hour', () => {
    const ledger: LedgerEntry[] = []
    for (let minutes = 100 * 24 * 60; minutes >= 0; minutes -= minutes > 7 * 24 * 60 ? 10 : 1) {
      ledger.push(bare(NOW.getTime() - minutes * MINUTE_MS))
    }
    const lastWeek = ledger.filter(entry => NOW.getTime() - entry.at <= 7 * DAY_MS)
    expect(lastWeek.length).toBeGreaterThan(1000)
    const kept = retained(ledger, NOW)
    const newest = lastWeek.slice(-1000)
    expect(kept.slice(-1000)).toEqual(newest)
    const older = kept.slice(0, -1000)
    // Before the newest 1000: one an hour to 7 days, one a quarter-day to 30, one a day to 90.
    const buckets = older.map(entry => {
      const age = NOW.getTime() - entry.at
      expect(age).toBeLessThanOrEqual(90 * DAY_MS)
      return age <= 7 * DAY_MS
        ? `h${bucketOf(entry.at, HOUR_MS)}`
        : age <= 30 * DAY_MS
          ? `q${bucketOf(entry.at, 6 * HOUR_MS)}`
          : `d${bucketOf(entry.at, DAY_MS)}`
    })
    expect(new Set(buckets).size).toBe(buckets.length)
    expect(older.every(entry => entry.at < newest[0]!.at)).toBe(true)
    // Each hour of the 7 days before the newest 1000 keeps its last reading.
    const hoursBefore = new Set(
      lastWeek.filter(entry => entry.at < newest[0]!.at).map(entry => bucketOf(entry.at, HOUR_MS))
    )
    expect(buckets.filter(bucket => bucket.startsWith('h'))).toHaveLength(hoursBefore.size)
    expect(kept.length).toBeLessThanOrEqual(1000 + 169 + 93 + 61)
    expect(retained(kept, NOW)).toEqual(kept)
  })

  it('keeps at most 1000 + 169 + 93 + 61 readings, and a ledger of the worst schedule has them all', () => {
    // One reading in each day 90 to 30 days back (61 days touched), in each quarter-day 30 to 7
    // days back (93), in each hour of the last 7 days (169: NOW is not on the hour), then 1000
    // in the last 20 minutes.
    const now = NOW.getTime()
    const times = new Set<number>([now - 90 * DAY_MS, now - 30 * DAY_MS, now - 7 * DAY_MS])
    const every = (size: number, from: number, to: number) => {
      for (let slot = bucketOf(from, size) + 1; slot * size < to; slot++) times.add(slot * size)
    }
    every(DAY_MS, now - 90 * DAY_MS, now - 30 * DAY_MS)
    every(6 * HOUR_MS, now - 30 * DAY_MS, now - 7 * DAY_MS)
    every(HOUR_MS, now - 7 * DAY_MS, now - 20 * MINUTE_MS)
    for (let i = 0; i < 1000; i++) times.add(now - 20 * MINUTE_MS + i * 100)
    const ledger = [...times].sort((x, y) => x - y).map(bare)
    const kept = retained(ledger, NOW)
    const between = (min: number, max: number) =>
      ages(kept).filter(age => age > min && age <= max).length
    expect(between(30 * DAY_MS, 90 * DAY_MS)).toBe(61)
    expect(between(7 * DAY_MS, 30 * DAY_MS)).toBe(93)
    expect(between(20 * MINUTE_MS, 7 * DAY_MS)).toBe(169)
    expect(kept.slice(-1000)).toEqual(ledger.slice(-1000))
    // ef76881 says 1000 + 168 + 93 + 61: seven days that do not start on the hour touch 169.
    expect(kept).toHaveLength(1000 + 169 + 93 + 61)
  })

  describe('over random ledgers', () => {
    // Ages from now to 100 days back; a coarse grid makes readings of the same time, and
    // readings on the hour and the quarter-day around 7 and 30 days.
    const age = fc.oneof(
      fc.integer({ min: 0, max: 100 * DAY_MS }),
      fc.integer({ min: 0, max: 100 * 48 }).map(half => half * 30 * MINUTE_MS),
      fc.integer({ min: 6 * 24, max: 31 * 24 }).map(hour => hour * HOUR_MS + 1),
      fc.integer({ min: 6 * 24, max: 31 * 24 }).map(hour => hour * HOUR_MS - 30 * MINUTE_MS)
    )
    const ledger = fc
      .array(age, { maxLength: 300 })
      .map(list =>
        list.map((ageMs, index) => cny(ageMs, `${index}.00`)).sort((a, b) => a.at - b.at)
      )
    const ageOf = (entry: LedgerEntry) => NOW.getTime() - entry.at
    const lastOfEach = (entries: readonly LedgerEntry[], size: number) =>
      entries.filter(
        (entry, index) =>
          entries[index + 1] === undefined ||
          bucketOf(entries[index + 1]!.at, size) !== bucketOf(entry.at, size)
      )
    const between = (list: readonly LedgerEntry[], min: number, max: number) =>
      list.filter(entry => ageOf(entry) > min && ageOf(entry) <= max)

    const expectSubsequence = (kept: readonly LedgerEntry[], entries: readonly LedgerEntry[]) => {
      let from = 0
      for (const entry of kept) {
        const index = entries.indexOf(entry, from)
        expect(index).toBeGreaterThanOrEqual(from)
        from = index + 1
      }
    }

    it('keeps, in order, every reading of 7 days, the last of each 6 hours to 30, of each day to 90', () => {
      fc.assert(
        fc.property(ledger, entries => {
          const kept = retained(entries, NOW)
          expectSubsequence(kept, entries)
          expect(between(kept, -Infinity, 7 * DAY_MS)).toEqual(
            between(entries, -Infinity, 7 * DAY_MS)
          )
          expect(between(kept, 7 * DAY_MS, 30 * DAY_MS)).toEqual(
            lastOfEach(between(entries, 7 * DAY_MS, 30 * DAY_MS), 6 * HOUR_MS)
          )
          expect(between(kept, 30 * DAY_MS, 90 * DAY_MS)).toEqual(
            lastOfEach(between(entries, 30 * DAY_MS, 90 * DAY_MS), DAY_MS)
          )
          expect(kept.every(entry => ageOf(entry) <= 90 * DAY_MS)).toBe(true)
        }),
        { numRuns: 500 }
      )
    })

    it('keeps the newest 1000 of 7 days and the last of each hour of the others there', () => {
      // More than 1000 readings in the last 7 days, each at its own time.
      const crowded = fc
        .tuple(
          fc.uniqueArray(fc.integer({ min: 0, max: 7 * DAY_MS }), {
            minLength: 1001,
            maxLength: 1400
          }),
          fc.uniqueArray(fc.integer({ min: 7 * DAY_MS + 1, max: 100 * DAY_MS }), {
            maxLength: 100
          })
        )
        .map(([recent, older]) => [...recent, ...older].map(ageMs => bare(NOW.getTime() - ageMs)))
        .map(list => list.sort((a, b) => a.at - b.at))
      fc.assert(
        fc.property(crowded, entries => {
          const kept = retained(entries, NOW)
          expectSubsequence(kept, entries)
          const week = between(entries, -Infinity, 7 * DAY_MS)
          const newest = week.slice(-1000)
          expect(kept.slice(-1000)).toEqual(newest)
          expect(between(kept.slice(0, -1000), -Infinity, 7 * DAY_MS)).toEqual(
            lastOfEach(week.slice(0, -1000), HOUR_MS)
          )
          expect(between(kept, 7 * DAY_MS, 30 * DAY_MS)).toEqual(
            lastOfEach(between(entries, 7 * DAY_MS, 30 * DAY_MS), 6 * HOUR_MS)
          )
        }),
        { numRuns: 60 }
      )
    })

    it('is bounded whatever the schedule: at most 1000 + 169 + 93 + 61 readings', () => {
      // A reading every `step` from 100 days back, a burst of up to 1500 at the end, and some
      // at random: as dense as a schedule gets where it matters.
      const schedule = fc.record({
        step: fc.integer({ min: MINUTE_MS, max: 2 * DAY_MS }),
        offset: fc.integer({ min: 0, max: DAY_MS }),
        burst: fc.integer({ min: 0, max: 1500 }),
        spacing: fc.integer({ min: 1, max: 10 * MINUTE_MS }),
        scattered: fc.array(fc.integer({ min: 0, max: 100 * DAY_MS }), { maxLength: 200 })
      })
      fc.assert(
        // The entries are made here, so that a counterexample shows the schedule.
        fc.property(schedule, ({ step, offset, burst, spacing, scattered }) => {
          const now = NOW.getTime()
          const times = scattered.map(ageMs => now - ageMs)
          for (let time = now - 100 * DAY_MS + offset; time <= now; time += step) times.push(time)
          for (let i = 0; i < burst; i++) times.push(now - i * spacing)
          const entries = times.sort((x, y) => x - y).map(bare)
          const kept = retained(entries, NOW)
          expect(kept.length).toBeLessThanOrEqual(Math.min(entries.length, 1000 + 169 + 93 + 61))
          const lastWeek = between(entries, -Infinity, 7 * DAY_MS).length
          expect(kept.length).toBeLessThanOrEqual(lastWeek + 169 + 93 + 61)
        }),
        { numRuns: 150 }
      )
    })

    it('is idempotent', () => {
      fc.assert(
        fc.property(ledger, entries => {
          const kept = retained(entries, NOW)
          expect(retained(kept, NOW)).toEqual(kept)
        }),
        { numRuns: 500 }
      )
    })
  })
})
