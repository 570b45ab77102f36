import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { formatDecimal, parseDecimal } from '../src/base/decimal.js'
import {
  type LedgerEntry,
  MAX_LEDGER_BYTES,
  type Reading,
  type ReadingSource,
  entryOf,
  formatLedger,
  formatReading,
  parseLedger
} from '../src/base/ledger.js'
import { clean, forgetSecrets, protectSecret } from '../src/base/outside-text.js'
import { type BalanceRow, MAX_SNAPSHOT_LENGTH } from '../src/base/snapshot.js'
import { findLedger, ledgerPath, readLedgerFile } from '../src/read/ledger-file.js'
import { writeLedgerFile } from '../src/report/ledger-file.js'
import { type Row, balanceOf } from './support/balances.js'

const NOW = new Date('2026-11-27T08:30:00.000Z')
const MINUTE_MS = 60_000
const HOUR_MS = 60 * MINUTE_MS
const KEY = 'sk-0123456789abcdef0123456789abcdef'

/** A reading taken `ageMs` before NOW. */
function readingAt(ageMs: number, rows: Row[], source?: ReadingSource): Reading {
  return {
    ...balanceOf(true, ...rows),
    checkedAt: new Date(NOW.getTime() - ageMs),
    ...(source && { source })
  }
}

function sourceOf(
  step: ReadingSource['step'],
  workflow = 'CI',
  job = 'build',
  gateAt?: Date
): ReadingSource {
  return {
    workflow: clean(workflow),
    runId: clean('42'),
    runAttempt: clean('1'),
    job: clean(job),
    step,
    ...(gateAt && { gateAt })
  }
}

/** A ledger line as JSON, with the snapshot fields of a CNY reading at `checkedAt`. */
function line(checkedAt: string, total = '10.00', extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    checked_at: checkedAt,
    is_available: true,
    balance_infos: [
      {
        currency: 'CNY',
        total_balance: total,
        granted_balance: '0.00',
        topped_up_balance: total
      }
    ],
    ...extra
  })
}

const SOURCE_FIELDS = {
  workflow: 'CI',
  run_id: '42',
  run_attempt: '1',
  job: 'build',
  step: 'gate'
}

/** Each entry's first total, as written: what the history counts with. */
const totals = (entries: readonly LedgerEntry[]) =>
  entries.map(entry => {
    const total = entry.totals[0]
    return total && formatDecimal(total.value, total.value.scale)
  })

const ahead = (ms: number) => new Date(NOW.getTime() + ms).toISOString()

afterEach(() => {
  forgetSecrets()
})

describe('parseLedger', () => {
  it('reads every reading, passing over blank lines, CRLF line ends included', () => {
    const text = [
      '',
      line('2026-11-27T06:00:00.000Z', '12.00'),
      '   ',
      `${line('2026-11-27T07:00:00.000Z', '11.00')}\r`,
      '\r',
      '\t',
      line('2026-11-27T08:00:00.000Z', '10.00'),
      ''
    ].join('\n')
    const parsed = parseLedger(text, NOW)
    expect(parsed).toMatchObject({ skipped: 0, future: [] })
    expect(totals(parsed.entries)).toEqual(['12.00', '11.00', '10.00'])
    expect(parsed.entries[0]).toEqual({
      at: NOW.getTime() - 2.5 * 3_600_000,
      totals: [{ currency: 'CNY', value: { units: 1200n, scale: 2 } }],
      line: line('2026-11-27T06:00:00.000Z', '12.00')
    })
    // The line as written, without the carriage return around it.
    expect(parsed.entries[1]?.line).toBe(line('2026-11-27T07:00:00.000Z', '11.00'))
    expect(parseLedger('', NOW)).toEqual({ entries: [], future: [], skipped: 0 })
  })

  it('counts each line that is not a reading, and keeps going', () => {
    const garbage = [
      'not json',
      '[1, 2]',
      '{}',
      '"a string"',
      'null',
      line('2026-11-27T08:00:00', '1.00'), // no time zone
      line('2026-02-30T08:00:00.000Z', '1.00'), // no such day
      line('2026-11-27T08:00:00.000Z', 'ten'), // not an amount
      line('2026-11-27T08:00:00.000Z', '1e1001'), // an exponent no amount has
      JSON.stringify({ checked_at: '2026-11-27T08:00:00.000Z', balance_infos: [] }),
      `${line('2026-11-27T08:00:00.000Z', '1.00')} trailing`
    ]
    const text = [line('2026-11-27T05:00:00.000Z', '9.00'), ...garbage].join('\n')
    const parsed = parseLedger(text, NOW)
    expect(parsed.skipped).toBe(garbage.length)
    expect(parsed.future).toEqual([])
    expect(totals(parsed.entries)).toEqual(['9.00'])
  })

  it('does not parse a line over the length cap, and parses one at it', () => {
    const reading = line('2026-11-27T08:00:00.000Z', '7.00', { padding: '' })
    const atCap = line('2026-11-27T08:00:00.000Z', '7.00', {
      padding: 'x'.repeat(MAX_SNAPSHOT_LENGTH - reading.length)
    })
    expect(atCap).toHaveLength(MAX_SNAPSHOT_LENGTH)
    expect(parseLedger(atCap, NOW)).toMatchObject({ skipped: 0, future: [] })
    expect(parseLedger(atCap, NOW).entries).toHaveLength(1)
    const overCap = atCap.replace('"padding":"', '"padding":"x')
    expect(overCap).toHaveLength(MAX_SNAPSHOT_LENGTH + 1)
    expect(parseLedger(overCap, NOW)).toEqual({ entries: [], future: [], skipped: 1 })
    // White space around a line is not part of it.
    const padded = parseLedger(`   ${atCap}\t  `, NOW)
    expect(padded.entries.map(entry => entry.line)).toEqual([atCap])
  })

  it('sets apart the readings after now, however little after, as written', () => {
    const text = [
      line(ahead(3 * 24 * 3_600_000), '1.00'),
      line(ahead(1), '3.00'),
      line(ahead(0), '4.00'),
      line(ahead(MINUTE_MS + 1), '2.00'),
      line('2026-11-27T08:00:00.000Z', '5.00'),
      'garbage'
    ].join('\n')
    const parsed = parseLedger(text, NOW)
    expect(parsed.skipped).toBe(1)
    expect(totals(parsed.entries)).toEqual(['5.00', '4.00'])
    expect(parsed.entries[1]?.at).toBe(NOW.getTime())
    expect(parsed.future.map(entry => entry.at).sort((a, b) => a - b)).toEqual([
      NOW.getTime() + 1,
      NOW.getTime() + MINUTE_MS + 1,
      NOW.getTime() + 3 * 24 * 3_600_000
    ])
    expect(parsed.future.find(entry => entry.at === NOW.getTime() + 1)).toEqual({
      at: NOW.getTime() + 1,
      totals: [{ currency: 'CNY', value: { units: 300n, scale: 2 } }],
      line: line(ahead(1), '3.00')
    })
    // A ledger of future readings only is readings, not something else.
    expect(parseLedger(line(ahead(HOUR_MS), '1.00'), NOW)).toMatchObject({
      entries: [],
      skipped: 0,
      future: [{ at: NOW.getTime() + HOUR_MS }]
    })
  })

  it('counts only the currencies the action checks, in upper case; a reading without them stays a reading', () => {
    const rows = (list: [string, string][]) =>
      list.map(([currency, total]) => ({
        currency,
        total_balance: total,
        granted_balance: '0',
        topped_up_balance: total
      }))
    const text = [
      JSON.stringify({
        checked_at: '2026-11-27T07:00:00.000Z',
        is_available: true,
        balance_infos: rows([
          ['EUR', '9.00'],
          ['usd', '1.5'],
          ['CNY', '12.000']
        ])
      }),
      JSON.stringify({
        checked_at: '2026-11-27T08:00:00.000Z',
        is_available: false,
        balance_infos: rows([['JPY', '100']])
      })
    ].join('\n')
    const parsed = parseLedger(text, NOW)
    expect(parsed.skipped).toBe(0)
    expect(parsed.entries.map(entry => entry.totals)).toEqual([
      [
        { currency: 'CNY', value: { units: 12000n, scale: 3 } },
        { currency: 'USD', value: { units: 15n, scale: 1 } }
      ],
      []
    ])
  })

  it('reads the source fields only when all are there and valid', () => {
    const sourceOfLine = (fields: Record<string, unknown>) => {
      const parsed = parseLedger(line('2026-11-27T08:00:00.000Z', '1.00', fields), NOW)
      expect(parsed.entries).toHaveLength(1)
      return parsed.entries[0]?.source
    }
    const gate = { workflow: 'CI', runId: '42', runAttempt: '1', job: 'build', step: 'gate' }
    expect(sourceOfLine(SOURCE_FIELDS)).toEqual(gate)
    expect(sourceOfLine({ ...SOURCE_FIELDS, step: 'post' })).toEqual({ ...gate, step: 'post' })
    // Longer than any field the action writes (100), up to 400: someone's, still a source.
    const long = 'w'.repeat(400)
    expect(sourceOfLine({ ...SOURCE_FIELDS, workflow: long })?.workflow).toBe(long)
    expect(sourceOfLine({ ...SOURCE_FIELDS, job: long })?.job).toBe(long)
    const invalid: Record<string, unknown>[] = [
      {},
      ...Object.keys(SOURCE_FIELDS).map(name => {
        const fields: Record<string, unknown> = { ...SOURCE_FIELDS }
        delete fields[name]
        return fields
      }),
      ...['workflow', 'run_id', 'run_attempt', 'job'].flatMap(name => [
        { ...SOURCE_FIELDS, [name]: '' },
        { ...SOURCE_FIELDS, [name]: 'x'.repeat(401) },
        { ...SOURCE_FIELDS, [name]: 42 },
        { ...SOURCE_FIELDS, [name]: null },
        { ...SOURCE_FIELDS, [name]: ['CI'] }
      ]),
      { ...SOURCE_FIELDS, step: 'main' },
      { ...SOURCE_FIELDS, step: 'Gate' },
      { ...SOURCE_FIELDS, step: true }
    ]
    for (const fields of invalid) {
      expect(sourceOfLine(fields)).toBeUndefined()
    }
  })

  it("reads the gate's time a post step wrote, and passes over one that is not a time", () => {
    const post = { ...SOURCE_FIELDS, step: 'post' }
    const gateAtOf = (value: unknown) =>
      parseLedger(
        line('2026-11-27T08:00:00.000Z', '1.00', { ...post, gate_checked_at: value }),
        NOW
      ).entries[0]?.source
    expect(gateAtOf('2026-11-27T07:59:30.250Z')).toEqual({
      workflow: 'CI',
      runId: '42',
      runAttempt: '1',
      job: 'build',
      step: 'post',
      gateAt: Date.parse('2026-11-27T07:59:30.250Z')
    })
    expect(gateAtOf('2026-11-27T15:59:30+08:00')?.gateAt).toBe(
      Date.parse('2026-11-27T07:59:30.000Z')
    )
    for (const wrong of [
      'yesterday',
      '2026-02-30T08:00:00.000Z',
      '2026-11-27T08:00:00',
      42,
      null
    ]) {
      const source = gateAtOf(wrong)
      expect(source).toMatchObject({ step: 'post', job: 'build' })
      expect(source).not.toHaveProperty('gateAt')
    }
  })

  it('keeps the source fields as written: they are cleaned where they are shown', () => {
    protectSecret(KEY)
    const fields = {
      ...SOURCE_FIELDS,
      workflow: `Deploy ${KEY} nightly`,
      run_id: KEY.slice(0, 12),
      job: '::error::boom\nx'
    }
    const parsed = parseLedger(line('2026-11-27T08:00:00.000Z', '1.00', fields), NOW)
    expect(parsed.entries[0]?.source).toEqual({
      workflow: `Deploy ${KEY} nightly`,
      runId: KEY.slice(0, 12),
      runAttempt: '1',
      job: '::error::boom\nx',
      step: 'gate'
    })
    // And the line is the line, to be written back as it came.
    expect(formatLedger(parsed.entries)).toBe(
      `${line('2026-11-27T08:00:00.000Z', '1.00', fields)}\n`
    )
  })

  it('orders the readings by time, keeping the file order of readings of the same time', () => {
    const text = [
      line('2026-11-27T08:00:00.000Z', '5.00'),
      line('2026-11-27T06:00:00.000Z', '1.00'),
      line('2026-11-27T07:00:00.000Z', '2.00'),
      line('2026-11-27T15:00:00+08:00', '3.00'), // 07:00Z, written second
      line('2026-11-27T07:00:00.000Z', '4.00'),
      line('2026-11-27T05:59:59.999Z', '0.00')
    ].join('\n')
    expect(totals(parseLedger(text, NOW).entries)).toEqual([
      '0.00',
      '1.00',
      '2.00',
      '3.00',
      '4.00',
      '5.00'
    ])
  })
})

describe('formatReading, entryOf and formatLedger', () => {
  it('writes a reading as one line of JSON, the source last', () => {
    const reading = readingAt(30 * MINUTE_MS, [['CNY', '110.00', '10.00', '100.00']])
    expect(formatReading(reading)).toBe(
      '{"checked_at":"2026-11-27T08:00:00.000Z","is_available":true,"balance_infos":[{"currency":"CNY","total_balance":"110.00","granted_balance":"10.00","topped_up_balance":"100.00"}]}'
    )
    expect(formatReading({ ...reading, source: sourceOf('post', 'Nightly "big" run') })).toBe(
      '{"checked_at":"2026-11-27T08:00:00.000Z","is_available":true,"balance_infos":[{"currency":"CNY","total_balance":"110.00","granted_balance":"10.00","topped_up_balance":"100.00"}],"workflow":"Nightly \\"big\\" run","run_id":"42","run_attempt":"1","job":"build","step":"post"}'
    )
  })

  it("writes the post step's gate time, which pairs it with its gate", () => {
    const gateAt = new Date(NOW.getTime() - 45 * MINUTE_MS)
    const post = readingAt(
      30 * MINUTE_MS,
      [['CNY', '1.00']],
      sourceOf('post', 'CI', 'build', gateAt)
    )
    expect(formatReading(post)).toBe(
      '{"checked_at":"2026-11-27T08:00:00.000Z","is_available":true,"balance_infos":[{"currency":"CNY","total_balance":"1.00","granted_balance":"0.00","topped_up_balance":"1.00"}],"workflow":"CI","run_id":"42","run_attempt":"1","job":"build","step":"post","gate_checked_at":"2026-11-27T07:45:00.000Z"}'
    )
    expect(entryOf(post).source).toEqual({
      workflow: 'CI',
      runId: '42',
      runAttempt: '1',
      job: 'build',
      step: 'post',
      gateAt: gateAt.getTime()
    })
  })

  it('writes only the rows of the currencies the action checks', () => {
    const reading = readingAt(MINUTE_MS, [
      ['CNY', '2.00'],
      ['EUR', '3.00'],
      ['USD', '1.00']
    ])
    const written = JSON.parse(formatReading(reading)) as {
      balance_infos: { currency: string }[]
    }
    expect(written.balance_infos.map(row => row.currency)).toEqual(['CNY', 'USD'])
    const euros = readingAt(MINUTE_MS, [['EUR', '3.00']])
    expect(JSON.parse(formatReading(euros))).toMatchObject({ balance_infos: [] })
    expect(entryOf(euros)).toEqual({
      at: NOW.getTime() - MINUTE_MS,
      totals: [],
      line: formatReading(euros)
    })
  })

  it('makes an entry of a reading: its time, its totals, its source and its line', () => {
    const reading = readingAt(MINUTE_MS, [['CNY', '2.50']], sourceOf('gate'))
    expect(entryOf(reading)).toEqual({
      at: NOW.getTime() - MINUTE_MS,
      totals: [{ currency: 'CNY', value: { units: 250n, scale: 2 } }],
      source: { workflow: 'CI', runId: '42', runAttempt: '1', job: 'build', step: 'gate' },
      line: formatReading(reading)
    })
  })

  it('writes each entry back as its line was, one a line, in the order given', () => {
    const theirs = [
      ' {"is_available": true, "checked_at": "2026-11-27T07:00:00Z", "balance_infos": [{"currency": "cny", "total_balance": 5, "granted_balance": null, "topped_up_balance": "5"}], "note": "kept"}',
      line('2026-11-27T06:00:00.000Z', '6.00', { ...SOURCE_FIELDS, extra: [1, 2] })
    ]
    const parsed = parseLedger(theirs.join('\n'), NOW)
    expect(parsed).toMatchObject({ skipped: 0, future: [] })
    expect(formatLedger(parsed.entries)).toBe(`${theirs[1]}\n${theirs[0]!.trim()}\n`)
    expect(totals(parsed.entries)).toEqual(['6.00', '5'])
    const a = entryOf(readingAt(MINUTE_MS, [['CNY', '2.00']]))
    const b = entryOf(readingAt(2 * MINUTE_MS, [['USD', '1.00']]))
    expect(formatLedger([])).toBe('')
    expect(formatLedger([a, b])).toBe(`${a.line}\n${b.line}\n`)
  })

  it('round-trips through parseLedger', () => {
    const amount = fc
      .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 8 }))
      .map(([units, scale]) => {
        const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0')
        const whole = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`
        return units < 0n ? `-${whole}` : whole
      })
    const row = fc
      .tuple(
        fc.constantFrom('CNY', 'USD', 'EUR', 'JPY', 'GBP'),
        amount,
        fc.option(amount, { nil: '' }),
        fc.option(amount, { nil: '' })
      )
      .map(([currency, total, granted, toppedUp]): BalanceRow => ({
        currency: clean(currency),
        total: { text: clean(total), value: parseDecimal(total)! },
        granted: clean(granted),
        toppedUp: clean(toppedUp)
      }))
    const rows = fc
      .uniqueArray(row, { selector: r => r.currency, maxLength: 4 })
      .map(list => [...list].sort((a, b) => (a.currency < b.currency ? -1 : 1)))
    const text = fc
      .string({
        minLength: 1,
        maxLength: 100,
        unit: fc.constantFrom(...'abcXYZ019-_.:/()[]#,é中ü ')
      })
      .map(raw => clean(raw))
      .filter(cleaned => cleaned !== '' && cleaned.length <= 100)
    const time = fc.date({
      min: new Date('0000-01-01T00:00:00.000Z'),
      max: NOW,
      noInvalidDate: true
    })
    const source = fc.record(
      {
        workflow: text,
        runId: text,
        runAttempt: text,
        job: text,
        step: fc.constantFrom('gate' as const, 'post' as const),
        gateAt: time
      },
      { requiredKeys: ['workflow', 'runId', 'runAttempt', 'job', 'step'] }
    )
    const reading = fc
      .tuple(time, fc.boolean(), rows, fc.option(source, { nil: undefined }))
      .map(([checkedAt, isAvailable, rowList, from]): Reading => ({
        checkedAt,
        isAvailable,
        rows: rowList,
        ...(from && { source: from })
      }))
    fc.assert(
      fc.property(fc.array(reading, { maxLength: 8 }), readings => {
        const sorted = [...readings].sort((a, b) => a.checkedAt.getTime() - b.checkedAt.getTime())
        const text = formatLedger(sorted.map(entryOf))
        const parsed = parseLedger(text, NOW)
        expect(parsed).toEqual({ entries: sorted.map(entryOf), future: [], skipped: 0 })
        // What each entry holds, read back: the time, the CNY and USD totals, the source.
        parsed.entries.forEach((entry, index) => {
          const { checkedAt, rows: rowList, source: from } = sorted[index]!
          expect(entry.at).toBe(checkedAt.getTime())
          expect(entry.totals).toEqual(
            rowList
              .filter(r => r.currency === 'CNY' || r.currency === 'USD')
              .map(r => ({ currency: r.currency, value: r.total.value }))
          )
          expect(entry.source).toEqual(
            from && {
              workflow: from.workflow,
              runId: from.runId,
              runAttempt: from.runAttempt,
              job: from.job,
              step: from.step,
              ...(from.gateAt && { gateAt: from.gateAt.getTime() })
            }
          )
        })
        expect(formatLedger(parsed.entries)).toBe(text)
      }),
      { numRuns: 300 }
    )
  })
})

describe('the ledger file', () => {
  let dir: string

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-test-'))
  })

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  /** A fresh folder inside the test's folder. */
  function folder(name: string): string {
    const path = join(dir, name)
    mkdirSync(path, { recursive: true })
    return path
  }

  describe('readLedgerFile', () => {
    it('finds a missing file missing, its folder missing too', () => {
      expect(readLedgerFile(join(dir, 'nothing.jsonl'))).toEqual({ kind: 'missing' })
      expect(readLedgerFile(join(dir, 'no-folder', 'ledger.jsonl'))).toEqual({ kind: 'missing' })
    })

    it('reads the text of a file', () => {
      const path = join(folder('read'), 'ledger.jsonl')
      const text = `${line('2026-11-27T08:00:00.000Z', '1.00')}\n`
      writeFileSync(path, text)
      expect(readLedgerFile(path)).toEqual({ kind: 'read', text })
      writeFileSync(path, '')
      expect(readLedgerFile(path)).toEqual({ kind: 'read', text: '' })
    })

    it('finds a directory unreadable: not a file', () => {
      expect(readLedgerFile(folder('a-folder'))).toEqual({
        kind: 'unreadable',
        error: 'not a file'
      })
    })

    it('finds a path through a file unreadable, with the error', () => {
      const file = join(folder('through'), 'file.txt')
      writeFileSync(file, 'x')
      const found = readLedgerFile(join(file, 'ledger.jsonl'))
      expect(found.kind).toBe('unreadable')
      // (Under Jest the error is of another realm's Error class, so it is shown with its name.)
      expect(found.kind === 'unreadable' && found.error).toMatch(/ENOTDIR: not a directory/)
    })

    it('does not read a file over MAX_LEDGER_BYTES, and reads one of that size', () => {
      const path = join(folder('large'), 'ledger.jsonl')
      writeFileSync(path, '')
      truncateSync(path, MAX_LEDGER_BYTES + 1) // sparse: no 8 MiB written
      expect(readLedgerFile(path)).toEqual({ kind: 'too-large', bytes: MAX_LEDGER_BYTES + 1 })
      truncateSync(path, MAX_LEDGER_BYTES)
      const found = readLedgerFile(path)
      expect(found.kind).toBe('read')
      expect(found.kind === 'read' && found.text.length).toBe(MAX_LEDGER_BYTES)
      // Eight MiB of NUL bytes are one line of something else.
      expect(found.kind === 'read' && parseLedger(found.text, NOW)).toEqual({
        entries: [],
        future: [],
        skipped: 1
      })
    })

    it('turns bytes that are not UTF-8 into U+FFFD, which no reading contains', () => {
      const path = join(folder('latin1'), 'ledger.jsonl')
      const good = line('2026-11-27T08:00:00.000Z', '1.00')
      writeFileSync(
        path,
        Buffer.concat([
          Buffer.from(`${good}\n`),
          Buffer.from([0xff, 0xfe, 0x80, 0x0a]),
          Buffer.from(good.replace('CNY', 'CN'), 'utf8'),
          Buffer.from([0xc3, 0x0a])
        ])
      )
      const found = readLedgerFile(path)
      expect(found.kind).toBe('read')
      if (found.kind !== 'read') return
      expect(found.text).toContain('\uFFFD')
      const parsed = parseLedger(found.text, NOW)
      expect(parsed.skipped).toBe(2)
      expect(totals(parsed.entries)).toEqual(['1.00'])
    })
  })

  describe('findLedger and ledgerPath', () => {
    const workspace = process.env['GITHUB_WORKSPACE']

    afterEach(() => {
      if (workspace === undefined) delete process.env['GITHUB_WORKSPACE']
      else process.env['GITHUB_WORKSPACE'] = workspace
    })

    it('finds nothing without a history', () => {
      expect(findLedger(undefined)).toBeUndefined()
      expect(findLedger('')).toBeUndefined()
    })

    it('resolves a relative path in the workspace, and keeps an absolute one', () => {
      process.env['GITHUB_WORKSPACE'] = dir
      expect(ledgerPath('.cache/ledger.jsonl')).toBe(join(dir, '.cache', 'ledger.jsonl'))
      expect(ledgerPath('/var/ledger.jsonl')).toBe('/var/ledger.jsonl')
      delete process.env['GITHUB_WORKSPACE']
      expect(ledgerPath('ledger.jsonl')).toBe(join(process.cwd(), 'ledger.jsonl'))
    })

    it('reads the file the history names, showing the path as given', () => {
      process.env['GITHUB_WORKSPACE'] = folder('workspace')
      expect(findLedger('ledger.jsonl')).toEqual({
        path: join(dir, 'workspace', 'ledger.jsonl'),
        file: 'ledger.jsonl',
        found: { kind: 'missing' }
      })
    })
  })

  describe('writeLedgerFile', () => {
    it('writes the text, making the folders, and leaves no temporary file', () => {
      const base = folder('write')
      const path = join(base, 'deep', 'er', 'ledger.jsonl')
      const entries = [entryOf(readingAt(MINUTE_MS, [['CNY', '2.00']], sourceOf('gate')))]
      writeLedgerFile(path, formatLedger(entries))
      expect(readFileSync(path, 'utf8')).toBe(formatLedger(entries))
      expect(readdirSync(join(base, 'deep', 'er'))).toEqual(['ledger.jsonl'])
      const found = readLedgerFile(path)
      expect(found.kind === 'read' && parseLedger(found.text, NOW).entries).toEqual(entries)
    })

    it('replaces the whole file, a shorter text leaving nothing of the longer one', () => {
      const base = folder('replace')
      const path = join(base, 'ledger.jsonl')
      writeFileSync(path, 'x'.repeat(10_000))
      writeLedgerFile(path, 'short\n')
      expect(readFileSync(path, 'utf8')).toBe('short\n')
      expect(readdirSync(base)).toEqual(['ledger.jsonl'])
    })

    it('throws when the target is a directory, leaving it and no temporary file', () => {
      const base = folder('target-is-dir')
      const path = join(base, 'ledger.jsonl')
      mkdirSync(path)
      writeFileSync(join(path, 'inside'), 'kept')
      expect(() => writeLedgerFile(path, 'text\n')).toThrow()
      expect(readdirSync(base)).toEqual(['ledger.jsonl'])
      expect(statSync(path).isDirectory()).toBe(true)
      expect(readdirSync(path)).toEqual(['inside'])
      // An empty directory too, which rename could otherwise replace.
      rmSync(join(path, 'inside'))
      expect(() => writeLedgerFile(path, 'text\n')).toThrow()
      expect(readdirSync(base)).toEqual(['ledger.jsonl'])
      expect(statSync(path).isDirectory()).toBe(true)
    })

    it('throws when its folder cannot be made, leaving no temporary file', () => {
      const base = folder('parent-is-file')
      writeFileSync(join(base, 'file'), 'kept')
      expect(() => writeLedgerFile(join(base, 'file', 'ledger.jsonl'), 'text\n')).toThrow()
      expect(readdirSync(base)).toEqual(['file'])
      expect(readFileSync(join(base, 'file'), 'utf8')).toBe('kept')
    })
  })
})
