import * as core from '@actions/core'
import { evaluate } from './decide/decision.js'
import { BalanceFetchError, RunnerFileError } from './errors.js'
import type { Outcome } from './outcome.js'
import { readBalance } from './read/read-balance.js'
import * as log from './report/log.js'
import { summaryNotWritten, unexpected } from './report/messages.js'
import { buildOutputs, errorOutputs, setOutputs } from './report/outputs.js'
import { type CleanText, joinClean, ours, protectSecret } from './report/outside-text.js'
import { appendSummary, buildSummary } from './report/summary.js'
import { type Settings, describeSettings, readSettings, settingsWarnings } from './settings.js'

/** The gate: inputs → settings → balance → decision → log, outputs and summary. */
export async function run(): Promise<void> {
  // Protected before anything else is printed, whatever else is wrong with the inputs.
  protectKey(core.getInput('api-key'))
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
    if (settings.writeSummary) await writeSummary(outcome, settings)
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
    const { balance, attempts, elapsedMs } = await readBalance(
      {
        url: settings.balanceUrl,
        apiKey: settings.apiKey,
        timeoutMs: settings.timeoutMs,
        retries: settings.retries
      },
      log
    )
    const decision = evaluate(balance, settings)
    return { kind: 'checked', balance, decision, attempts, elapsedMs, checkedAt: new Date() }
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

/** Logs the verdict as one line (an annotation unless ok) and returns that line. */
function announce(outcome: Outcome, settings: Settings): CleanText {
  if (outcome.kind === 'error') {
    const text = joinClean([outcome.message, outcome.hint])
    log.error(text)
    return text
  }
  const { decision } = outcome
  const text = joinClean([decision.message, decision.status === 'ok' ? undefined : decision.advice])
  if (decision.status === 'insufficient' && settings.failOnInsufficient) log.error(text)
  else if (decision.status !== 'ok') log.warning(text)
  else log.info(text)
  return text
}

async function writeSummary(outcome: Outcome, settings: Settings): Promise<void> {
  // Outside a runner there is no summary file, and that is not worth a warning.
  if (!process.env['GITHUB_STEP_SUMMARY']) {
    log.debug(ours`GITHUB_STEP_SUMMARY is not set: no job summary written.`)
    return
  }
  try {
    await appendSummary(buildSummary(outcome, settings))
  } catch (error) {
    log.warning(summaryNotWritten(error))
  }
}

/**
 * Registers the key with the boundary, and with the runner's masking. A key pasted with a line
 * break or a space is rejected, but its words are protected too: any one of them may be the key.
 */
function protectKey(key: string): void {
  const words = key.split(/\s+/).filter(word => word !== '')
  for (const secret of new Set([key, ...words])) {
    protectSecret(secret)
    // Outside a runner nothing reads `::add-mask::`: the line would only print the key.
    if (process.env['GITHUB_ACTIONS'] === 'true') core.setSecret(secret)
  }
}
