import * as core from '@actions/core'
import { clean } from './base/outside-text.js'
import { parseSnapshot } from './base/snapshot.js'
import {
  type Severity,
  postVerdict,
  unexpectedVerdict,
  unreadableStartVerdict
} from './decide/verdict.js'
import { readBalance } from './read/read-balance.js'
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
    return await showPost(
      postVerdict(settings, earlier.value, currency, reading, new Date()),
      settings
    )
  } catch (error) {
    return showPost(unexpectedVerdict('post', describeError(error), new Date()), settings)
  }
}
