import type { ReadingSource } from '../base/ledger.js'
import { clean } from '../base/outside-text.js'

/**
 * Where a reading is taken: the runner's names for the workflow, run, attempt and job, cleaned
 * (a workflow's name is anyone's text); the post step names its gate's reading by its time.
 * Undefined outside a runner, where there are none.
 */
export function readingSource(
  step: ReadingSource['step'],
  gateAt?: Date
): ReadingSource | undefined {
  const value = (name: string): string => process.env[name] ?? ''
  const [workflow, runId, runAttempt, job] = [
    'GITHUB_WORKFLOW',
    'GITHUB_RUN_ID',
    'GITHUB_RUN_ATTEMPT',
    'GITHUB_JOB'
  ].map(value)
  if (!workflow || !runId || !job) return undefined
  return {
    workflow: clean(workflow, 100),
    runId: clean(runId, 100),
    runAttempt: clean(runAttempt || '1', 100),
    job: clean(job, 100),
    step,
    ...(gateAt && { gateAt })
  }
}
