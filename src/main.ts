import * as core from '@actions/core'
import { evaluate } from './decide/decision.js'
import { checkSpend, snapshotOf } from './decide/spend-check.js'
import { BalanceFetchError, RunnerFileError } from './errors.js'
import type { Outcome } from './outcome.js'
import { readBalance, requestFor } from './read/read-balance.js'
import * as log from './report/log.js'
import { unexpected } from './report/messages.js'
import { buildOutputs, errorOutputs, setOutputs, snapshotJson } from './report/outputs.js'
import { type CleanText, joinClean } from './report/outside-text.js'
import { saveStartOfJob } from './report/state.js'
import { buildSummary, writeSummary } from './report/summary.js'
import { type Settings, describeSettings, readSettings, settingsWarnings } from './settings.js'

/** The gate: inputs -> settings -> balance -> decision (and spend) -> log, outputs, summary, state. */
export async function run(): Promise<void> {
  // Protected before anything else is printed, whatever else is wrong with the inputs.
  log.protectKey(core.getInput('api-key'))
  let settings: Settings
  try {
    settings = readSettings(name => core.getInput(name))
  } catch (error) {
    // Bad inputs land here before any request. Message only: a stack trace tells a workflow
    // author nothing they can act on.
    failWithoutBalance(unexpected(error))
    return
  }
  try {
    for (const warning of settingsWarnings(settings)) log.warning(warning)
    log.debug(describeSettings(settings))
    const outcome = await check(settings)
    // The verdict is logged first: if a runner file cannot be written, it has still been said.
    const message = announce(outcome, settings)
    setOutputs(buildOutputs(outcome, message))
    if (outcome.kind === 'checked' && settings.reportSpend && !settings.baseline) {
      saveStartOfJob(snapshotJson(outcome), outcome.decision.currency)
    }
    if (settings.writeSummary) await writeSummary(buildSummary(outcome, settings))
  } catch (error) {
    log.error(unexpected(error))
    if (!(error instanceof RunnerFileError)) trySetOutputs(errorOutputs(unexpected(error)))
  }
}

function failWithoutBalance(message: CleanText): void {
  log.error(message)
  trySetOutputs(errorOutputs(message))
}

/** `if: failure()` steps should see `status: error`, not an empty one, when it can be written. */
function trySetOutputs(outputs: ReturnType<typeof errorOutputs>): void {
  try {
    setOutputs(outputs)
  } catch (error) {
    if (error instanceof RunnerFileError) log.error(error.text)
  }
}

async function check(settings: Settings): Promise<Outcome> {
  try {
    const { balance, attempts, elapsedMs } = await readBalance(requestFor(settings), log)
    const checkedAt = new Date()
    const decision = evaluate(balance, settings)
    const { baseline } = settings
    const spend =
      baseline &&
      checkSpend(baseline, snapshotOf(balance, checkedAt), decision.currency, settings, {
        kind: 'since',
        since: baseline.checkedAt
      })
    return {
      kind: 'checked',
      balance,
      decision,
      ...(spend && { spend }),
      attempts,
      elapsedMs,
      checkedAt
    }
  } catch (error) {
    if (!(error instanceof BalanceFetchError)) throw error
    return {
      kind: 'error',
      message: error.text,
      ...(error.hint && { hint: error.hint }),
      checkedAt: new Date()
    }
  }
}

/**
 * Logs the verdict (an annotation unless all is well) and the spend, and returns the line the
 * `message` output carries: the verdict, and the spend's problem when there is one.
 */
function announce(outcome: Outcome, settings: Settings): CleanText {
  if (outcome.kind === 'error') {
    const text = joinClean([outcome.message, outcome.hint])
    log.error(text)
    return text
  }
  const { decision, spend } = outcome
  const verdict = joinClean([
    decision.message,
    decision.status === 'ok' ? undefined : decision.advice
  ])
  if (decision.status === 'insufficient' && settings.failOnInsufficient) log.error(verdict)
  else if (decision.status !== 'ok') log.warning(verdict)
  else log.info(verdict)
  if (!spend) return verdict
  log.info(spend.report)
  if (spend.problem && spend.status === 'low') log.warning(spend.problem)
  else if (spend.problem) log.error(spend.problem)
  return joinClean([verdict, spend.problem])
}
