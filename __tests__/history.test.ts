import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { type Decimal, formatDecimal, parseDecimal } from '../src/base/decimal.js'
import type { Reading, ReadingSource } from '../src/base/ledger.js'
import { clean } from '../src/base/outside-text.js'
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

/** A reading taken `ageMs` before NOW. */
function at(ageMs: number, rows: Row[], source?: ReadingSource): Reading {
  return {
    ...balanceOf(true, ...rows),
    checkedAt: new Date(NOW.getTime() - ageMs),
    ...(source && { source })
  }
}

function cny(ageMs: number, total: string, source?: ReadingSource): Reading {
  return at(ageMs, [['CNY', total]], source)
}

/** A CNY reading at a time of day (UTC). */
function cnyOn(iso: string, total: string): Reading {
  return at(NOW.getTime() - Date.parse(iso), [['CNY', total]])
}

function job(
  step: ReadingSource['step'],
  workflow: string,
  run: string,
  job = 'build',
  attempt = '1'
): ReadingSource {
  return {
    workflow: clean(workflow),
    runId: clean(run),
    runAttempt: clean(attempt),
    job: clean(job),
    step
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
      expect(historyOf(ledger, CNY, NOW).workflows).toEqual([
        { workflow: 'A', jobs: 2, spentText: '1.00' },
        { workflow: 'B', jobs: 1, spentText: '0.00' },
        { workflow: 'E', jobs: 1, spentText: '0.125' },
        { workflow: 'F', jobs: 1, spentText: '1.00' }
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

    it('has a point a day over the last 30 days otherwise', () => {
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
      expect(points(history)).toEqual([
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
      ])
      const twoDays = historyOf([cny(2 * DAY_MS, '2.00'), cny(0, '1.00')], CNY, NOW)
      expect(twoDays.balance.unit).toBe('day')
      expect(twoDays.balance.points).toHaveLength(3)
      const month = historyOf([cny(30 * DAY_MS, '2.00'), cny(0, '1.00')], CNY, NOW)
      expect(month.balance.points).toHaveLength(31)
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
          const size = unit === 'hour' ? HOUR_MS : DAY_MS
          const inChart = ledger.filter(r => r.checkedAt.getTime() >= NOW.getTime() - 30 * DAY_MS)
          if (inChart.length < 2) {
            expect(chart).toEqual([])
            return
          }
          expect(unit).toBe(
            NOW.getTime() - inChart[0]!.checkedAt.getTime() < 2 * DAY_MS ? 'hour' : 'day'
          )
          chart.forEach((point, index) => {
            expect(point.at.getTime() % size).toBe(0)
            if (index > 0) expect(point.at.getTime() - chart[index - 1]!.at.getTime()).toBe(size)
            const last = inChart
              .filter(r => r.checkedAt.getTime() < point.at.getTime() + size)
              .at(-1)
            expect(point.value).toEqual(last?.rows[0]?.total.value)
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
      const ledger: Reading[] = []
      for (let half = 40; half >= 0; half--) {
        // Nothing on 2026-11-22: a quiet day.
        const reading = cny(half * 12 * HOUR_MS, `${100 + half}.00`)
        if (!reading.checkedAt.toISOString().startsWith('2026-11-22')) ledger.push(reading)
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

    it('is empty with a single reading', () => {
      expect(historyOf([cny(0, '1.00')], CNY, NOW).dailySpend).toEqual([])
    })
  })
})

describe('retained', () => {
  const ages = (readings: readonly Reading[]) =>
    readings.map(reading => NOW.getTime() - reading.checkedAt.getTime())

  it('keeps the last 7 days whole, the last of each hour to 30 days, of each day to 90', () => {
    const ledger = [
      cny(95 * DAY_MS, '1.00'),
      cny(90 * DAY_MS + 1, '1.00'),
      cny(90 * DAY_MS, '1.00'),
      cny(60 * DAY_MS, '1.00'),
      cny(60 * DAY_MS - HOUR_MS, '1.00'),
      cny(20 * DAY_MS, '1.00'),
      cny(20 * DAY_MS - 20 * MINUTE_MS, '1.00'),
      cny(20 * DAY_MS - 40 * MINUTE_MS, '1.00'),
      // 08:29:59.998 and .999 seven days ago: one hour.
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
      20 * DAY_MS - 20 * MINUTE_MS,
      20 * DAY_MS - 40 * MINUTE_MS,
      7 * DAY_MS + 1,
      7 * DAY_MS,
      7 * DAY_MS - MINUTE_MS,
      3 * DAY_MS,
      3 * DAY_MS - 1,
      3 * DAY_MS - 1,
      0
    ])
    expect(kept.slice(-4)).toEqual(ledger.slice(-4))
  })

  it('keeps readings from up to a minute ahead, and nothing of an empty ledger', () => {
    const ahead = cny(-MINUTE_MS, '1.00')
    expect(retained([cny(HOUR_MS, '2.00'), ahead], NOW)).toEqual([cny(HOUR_MS, '2.00'), ahead])
    expect(retained([], NOW)).toEqual([])
  })

  it('keeps the newest 5000 of the last 7 days, and thins the rest', () => {
    const ledger: Reading[] = []
    for (let minutes = 100 * 24 * 60; minutes >= 0; minutes -= minutes > 7 * 24 * 60 ? 10 : 1) {
      ledger.push(cny(minutes * MINUTE_MS, '1.00'))
    }
    const lastWeek = ledger.filter(
      reading => NOW.getTime() - reading.checkedAt.getTime() <= 7 * DAY_MS
    )
    expect(lastWeek.length).toBeGreaterThan(5000)
    const kept = retained(ledger, NOW)
    const newest = lastWeek.slice(-5000)
    expect(kept.slice(-5000)).toEqual(newest)
    const older = kept.slice(0, -5000)
    // Before the newest 5000: at most one an hour to 30 days, one a day to 90.
    const buckets = older.map(reading => {
      const age = NOW.getTime() - reading.checkedAt.getTime()
      expect(age).toBeLessThanOrEqual(90 * DAY_MS)
      return age <= 30 * DAY_MS
        ? `h${Math.floor(reading.checkedAt.getTime() / HOUR_MS)}`
        : `d${Math.floor(reading.checkedAt.getTime() / DAY_MS)}`
    })
    expect(new Set(buckets).size).toBe(buckets.length)
    expect(older.every(reading => reading.checkedAt < newest[0]!.checkedAt)).toBe(true)
    // Hours and days touched: 30 × 24 + 1 and 60 + 1 at most.
    expect(kept.length).toBeLessThanOrEqual(5000 + 30 * 24 + 1 + 61)
    expect(retained(kept, NOW)).toEqual(kept)
  })

  describe('over random ledgers', () => {
    // Ages from a minute ahead to 100 days back; a coarse grid makes readings of the same time.
    const age = fc.oneof(
      fc.integer({ min: -MINUTE_MS, max: 100 * DAY_MS }),
      fc.integer({ min: -1, max: 100 * 48 }).map(half => half * 30 * MINUTE_MS),
      fc.integer({ min: 6 * 24, max: 31 * 24 }).map(hour => hour * HOUR_MS + 1)
    )
    const ledger = fc
      .array(age, { maxLength: 300 })
      .map(list =>
        list
          .map((ageMs, index) => cny(ageMs, `${index}.00`))
          .sort((a, b) => a.checkedAt.getTime() - b.checkedAt.getTime())
      )
    const ageOf = (reading: Reading) => NOW.getTime() - reading.checkedAt.getTime()
    const lastOfEach = (readings: readonly Reading[], size: number) =>
      readings.filter(
        (reading, index) =>
          readings[index + 1] === undefined ||
          Math.floor(readings[index + 1]!.checkedAt.getTime() / size) !==
            Math.floor(reading.checkedAt.getTime() / size)
      )

    it('keeps, in order, every reading of 7 days, the last of each hour to 30, of each day to 90', () => {
      fc.assert(
        fc.property(ledger, readings => {
          const kept = retained(readings, NOW)
          // A subsequence of the ledger.
          let from = 0
          for (const reading of kept) {
            const index = readings.indexOf(reading, from)
            expect(index).toBeGreaterThanOrEqual(from)
            from = index + 1
          }
          const between = (list: readonly Reading[], min: number, max: number) =>
            list.filter(reading => ageOf(reading) > min && ageOf(reading) <= max)
          expect(between(kept, -Infinity, 7 * DAY_MS)).toEqual(
            between(readings, -Infinity, 7 * DAY_MS)
          )
          expect(between(kept, 7 * DAY_MS, 30 * DAY_MS)).toEqual(
            lastOfEach(between(readings, 7 * DAY_MS, 30 * DAY_MS), HOUR_MS)
          )
          expect(between(kept, 30 * DAY_MS, 90 * DAY_MS)).toEqual(
            lastOfEach(between(readings, 30 * DAY_MS, 90 * DAY_MS), DAY_MS)
          )
          expect(kept.every(reading => ageOf(reading) <= 90 * DAY_MS)).toBe(true)
        }),
        { numRuns: 500 }
      )
    })

    it('is bounded by the hours and days the ledger touches', () => {
      fc.assert(
        fc.property(ledger, readings => {
          const kept = retained(readings, NOW)
          const lastWeek = readings.filter(reading => ageOf(reading) <= 7 * DAY_MS).length
          expect(kept.length).toBeLessThanOrEqual(
            Math.min(readings.length, lastWeek + 23 * 24 + 1 + 61)
          )
        }),
        { numRuns: 300 }
      )
    })

    it('is idempotent', () => {
      fc.assert(
        fc.property(ledger, readings => {
          const kept = retained(readings, NOW)
          expect(retained(kept, NOW)).toEqual(kept)
        }),
        { numRuns: 500 }
      )
    })
  })
})
