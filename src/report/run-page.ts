import type { Severity, Verdict } from '../decide/verdict.js'
import type { Settings } from '../settings/settings.js'
import * as log from './log.js'
import { sparkline } from './charts.js'
import { balanceLine, noteText, verdictLine } from './messages.js'
import { RunnerFileError, gateOutputs, setOutputs } from './outputs.js'
import { gateSummary, postSummary, writeSummary } from './summary.js'

/**
 * A verdict on the run page: the verdict line in the log at the verdict's severity (a plain line,
 * or a notice, warning or error annotation), each note at its own level, then the outputs and
 * the job summary. Returns the step's severity: the verdict's, or a failure when the outputs
 * could not be written.
 */
export async function showGate(
  verdict: Verdict,
  settings: Settings | undefined
): Promise<Severity> {
  // The verdict is told first: if a runner file cannot be written, it has still been said.
  const message = tell(verdict)
  const history = verdict.ledger?.history
  const line = history && sparkline(history.balance)
  if (history && line) log.info(balanceLine(history.currency, history.spanMs, line))
  let severity = verdict.severity
  try {
    setOutputs(gateOutputs(verdict, message))
  } catch (error) {
    if (!(error instanceof RunnerFileError)) throw error
    log.error(error.text)
    severity = 'failure'
  }
  // Without settings (an input error) there is no summary: nothing was checked.
  if (settings?.writeSummary) await writeSummary(gateSummary(verdict, settings))
  return severity
}

/** The post step's verdict: in the log, and as its own section of the job summary. */
export async function showPost(
  verdict: Verdict,
  settings: Settings | undefined
): Promise<Severity> {
  tell(verdict)
  if (settings?.writeSummary) await writeSummary(postSummary(verdict, settings))
  return verdict.severity
}

function tell(verdict: Verdict): ReturnType<typeof verdictLine> {
  const line = verdictLine(verdict)
  const sink = { ok: log.info, notice: log.notice, warning: log.warning, failure: log.error }
  sink[verdict.severity](line)
  for (const note of verdict.notes) sink[note.level](noteText(note))
  return line
}
