import * as core from '@actions/core'
import { isoTimestamp, plural, seconds } from '../format.js'
import { type Outcome, type Status, statusOf } from '../outcome.js'
import type { Settings } from '../settings.js'
import { ACTION_NAME, ACTION_VERSION } from '../version.js'
import type { SpendCheck } from '../decide/spend-check.js'
import * as log from './log.js'
import { SPEND_FOOTNOTE, summaryNotWritten } from './messages.js'
import { type CleanText, clean, ours } from './outside-text.js'

// Non-ASCII characters are escapes here, so that the bundle stays ASCII (startup.test.ts): a
// check mark, a warning sign, a cross, a question mark; below, a right-pointing triangle and an
// en dash.
const HEADINGS: Record<Status, string> = {
  ok: '\u2705 DeepSeek balance: ok',
  low: '\u26a0\ufe0f DeepSeek balance: low',
  insufficient: '\u274c DeepSeek balance: insufficient',
  'over-budget': '\u274c DeepSeek spend: over budget',
  error: '\u2753 DeepSeek balance: could not check'
}

export type SummarySettings = Pick<
  Settings,
  'minBalance' | 'warnBalance' | 'currency' | 'failOnInsufficient'
>

/**
 * The job summary as Markdown. Pure, so each status can be pinned by a snapshot test. Every
 * sentence is clean text, escaped for Markdown and HTML on top (core.summary escapes nothing).
 */
export function buildSummary(outcome: Outcome, settings: SummarySettings): string {
  const lines = [`## ${HEADINGS[statusOf(outcome)]}`, '']
  if (outcome.kind === 'error') {
    lines.push(
      'No balance could be read, so the check did not pass.',
      '',
      `> ${escapeMarkdown(outcome.message)}`,
      ''
    )
    if (outcome.hint) lines.push(`**What to try:** ${escapeMarkdown(outcome.hint)}`, '')
  } else {
    const { balance, decision } = outcome
    lines.push(escapeMarkdown(decision.message), '')
    if (decision.advice && decision.status !== 'ok')
      lines.push(`**Next:** ${escapeMarkdown(decision.advice)}`, '')
    if (balance.rows.length > 0) {
      lines.push('| | Currency | Total | Granted | Topped up |', '| :-: | --- | --: | --: | --: |')
      for (const row of balance.rows) {
        const mark = row === decision.row ? '\u25b6' : ''
        const cells = [row.currency, row.totalBalance, row.grantedBalance, row.toppedUpBalance]
        lines.push(
          `| ${mark} | ${cells.map(cell => escapeMarkdown(cell) || '\u2013').join(' | ')} |`
        )
      }
      lines.push('')
    } else {
      lines.push('DeepSeek reported no balance rows.', '')
    }
    lines.push(`- Available for API calls (\`is_available\`): **${balance.isAvailable}**`)
    if (outcome.spend) lines.push('', ...spendSection('Spend since the baseline', outcome.spend))
  }
  lines.push(
    ...describeRules(settings),
    '',
    `<sub>Checked at ${isoTimestamp(outcome.checkedAt)}${effort(outcome)} by ${ACTION_NAME} ${ACTION_VERSION}.</sub>`,
    ''
  )
  return lines.join('\n')
}

/** A section on spend: the report, any problem, each currency's movement, the footnote. */
export function spendSection(title: string, check: SpendCheck): string[] {
  const lines = [`### ${title}`, '', escapeMarkdown(check.report), '']
  if (check.problem)
    lines.push(
      `**${check.status === 'low' ? 'Warning' : 'Error'}:** ${escapeMarkdown(check.problem)}`,
      ''
    )
  const { spend } = check
  if (spend.perCurrency.length > 0) {
    lines.push('| Currency | Before | After | Spent |', '| --- | --: | --: | --: |')
    for (const entry of spend.perCurrency) {
      lines.push(
        `| ${[entry.currency, entry.baselineTotal, entry.currentTotal, entry.spent].map(cell => escapeMarkdown(clean(cell))).join(' | ')} |`
      )
    }
    lines.push('')
  }
  if (spend.spentPerDay !== undefined) {
    lines.push(
      `- Per day: ${escapeMarkdown(clean(spend.spentPerDay))}; runway: ${escapeMarkdown(clean(spend.runwayDays ?? ''))} days`,
      ''
    )
  }
  lines.push(`<sub>${escapeMarkdown(SPEND_FOOTNOTE)}</sub>`, '')
  return lines
}

/**
 * Appends Markdown to the job summary through @actions/core. A file that cannot be written is a
 * warning naming it: the verdict has been logged by then, and stands.
 */
export async function writeSummary(markdown: string): Promise<void> {
  // Outside a runner there is no summary file (core.summary would only throw), and that is not
  // worth a warning.
  if (!process.env['GITHUB_STEP_SUMMARY']) {
    log.debug(ours`GITHUB_STEP_SUMMARY is not set: no job summary written.`)
    return
  }
  try {
    await core.summary.addRaw(markdown).write()
  } catch (error) {
    log.warning(summaryNotWritten(error))
  }
}

/** How the balance was read, e.g. ` (2 attempts, 1.3 s)`; errors say so in their message. */
function effort(outcome: Outcome): string {
  if (outcome.kind === 'error') return ''
  return ` (${plural(outcome.attempts, 'attempt')}, ${seconds(outcome.elapsedMs)})`
}

function describeRules(settings: SummarySettings): string[] {
  const checked = settings.currency ?? 'any (CNY first, then USD)'
  return [
    `- Currency checked: ${checked}`,
    `- min-balance: ${settings.minBalance ? escapeMarkdown(settings.minBalance.text) : 'not set (is_available decides)'}`,
    `- warn-balance: ${settings.warnBalance ? escapeMarkdown(settings.warnBalance.text) : 'not set'}`,
    `- fail-on-insufficient: ${settings.failOnInsufficient}`
  ]
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
