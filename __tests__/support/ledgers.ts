// Ledgers for the `history` input, written and read back the way the tests check them: readings
// taken at chosen past times, in the snapshot form with our own fields, as JSON Lines.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { EmulatedResponse } from '../../emulator/deepseek-server.mjs'

export const MINUTE_MS = 60_000
export const HOUR_MS = 60 * MINUTE_MS
export const DAY_MS = 24 * HOUR_MS

/** Where a reading came from, as the action writes it (any extra field is allowed too). */
export interface Source {
  workflow?: string
  run_id?: string
  run_attempt?: string
  job?: string
  step?: 'gate' | 'post'
  /** A post step's: when its gate's reading was taken (ISO 8601). */
  gate_checked_at?: string
  [extra: string]: unknown
}

/** One reading as a line of the ledger: taken at `at`, a total per currency (`{ CNY: '1.00' }`). */
export function readingLine(at: number, totals: Record<string, string>, source?: Source): string {
  return JSON.stringify({
    checked_at: new Date(at).toISOString(),
    is_available: true,
    balance_infos: Object.entries(totals).map(([currency, total]) => ({
      currency,
      total_balance: total,
      granted_balance: '0.00',
      topped_up_balance: total
    })),
    ...source
  })
}

/** CNY readings `[age, total]`, each taken `age` ms before `now`. */
export function cnyLines(now: number, readings: readonly [ageMs: number, cny: string][]): string[] {
  return readings.map(([ageMs, cny]) => readingLine(now - ageMs, { CNY: cny }))
}

/** A ledger's text: one line each, each ending with a line break. */
export function ledgerText(lines: readonly string[]): string {
  return lines.map(line => `${line}\n`).join('')
}

/** DeepSeek's answer for an account with these totals. */
export function account(totals: Record<string, string>): EmulatedResponse {
  return {
    json: {
      is_available: true,
      balance_infos: Object.entries(totals).map(([currency, total]) => ({
        currency,
        total_balance: total,
        granted_balance: '0.00',
        topped_up_balance: total
      }))
    }
  }
}

/** A line of the ledger as written back, parsed. */
export interface LedgerEntry {
  checked_at: string
  is_available: boolean
  balance_infos: { currency: string; total_balance: string }[]
  workflow?: string
  run_id?: string
  run_attempt?: string
  job?: string
  step?: string
  /** A post step's: its gate's checked_at, which pairs the two. */
  gate_checked_at?: string
}

/** The ledger file's lines, each parsed (a line that is not JSON fails the test). */
export function readLedger(path: string): LedgerEntry[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(line => line !== '')
    .map(line => JSON.parse(line) as LedgerEntry)
}

/** The entry's total in `currency`, if it has one. */
export function totalOf(entry: LedgerEntry, currency = 'CNY'): string | undefined {
  return entry.balance_infos.find(row => row.currency === currency)?.total_balance
}

export function timeOf(entry: LedgerEntry): number {
  return Date.parse(entry.checked_at)
}

/** Temporary workspaces (GITHUB_WORKSPACE), each removed by `removeAll`. */
export class Workspaces {
  private readonly dirs: string[] = []

  create(): string {
    const dir = mkdtempSync(join(tmpdir(), 'deepseek-history-'))
    this.dirs.push(dir)
    return dir
  }

  removeAll(): void {
    for (const dir of this.dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  }
}

/** The names in a folder, sorted: what a step left behind (a temporary file would show here). */
export function namesIn(dir: string): string[] {
  return readdirSync(dir).sort()
}
