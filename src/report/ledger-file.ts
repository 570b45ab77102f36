import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { formatLedger } from '../base/ledger.js'
import type { LedgerCheck } from '../decide/ledger-check.js'
import * as log from './log.js'
import { historyNotWritten } from './messages.js'

/**
 * Writes the ledger whole, atomically: into a temporary file beside it, then renamed over it, so
 * that a reader (or a cache saving it) sees the old file or the new one, never half of one.
 * Throws what the file system threw.
 */
export function writeLedgerFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true })
  // The process id and the time keep two writers apart; `wx` refuses a name that exists.
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`)
  try {
    writeFileSync(temporary, text, { encoding: 'utf8', flag: 'wx' })
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
}

/**
 * Writes back the ledger a step decided on, if any. A file that cannot be written is a warning
 * naming it: the verdict stands, and the next run reads the old file.
 */
export function saveLedger(path: string, check: LedgerCheck): void {
  if (!check.write) return
  try {
    writeLedgerFile(path, formatLedger(check.write))
  } catch (error) {
    log.warning(historyNotWritten(check.file, error))
  }
}
