import * as core from '@actions/core'
import { checkSpend, snapshotOf } from './decide/spend-check.js'
import { parseBaseline } from './decide/spend.js'
import { BalanceFetchError } from './errors.js'
import { readBalance, requestFor } from './read/read-balance.js'
import * as log from './report/log.js'
import { savedSnapshotUnreadable, spendNotRead, unexpected } from './report/messages.js'
import { clean, ours } from './report/outside-text.js'
import { savedStartOfJob } from './report/state.js'
import { spendSection, writeSummary } from './report/summary.js'
import { readSettings } from './settings.js'

/**
 * The post step, at the end of the job: reads the balance again with the same inputs and
 * reports what the job spent since the main step's read, holding it to max-spend (the job's
 * budget). Nothing to do when the main step read no balance, had a baseline, or was told not to
 * report (it then saved no snapshot).
 */
export async function post(): Promise<void> {
  const start = savedStartOfJob()
  if (!start) {
    log.debug(ours`The main step saved no balance: no spend to report.`)
    return
  }
  log.protectKey(core.getInput('api-key'))
  try {
    const settings = readSettings(name => core.getInput(name))
    const baseline = parseBaseline(start.snapshot, new Date())
    if (!baseline.ok) {
      log.warning(savedSnapshotUnreadable())
      return
    }
    let read
    try {
      read = await readBalance(requestFor(settings), log)
    } catch (error) {
      if (!(error instanceof BalanceFetchError)) throw error
      // "Could not check" never passes a budget; without one it is only a missing figure.
      if (settings.maxSpend) log.error(spendNotRead(error, settings.maxSpend.text))
      else log.warning(spendNotRead(error, undefined))
      return
    }
    const check = checkSpend(
      baseline.snapshot,
      snapshotOf(read.balance, new Date()),
      clean(start.currency) || undefined,
      { ...(settings.maxSpend && { maxSpend: settings.maxSpend }) },
      { kind: 'job' }
    )
    log.info(check.report)
    if (check.problem) log.error(check.problem)
    if (settings.writeSummary) {
      await writeSummary(['', ...spendSection('DeepSeek spend during this job', check)].join('\n'))
    }
  } catch (error) {
    log.error(unexpected(error))
  }
}
