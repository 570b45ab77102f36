import { type CleanText, clean, cleanJson, own } from './outside-text.js'
import {
  MAX_SNAPSHOT_LENGTH,
  type Snapshot,
  formatSnapshotFields,
  parseJson,
  readSnapshot
} from './snapshot.js'

/**
 * The ledger of readings (the `history` input): JSON Lines, one reading a line. A reading is a
 * snapshot line with where it came from added. The file comes from a cache other workflows
 * write, so every line is outside text: held to the snapshot's rules, and cleaned.
 */

/** Where a reading came from. Cleaned: never the key, never a runner command. */
export interface ReadingSource {
  readonly workflow: CleanText
  readonly runId: CleanText
  readonly runAttempt: CleanText
  readonly job: CleanText
  readonly step: 'gate' | 'post'
}

export interface Reading extends Snapshot {
  readonly source?: ReadingSource
}

export interface ParsedLedger {
  /** In the order of their times, the oldest first. */
  readonly readings: readonly Reading[]
  /** Lines that are not readings (blank lines aside). */
  readonly skipped: number
  /** Readings from the future (more than a minute ahead of now), left out. */
  readonly future: number
}

/** A larger file is not read, nor written: a warning says so. */
export const MAX_LEDGER_BYTES = 8 * 1024 * 1024
const MAX_SOURCE_FIELD = 100

/** Reads a ledger's text. Nothing in it fails: what is not a reading is counted and left out. */
export function parseLedger(text: string, now: Date): ParsedLedger {
  const readings: Reading[] = []
  let skipped = 0
  let future = 0
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    const json = line.length > MAX_SNAPSHOT_LENGTH ? undefined : parseJson(line)
    if (!json?.ok) {
      skipped++
      continue
    }
    const parsed = readSnapshot(json.value, now)
    if (parsed.ok) {
      // A snapshot is a JSON object: readSnapshot has checked that.
      const source = readSource(json.value as Record<string, unknown>)
      readings.push(source ? { ...parsed.value, source } : parsed.value)
    } else if (parsed.problem.kind === 'checked-at-in-the-future') {
      future++
    } else {
      skipped++
    }
  }
  // Stable: readings of the same time keep the order they were written in.
  readings.sort((a, b) => a.checkedAt.getTime() - b.checkedAt.getTime())
  return { readings, skipped, future }
}

/** One reading as a line of the ledger, which parseLedger reads back. */
export function formatReading(reading: Reading): CleanText {
  const { source } = reading
  return cleanJson({
    ...formatSnapshotFields(reading),
    ...(source && {
      workflow: source.workflow,
      run_id: source.runId,
      run_attempt: source.runAttempt,
      job: source.job,
      step: own(source.step)
    })
  })
}

/** The ledger's text: one line a reading, in the order given, ending with a line break. */
export function formatLedger(readings: readonly Reading[]): string {
  return readings.map(reading => `${formatReading(reading)}\n`).join('')
}

/** Our own fields of a line that parsed as a snapshot; absent, or not all there, means none. */
function readSource(json: Record<string, unknown>): ReadingSource | undefined {
  const field = (name: string): CleanText | undefined => {
    const value = json[name]
    return typeof value === 'string' && value !== '' && value.length <= MAX_SOURCE_FIELD
      ? clean(value)
      : undefined
  }
  const [workflow, runId, runAttempt, job] = ['workflow', 'run_id', 'run_attempt', 'job'].map(field)
  const step = json.step === 'gate' || json.step === 'post' ? json.step : undefined
  if (!workflow || !runId || !runAttempt || !job || !step) return undefined
  return { workflow, runId, runAttempt, job, step }
}
