import { closeSync, fstatSync, openSync, readFileSync, statSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
import { MAX_LEDGER_BYTES } from '../base/ledger.js'
import { type CleanText, clean, own } from '../base/outside-text.js'

/** The ledger file as found: not there yet, too large to read, unreadable, or its text. */
export type LedgerFile =
  | { readonly kind: 'missing' }
  | { readonly kind: 'too-large'; readonly bytes: number }
  | { readonly kind: 'unreadable'; readonly error: CleanText }
  | { readonly kind: 'read'; readonly text: string }

/** The ledger as a step finds it: where it is, how it may be shown, and what was there. */
export interface FoundLedger {
  readonly path: string
  readonly file: CleanText
  readonly found: LedgerFile
}

/** Looks for the ledger the `history` input names; undefined without one. */
export function findLedger(history: string | undefined): FoundLedger | undefined {
  if (!history) return undefined
  const path = ledgerPath(history)
  return { path, file: clean(history, 100), found: readLedgerFile(path) }
}

/** The `history` path: relative to the workspace (GITHUB_WORKSPACE, else the working directory). */
export function ledgerPath(history: string): string {
  if (isAbsolute(history)) return history
  return resolve(process.env['GITHUB_WORKSPACE'] || process.cwd(), history)
}

/**
 * Reads the ledger, its size checked first: a file over MAX_LEDGER_BYTES is not read at all.
 * Bytes that are not UTF-8 become U+FFFD, which no reading contains.
 */
export function readLedgerFile(path: string): LedgerFile {
  let descriptor: number
  try {
    // Looked at before it is opened: opening a named pipe would wait for a writer forever.
    if (!statSync(path).isFile()) return { kind: 'unreadable', error: own('not a file') }
    descriptor = openSync(path, 'r')
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return { kind: 'missing' }
    return unreadable(error)
  }
  try {
    const { size, isFile } = statOf(descriptor)
    if (!isFile) return { kind: 'unreadable', error: own('not a file') }
    if (size > MAX_LEDGER_BYTES) return { kind: 'too-large', bytes: size }
    return { kind: 'read', text: readFileSync(descriptor, 'utf8') }
  } catch (error) {
    return unreadable(error)
  } finally {
    closeSync(descriptor)
  }
}

function statOf(descriptor: number): { size: number; isFile: boolean } {
  const stats = fstatSync(descriptor)
  return { size: stats.size, isFile: stats.isFile() }
}

function unreadable(error: unknown): LedgerFile {
  return {
    kind: 'unreadable',
    error: clean(error instanceof Error ? error.message : String(error), 160)
  }
}
