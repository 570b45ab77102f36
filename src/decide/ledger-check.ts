import { compareDecimals } from '../base/decimal.js'
import {
  type LedgerEntry,
  MAX_LEDGER_BYTES,
  type Reading,
  entryOf,
  parseLedger
} from '../base/ledger.js'
import { type CleanText, own } from '../base/outside-text.js'
import type { FoundLedger } from '../read/ledger-file.js'
import type { Threshold } from '../settings/settings.js'
import type { Note, SpendFinding } from './findings.js'
import { type History, historyOf, retained } from './history.js'
import { type Rate, runwayBelow } from './spend.js'

const KEEP_AHEAD_MS = 24 * 3_600_000

/** The ledger as the step found it: how its path may be shown, and what was there. */
export type LedgerInput = Pick<FoundLedger, 'file' | 'found'>

/** What the ledger adds to a step. */
export interface LedgerCheck {
  readonly file: CleanText
  /** The checked currency's history; absent when the file cannot be used or no currency was checked. */
  readonly history?: History
  /** The ledger to write back (kept readings, this one, readings after now); absent when the file is left alone. */
  readonly write?: readonly LedgerEntry[]
  readonly notes: readonly Note[]
}

/**
 * Reads the ledger the step found, adds `current` (the step's own reading, when it read one) and
 * decides what to write back. A file that is too large, unreadable, or holds not one reading
 * (a wrong path, most likely) is left untouched; lines that are not readings are counted and
 * dropped. Nothing here fails a step.
 */
export function checkLedger(
  ledger: LedgerInput,
  current: Reading | undefined,
  currency: CleanText | undefined,
  now: Date
): LedgerCheck {
  const { file, found } = ledger
  if (found.kind === 'too-large') {
    const note: Note = {
      kind: 'history-too-large',
      level: 'warning',
      file,
      bytes: found.bytes,
      limit: MAX_LEDGER_BYTES
    }
    return { file, notes: [note] }
  }
  if (found.kind === 'unreadable') {
    return {
      file,
      notes: [{ kind: 'history-unreadable', level: 'warning', file, error: found.error }]
    }
  }
  const text = found.kind === 'read' ? found.text : ''
  const parsed = parseLedger(text, now)
  // Readings up to a day after now are kept, not counted: a runner whose clock is behind must not
  // delete them. Further ahead they are no clock's error: skipped like any line that is no reading.
  const ahead = parsed.future.filter(entry => entry.at - now.getTime() <= KEEP_AHEAD_MS)
  const skipped = parsed.skipped + parsed.future.length - ahead.length
  const notes: Note[] = []
  if (parsed.entries.length + ahead.length === 0 && skipped > 0) {
    return {
      file,
      notes: [{ kind: 'history-not-a-ledger', level: 'warning', file, lines: skipped }]
    }
  }
  if (skipped > 0 || ahead.length > 0) {
    notes.push({
      kind: 'history-lines-skipped',
      level: 'warning',
      file,
      skipped,
      future: ahead.length
    })
  }
  const all = current ? [...parsed.entries, entryOf(current)] : parsed.entries
  return {
    file,
    ...(currency && { history: historyOf(all, currency, now) }),
    ...(current && { write: [...retained(all, now), ...ahead] }),
    notes
  }
}

/** The last day's spend held to max-spend-per-day. */
export function dailyCap(
  history: History,
  max: Threshold
): Extract<SpendFinding, { kind: 'daily-cap' }> {
  // Stryker disable next-line ConditionalExpression: the last day's window comes first, so any window found first is it
  const day = history.windows.find(window => window.days === 1)
  const spent = day?.spent ?? { units: 0n, scale: 0 }
  return {
    kind: 'daily-cap',
    over: compareDecimals(spent, max.value) > 0,
    spent: day?.spentText ?? own('0'),
    currency: history.currency,
    spanMs: day?.spanMs ?? 0,
    partial: !day?.full,
    max: max.text
  }
}

/** What the ledger's windows say, as a finding; none without a reading before this one. */
export function historySpend(history: History): SpendFinding | undefined {
  if (history.windows.length === 0) return undefined
  return {
    kind: 'history-spend',
    currency: history.currency,
    windows: history.windows.map(window => ({
      days: window.days,
      spent: window.spentText,
      spanMs: window.spanMs,
      full: window.full
    }))
  }
}

/** The history's rate, as a finding: below warn-runway-days, or just the rate. */
export function historyRate(
  history: History,
  rate: Rate,
  warnRunwayDays: Threshold | undefined,
  now: Date
): SpendFinding {
  const week = history.windows.find(window => window.days === 7)
  const figures = {
    perDay: rate.perDay,
    currency: history.currency,
    since: week?.from ?? now,
    total: history.total,
    runwayDays: rate.runwayDays
  }
  return warnRunwayDays && runwayBelow(rate, warnRunwayDays.value)
    ? { kind: 'runway-low', rate: figures, threshold: warnRunwayDays.text }
    : { kind: 'rate', rate: figures }
}
