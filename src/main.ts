import * as core from '@actions/core'
import { formatSnapshot } from './base/snapshot.js'
import { type Severity, gateVerdict, inputVerdict, unexpectedVerdict } from './decide/verdict.js'
import { findLedger } from './read/ledger-file.js'
import { readBalance } from './read/read-balance.js'
import { readingSource } from './read/run-context.js'
import { saveLedger } from './report/ledger-file.js'
import * as log from './report/log.js'
import { describeError, describeSettings } from './report/messages.js'
import { showGate } from './report/run-page.js'
import { saveStartOfJob } from './report/state.js'
import { InputError, type Settings, readSettings } from './settings/settings.js'

/**
 * The gate: inputs -> settings -> balance (and the ledger) -> verdict -> log, outputs, summary;
 * then the ledger written back, and state for the post step.
 */
export async function run(): Promise<Severity> {
  // Protected before anything else is printed, whatever else is wrong with the inputs.
  log.protectKey(core.getInput('api-key'))
  let settings: Settings | undefined
  try {
    settings = readSettings(name => core.getInput(name))
    log.debug(describeSettings(settings))
    const reading = await readBalance(settings, log.readProgress)
    const ledger = findLedger(settings.history)
    const verdict = gateVerdict(settings, reading, new Date(), ledger, readingSource('gate'))
    const severity = await showGate(verdict, settings)
    if (ledger && verdict.ledger) saveLedger(ledger.path, verdict.ledger)
    if (verdict.reading && settings.reportSpend && !settings.baseline) {
      const { balance, decision } = verdict.reading
      saveStartOfJob(
        formatSnapshot({ ...balance, checkedAt: verdict.checkedAt }),
        decision?.currency
      )
    }
    return severity
  } catch (error) {
    // Bad inputs land here before any request. Message only: a stack trace tells a workflow
    // author nothing they can act on.
    const verdict =
      error instanceof InputError
        ? inputVerdict(error.problem, new Date())
        : unexpectedVerdict('gate', describeError(error), new Date())
    return showGate(verdict, settings)
  }
}
