import * as core from '@actions/core'
import { duration, isoTimestamp, plural, seconds } from '../base/format.js'
import type { CleanText } from '../base/outside-text.js'
import type { LedgerCheck } from '../decide/ledger-check.js'
import type { SpendCheck, Verdict } from '../decide/verdict.js'
import { balanceChart, dailySpendChart } from './charts.js'
import type { Settings } from '../settings/settings.js'
import { ACTION_NAME, ACTION_VERSION } from '../base/version.js'
import * as log from './log.js'
import {
  ANY_CURRENCY,
  GATE_HEADINGS,
  NOTHING_READ,
  NO_HISTORY_RATE,
  OVERLAP_NOTE,
  NO_RATE,
  NO_ROWS,
  NO_SUMMARY_FILE,
  POST_HEADINGS,
  SPEND_FOOTNOTE,
  adviceText,
  findingText,
  noteText,
  sentences,
  summaryNotWritten
} from './messages.js'

export type SummarySettings = Pick<
  Settings,
  | 'minBalance'
  | 'warnBalance'
  | 'currency'
  | 'failOnInsufficient'
  | 'baseline'
  | 'maxSpend'
  | 'warnRunwayDays'
  | 'reportSpend'
  | 'maxSpendPerDay'
  | 'history'
>

/**
 * The gate's job summary, top-down: the verdict (headline, reasons, what to do, notes), the
 * balance table, the spend since the baseline with its limits, then the settings. Pure, so that
 * each status can be pinned by a test. Every sentence is clean text, escaped for Markdown and
 * HTML on top (core.summary escapes nothing).
 */
export function gateSummary(verdict: Verdict, settings: SummarySettings): string {
  const lines = [`## ${GATE_HEADINGS[verdict.status]}`, '', ...verdictLines(verdict)]
  const { reading, spend } = verdict
  if (reading) {
    const { balance, decision } = reading
    if (balance.rows.length > 0) {
      lines.push('| | Currency | Total | Granted | Topped up |', '| :-: | --- | --: | --: | --: |')
      for (const row of balance.rows) {
        const cells = [row.currency, row.total.text, row.granted, row.toppedUp]
        lines.push(`| ${row === decision?.row ? '▶' : ''} | ${cells.map(cell).join(' | ')} |`)
      }
      lines.push('')
    } else {
      lines.push(escapeMarkdown(NO_ROWS), '')
    }
    lines.push(`- Available for API calls (\`is_available\`): **${balance.isAvailable}**`, '')
  }
  if (spend) lines.push('### Spend since the baseline', '', ...spendLines(spend, verdict, settings))
  if (verdict.ledger)
    lines.push('### Spend from the history', '', ...historyLines(verdict.ledger, settings))
  lines.push('### Settings', '', ...settingsLines(settings), '', footer(verdict), '')
  return lines.join('\n')
}

/** The post step's section of the job summary: its verdict, the spend table, the budget. */
export function postSummary(verdict: Verdict, settings: SummarySettings): string {
  const lines = ['', `### ${POST_HEADINGS[verdict.status]}`, '', ...verdictLines(verdict)]
  if (verdict.spend) {
    lines.push(...spendLines(verdict.spend, verdict, settings))
  } else {
    lines.push(
      ...budgetLines(verdict, settings),
      '',
      `<sub>${escapeMarkdown(SPEND_FOOTNOTE)}</sub>`,
      ''
    )
  }
  return lines.join('\n')
}

function verdictLines(verdict: Verdict): string[] {
  const lines: string[] = []
  if (verdict.reading) {
    lines.push(escapeMarkdown(findingText(verdict.headline, verdict.status === 'ok')), '')
  } else if (verdict.step === 'gate') {
    lines.push(escapeMarkdown(NOTHING_READ), '')
    lines.push(`> ${escapeMarkdown(findingText(verdict.headline, false))}`, '')
  } else {
    lines.push(escapeMarkdown(findingText(verdict.headline, false)), '')
  }
  for (const reason of verdict.reasons)
    lines.push(`- ${escapeMarkdown(findingText(reason, false))}`)
  if (verdict.reasons.length > 0) lines.push('')
  if (verdict.advice.length > 0) {
    const label = verdict.reading ? 'Next' : 'What to try'
    lines.push(`**${label}:** ${escapeMarkdown(sentences(verdict.advice.map(adviceText)))}`, '')
  }
  for (const note of verdict.notes) lines.push(`> **Note:** ${escapeMarkdown(noteText(note))}`, '')
  return lines
}

function spendLines(spend: SpendCheck, verdict: Verdict, settings: SummarySettings): string[] {
  const lines: string[] = []
  const { perCurrency, rate, checked } = spend.spend
  if (perCurrency.length > 0) {
    lines.push('| Currency | Before | After | Spent |', '| --- | --: | --: | --: |')
    for (const entry of perCurrency) {
      // A rise is a top-up, never a negative spend.
      const spent =
        entry.spent.units < 0n ? `rose by ${cell(entry.movedText)}` : cell(entry.spentText)
      lines.push(
        `| ${[entry.currency, entry.before.text, entry.after.text].map(cell).join(' | ')} | ${spent} |`
      )
    }
    lines.push('')
  }
  if (spend.scope.kind === 'since') {
    lines.push(
      `- Baseline: checked at ${isoTimestamp(spend.since)}, ${duration(spend.spend.elapsedMs)} before this check`
    )
    const currency = checked ? ` ${cell(checked.currency)}` : ''
    lines.push(
      rate
        ? `- Per day: ${cell(rate.perDay)}${currency}; runway: ${cell(rate.runwayDays)} days`
        : `- Per day: ${escapeMarkdown(NO_RATE)}`
    )
  }
  lines.push(...budgetLines(verdict, settings))
  if (spend.scope.kind === 'since') {
    lines.push(
      `- warn-runway-days: ${settings.warnRunwayDays ? cell(settings.warnRunwayDays.text) : 'not set'}`
    )
  }
  lines.push('', `<sub>${escapeMarkdown(SPEND_FOOTNOTE)}</sub>`, '')
  return lines
}

/** The ledger: the charts, each window's spend and what it covers, the rate, the cap, each workflow. */
function historyLines(ledger: LedgerCheck, settings: SummarySettings): string[] {
  const { history } = ledger
  const lines: string[] = []
  if (!history) {
    lines.push(`- History: ${cell(ledger.file)}, not used in this run (see the notes above)`, '')
    return lines
  }
  const charts = [
    balanceChart(history.balance, history.currency),
    dailySpendChart(history.dailySpend, history.currency)
  ].filter(chart => chart !== undefined)
  for (const chart of charts) lines.push(chart, '')
  if (history.windows.length > 0) {
    lines.push('| Window | Spent | The history covers |', '| --- | --: | --- |')
    for (const window of history.windows) {
      const name = window.days === 1 ? '1 day' : `${window.days} days`
      const covers = window.full ? 'all of it' : duration(window.spanMs)
      lines.push(`| ${name} | ${cell(window.spentText)} ${cell(history.currency)} | ${covers} |`)
    }
    lines.push('')
  }
  lines.push(
    `- History: ${cell(ledger.file)}, ${plural(history.readings, 'reading')} in ${cell(history.currency)} over ${duration(history.spanMs)}`,
    history.rate
      ? `- Per day: ${cell(history.rate.perDay)} ${cell(history.currency)} over the last 7 days; runway: ${cell(history.rate.runwayDays)} days`
      : `- Per day: ${escapeMarkdown(NO_HISTORY_RATE)}`,
    `- max-spend-per-day: ${settings.maxSpendPerDay ? `${cell(settings.maxSpendPerDay.text)} ${cell(history.currency)}` : 'not set'}`,
    `- warn-runway-days: ${settings.warnRunwayDays ? cell(settings.warnRunwayDays.text) : 'not set'}`,
    ''
  )
  if (history.workflows.length > 0) {
    lines.push('| Workflow (last 7 days) | Jobs | Spent |', '| --- | --: | --: |')
    for (const workflow of history.workflows) {
      lines.push(
        `| ${cell(workflow.workflow)} | ${workflow.jobs} | ${cell(workflow.spentText)} ${cell(history.currency)} |`
      )
    }
    lines.push('', `<sub>${escapeMarkdown(OVERLAP_NOTE)}</sub>`, '')
  }
  return lines
}

function budgetLines(verdict: Verdict, settings: SummarySettings): string[] {
  const { headline } = verdict
  const currency =
    verdict.spend?.spend.checked?.currency ??
    verdict.reading?.decision?.currency ??
    (headline.kind === 'read-failed' ? headline.currency : undefined)
  const max = settings.maxSpend
  return [
    `- max-spend: ${max ? `${cell(max.text)}${currency ? ` ${cell(currency)}` : ''}` : 'not set'}`
  ]
}

function settingsLines(settings: SummarySettings): string[] {
  const lines = [
    `- Currency checked: ${settings.currency ?? ANY_CURRENCY}`,
    `- min-balance: ${settings.minBalance ? cell(settings.minBalance.text) : 'not set (is_available decides)'}`,
    `- warn-balance: ${settings.warnBalance ? cell(settings.warnBalance.text) : 'not set'}`,
    `- fail-on-insufficient: ${settings.failOnInsufficient}`
  ]
  // With a baseline (or a history) these are in its section; without, they belong to the job.
  if (!settings.baseline) {
    if (settings.maxSpend) {
      lines.push(
        `- max-spend: ${cell(settings.maxSpend.text)} (this job's budget, checked at its end)`
      )
    }
    if (settings.warnRunwayDays && !settings.history) {
      lines.push(
        `- warn-runway-days: ${cell(settings.warnRunwayDays.text)} (not checked: no baseline or history)`
      )
    }
    lines.push(`- report-spend: ${settings.reportSpend}`)
  }
  return lines
}

/** When the balance was read, and how, e.g. ` (2 attempts, 1.3 s)`. */
function footer(verdict: Verdict): string {
  const { reading } = verdict
  const effort = reading
    ? ` (${plural(reading.attempts, 'attempt')}, ${seconds(reading.elapsedMs)})`
    : ''
  return `<sub>Checked at ${isoTimestamp(verdict.checkedAt)}${effort} by ${ACTION_NAME} ${ACTION_VERSION}.</sub>`
}

/**
 * Appends Markdown to the job summary through @actions/core. A file that cannot be written is a
 * warning naming it: the verdict has been logged by then, and stands.
 */
export async function writeSummary(markdown: string): Promise<void> {
  // Outside a runner there is no summary file (core.summary would only throw), and that is not
  // worth a warning.
  if (!process.env['GITHUB_STEP_SUMMARY']) {
    log.debug(NO_SUMMARY_FILE)
    return
  }
  try {
    await core.summary.addRaw(markdown).write()
  } catch (error) {
    log.warning(summaryNotWritten(error))
  }
}

/** A table cell or inline value: escaped, and a dash when empty. */
function cell(text: CleanText): string {
  return escapeMarkdown(text) || '–'
}

// A plain web address of safe characters only; left as it is so that it stays a working link.
const PLAIN_URL = /^https?:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:\/[A-Za-z0-9._~/-]*)?[A-Za-z0-9/]$/

/**
 * Makes clean text inert in Markdown and HTML: no tags, no links or images, no emphasis, no
 * table breaks. Plain web addresses of safe characters are kept as they are, to stay links.
 */
export function escapeMarkdown(text: CleanText): string {
  return text
    .split(/( +)/)
    .map(word => (PLAIN_URL.test(word.replace(/[.,;:)]+$/, '')) ? word : escapeWord(word)))
    .join('')
}

function escapeWord(word: string): string {
  return word
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\\`*_[\]|~!#]/g, character => `\\${character}`)
}
