import * as core from '@actions/core'
import { clean } from './base/outside-text.js'
import { parseSnapshot } from './base/snapshot.js'
import {
  type Severity,
  postVerdict,
  unexpectedVerdict,
  unreadableStartVerdict
} from './decide/verdict.js'
import { findLedger } from './read/ledger-file.js'
import { readBalance } from './read/read-balance.js'
import { readingSource } from './read/run-context.js'
import { saveLedger } from './report/ledger-file.js'
import * as log from './report/log.js'
import { NOTHING_SAVED, describeError } from './report/messages.js'
import { showPost } from './report/run-page.js'
import { savedStartOfJob } from './report/state.js'
import { type Settings, readSettings } from './settings/settings.js'

/**
 * The post step, at the end of the job: reads the balance again with the same inputs and
 * reports what the job spent since the gate's reading, holding it to max-spend (the job's
 * budget). Nothing to do when the gate read no balance, had a baseline, or was told not to
 * report (it then saved nothing).
 */
export async function post(): Promise<Severity> {
  const start = savedStartOfJob()
  if (!start) {
    log.debug(NOTHING_SAVED)
    return 'ok'
  }
  log.protectKey(core.getInput('api-key'))
  let settings: Settings | undefined
  try {
    settings = readSettings(name => core.getInput(name))
    const earlier = parseSnapshot(start.snapshot, new Date())
    if (!earlier.ok) return await showPost(unreadableStartVerdict(settings, new Date()), settings)
    const reading = await readBalance(settings, log.readProgress)
    const currency = clean(start.currency) || undefined
    const ledger = findLedger(settings.history)
    const verdict = postVerdict(
      settings,
      earlier.value,
      currency,
      reading,
      new Date(),
      ledger,
      readingSource('post', earlier.value.checkedAt)
    )
    const severity = await showPost(verdict, settings)
    if (ledger && verdict.ledger) saveLedger(ledger.path, verdict.ledger)
    return severity
  } catch (error) {
    return showPost(unexpectedVerdict('post', describeError(error), new Date()), settings)
  }
}
