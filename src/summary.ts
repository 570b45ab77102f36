import type { Settings } from './settings.js'
import { isoTimestamp, plural, seconds } from './format.js'
import { type Outcome, type Status, statusOf } from './outcome.js'
import { ACTION_NAME, ACTION_VERSION } from './version.js'

const HEADINGS: Record<Status, string> = {
  ok: '✅ DeepSeek balance: ok',
  low: '⚠️ DeepSeek balance: low',
  insufficient: '❌ DeepSeek balance: insufficient',
  error: '❓ DeepSeek balance: could not check'
}

export type SummarySettings = Pick<
  Settings,
  'minBalance' | 'warnBalance' | 'currency' | 'failOnInsufficient'
>

/** The job summary as Markdown. Pure, so each status can be pinned by a snapshot test. */
export function buildSummary(outcome: Outcome, settings: SummarySettings, checkedAt: Date): string {
  const lines = [`## ${HEADINGS[statusOf(outcome)]}`, '']
  if (outcome.kind === 'error') {
    lines.push(
      'No balance could be read, so the check did not pass.',
      '',
      `> ${escapeMarkdown(outcome.message)}`,
      ''
    )
    if (outcome.hint) lines.push(`**What to try:** ${outcome.hint}`, '')
  } else {
    const { balance, decision } = outcome
    lines.push(escapeMarkdown(decision.message), '')
    if (decision.advice && decision.status !== 'ok') lines.push(`**Next:** ${decision.advice}`, '')
    if (balance.rows.length > 0) {
      lines.push('| | Currency | Total | Granted | Topped up |', '| :-: | --- | --: | --: | --: |')
      for (const row of balance.rows) {
        const mark = row === decision.row ? '▶' : ''
        const cells = [row.currency, row.totalBalance, row.grantedBalance, row.toppedUpBalance]
        lines.push(`| ${mark} | ${cells.map(cell => escapeMarkdown(cell) || '–').join(' | ')} |`)
      }
      lines.push('')
    } else {
      lines.push('DeepSeek reported no balance rows.', '')
    }
    lines.push(`- Available for API calls (\`is_available\`): **${balance.isAvailable}**`)
  }
  lines.push(
    ...describeRules(settings),
    '',
    `<sub>Checked at ${isoTimestamp(checkedAt)}${effort(outcome)} by ${ACTION_NAME} ${ACTION_VERSION}.</sub>`,
    ''
  )
  return lines.join('\n')
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
    `- min-balance: ${settings.minBalance?.text ?? 'not set (is_available decides)'}`,
    `- warn-balance: ${settings.warnBalance?.text ?? 'not set'}`,
    `- fail-on-insufficient: ${settings.failOnInsufficient}`
  ]
}

/**
 * Makes text from the server inert in Markdown and HTML (core.summary escapes nothing): no
 * tags, no links or images, no table breaks.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\\`*_[\]|~!#]/g, character => `\\${character}`)
    .replace(/\r?\n/g, ' ')
}
