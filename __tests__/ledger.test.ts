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
import { parseDecimal } from '../src/base/decimal.js'
import {
  MAX_LEDGER_BYTES,
  type Reading,
  type ReadingSource,
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
const KEY = 'sk-0123456789abcdef0123456789abcdef'

/** A reading taken `ageMs` before NOW. */
function readingAt(ageMs: number, rows: Row[], source?: ReadingSource): Reading {
  return {
    ...balanceOf(true, ...rows),
    checkedAt: new Date(NOW.getTime() - ageMs),
    ...(source && { source })
  }
}

function sourceOf(step: ReadingSource['step'], workflow = 'CI', job = 'build'): ReadingSource {
  return {
    workflow: clean(workflow),
    runId: clean('42'),
    runAttempt: clean('1'),
    job: clean(job),
    step
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

const totals = (readings: readonly Reading[]) => readings.map(r => r.rows[0]?.total.text)

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
    expect(parsed).toMatchObject({ skipped: 0, future: 0 })
    expect(totals(parsed.readings)).toEqual(['12.00', '11.00', '10.00'])
    expect(parsed.readings[0]).toEqual(readingAt(2.5 * 3_600_000, [['CNY', '12.00']]))
    expect(parseLedger('', NOW)).toEqual({ readings: [], skipped: 0, future: 0 })
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
      JSON.stringify({ checked_at: '2026-11-27T08:00:00.000Z', balance_infos: [] }),
      `${line('2026-11-27T08:00:00.000Z', '1.00')} trailing`
    ]
    const text = [line('2026-11-27T05:00:00.000Z', '9.00'), ...garbage].join('\n')
    const parsed = parseLedger(text, NOW)
    expect(parsed.skipped).toBe(garbage.length)
    expect(parsed.future).toBe(0)
    expect(totals(parsed.readings)).toEqual(['9.00'])
  })

  it('does not parse a line over the length cap, and parses one at it', () => {
    const reading = line('2026-11-27T08:00:00.000Z', '7.00')
    const atCap = reading.padEnd(MAX_SNAPSHOT_LENGTH, ' ')
    expect(atCap).toHaveLength(MAX_SNAPSHOT_LENGTH)
    expect(parseLedger(atCap, NOW)).toMatchObject({ skipped: 0, future: 0 })
    expect(parseLedger(atCap, NOW).readings).toHaveLength(1)
    const overCap = `${atCap} `
    expect(parseLedger(overCap, NOW)).toEqual({ readings: [], skipped: 1, future: 0 })
  })

  it('counts readings from the future apart: more than a minute ahead of now', () => {
    const ahead = (ms: number) => new Date(NOW.getTime() + ms).toISOString()
    const text = [
      line(ahead(MINUTE_MS), '3.00'), // just within the clock-skew tolerance
      line(ahead(MINUTE_MS + 1), '2.00'),
      line(ahead(24 * 3_600_000), '1.00'),
      line('2026-11-27T08:00:00.000Z', '4.00'),
      'garbage'
    ].join('\n')
    const parsed = parseLedger(text, NOW)
    expect(parsed).toMatchObject({ skipped: 1, future: 2 })
    expect(totals(parsed.readings)).toEqual(['4.00', '3.00'])
  })

  it('reads the source fields only when all are there and valid', () => {
    const sourceOfLine = (fields: Record<string, unknown>) => {
      const parsed = parseLedger(line('2026-11-27T08:00:00.000Z', '1.00', fields), NOW)
      expect(parsed.readings).toHaveLength(1)
      return parsed.readings[0]?.source
    }
    expect(sourceOfLine(SOURCE_FIELDS)).toEqual(sourceOf('gate'))
    expect(sourceOfLine({ ...SOURCE_FIELDS, step: 'post' })).toEqual(sourceOf('post'))
    const hundred = 'w'.repeat(100)
    expect(sourceOfLine({ ...SOURCE_FIELDS, workflow: hundred })?.workflow).toBe(hundred)
    expect(sourceOfLine({ ...SOURCE_FIELDS, job: hundred })?.job).toBe(hundred)
    const invalid: Record<string, unknown>[] = [
      {},
      ...Object.keys(SOURCE_FIELDS).map(name => {
        const fields: Record<string, unknown> = { ...SOURCE_FIELDS }
        delete fields[name]
        return fields
      }),
      ...['workflow', 'run_id', 'run_attempt', 'job'].flatMap(name => [
        { ...SOURCE_FIELDS, [name]: '' },
        { ...SOURCE_FIELDS, [name]: 'x'.repeat(101) },
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

  it('cleans the source fields: no key, no runner command, one line', () => {
    protectSecret(KEY)
    const parsed = parseLedger(
      line('2026-11-27T08:00:00.000Z', '1.00', {
        ...SOURCE_FIELDS,
        workflow: `Deploy ${KEY} nightly`,
        run_id: KEY.slice(0, 12),
        job: '::error::boom\nx'
      }),
      NOW
    )
    const source = parsed.readings[0]?.source
    expect(source).toEqual({
      workflow: 'Deploy *** nightly',
      runId: '***',
      runAttempt: '1',
      job: ': :error::boom x',
      step: 'gate'
    })
    expect(JSON.stringify(source)).not.toContain(KEY.slice(3, 9))
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
    expect(totals(parseLedger(text, NOW).readings)).toEqual([
      '0.00',
      '1.00',
      '2.00',
      '3.00',
      '4.00',
      '5.00'
    ])
  })
})

describe('formatReading and formatLedger', () => {
  it('writes a reading as one line of JSON, the source last', () => {
    const reading = readingAt(30 * MINUTE_MS, [['CNY', '110.00', '10.00', '100.00']])
    expect(formatReading(reading)).toBe(
      '{"checked_at":"2026-11-27T08:00:00.000Z","is_available":true,"balance_infos":[{"currency":"CNY","total_balance":"110.00","granted_balance":"10.00","topped_up_balance":"100.00"}]}'
    )
    expect(formatReading({ ...reading, source: sourceOf('post', 'Nightly "big" run') })).toBe(
      '{"checked_at":"2026-11-27T08:00:00.000Z","is_available":true,"balance_infos":[{"currency":"CNY","total_balance":"110.00","granted_balance":"10.00","topped_up_balance":"100.00"}],"workflow":"Nightly \\"big\\" run","run_id":"42","run_attempt":"1","job":"build","step":"post"}'
    )
  })

  it('writes one line a reading, in the order given, each ending with a line break', () => {
    const a = readingAt(MINUTE_MS, [['CNY', '2.00']])
    const b = readingAt(2 * MINUTE_MS, [['USD', '1.00']])
    expect(formatLedger([])).toBe('')
    expect(formatLedger([a, b])).toBe(`${formatReading(a)}\n${formatReading(b)}\n`)
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
    const source = fc.record({
      workflow: text,
      runId: text,
      runAttempt: text,
      job: text,
      step: fc.constantFrom('gate' as const, 'post' as const)
    })
    const reading = fc
      .tuple(
        fc.date({
          min: new Date('0000-01-01T00:00:00.000Z'),
          max: new Date(NOW.getTime() + MINUTE_MS),
          noInvalidDate: true
        }),
        fc.boolean(),
        rows,
        fc.option(source, { nil: undefined })
      )
      .map(([checkedAt, isAvailable, rowList, from]): Reading => ({
        checkedAt,
        isAvailable,
        rows: rowList,
        ...(from && { source: from })
      }))
    fc.assert(
      fc.property(fc.array(reading, { maxLength: 8 }), readings => {
        const sorted = [...readings].sort((a, b) => a.checkedAt.getTime() - b.checkedAt.getTime())
        const parsed = parseLedger(formatLedger(sorted), NOW)
        expect(parsed).toEqual({ readings: sorted, skipped: 0, future: 0 })
        expect(formatLedger(parsed.readings)).toBe(formatLedger(sorted))
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
        readings: [],
        skipped: 1,
        future: 0
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
      expect(totals(parsed.readings)).toEqual(['1.00'])
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
      const readings = [readingAt(MINUTE_MS, [['CNY', '2.00']], sourceOf('gate'))]
      writeLedgerFile(path, formatLedger(readings))
      expect(readFileSync(path, 'utf8')).toBe(formatLedger(readings))
      expect(readdirSync(join(base, 'deep', 'er'))).toEqual(['ledger.jsonl'])
      const found = readLedgerFile(path)
      expect(found.kind === 'read' && parseLedger(found.text, NOW).readings).toEqual(readings)
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
