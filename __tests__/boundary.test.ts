// The boundary is structural: only the sinks in src/report/ talk to the runner's log, outputs
// and summary, and they take clean text only (the compiler checks that part). This keeps the
// first part from eroding: a new `core.info(serverText)` elsewhere fails here.
import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { REPO_ROOT } from './support/metadata.js'

const SINKS = [
  'src/report/log.ts',
  'src/report/outputs.ts',
  'src/report/summary.ts',
  'src/report/state.ts'
]
const SINK_CALL =
  /\bcore\.(info|notice|warning|error|debug|setOutput|setFailed|summary|saveState|startGroup)\b|\bconsole\.|process\.std(out|err)\.write/

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : []
  )
}

describe('the outside-text boundary', () => {
  it('has sinks only in src/report/', () => {
    const offenders = sourceFiles(join(REPO_ROOT, 'src'))
      .map(file => relative(REPO_ROOT, file))
      .filter(file => !SINKS.includes(file))
      .flatMap(file =>
        readFileSync(join(REPO_ROOT, file), 'utf8')
          .split('\n')
          .map((line, index) => ({ line, where: `${file}:${index + 1}` }))
          .filter(({ line }) => SINK_CALL.test(line))
          .map(({ where, line }) => `${where}: ${line.trim()}`)
      )
    expect(offenders).toEqual([])
  })

  it('has sinks that accept clean text only', () => {
    const log = readFileSync(join(REPO_ROOT, 'src/report/log.ts'), 'utf8')
    for (const name of ['debug', 'info', 'warning', 'error']) {
      expect(log).toMatch(new RegExp(`export function ${name}\\(text: CleanText\\)`))
    }
  })
})
