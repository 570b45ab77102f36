import { CURRENCIES } from './currencies.js'
import type { Decimal } from './decimal.js'
import { isoTimestamp } from './format.js'
import { type CleanText, cleanJson, own } from './outside-text.js'
import {
  MAX_SNAPSHOT_LENGTH,
  type Snapshot,
  checkSnapshot,
  formatSnapshotFields,
  parseJson,
  readCheckedAt
} from './snapshot.js'

/**
 * The ledger of readings (the `history` input): JSON Lines, one reading a line. A reading is a
 * snapshot line with where it came from added. The file comes from a cache other workflows
 * write, so every line is outside text: held to the snapshot's rules, and kept as data to count
 * with; only what is shown of it (a workflow's name) is cleaned, when it is shown.
 */

/** Where one of our readings came from (cleaned: the runner's names are anyone's text). */
export interface ReadingSource {
  readonly workflow: CleanText
  readonly runId: CleanText
  readonly runAttempt: CleanText
  readonly job: CleanText
  readonly step: 'gate' | 'post'
  /** For the post step: when its gate's reading was taken, which pairs the two. */
  readonly gateAt?: Date
}

/** A reading this action takes: a snapshot, and where it came from. */
export interface Reading extends Snapshot {
  readonly source?: ReadingSource
}

/** A reading as the ledger holds it: lean, to count with thousands of them. */
export interface LedgerEntry {
  /** checked_at, in ms. */
  readonly at: number
  /** The totals of the currencies this action checks. */
  readonly totals: readonly { readonly currency: string; readonly value: Decimal }[]
  /** Where it came from, as written (outside text: clean before showing). */
  readonly source?: EntrySource
  /** The line, to be written back as it was. */
  readonly line: string
}

export interface EntrySource {
  readonly workflow: string
  readonly runId: string
  readonly runAttempt: string
  readonly job: string
  readonly step: 'gate' | 'post'
  readonly gateAt?: number
}

export interface ParsedLedger {
  /** Readings up to now, the oldest first (ties in the order they were written). */
  readonly entries: readonly LedgerEntry[]
  /** Readings after now (a runner whose clock is behind wrote them): kept, not counted. */
  readonly future: readonly LedgerEntry[]
  /** Lines that are not readings (blank lines aside). */
  readonly skipped: number
}

/** A larger file is not read, nor written: a warning says so. */
export const MAX_LEDGER_BYTES = 8 * 1024 * 1024
/** Source fields longer than this are not ours (we write at most 100 characters). */
const MAX_SOURCE_FIELD = 400
const NO_TIME_LIMIT = new Date(8.64e15)

/** Reads a ledger's text. Nothing in it fails: what is not a reading is counted and left out. */
export function parseLedger(text: string, now: Date): ParsedLedger {
  const entries: LedgerEntry[] = []
  const future: LedgerEntry[] = []
  let skipped = 0
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (line === '') continue
    const entry = line.length > MAX_SNAPSHOT_LENGTH ? undefined : entryOfLine(line)
    if (!entry) skipped++
    else if (entry.at > now.getTime()) future.push(entry)
    else entries.push(entry)
  }
  // Stable: readings of the same time keep the order they were written in.
  entries.sort((a, b) => a.at - b.at)
  return { entries, future, skipped }
}

/** One of our readings as a ledger entry, with its line. */
export function entryOf(reading: Reading): LedgerEntry {
  const line = formatReading(reading)
  const entry = entryOfLine(line)
  if (!entry) throw new TypeError('a reading that does not read back')
  return entry
}

/**
 * One reading as a line of the ledger, which parseLedger reads back. Only the rows of the
 * currencies this action checks: the ledger is their history, and a line stays short.
 */
export function formatReading(reading: Reading): CleanText {
  const { source } = reading
  const rows = reading.rows.filter(row => CURRENCIES.some(currency => currency === row.currency))
  return cleanJson({
    ...formatSnapshotFields({ ...reading, rows }),
    ...(source && {
      workflow: source.workflow,
      run_id: source.runId,
      run_attempt: source.runAttempt,
      job: source.job,
      step: own(source.step),
      ...(source.gateAt && { gate_checked_at: isoTimestamp(source.gateAt) })
    })
  })
}

/** The ledger's text: one line an entry, in the order given, ending with a line break. */
export function formatLedger(entries: readonly LedgerEntry[]): string {
  return entries.map(entry => `${entry.line}\n`).join('')
}

/** A line that is a reading, by the snapshot's rules, as an entry; undefined otherwise. */
function entryOfLine(line: string): LedgerEntry | undefined {
  const json = parseJson(line)
  if (!json.ok) return undefined
  // Any time is read here; parseLedger sets apart the readings after now.
  const checked = checkSnapshot(json.value, NO_TIME_LIMIT)
  if (!checked.ok) return undefined
  const totals = checked.value.rows
    .filter(row => CURRENCIES.some(currency => currency === row.currency))
    .map(row => ({ currency: row.currency, value: row.value }))
  // A snapshot is a JSON object: checkSnapshot has checked that.
  const source = readSource(json.value as Record<string, unknown>)
  return { at: checked.value.checkedAt.getTime(), totals, ...(source && { source }), line }
}

/** Our own fields of a line that is a reading; absent, or not all there, means none. */
function readSource(json: Record<string, unknown>): EntrySource | undefined {
  const field = (name: string): string | undefined => {
    const value = json[name]
    return typeof value === 'string' && value.length <= MAX_SOURCE_FIELD ? value : undefined
  }
  const [workflow, runId, runAttempt, job] = ['workflow', 'run_id', 'run_attempt', 'job'].map(field)
  const step = json.step === 'gate' || json.step === 'post' ? json.step : undefined
  // An empty field is no field.
  if (!workflow || !runId || !runAttempt || !job || !step) return undefined
  // Absent or not a time: no gate time (the post step pairs with the last open gate).
  const gate = readCheckedAt(json.gate_checked_at)
  const gateAt = gate instanceof Date ? gate.getTime() : undefined
  return { workflow, runId, runAttempt, job, step, ...(gateAt !== undefined && { gateAt }) }
}
