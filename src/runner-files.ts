import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import { appendFileSync } from 'node:fs'

// The runner's files are written here with one synchronous append each. core.setOutput appends
// once per output, and core.summary.write() makes two trips through the thread pool; together
// that was about 3 ms of a 95 ms run, a third of what this action adds to a bare two-library
// action (npm run bench).

/** Sets every step output, in the runner's `name<<delimiter` form. */
export function setOutputs(outputs: Record<string, string>): void {
  const file = process.env['GITHUB_OUTPUT']
  if (!file) {
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
    return
  }
  const delimiter = `ghadelimiter_${randomUUID()}`
  const text = Object.entries(outputs)
    .map(([name, value]) => `${name}<<${delimiter}\n${value}\n${delimiter}\n`)
    .join('')
  appendFileSync(file, text, 'utf8')
}

/**
 * Appends Markdown to the job summary. Returns false, writing nothing, outside a runner
 * (no GITHUB_STEP_SUMMARY); throws when the file cannot be written.
 */
export function appendSummary(markdown: string): boolean {
  const file = process.env['GITHUB_STEP_SUMMARY']
  if (!file) return false
  appendFileSync(file, markdown, 'utf8')
  return true
}
