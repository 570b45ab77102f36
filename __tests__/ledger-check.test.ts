import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  type LedgerEntry,
  MAX_LEDGER_BYTES,
  type Reading,
  type ReadingSource,
  entryOf,
  formatLedger
} from '../src/base/ledger.js'
import { clean } from '../src/base/outside-text.js'
import type { Snapshot } from '../src/base/snapshot.js'
import type { Finding, Note } from '../src/decide/findings.js'
import { DAY_MS, HOUR_MS, historyOf, retained } from '../src/decide/history.js'
import {
  type LedgerInput,
  checkLedger,
  dailyCap,
  historyRate,
  historySpend
} from '../src/decide/ledger-check.js'
import { gateVerdict, postVerdict, severityOf } from '../src/decide/verdict.js'
import type { FetchFailure } from '../src/read/failure.js'
import type { BalanceReading } from '../src/read/read-balance.js'
import { findingText, noteText, verdictLine } from '../src/report/messages.js'
import type { Settings, Threshold } from '../src/settings/settings.js'
import { type Row, balanceOf, settingsOf } from './support/balances.js'

const NOW = new Date('2026-11-27T08:30:00.000Z')
const MINUTE_MS = 60_000
const CNY = clean('CNY')
const FILE = clean('ledger.jsonl')
const TIMEOUT: FetchFailure = { kind: 'timeout', timeoutMs: 10_000, headersReceived: false }
const LEDGER_INPUTS = { history: 'ledger.jsonl' }

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

function sourceOf(step: ReadingSource['step'], gateAt?: Date): ReadingSource {
  return {
    workflow: clean('CI'),
    runId: clean('42'),
    runAttempt: clean('1'),
    job: clean('build'),
    step,
    ...(gateAt && { gateAt })
  }
}

/** The ledger entries of readings. */
const entries = (readings: readonly Reading[]): LedgerEntry[] => readings.map(entryOf)

function ledgerOf(readings: readonly Reading[], extra = ''): LedgerInput {
  return { file: FILE, found: { kind: 'read', text: formatLedger(entries(readings)) + extra } }
}

/** A ledger file of these lines. */
function linesOf(...lines: string[]): LedgerInput {
  return { file: FILE, found: { kind: 'read', text: lines.map(line => `${line}\n`).join('') } }
}

const MISSING: LedgerInput = { file: FILE, found: { kind: 'missing' } }

function read(...rows: Row[]): BalanceReading {
  return { ok: true, balance: balanceOf(true, ...rows), attempts: 1, elapsedMs: 120 }
}

const FAILED: BalanceReading = { ok: false, failure: TIMEOUT, attempts: 3, elapsedMs: 2500 }

function settings(inputs: Record<string, string>, baseline?: Snapshot): Settings {
  return { ...settingsOf({ ...LEDGER_INPUTS, ...inputs }), ...(baseline && { baseline }) }
}

function gate(
  inputs: Record<string, string>,
  reading: BalanceReading,
  ledger: LedgerInput | undefined,
  baseline?: Snapshot
) {
  return gateVerdict(settings(inputs, baseline), reading, NOW, ledger, sourceOf('gate'))
}

function threshold(value: string): Threshold {
  return settingsOf({ ...LEDGER_INPUTS, 'max-spend-per-day': value }).maxSpendPerDay!
}

/** The CNY history of these readings, at NOW. */
const history = (readings: readonly Reading[]) => historyOf(entries(readings), CNY, NOW)
const kinds = (list: readonly { readonly kind: string }[]) => list.map(item => item.kind)
const words = (finding: Finding | undefined) => (finding ? findingText(finding, false) : '')
const future = (ms: number) => new Date(NOW.getTime() + ms).toISOString()

describe('checkLedger', () => {
  const current = cny(0, '90.00', sourceOf('gate'))

  it('starts a ledger when the file is missing, empty or blank', () => {
    for (const ledger of [
      MISSING,
      ledgerOf([]),
      { file: FILE, found: { kind: 'read', text: '\n  \n\r\n' } } as const
    ]) {
      const check = checkLedger(ledger, current, CNY, NOW)
      expect(check).toMatchObject({ file: 'ledger.jsonl', notes: [], write: [entryOf(current)] })
      expect(check.history).toMatchObject({ readings: 1, spanMs: 0, windows: [] })
    }
  })

  it('adds the current reading last, to the readings it keeps', () => {
    const old = [cny(100 * DAY_MS, '200.00'), cny(2 * DAY_MS, '100.00'), cny(HOUR_MS, '95.00')]
    const check = checkLedger(ledgerOf(old), current, CNY, NOW)
    expect(check.notes).toEqual([])
    expect(check.write).toEqual(entries([old[1]!, old[2]!, current]))
    expect(check.write).toEqual(retained(entries([...old, current]), NOW))
    expect(check.history).toEqual(historyOf(entries([...old, current]), CNY, NOW))
    expect(check.history?.windows.map(window => window.spentText)).toEqual([
      '10.00',
      '110.00',
      '110.00'
    ])
  })

  it('writes the lines it keeps back as they were written', () => {
    const theirs = [
      '{"checked_at": "2026-11-26T08:30:00Z", "is_available": true, "balance_infos": [{"currency": "CNY", "total_balance": 100, "granted_balance": "", "topped_up_balance": "100"}, {"currency": "EUR", "total_balance": "7.00", "granted_balance": "0", "topped_up_balance": "7.00"}], "note": "by hand"}',
      `  ${entryOf(cny(HOUR_MS, '95.00')).line}\t`
    ]
    const check = checkLedger(linesOf(...theirs), current, CNY, NOW)
    expect(check.notes).toEqual([])
    expect(check.write?.map(entry => entry.line)).toEqual([
      theirs[0],
      theirs[1]!.trim(),
      entryOf(current).line
    ])
    expect(check.history?.windows[0]?.spentText).toBe('10.00')
  })

  it('counts lines that are not readings, drops them, and keeps readings after now apart', () => {
    const good = cny(HOUR_MS, '95.00')
    const soon = `{"checked_at":"${future(2 * MINUTE_MS)}","is_available":true,"balance_infos":[]}`
    const text = [
      formatLedger(entries([good])),
      'not a reading\n',
      '{"checked_at":"yesterday"}\n',
      `${soon}\n`
    ].join('')
    const check = checkLedger({ file: FILE, found: { kind: 'read', text } }, current, CNY, NOW)
    const note: Note = {
      kind: 'history-lines-skipped',
      level: 'warning',
      file: FILE,
      skipped: 2,
      future: 1
    }
    expect(check.notes).toEqual([note])
    expect(check.write?.map(entry => entry.line)).toEqual([
      entryOf(good).line,
      entryOf(current).line,
      soon
    ])
    expect(noteText(note)).toBe(
      "In the history ledger.jsonl, 2 lines are not a reading (left out, and dropped when the file is written back); 1 reading is from after this runner's time (kept, not counted: a clock is off)."
    )
  })

  it('keeps readings up to a day after now, not counted, and drops those further ahead', () => {
    const ahead = (ms: number, total: string) =>
      entryOf({ ...balanceOf(true, ['CNY', total]), checkedAt: new Date(NOW.getTime() + ms) })
    const kept = [ahead(1, '1.00'), ahead(DAY_MS, '2.00')]
    const dropped = [ahead(DAY_MS + 1, '3.00'), ahead(30 * DAY_MS, '4.00')]
    const old = cny(2 * HOUR_MS, '100.00')
    const lines = [dropped[0]!, kept[0]!, entryOf(old), dropped[1]!, kept[1]!].map(e => e.line)
    const check = checkLedger(linesOf(...lines), current, CNY, NOW)
    expect(check.write?.map(entry => entry.line).sort()).toEqual(
      [entryOf(old), entryOf(current), ...kept].map(entry => entry.line).sort()
    )
    // The readings up to now first, this one last of them.
    expect(check.write?.slice(0, 2)).toEqual(entries([old, current]))
    // Not counted: the history is that of the readings up to now.
    expect(check.history).toEqual(historyOf(entries([old, current]), CNY, NOW))
    expect(check.history).toMatchObject({ readings: 2, total: '90.00' })
    // Those further ahead count as lines that are not readings; those kept, apart.
    expect(check.notes).toMatchObject([{ kind: 'history-lines-skipped', skipped: 2, future: 2 }])
  })

  it('takes a file of readings after now for a ledger, not for something else', () => {
    const line = `{"checked_at":"${future(HOUR_MS)}","is_available":true,"balance_infos":[{"currency":"CNY","total_balance":"91.00","granted_balance":"0","topped_up_balance":"91.00"}]}`
    const check = checkLedger(linesOf(line, line), current, CNY, NOW)
    expect(check.notes).toEqual([
      { kind: 'history-lines-skipped', level: 'warning', file: FILE, skipped: 0, future: 2 }
    ])
    expect(check.write?.map(entry => entry.line)).toEqual([entryOf(current).line, line, line])
    expect(check.history).toMatchObject({ readings: 1, windows: [] })
    expect(noteText(check.notes[0]!)).toBe(
      "In the history ledger.jsonl, 2 readings are from after this runner's time (kept, not counted: a clock is off)."
    )
  })

  it('leaves a non-empty file with no reading untouched: a wrong path, most likely', () => {
    const text = '# my notes\nnot json\n\n{"a":1}\n'
    const check = checkLedger({ file: FILE, found: { kind: 'read', text } }, current, CNY, NOW)
    expect(check).toEqual({
      file: FILE,
      notes: [{ kind: 'history-not-a-ledger', level: 'warning', file: FILE, lines: 3 }]
    })
  })

  it('neither reads nor writes a file that is too large', () => {
    const ledger: LedgerInput = { file: FILE, found: { kind: 'too-large', bytes: 9_000_001 } }
    expect(checkLedger(ledger, current, CNY, NOW)).toEqual({
      file: FILE,
      notes: [
        {
          kind: 'history-too-large',
          level: 'warning',
          file: FILE,
          bytes: 9_000_001,
          limit: MAX_LEDGER_BYTES
        }
      ]
    })
  })

  it('neither uses nor writes a file that cannot be read', () => {
    const ledger: LedgerInput = {
      file: FILE,
      found: { kind: 'unreadable', error: clean('not a file') }
    }
    expect(checkLedger(ledger, current, CNY, NOW)).toEqual({
      file: FILE,
      notes: [{ kind: 'history-unreadable', level: 'warning', file: FILE, error: 'not a file' }]
    })
  })

  it('writes nothing without a current reading, and gives no history without a currency', () => {
    const old = [cny(2 * DAY_MS, '100.00'), cny(HOUR_MS, '95.00')]
    const noReading = checkLedger(ledgerOf(old), undefined, CNY, NOW)
    expect(noReading).not.toHaveProperty('write')
    expect(noReading.history).toMatchObject({ readings: 2, total: '95.00' })
    const noCurrency = checkLedger(ledgerOf(old), current, undefined, NOW)
    expect(noCurrency).not.toHaveProperty('history')
    expect(noCurrency.write).toEqual(entries([...old, current]))
    expect(checkLedger(ledgerOf(old), undefined, undefined, NOW)).toEqual({
      file: FILE,
      notes: []
    })
  })
})

describe('the words of the ledger notes', () => {
  const notes: [Note, string][] = [
    [
      { kind: 'history-lines-skipped', level: 'warning', file: FILE, skipped: 1, future: 0 },
      'In the history ledger.jsonl, 1 line is not a reading (left out, and dropped when the file is written back).'
    ],
    [
      { kind: 'history-lines-skipped', level: 'warning', file: FILE, skipped: 0, future: 3 },
      "In the history ledger.jsonl, 3 readings are from after this runner's time (kept, not counted: a clock is off)."
    ],
    [
      { kind: 'history-lines-skipped', level: 'warning', file: FILE, skipped: 0, future: 1 },
      "In the history ledger.jsonl, 1 reading is from after this runner's time (kept, not counted: a clock is off)."
    ],
    [
      { kind: 'history-lines-skipped', level: 'warning', file: FILE, skipped: 2, future: 0 },
      'In the history ledger.jsonl, 2 lines are not a reading (left out, and dropped when the file is written back).'
    ],
    [
      { kind: 'history-lines-skipped', level: 'warning', file: FILE, skipped: 4, future: 1 },
      "In the history ledger.jsonl, 4 lines are not a reading (left out, and dropped when the file is written back); 1 reading is from after this runner's time (kept, not counted: a clock is off)."
    ],
    [
      { kind: 'history-not-a-ledger', level: 'warning', file: FILE, lines: 1 },
      'The history ledger.jsonl holds no reading (1 line of something else), so it was left untouched: check the history path.'
    ],
    [
      { kind: 'history-not-a-ledger', level: 'warning', file: FILE, lines: 3 },
      'The history ledger.jsonl holds no reading (3 lines of something else), so it was left untouched: check the history path.'
    ],
    [
      {
        kind: 'history-too-large',
        level: 'warning',
        file: FILE,
        bytes: 9_000_001,
        limit: MAX_LEDGER_BYTES
      },
      'The history ledger.jsonl is 8790 KiB, more than the 8 MiB a ledger may be, so it was neither read nor written. Check the history path, or start a new ledger.'
    ],
    [
      { kind: 'history-unreadable', level: 'warning', file: FILE, error: clean('not a file') },
      'The history ledger.jsonl could not be read (not a file), so it was neither used nor written.'
    ],
    [
      {
        kind: 'runway-history-too-short',
        level: 'notice',
        days: clean('3'),
        spanMs: 6 * HOUR_MS,
        neededMs: DAY_MS
      },
      'warn-runway-days 3 was not checked: the history covers 6.0 h, and a daily rate needs 24.0 h of it.'
    ],
    [
      { kind: 'runway-without-baseline', level: 'notice', days: clean('3') },
      'warn-runway-days 3 was not checked: a runway needs a daily rate, and a rate needs a baseline (the snapshot output of an earlier run) or a history. Pass one, or remove warn-runway-days.'
    ],
    [
      {
        kind: 'runway-baseline-too-young',
        level: 'notice',
        days: clean('3'),
        ageMs: 30 * MINUTE_MS,
        neededMs: HOUR_MS
      },
      'warn-runway-days 3 was not checked: the baseline is 30 min old, and a daily rate needs one at least 60 min old.'
    ]
  ]
  it.each(notes.map(([note, text]) => [note.kind, note, text] as const))(
    '%s',
    (_kind, note, text) => {
      expect(noteText(note)).toBe(text)
    }
  )
})

describe('dailyCap', () => {
  const day = [cny(25 * HOUR_MS, '110.00'), cny(0, '104.50')]
  const hours = [cny(6 * HOUR_MS, '10.00'), cny(0, '9.00')]

  it('fails above the cap over the last day', () => {
    const cap = dailyCap(history(day), threshold('5'))
    expect(cap).toEqual({
      kind: 'daily-cap',
      over: true,
      spent: '5.50',
      currency: 'CNY',
      spanMs: 25 * HOUR_MS,
      partial: false,
      max: '5'
    })
    expect(words(cap)).toBe(
      'DeepSeek spend in the last day is 5.50 CNY, above max-spend-per-day 5 CNY.'
    )
  })

  it('passes within the cap, equal included', () => {
    const cap = dailyCap(history(day), threshold('5.50'))
    expect(cap).toMatchObject({ over: false, partial: false })
    expect(words(cap)).toBe(
      'DeepSeek spend in the last day is 5.50 CNY, within max-spend-per-day 5.50 CNY.'
    )
  })

  it('counts what the ledger covers when it covers less than a day', () => {
    const within = dailyCap(history(hours), threshold('5'))
    expect(within).toMatchObject({ over: false, partial: true, spanMs: 6 * HOUR_MS, spent: '1.00' })
    expect(words(within)).toBe(
      'DeepSeek spend in the last day (the history covers 6.0 h) is 1.00 CNY, within max-spend-per-day 5 CNY; the history covers less than a day, so that is a lower bound.'
    )
    const over = dailyCap(history(hours), threshold('0.5'))
    expect(over).toMatchObject({ over: true, partial: true })
    expect(words(over)).toBe(
      'DeepSeek spend in the last day (the history covers 6.0 h) is 1.00 CNY, above max-spend-per-day 0.5 CNY.'
    )
  })

  it('says so when the last day is counted from a reading well before it', () => {
    const gap = dailyCap(history([cny(3 * DAY_MS, '110.00'), cny(0, '104.50')]), threshold('5'))
    expect(gap).toMatchObject({ over: true, partial: false, spanMs: 3 * DAY_MS, spent: '5.50' })
    expect(words(gap)).toBe(
      'DeepSeek spend in the last day (from a reading 3.0 days ago, the newest before it) is 5.50 CNY, above max-spend-per-day 5 CNY.'
    )
    const within = dailyCap(history([cny(3 * DAY_MS, '110.00'), cny(0, '104.50')]), threshold('6'))
    expect(words(within)).toBe(
      'DeepSeek spend in the last day (from a reading 3.0 days ago, the newest before it) is 5.50 CNY, within max-spend-per-day 6 CNY.'
    )
    // Up to 5 % over a day is the last day still.
    const near = (ageMs: number) =>
      words(dailyCap(history([cny(ageMs, '110.00'), cny(0, '104.50')]), threshold('6')))
    expect(near(25.2 * HOUR_MS)).toBe(
      'DeepSeek spend in the last day is 5.50 CNY, within max-spend-per-day 6 CNY.'
    )
    expect(near(25.5 * HOUR_MS)).toBe(
      'DeepSeek spend in the last day (from a reading 25.5 h ago, the newest before it) is 5.50 CNY, within max-spend-per-day 6 CNY.'
    )
  })

  it('checks nothing on the first run', () => {
    const cap = dailyCap(history([cny(0, '9.00')]), threshold('5'))
    expect(cap).toEqual({
      kind: 'daily-cap',
      over: false,
      spent: '0',
      currency: 'CNY',
      spanMs: 0,
      partial: true,
      max: '5'
    })
    expect(words(cap)).toBe(
      'max-spend-per-day 5 CNY was checked over nothing yet: the history has no earlier CNY reading.'
    )
    // Readings in another currency are no earlier reading of this one.
    const usd = dailyCap(
      historyOf(entries([at(HOUR_MS, [['USD', '3.00']]), cny(0, '9.00')]), CNY, NOW),
      threshold('5')
    )
    expect(usd).toMatchObject({ spanMs: 0, partial: true, over: false })
    expect(words(usd)).toBe(words(cap))
  })
})

describe('historySpend and historyRate', () => {
  it('tells the windows, and how much of each the ledger covers', () => {
    const young = historySpend(history([cny(25 * HOUR_MS, '110.00'), cny(0, '104.50')]))
    expect(words(young)).toBe(
      'DeepSeek spend in the history: 5.50 CNY in the last day, 5.50 CNY in 7 days (the history covers 25.0 h), 5.50 CNY in 30 days (the history covers 25.0 h).'
    )
    const old = historySpend(
      history([cny(40 * DAY_MS, '130.00'), cny(10 * DAY_MS, '120.00'), cny(0, '104.50')])
    )
    expect(old).toEqual({
      kind: 'history-spend',
      currency: 'CNY',
      windows: [
        { days: 1, spent: '15.50', spanMs: 10 * DAY_MS, full: true },
        { days: 7, spent: '15.50', spanMs: 10 * DAY_MS, full: true },
        { days: 30, spent: '25.50', spanMs: 40 * DAY_MS, full: true }
      ]
    })
    // Each window starts at the newest reading before it, days before it here: the words say so.
    expect(words(old)).toBe(
      'DeepSeek spend in the history: 15.50 CNY in the last day (from a reading 10.0 days ago, the newest before it), 15.50 CNY in 7 days (from a reading 10.0 days ago, the newest before it), 25.50 CNY in 30 days (from a reading 40.0 days ago, the newest before it).'
    )
    const close = historySpend(
      history([
        cny(31 * DAY_MS, '130.00'),
        cny(7 * DAY_MS + HOUR_MS, '125.00'),
        cny(DAY_MS + HOUR_MS, '120.00'),
        cny(0, '104.50')
      ])
    )
    expect(words(close)).toBe(
      'DeepSeek spend in the history: 15.50 CNY in the last day, 20.50 CNY in 7 days, 25.50 CNY in 30 days.'
    )
    expect(historySpend(history([cny(0, '1.00')]))).toBeUndefined()
  })

  it("dates the rate from the 7-day window's start, not the last day's", () => {
    const ledger = history([
      cny(8 * DAY_MS, '300.00'),
      cny(3 * DAY_MS, '250.00'),
      cny(12 * HOUR_MS, '240.00'),
      cny(0, '230.00')
    ])
    const finding = historyRate(ledger, ledger.rate!, undefined, NOW)
    expect(finding).toMatchObject({ rate: { since: new Date('2026-11-19T08:30:00.000Z') } })
  })

  it('gives the rate since the 7-day window starts, low below warn-runway-days', () => {
    const week = history([cny(8 * DAY_MS, '600.00'), cny(7 * DAY_MS, '549.75'), cny(0, '490.25')])
    const rate = week.rate!
    expect(rate).toMatchObject({ perDay: '8.50', runwayDays: '57.6' })
    const plain = historyRate(week, rate, undefined, NOW)
    expect(plain).toEqual({
      kind: 'rate',
      rate: {
        perDay: '8.50',
        currency: 'CNY',
        since: new Date('2026-11-20T08:30:00.000Z'),
        total: '490.25',
        runwayDays: '57.6'
      }
    })
    expect(words(plain)).toBe(
      'At 8.50 CNY a day since 2026-11-20, 490.25 CNY lasts 57.6 more days.'
    )
    const warn = (days: string) => settingsOf({ 'warn-runway-days': days }).warnRunwayDays
    expect(historyRate(week, rate, warn('57.6'), NOW).kind).toBe('rate')
    const low = historyRate(week, rate, warn('57.7'), NOW)
    expect(low.kind).toBe('runway-low')
    expect(words(low)).toBe(
      'At 8.50 CNY a day since 2026-11-20, 490.25 CNY lasts 57.6 more days, below warn-runway-days 57.7.'
    )
  })
})

describe('gateVerdict with a ledger', () => {
  const day = (total: string) => ledgerOf([cny(25 * HOUR_MS, total)])
  const hours = (total: string) => ledgerOf([cny(6 * HOUR_MS, total)])

  describe('the daily cap', () => {
    it('fails above it with over-budget, the cap leading a fine balance', () => {
      const verdict = gate({ 'max-spend-per-day': '5' }, read(['CNY', '104.50']), day('110.00'))
      expect(verdict).toMatchObject({ step: 'gate', status: 'over-budget', severity: 'failure' })
      expect(verdict.headline).toMatchObject({ kind: 'daily-cap', over: true })
      expect(kinds(verdict.reasons)).toEqual(['balance-ok', 'history-spend', 'rate'])
      expect(kinds(verdict.advice)).toEqual(['find-spend-or-raise-cap'])
      expect(verdict.reading?.decision?.status).toBe('ok')
      expect(verdictLine(verdict)).toBe(
        'DeepSeek spend in the last day is 5.50 CNY, above max-spend-per-day 5 CNY. ' +
          'DeepSeek balance: 104.50 CNY. ' +
          'DeepSeek spend in the history: 5.50 CNY in the last day, 5.50 CNY in 7 days (the history covers 25.0 h), 5.50 CNY in 30 days (the history covers 25.0 h). ' +
          'At 5.28 CNY a day since 2026-11-26, 104.50 CNY lasts 19.7 more days. ' +
          "Find what spends more than a day's budget (a schedule that runs too often, a loop of re-runs), or raise max-spend-per-day."
      )
    })

    it('is over-budget before an insufficient balance, which keeps its own decision', () => {
      const verdict = gate(
        { 'max-spend-per-day': '5', 'min-balance': '200' },
        read(['CNY', '104.50']),
        day('110.00')
      )
      expect(verdict).toMatchObject({ status: 'over-budget', severity: 'failure' })
      expect(verdict.headline.kind).toBe('daily-cap')
      expect(kinds(verdict.reasons)).toEqual(['below-min', 'history-spend', 'rate'])
      expect(kinds(verdict.advice)).toEqual(['find-spend-or-raise-cap', 'top-up-or-lower-min'])
      expect(verdict.reading?.decision?.status).toBe('insufficient')
    })

    it('follows max-spend when both are over, and an unchecked max-spend before both', () => {
      const both = gate(
        { 'max-spend-per-day': '5', 'max-spend': '1' },
        read(['CNY', '104.50']),
        day('110.00'),
        cny(2 * HOUR_MS, '106.00')
      )
      expect(both.status).toBe('over-budget')
      expect(both.headline.kind).toBe('over-budget')
      expect(kinds(both.reasons)).toContain('daily-cap')
      expect(kinds(both.advice)).toEqual(['find-spend-or-raise-max', 'find-spend-or-raise-cap'])
      const unchecked = gate(
        { 'max-spend-per-day': '5', 'max-spend': '1' },
        read(['CNY', '104.50']),
        day('110.00'),
        at(2 * HOUR_MS, [['USD', '3.00']])
      )
      expect(unchecked).toMatchObject({ status: 'error', severity: 'failure' })
      expect(unchecked.headline.kind).toBe('budget-unchecked')
      expect(kinds(unchecked.reasons)).toContain('daily-cap')
    })

    it('leads with the daily cap over a short runway from the baseline', () => {
      const verdict = gate(
        { 'max-spend-per-day': '0.5', 'warn-runway-days': '30' },
        read(['CNY', '9.00']),
        hours('10.00'),
        cny(2 * HOUR_MS, '10.00')
      )
      expect(verdict.status).toBe('over-budget')
      expect(verdict.headline.kind).toBe('daily-cap')
      expect(kinds(verdict.reasons)).toContain('runway-low')
      expect(kinds(verdict.advice)[0]).toBe('find-spend-or-raise-cap')
    })

    it('fails above it over less than a day too', () => {
      const verdict = gate({ 'max-spend-per-day': '0.5' }, read(['CNY', '9.00']), hours('10.00'))
      expect(verdict).toMatchObject({ status: 'over-budget', severity: 'failure' })
      expect(verdict.headline).toMatchObject({ kind: 'daily-cap', partial: true })
    })

    it('passes within it with a notice when the ledger covers less than a day', () => {
      const verdict = gate({ 'max-spend-per-day': '5' }, read(['CNY', '9.00']), hours('10.00'))
      expect(verdict).toMatchObject({ status: 'ok', severity: 'notice', advice: [], notes: [] })
      expect(verdict.headline.kind).toBe('balance-ok')
      expect(kinds(verdict.reasons)).toEqual(['history-spend', 'daily-cap'])
      expect(verdictLine(verdict)).toBe(
        'DeepSeek balance: 9.00 CNY: ok. ' +
          'DeepSeek spend in the history: 1.00 CNY in the last day (the history covers 6.0 h), 1.00 CNY in 7 days (the history covers 6.0 h), 1.00 CNY in 30 days (the history covers 6.0 h). ' +
          'DeepSeek spend in the last day (the history covers 6.0 h) is 1.00 CNY, within max-spend-per-day 5 CNY; the history covers less than a day, so that is a lower bound.'
      )
    })

    it('passes with a notice on the first run, when there is nothing to check it over', () => {
      const verdict = gate({ 'max-spend-per-day': '5' }, read(['CNY', '9.00']), MISSING)
      expect(verdict).toMatchObject({ status: 'ok', severity: 'notice' })
      expect(kinds(verdict.reasons)).toEqual(['daily-cap'])
      expect(verdictLine(verdict)).toBe(
        'DeepSeek balance: 9.00 CNY: ok. max-spend-per-day 5 CNY was checked over nothing yet: the history has no earlier CNY reading.'
      )
    })

    it('passes within it over a whole day with no notice', () => {
      const verdict = gate({ 'max-spend-per-day': '5.50' }, read(['CNY', '104.50']), day('110.00'))
      expect(verdict).toMatchObject({ status: 'ok', severity: 'ok' })
      expect(kinds(verdict.reasons)).toEqual(['history-spend', 'daily-cap', 'rate'])
    })

    it('leaves a warning a warning: the notice is only for a passing step', () => {
      const verdict = gate(
        { 'max-spend-per-day': '5', 'warn-balance': '20' },
        read(['CNY', '9.00']),
        hours('10.00')
      )
      expect(verdict).toMatchObject({ status: 'low', severity: 'warning' })
      expect(verdict.headline.kind).toBe('below-warn')
    })

    describe('with a ledger that cannot be used', () => {
      const unusable: [string, LedgerInput, string][] = [
        [
          'too large',
          { file: FILE, found: { kind: 'too-large', bytes: 1 << 24 } },
          'history-too-large'
        ],
        [
          'unreadable',
          { file: FILE, found: { kind: 'unreadable', error: clean('not a file') } },
          'history-unreadable'
        ],
        [
          'not a ledger',
          { file: FILE, found: { kind: 'read', text: 'x\n' } },
          'history-not-a-ledger'
        ]
      ]

      it.each(unusable)(
        '%s: passes with a notice that the cap was not checked',
        (_name, ledger, note) => {
          const verdict = gate({ 'max-spend-per-day': '5' }, read(['CNY', '9.00']), ledger)
          expect(verdict).toMatchObject({ status: 'ok', severity: 'notice', advice: [] })
          expect(verdict.headline.kind).toBe('balance-ok')
          expect(kinds(verdict.reasons)).toEqual(['daily-cap-unchecked'])
          expect(kinds(verdict.notes)).toEqual([note])
          expect(verdict.ledger).not.toHaveProperty('write')
          expect(verdictLine(verdict)).toBe(
            'DeepSeek balance: 9.00 CNY: ok. max-spend-per-day 5 was not checked: the history could not be used in this run (see the warning about it).'
          )
        }
      )

      it('leaves the other statuses as they are, and says nothing of a cap not asked for', () => {
        const ledger = unusable[0]![1]
        const low = gate(
          { 'max-spend-per-day': '5', 'warn-balance': '20' },
          read(['CNY', '9.00']),
          ledger
        )
        expect(low).toMatchObject({ status: 'low', severity: 'warning' })
        expect(kinds(low.reasons)).toContain('daily-cap-unchecked')
        const insufficient = gate(
          { 'max-spend-per-day': '5', 'min-balance': '20' },
          read(['CNY', '9.00']),
          ledger
        )
        expect(insufficient).toMatchObject({ status: 'insufficient', severity: 'failure' })
        const noCap = gate({}, read(['CNY', '9.00']), ledger)
        expect(noCap).toMatchObject({ status: 'ok', severity: 'ok', reasons: [] })
        expect(kinds(noCap.notes)).toEqual(['history-too-large'])
      })
    })
  })

  describe('the rate and warn-runway-days', () => {
    // The baseline alone: 3.10 CNY a day, 4.0 days left.
    const baseline = cny(7 * DAY_MS, '34.10')

    it('holds warn-runway-days to the history rate rather than the baseline one', () => {
      const withoutHistory = gateVerdict(
        { ...settingsOf({ 'warn-runway-days': '10' }), baseline },
        read(['CNY', '12.40']),
        NOW
      )
      expect(withoutHistory.status).toBe('low')
      // The history: 0.20 CNY over two days, 124.0 days left.
      const verdict = gate(
        { 'warn-runway-days': '10' },
        read(['CNY', '12.40']),
        ledgerOf([cny(2 * DAY_MS, '12.60')]),
        baseline
      )
      expect(verdict).toMatchObject({ status: 'ok', severity: 'ok', notes: [] })
      expect(verdict.spend?.problems).toEqual([])
      expect(kinds(verdict.reasons)).not.toContain('runway-low')
      expect(verdict.ledger?.history?.rate).toMatchObject({ perDay: '0.10', runwayDays: '124.0' })
    })

    it("tells one rate: the history's when it has one, the baseline's otherwise", () => {
      const rates = (verdict: ReturnType<typeof gate>) =>
        verdict.reasons.filter(reason => reason.kind === 'rate').map(words)
      const long = gate({}, read(['CNY', '12.40']), ledgerOf([cny(2 * DAY_MS, '12.60')]), baseline)
      expect(rates(long)).toEqual([
        'At 0.10 CNY a day since 2026-11-25, 12.40 CNY lasts 124.0 more days.'
      ])
      expect(verdictLine(long)).not.toContain('3.10 CNY a day')
      const short = gate({}, read(['CNY', '12.40']), hours('12.50'), baseline)
      expect(short.ledger?.history).not.toHaveProperty('rate')
      expect(rates(short)).toEqual([
        'At 3.10 CNY a day since 2026-11-20, 12.40 CNY lasts 4.0 more days.'
      ])
    })

    it('is low when the history rate leaves too short a runway, whatever the baseline says', () => {
      const verdict = gate(
        { 'warn-runway-days': '10' },
        read(['CNY', '12.40']),
        ledgerOf([cny(2 * DAY_MS, '40.00')]),
        cny(7 * DAY_MS, '12.50')
      )
      expect(verdict).toMatchObject({ status: 'low', severity: 'warning' })
      expect(verdict.headline.kind).toBe('runway-low')
      expect(words(verdict.headline)).toBe(
        'At 13.80 CNY a day since 2026-11-25, 12.40 CNY lasts 0.8 more days, below warn-runway-days 10.'
      )
      expect(kinds(verdict.advice)).toEqual(['top-up-or-lower-runway'])
    })

    it('is held to the baseline rate while the history is shorter than a day', () => {
      const verdict = gate(
        { 'warn-runway-days': '10' },
        read(['CNY', '12.40']),
        hours('12.50'),
        baseline
      )
      expect(verdict.ledger?.history).not.toHaveProperty('rate')
      expect(verdict).toMatchObject({ status: 'low', notes: [] })
      expect(verdict.headline.kind).toBe('runway-low')
      expect(words(verdict.headline)).toContain('At 3.10 CNY a day since 2026-11-20')
    })

    it('notes warn-runway-days unchecked while the history is too short, and no baseline', () => {
      const short = gate({ 'warn-runway-days': '3' }, read(['CNY', '9.00']), hours('10.00'))
      expect(short).toMatchObject({ status: 'ok', severity: 'ok' })
      expect(short.notes).toEqual([
        {
          kind: 'runway-history-too-short',
          level: 'notice',
          days: '3',
          spanMs: 6 * HOUR_MS,
          neededMs: DAY_MS
        }
      ])
      expect(noteText(short.notes[0]!)).toBe(
        'warn-runway-days 3 was not checked: the history covers 6.0 h, and a daily rate needs 24.0 h of it.'
      )
      const first = gate({ 'warn-runway-days': '3' }, read(['CNY', '9.00']), MISSING)
      expect(first.notes).toEqual([
        {
          kind: 'runway-history-too-short',
          level: 'notice',
          days: '3',
          spanMs: 0,
          neededMs: DAY_MS
        }
      ])
      expect(noteText(first.notes[0]!)).toBe(
        'warn-runway-days 3 was not checked: the history covers 0 s, and a daily rate needs 24.0 h of it.'
      )
    })

    it('notes nothing for a history a day long or longer that has no rate (no spend in it)', () => {
      for (const ageMs of [DAY_MS, 3 * DAY_MS]) {
        const flat = gate(
          { 'warn-runway-days': '3' },
          read(['CNY', '10.00']),
          ledgerOf([cny(ageMs, '10.00')])
        )
        expect(flat.ledger?.history?.spanMs).toBe(ageMs)
        expect(flat.ledger?.history).not.toHaveProperty('rate')
        expect(flat.notes).toEqual([])
      }
    })

    it('notes a baseline too young rather than the history, and nothing once a rate is known', () => {
      const young = gate(
        { 'warn-runway-days': '3' },
        read(['CNY', '9.00']),
        hours('10.00'),
        cny(30 * MINUTE_MS, '9.50')
      )
      expect(kinds(young.notes)).toEqual(['runway-baseline-too-young'])
      const known = gate({ 'warn-runway-days': '3' }, read(['CNY', '9.00']), day('10.00'))
      expect(known.notes).toEqual([])
      expect(kinds(known.reasons)).toEqual(['history-spend', 'rate'])
    })

    it('does not ask for a baseline when a history is given', () => {
      const verdict = gate({ 'warn-runway-days': '3' }, read(['CNY', '9.00']), day('10.00'))
      expect(kinds(verdict.notes)).not.toContain('runway-without-baseline')
      const noHistory = gateVerdict(
        settingsOf({ 'warn-runway-days': '3' }),
        read(['CNY', '9.00']),
        NOW
      )
      expect(kinds(noHistory.notes)).toEqual(['runway-without-baseline'])
    })
  })

  describe('notes and the reading', () => {
    it('tells the ledger notes after the settings notes', () => {
      const verdict = gate(
        { 'warn-balance': '1', 'min-balance': '2' },
        read(['CNY', '9.00']),
        ledgerOf([cny(HOUR_MS, '10.00')], 'garbage\n')
      )
      expect(kinds(verdict.notes)).toEqual(['warn-not-above-min', 'history-lines-skipped'])
      expect(verdict.ledger?.write).toHaveLength(2)
    })

    it('tells the ledger notes when the balance cannot be read, and writes nothing', () => {
      const tooLarge: LedgerInput = { file: FILE, found: { kind: 'too-large', bytes: 1 << 24 } }
      const verdict = gate({ 'max-spend-per-day': '5' }, FAILED, tooLarge)
      expect(verdict).toMatchObject({ status: 'error', severity: 'failure' })
      expect(verdict.headline.kind).toBe('read-failed')
      expect(kinds(verdict.notes)).toEqual(['history-too-large'])
      expect(verdict).not.toHaveProperty('ledger')
      const good = gate({}, FAILED, ledgerOf([cny(HOUR_MS, '10.00')]))
      expect(good.notes).toEqual([])
      const garbage = gate({}, FAILED, { file: FILE, found: { kind: 'read', text: 'x\n' } })
      expect(kinds(garbage.notes)).toEqual(['history-not-a-ledger'])
    })

    it('adds its own reading, with where it came from, last', () => {
      const old = [cny(2 * DAY_MS, '11.00'), cny(HOUR_MS, '10.00')]
      const verdict = gate({}, read(['CNY', '9.00']), ledgerOf(old))
      expect(verdict.ledger?.write).toEqual(
        entries([
          ...old,
          { ...balanceOf(true, ['CNY', '9.00']), checkedAt: NOW, source: sourceOf('gate') }
        ])
      )
      expect(verdict.ledger?.file).toBe('ledger.jsonl')
      const anonymous = gateVerdict(settings({}), read(['CNY', '9.00']), NOW, ledgerOf(old))
      expect(anonymous.ledger?.write?.at(-1)).toEqual(
        entryOf({ ...balanceOf(true, ['CNY', '9.00']), checkedAt: NOW })
      )
    })

    it('writes the reading with no currency to check, and gives no history', () => {
      const verdict = gate({}, read(['EUR', '9.00']), ledgerOf([cny(HOUR_MS, '10.00')]))
      expect(verdict.ledger).not.toHaveProperty('history')
      expect(verdict.ledger?.write).toHaveLength(2)
      expect(kinds(verdict.reasons)).toEqual([])
    })
  })

  it('never says ok in its message unless the status is ok', () => {
    const cents = fc.integer({ min: -500, max: 5000 }).map(c => (c / 100).toFixed(2))
    const threshold = fc.option(fc.integer({ min: 0, max: 60 }).map(String), { nil: undefined })
    const inputs = fc
      .record({
        'min-balance': threshold,
        'warn-balance': threshold,
        'max-spend': threshold,
        'warn-runway-days': threshold,
        'max-spend-per-day': threshold,
        currency: fc.constantFrom(undefined, 'CNY', 'USD'),
        'fail-on-insufficient': fc.constantFrom(undefined, 'false')
      })
      .map((record): Record<string, string> => {
        const given = Object.fromEntries(
          Object.entries(record).filter(([, value]) => value !== undefined)
        ) as Record<string, string>
        // max-spend needs a baseline or report-spend.
        return { ...given, 'report-spend': 'true' }
      })
    const reading = fc.oneof(
      { weight: 1, arbitrary: fc.constant(FAILED) },
      {
        weight: 5,
        arbitrary: fc
          .tuple(fc.boolean(), cents, fc.option(cents, { nil: undefined }))
          .map(([available, total, usd]): BalanceReading => ({
            ok: true,
            balance: balanceOf(available, ['CNY', total], ...(usd ? [['USD', usd] as Row] : [])),
            attempts: 1,
            elapsedMs: 100
          }))
      }
    )
    const entry = fc
      .tuple(
        fc.integer({ min: 1, max: 40 * DAY_MS }),
        cents,
        fc.constantFrom('CNY', 'USD'),
        fc.option(fc.constantFrom('gate' as const, 'post' as const), { nil: undefined })
      )
      .map(([age, total, currency, step]) => at(age, [[currency, total]], step && sourceOf(step)))
    const ledger = fc.oneof(
      fc.constant(MISSING),
      fc
        .array(entry, { maxLength: 12 })
        .map(list =>
          ledgerOf([...list].sort((a, b) => a.checkedAt.getTime() - b.checkedAt.getTime()))
        ),
      fc.constant<LedgerInput>({ file: FILE, found: { kind: 'read', text: 'junk\n' } }),
      fc.constant<LedgerInput>({ file: FILE, found: { kind: 'too-large', bytes: 1 << 24 } })
    )
    const baseline = fc.option(
      fc
        .tuple(fc.constantFrom(30 * MINUTE_MS, HOUR_MS, 7 * DAY_MS), cents, fc.boolean())
        .map(([age, total, usd]) => at(age, [[usd ? 'USD' : 'CNY', total]])),
      { nil: undefined }
    )
    fc.assert(
      fc.property(inputs, reading, ledger, baseline, (given, balance, found, since) => {
        const verdict = gate(given, balance, found, since)
        const line = verdictLine(verdict)
        if (verdict.status === 'ok') {
          expect(line).toContain(': ok')
        } else {
          expect(line).not.toMatch(/\bok\b/i)
        }
        const severity = severityOf(verdict.status, given['fail-on-insufficient'] !== 'false')
        // A cap checked over less than a day, or not at all, passes with a notice.
        const capNotice = verdict.reasons.some(
          reason =>
            (reason.kind === 'daily-cap' && !reason.over && reason.partial) ||
            reason.kind === 'daily-cap-unchecked'
        )
        expect(verdict.severity).toBe(severity === 'ok' && capNotice ? 'notice' : severity)
        // The cap goes unchecked only without a history, and always with a ledger not used.
        const unchecked = verdict.reasons.some(reason => reason.kind === 'daily-cap-unchecked')
        const cap = given['max-spend-per-day'] !== undefined
        if (unchecked) expect(cap && verdict.ledger?.history === undefined).toBe(true)
        if (cap && verdict.reading && verdict.ledger && !verdict.ledger.write) {
          expect(unchecked).toBe(true)
        }
        if (verdict.ledger?.write) {
          expect(verdict.reading).toBeDefined()
          expect(verdict.ledger.write.at(-1)).toMatchObject({ at: NOW.getTime() })
        }
      }),
      { numRuns: 1000 }
    )
  })
})

describe('postVerdict with a ledger', () => {
  const start = cny(HOUR_MS, '110.00')

  it('appends its reading to the ledger, with its notes', () => {
    const old = [cny(2 * DAY_MS, '120.00'), start]
    const verdict = postVerdict(
      settingsOf({ 'max-spend': '1' }),
      start,
      CNY,
      read(['CNY', '109.58']),
      NOW,
      ledgerOf(old, 'garbage\n'),
      sourceOf('post')
    )
    expect(verdict).toMatchObject({ step: 'post', status: 'ok', severity: 'ok', reasons: [] })
    expect(verdict.ledger?.write).toEqual(
      entries([
        ...old,
        { ...balanceOf(true, ['CNY', '109.58']), checkedAt: NOW, source: sourceOf('post') }
      ])
    )
    expect(kinds(verdict.notes)).toEqual(['history-lines-skipped'])
    expect(verdict.ledger?.history?.windows[0]?.spentText).toBe('10.42')
    expect(words(verdict.headline)).toBe(
      'DeepSeek spend during this job: 0.42 CNY (110.00 → 109.58 over 60 min)'
    )
  })

  it("names its gate's reading by its time, which pairs the two in the next run's history", () => {
    const gateSource = sourceOf('gate')
    const gateReading = cny(HOUR_MS, '110.00', gateSource)
    // Another leg of the same matrix job: same names, read a minute later.
    const otherLeg = cny(HOUR_MS - MINUTE_MS, '109.90', gateSource)
    const verdict = postVerdict(
      settingsOf({}),
      gateReading,
      CNY,
      read(['CNY', '109.58']),
      NOW,
      ledgerOf([gateReading, otherLeg]),
      sourceOf('post', gateReading.checkedAt)
    )
    const own = verdict.ledger?.write?.at(-1)
    expect(JSON.parse(own?.line ?? '{}')).toMatchObject({
      step: 'post',
      gate_checked_at: '2026-11-27T07:30:00.000Z'
    })
    expect(own?.source?.gateAt).toBe(gateReading.checkedAt.getTime())
    // Paired with its own gate, not the other leg's later one.
    const next = historyOf([...(verdict.ledger?.write ?? [])], CNY, NOW)
    expect(next.workflows).toEqual([{ workflow: 'CI', jobs: 1, spentText: '0.42' }])
  })

  it('keeps to max-spend whatever the ledger says', () => {
    const verdict = postVerdict(
      settingsOf({ 'max-spend': '0.10' }),
      start,
      CNY,
      read(['CNY', '109.58']),
      NOW,
      MISSING,
      sourceOf('post')
    )
    expect(verdict).toMatchObject({ status: 'over-budget', severity: 'failure', notes: [] })
    expect(verdict.ledger?.write).toHaveLength(1)
  })

  it('writes nothing when the balance cannot be read, and tells the ledger notes', () => {
    const verdict = postVerdict(
      settingsOf({}),
      start,
      CNY,
      FAILED,
      NOW,
      { file: FILE, found: { kind: 'unreadable', error: clean('EACCES: permission denied') } },
      sourceOf('post')
    )
    expect(verdict).toMatchObject({ status: 'error', severity: 'warning' })
    expect(verdict).not.toHaveProperty('ledger')
    expect(kinds(verdict.notes)).toEqual(['history-unreadable'])
    expect(noteText(verdict.notes[0]!)).toBe(
      'The history ledger.jsonl could not be read (EACCES: permission denied), so it was neither used nor written.'
    )
  })

  it('writes its reading without a currency too', () => {
    const verdict = postVerdict(
      settingsOf({}),
      start,
      undefined,
      read(['CNY', '109.58']),
      NOW,
      ledgerOf([start])
    )
    expect(verdict.ledger).not.toHaveProperty('history')
    expect(verdict.ledger?.write).toHaveLength(2)
  })
})
