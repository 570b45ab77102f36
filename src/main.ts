import * as core from '@actions/core'
import { fetchBalance } from './client.js'
import { evaluate } from './decision.js'
import { BalanceFetchError } from './errors.js'
import type { Outcome } from './outcome.js'
import { appendSummary, setOutputs } from './runner-files.js'
import { buildOutputs } from './outputs.js'
import { redactSecret } from './redact.js'
import { type Settings, describeSettings, readSettings, settingsWarnings } from './settings.js'
import { buildSummary } from './summary.js'

const TITLE = 'DeepSeek balance'

/** The action: inputs → settings → balance → decision → outputs, summary and annotations. */
export async function run(): Promise<void> {
  // Masked before anything else is printed, whatever else is wrong with the inputs.
  const apiKey = core.getInput('api-key')
  maskSecret(apiKey)
  const clean = (text: string): string => redactSecret(text, apiKey)
  try {
    const settings = readSettings(name => core.getInput(name))
    for (const warning of settingsWarnings(settings)) core.warning(warning, { title: TITLE })
    core.debug(`Settings: ${describeSettings(settings)}`)
    const outcome = await check(settings, clean)
    setOutputs(buildOutputs(outcome))
    if (settings.writeSummary) writeSummary(outcome, settings)
    announce(outcome, settings)
  } catch (error) {
    // Bad inputs land here before any request; anything unexpected does too. Message only:
    // a stack trace tells a workflow author nothing they can act on.
    fail(clean(error instanceof Error ? error.message : String(error)))
    setErrorOutputs()
  }
}

/** No balance was read: `if: failure()` steps should see `status: error`, not an empty one. */
function setErrorOutputs(): void {
  try {
    setOutputs({ status: 'error', sufficient: 'false' })
  } catch {
    // The error annotation is out already; an unwritable GITHUB_OUTPUT adds nothing to it.
  }
}

async function check(settings: Settings, clean: (text: string) => string): Promise<Outcome> {
  try {
    const { balance, attempts, elapsedMs } = await fetchBalance(
      {
        url: settings.balanceUrl,
        apiKey: settings.apiKey,
        timeoutMs: settings.timeoutMs,
        retries: settings.retries
      },
      { debug: message => core.debug(clean(message)), info: message => core.info(clean(message)) }
    )
    return { kind: 'checked', balance, decision: evaluate(balance, settings), attempts, elapsedMs }
  } catch (error) {
    if (!(error instanceof BalanceFetchError)) throw error
    const hint = error.options.hint
    return { kind: 'error', message: clean(error.message), ...(hint && { hint: clean(hint) }) }
  }
}

function announce(outcome: Outcome, settings: Settings): void {
  if (outcome.kind === 'error') {
    fail(`${outcome.message}${outcome.hint ? ` ${outcome.hint}` : ''}`)
    return
  }
  const { decision } = outcome
  const text = decision.advice ? `${decision.message} ${decision.advice}` : decision.message
  if (decision.status === 'insufficient' && settings.failOnInsufficient) {
    fail(text)
  } else if (decision.status !== 'ok') {
    core.warning(text, { title: TITLE })
  } else {
    core.info(decision.message)
  }
}

function writeSummary(outcome: Outcome, settings: Settings): void {
  try {
    if (!appendSummary(buildSummary(outcome, settings, new Date()))) {
      core.debug('GITHUB_STEP_SUMMARY is not set: no job summary written.')
    }
  } catch (error) {
    core.warning(
      `Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`,
      { title: TITLE }
    )
  }
}

function fail(message: string): void {
  core.error(message, { title: TITLE })
  // A plain 1 rather than core.ExitCode: @github/local-action stands in a core without it.
  process.exitCode = 1
}

function maskSecret(secret: string): void {
  // Outside a runner nothing reads `::add-mask::`: the line would only print the key.
  if (secret === '' || process.env['GITHUB_ACTIONS'] !== 'true') return
  core.setSecret(secret)
  // A key pasted with a line break or a space is rejected, but its words are still masked: any
  // one of them may be the real key.
  const words = secret.split(/\s+/).filter(word => word !== '' && word !== secret)
  for (const word of words) core.setSecret(word)
}
