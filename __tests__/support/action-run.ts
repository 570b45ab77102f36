import { expect } from '@jest/globals'
import type { ActionRun } from '../../emulator/runner.mjs'

// The promise made to users, written out here rather than read from src/base/outside-text.ts, so that a
// weaker redaction there cannot weaken this check with it.
const PIECE = 6

/** Every piece of the key of PIECE characters, in lower case. */
export function keyPieces(key: string): string[] {
  const width = Math.min(PIECE, key.length)
  const pieces: string[] = []
  for (let start = 0; start + width <= key.length; start++) {
    pieces.push(key.slice(start, start + width).toLowerCase())
  }
  return pieces
}

/**
 * The key may appear in `::add-mask::` lines and nowhere else, not even in part: no piece of it
 * of PIECE characters in the log, stderr, the outputs or the summary.
 */
export function expectKeyOnlyInMask(run: ActionRun, key: string): void {
  const log = run.stdout
    .split('\n')
    .filter(line => !line.startsWith('::add-mask::'))
    .join('\n')
  // The output values, not the file: its random delimiters are hex, as keys often are.
  const outputs = Object.values(run.outputs).join('\n')
  const texts = { log, stderr: run.stderr, outputs, summary: run.summary }
  const found = Object.entries(texts).flatMap(([where, text]) =>
    keyPieces(key)
      .filter(piece => text.toLowerCase().includes(piece))
      .map(piece => `${where}: ${piece}`)
  )
  expect(found).toEqual([])
}

/** Exactly one `::error` annotation, no stack trace, nothing on stderr. */
export function expectOneCleanError(run: ActionRun): string {
  const errors = run.stdout.split('\n').filter(line => line.startsWith('::error'))
  expect(errors).toHaveLength(1)
  expect(run.stdout).not.toMatch(/^\s+at /m)
  expect(run.stderr).toBe('')
  return errors[0] ?? ''
}

export function annotations(run: ActionRun, kind: 'error' | 'warning'): string[] {
  return run.stdout.split('\n').filter(line => line.startsWith(`::${kind}`))
}
