import { expect } from '@jest/globals'
import type { ActionRun } from '../../emulator/runner.mjs'

/** The key may appear in `::add-mask::` lines and nowhere else: not in logs, outputs or summary. */
export function expectKeyOnlyInMask(run: ActionRun, key: string): void {
  const lines = run.stdout
    .split('\n')
    .filter(line => line.toLowerCase().includes(key.toLowerCase()))
    .filter(line => !line.startsWith('::add-mask::'))
  expect(lines).toEqual([])
  for (const text of [run.stderr, run.outputText, run.summary]) {
    expect(text.toLowerCase()).not.toContain(key.toLowerCase())
  }
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
