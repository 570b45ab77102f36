import { CURRENCIES } from '../base/currencies.js'
import { duration, isoDate, isoTimestamp, plural, seconds } from '../base/format.js'
import { type CleanText, clean, cleanUrl, joinClean, ours, own } from '../base/outside-text.js'
import type { SnapshotProblem } from '../base/snapshot.js'
import type {
  Advice,
  BalanceFinding,
  Finding,
  Missing,
  WindowFigures,
  Note,
  RateFigures,
  SpendFigures,
  SpendScope
} from '../decide/findings.js'
import type { Status, Verdict } from '../decide/verdict.js'
import type { BodyStart, FetchFailure } from '../read/failure.js'
import type { InputName, InputProblem, Settings } from '../settings/settings.js'

/**
 * Every sentence a workflow author reads, written from typed data: the lower layers hand over a
 * kind and clean fields, never words. Each sentence is built with `ours` from literal text and
 * clean parts only.
 */

export const TOP_UP_URL = 'https://platform.deepseek.com/top_up'
const TOP_UP = ours`https://platform.deepseek.com/top_up`
const CHECK_NETWORK = ours`Check base-url, the network and any proxy (HTTPS_PROXY, NO_PROXY).`
const CHECK_GATEWAY = ours`Check base-url and any gateway in between.`

/** `CNY or USD`, `CNY nor USD`: the currencies, however many there are. */
function currencyList(conjunction: 'or' | 'nor'): CleanText {
  const names = [...CURRENCIES]
  const last = names.pop() ?? ''
  return (names.length > 0 ? `${names.join(', ')} ${conjunction} ${last}` : last) as CleanText
}

// -- The verdict -----------------------------------------------------------------------------

/**
 * The verdict in one line: the headline, the reasons and the advice, as sentences. It is the
 * `message` output and the text of the step's annotation, so the two never differ. Only an ok
 * verdict says "ok".
 */
export function verdictLine(verdict: Verdict): CleanText {
  return sentences([
    findingText(verdict.headline, verdict.status === 'ok'),
    ...verdict.reasons.map(reason => findingText(reason, false)),
    ...verdict.advice.map(adviceText)
  ])
}

/** Parts as sentences: alone, a part is left as it is; together, each ends with a full stop. */
export function sentences(parts: readonly CleanText[]): CleanText {
  const shown = parts.filter(part => part !== '')
  if (shown.length < 2) return joinClean(shown)
  return joinClean(shown.map(part => (/[.!?]$/.test(part) ? part : ours`${part}.`)))
}

export function findingText(finding: Finding, saysOk: boolean): CleanText {
  switch (finding.kind) {
    case 'balance-ok':
    case 'below-min':
    case 'below-warn':
    case 'not-available':
    case 'missing-below-min':
    case 'missing-below-warn':
    case 'missing-but-available':
      return balanceText(finding, saysOk)
    case 'spent':
      return ours`DeepSeek spend ${scopeText(finding.scope)}: ${finding.figures.amount} ${finding.figures.currency} (${movement(finding.figures)})`
    case 'rose':
      return ours`DeepSeek balance rose by ${finding.figures.amount} ${finding.figures.currency} ${scopeText(finding.scope)} (${movement(finding.figures)}), a top-up: no spend to report.`
    case 'no-spend-figure':
      return ours`No spend figure ${scopeText(finding.scope)}: ${noFigureReason(finding.currency)}.`
    case 'over-budget':
      return ours`DeepSeek spend ${scopeText(finding.scope)} is ${finding.figures.amount} ${finding.figures.currency}, above max-spend ${finding.max} ${finding.figures.currency} (${movement(finding.figures)}).`
    case 'budget-unchecked':
      return ours`max-spend ${finding.max} could not be checked for the spend ${scopeText(finding.scope)}: ${noFigureReason(finding.currency)}. A budget that could not be checked does not pass.`
    case 'rate':
      return ours`${rateText(finding.rate)}.`
    case 'history-spend':
      return ours`DeepSeek spend in the history: ${joinClean(
        finding.windows.map(window => windowText(window, finding.currency)),
        ', '
      )}.`
    case 'daily-cap':
      return dailyCapText(finding)
    case 'daily-cap-unchecked':
      return finding.why === 'no-currency'
        ? ours`max-spend-per-day ${finding.max} was not checked: no currency was checked (the account reports neither ${currencyList('nor')}), so there is no spend to count.`
        : ours`max-spend-per-day ${finding.max} was not checked: the history could not be used in this run (see the warning about it).`
    case 'runway-low':
      return ours`${rateText(finding.rate)}, below warn-runway-days ${finding.threshold}.`
    case 'read-failed': {
      const what = ours`${failureText(finding.failure)} ${plural(finding.attempts, 'attempt')} over ${seconds(finding.elapsedMs)}.`
      if (!finding.atEndOfJob) return what
      return finding.max
        ? ours`Could not read the DeepSeek balance at the end of the job, so max-spend ${finding.max} was not checked (a budget that was not checked does not pass): ${what}`
        : ours`Could not read the DeepSeek balance at the end of the job, so the job's spend is unknown: ${what}`
    }
    case 'saved-balance-unreadable':
      return finding.max
        ? ours`The balance the gate saved for the post step could not be read back, so the job's spend is unknown and max-spend ${finding.max} was not checked.`
        : ours`The balance the gate saved for the post step could not be read back, so the job's spend is unknown.`
    case 'input':
      return inputProblemText(finding.problem)
    case 'unexpected':
      return ours`The balance check failed unexpectedly: ${finding.error}`
  }
}

function balanceText(finding: BalanceFinding, saysOk: boolean): CleanText {
  const ok = saysOk ? ours`: ok` : ours`.`
  switch (finding.kind) {
    case 'balance-ok': {
      const { amount } = finding
      const listed = joinClean(
        [
          finding.min && ours`min-balance ${finding.min}`,
          finding.warn && ours`warn-balance ${finding.warn}`
        ],
        ', '
      )
      return ours`DeepSeek balance: ${amount.total} ${amount.currency}${listed ? ours` (${listed})` : ours``}${ok}`
    }
    case 'below-min':
      return ours`DeepSeek balance ${finding.amount.total} ${finding.amount.currency} is below min-balance ${finding.min} ${finding.amount.currency}.`
    case 'below-warn':
      return ours`DeepSeek balance ${finding.amount.total} ${finding.amount.currency} is below warn-balance ${finding.warn} ${finding.amount.currency}.`
    case 'not-available': {
      const detail =
        'amount' in finding
          ? ours`Balance ${finding.amount.total} ${finding.amount.currency}.`
          : ours`${missingText(finding.missing)}.`
      return ours`DeepSeek reports the account as not available for API calls (is_available: false). ${detail}`
    }
    case 'missing-below-min': {
      const { wanted } = finding.missing
      return ours`${missingText(finding.missing)}, so min-balance ${finding.min}${wanted ? ours` ${wanted}` : ours``} cannot be met.`
    }
    case 'missing-below-warn': {
      const { wanted } = finding.missing
      return ours`${missingText(finding.missing)}; warn-balance is ${finding.warn}${wanted ? ours` ${wanted}` : ours``}.`
    }
    case 'missing-but-available':
      return ours`${missingText(finding.missing)}; DeepSeek reports the account as available${ok}`
  }
}

function missingText({ wanted, reported }: Missing): CleanText {
  if (reported.length === 0 && wanted === undefined) {
    return ours`DeepSeek reports no balance in any currency (balance_infos is empty)`
  }
  const list = reported.length > 0 ? joinClean(reported, ', ') : ours`none`
  return ours`DeepSeek reports no ${wanted ?? currencyList('or')} balance (currencies reported: ${list})`
}

function scopeText(scope: SpendScope): CleanText {
  return scope.kind === 'job' ? ours`during this job` : ours`since ${isoTimestamp(scope.since)}`
}

function movement(figures: SpendFigures): CleanText {
  return ours`${figures.before} → ${figures.after} over ${duration(figures.elapsedMs)}`
}

function rateText(rate: RateFigures): CleanText {
  return ours`At ${rate.perDay} ${rate.currency} a day since ${isoDate(rate.since)}, ${rate.total} ${rate.currency} lasts ${rate.runwayDays} more days`
}

/** `1.20 CNY in the last day`, `8.40 CNY in 7 days (the history covers 3.2 days)`. */
function windowText(window: WindowFigures, currency: CleanText): CleanText {
  return ours`${window.spent} ${currency} in ${periodText(window.days, window.spanMs, window.full)}`
}

/**
 * The period a window measures: `the last day`; `7 days (the history covers 3.2 days)` while the
 * ledger is younger; `the last day (from a reading 3.0 days ago, the newest before it)` when the
 * readings are further apart than the window.
 */
function periodText(days: number, spanMs: number, full: boolean): CleanText {
  const period = days === 1 ? ours`the last day` : ours`${days} days`
  if (!full) return ours`${period} (the history covers ${duration(spanMs)})`
  if (spanMs > days * 86_400_000 * 1.05) {
    return ours`${period} (from a reading ${duration(spanMs)} ago, the newest before it)`
  }
  return period
}

function dailyCapText(cap: Extract<Finding, { kind: 'daily-cap' }>): CleanText {
  const limit = ours`max-spend-per-day ${cap.max} ${cap.currency}`
  if (cap.spanMs <= 0) {
    return ours`${limit} was checked over nothing yet: the history has no earlier ${cap.currency} reading.`
  }
  const period = periodText(1, cap.spanMs, !cap.partial)
  if (cap.over) {
    return ours`DeepSeek spend in ${period} is ${cap.spent} ${cap.currency}, above ${limit}.`
  }
  return cap.partial
    ? ours`DeepSeek spend in ${period} is ${cap.spent} ${cap.currency}, within ${limit}; the history covers less than a day, so that is a lower bound.`
    : ours`DeepSeek spend in ${period} is ${cap.spent} ${cap.currency}, within ${limit}.`
}

function noFigureReason(currency: CleanText | undefined): CleanText {
  return currency
    ? ours`the earlier and the current balance do not both report ${currency}`
    : ours`no currency was checked (the account reports neither ${currencyList('nor')})`
}

export function adviceText(advice: Advice): CleanText {
  switch (advice.kind) {
    case 'top-up':
      return ours`Top up at ${TOP_UP}.`
    case 'top-up-or-lower-min':
      return ours`Top up at ${TOP_UP}, or lower min-balance.`
    case 'top-up-soon':
      return ours`Top up soon at ${TOP_UP}, or lower warn-balance.`
    case 'check-account':
      return ours`Top up at ${TOP_UP}, or check the account's status on the DeepSeek platform.`
    case 'other-currency':
      return ours`Set currency to one the account reports, or top up in ${advice.currency}.`
    case 'find-spend-or-raise-max':
      return ours`Find what used more than expected, or raise max-spend.`
    case 'top-up-or-lower-runway':
      return ours`Top up at ${TOP_UP}, or lower warn-runway-days.`
    case 'find-spend-or-raise-cap':
      return ours`Find what spends more than a day's budget (a schedule that runs too often, a loop of re-runs), or raise max-spend-per-day.`
    case 'fix-read':
      return failureHint(advice.failure)
  }
}

export function noteText(note: Note): CleanText {
  switch (note.kind) {
    case 'warn-not-above-min':
      return ours`warn-balance ${note.warn} is not above min-balance ${note.min}, so it never applies: a balance below it already fails the check. Raise warn-balance or remove it.`
    case 'runway-without-baseline':
      return ours`warn-runway-days ${note.days} was not checked: a runway needs a daily rate, and a rate needs a baseline (the snapshot output of an earlier run) or a history. Pass one, or remove warn-runway-days.`
    case 'runway-baseline-too-young':
      return ours`warn-runway-days ${note.days} was not checked: the baseline is ${duration(note.ageMs)} old, and a daily rate needs one at least ${duration(note.neededMs)} old.`
    case 'runway-history-too-short':
      return ours`warn-runway-days ${note.days} was not checked: the history covers ${duration(note.spanMs)}, and a daily rate needs ${duration(note.neededMs)} of it.`
    case 'history-lines-skipped': {
      const parts = joinClean(
        [
          note.skipped > 0
            ? ours`${note.skipped} ${note.skipped === 1 ? ours`line is` : ours`lines are`} not a reading (left out, and dropped when the file is written back)`
            : ours``,
          note.future > 0
            ? ours`${note.future} ${note.future === 1 ? ours`reading is` : ours`readings are`} from after this runner's time (kept, not counted: a clock is off)`
            : ours``
        ],
        '; '
      )
      return ours`In the history ${note.file}, ${parts}.`
    }
    case 'history-not-a-ledger':
      return ours`The history ${note.file} holds no reading (${note.lines} ${note.lines === 1 ? ours`line` : ours`lines`} of something else), so it was left untouched: check the history path.`
    case 'history-too-large':
      return ours`The history ${note.file} is ${Math.ceil(note.bytes / 1024)} KiB, more than the ${note.limit / 1024 / 1024} MiB a ledger may be, so it was neither read nor written. Check the history path, or start a new ledger.`
    case 'history-unreadable':
      return ours`The history ${note.file} could not be read (${note.error}), so it was neither used nor written.`
  }
}

/** The summary's heading for each status. */
export const GATE_HEADINGS: Record<Status, CleanText> = {
  ok: ours`✅ DeepSeek balance: ok`,
  low: ours`⚠️ DeepSeek balance: low`,
  insufficient: ours`❌ DeepSeek balance: insufficient`,
  'over-budget': ours`❌ DeepSeek spend: over budget`,
  error: ours`❓ DeepSeek balance: could not check`
}

export const POST_HEADINGS: Record<Status, CleanText> = {
  ok: ours`✅ DeepSeek spend during this job`,
  low: ours`⚠️ DeepSeek spend during this job`,
  insufficient: ours`❌ DeepSeek spend during this job`,
  'over-budget': ours`❌ DeepSeek spend during this job: over budget`,
  error: ours`❓ DeepSeek spend during this job: not checked`
}

/** What the spend figures measure, for the summary's footnote. */
export const SPEND_FOOTNOTE = ours`Spend is the change in the account's balance: it includes every other use of the account in that time, and DeepSeek may book a request's cost a little after it ends. Use a separate DeepSeek account for CI where exact per-job figures matter.`

export const CHART_TITLES = {
  dailyBalance: ours`balance at the end of each day (UTC)`,
  hourlyBalance: ours`balance at the end of each hour (UTC)`,
  dailySpend: ours`spent each day (UTC)`
} as const

/** The log's picture of the balance: `DeepSeek balance, CNY, 14 days: ▇▆▆▅▃▂█▇`. */
export function balanceLine(currency: CleanText, spanMs: number, sparkline: CleanText): CleanText {
  return ours`DeepSeek balance in the history (${currency}, ${duration(spanMs)}): ${sparkline}`
}

export const OVERLAP_NOTE = ours`A job's spend is the fall from its gate's reading to its post step's; jobs that ran at the same time each count the other's spend too, so this is an approximation.`

export const NOTHING_READ = ours`No balance could be read, so the check did not pass.`
export const NO_ROWS = ours`DeepSeek reported no balance rows.`
export const NO_HISTORY_RATE = ours`no rate yet (a rate needs a history that covers a day, and spend in it)`
export const NO_RATE = ours`no rate (a rate needs the balance to fall over at least an hour)`

/** Which currency the check uses when `currency` is empty. */
export const ANY_CURRENCY = `any (${CURRENCIES.join(' first, then ')})` as CleanText

// -- Inputs ----------------------------------------------------------------------------------

const A_DECIMAL = ours`empty or a decimal number ≥ 0 such as 5, 12.50 or .5`
const TRUE_OR_FALSE = ours`true or false`
const BASE_URL = ours`an http(s) URL such as https://api.deepseek.com or https://gateway.example/deepseek, without credentials, query or fragment`

/** What each input accepts, for the error that names it. */
const EXPECTED: Record<InputName, CleanText> = {
  'api-key': ours`a DeepSeek API key (sk-...) from a secret`,
  'base-url': BASE_URL,
  timeout: ours`a whole number of milliseconds from 1 to 3600000`,
  retries: ours`a whole number from 0 to 10`,
  'min-balance': A_DECIMAL,
  'warn-balance': A_DECIMAL,
  currency: ours`${currencyList('or')} (any letter case), or empty`,
  'fail-on-insufficient': TRUE_OR_FALSE,
  summary: TRUE_OR_FALSE,
  baseline: ours`empty or the snapshot output of an earlier run ({"checked_at":"...","is_available":...,"balance_infos":[...]})`,
  'max-spend': A_DECIMAL,
  'warn-runway-days': ours`empty or a decimal number ≥ 0 such as 7, 2.5 or .5`,
  'report-spend': TRUE_OR_FALSE,
  history: ours`empty or the path of a JSON Lines file, relative to the workspace`,
  'max-spend-per-day': A_DECIMAL
}

export function inputProblemText(problem: InputProblem): CleanText {
  switch (problem.kind) {
    case 'invalid':
      return ours`Input '${own(problem.input)}' must be ${EXPECTED[problem.input]}; got '${problem.value}'.`
    case 'base-url-with-extras': {
      const extras = joinClean(
        problem.extras.map(extra =>
          extra === 'credentials'
            ? ours`credentials`
            : extra === 'query'
              ? ours`a query`
              : ours`a fragment`
        ),
        ' and '
      )
      return ours`Input 'base-url' must be ${BASE_URL}; got '${problem.shown}' with ${extras}, which ${problem.extras.length > 1 || problem.extras[0] === 'credentials' ? ours`are` : ours`is`} not shown.`
    }
    case 'api-key-missing':
      return ours`Input 'api-key' is required: pass your DeepSeek API key from a secret, e.g. api-key: \${{ secrets.DEEPSEEK_API_KEY }}. If it is set, the secret may be empty or not available to this workflow (secrets are not passed to workflows from forks, nor to Dependabot's).`
    case 'api-key-with-whitespace':
      return ours`Input 'api-key' contains whitespace; a DeepSeek API key is a single word (sk-...). Check the secret's value.`
    case 'api-key-not-printable':
      return ours`Input 'api-key' contains characters that are not printable ASCII; a DeepSeek API key is letters, digits and dashes (sk-...). Check the secret's value.`
    case 'baseline':
      return ours`Input 'baseline' must be ${EXPECTED.baseline}; ${baselineProblemText(problem.problem)}. The value is not shown.`
    case 'budget-without-meter':
      return ours`Input 'max-spend' needs something to measure spend against: a baseline (the snapshot output of an earlier run), or report-spend: true so that the job's own spend is checked at its end.`
    case 'cap-without-history':
      return ours`Input 'max-spend-per-day' needs a history to count a day's spend from: set history to the path of a ledger file (kept between runs with actions/cache, see the README).`
  }
}

/** What is wrong with DeepSeek's answer, as a noun phrase: `a body that is not JSON`. */
export function answerProblemText(problem: SnapshotProblem): CleanText {
  switch (problem.kind) {
    case 'not-json':
      return ours`a body that is not JSON`
    case 'not-an-object':
    case 'missing':
      return ours`JSON without is_available and balance_infos`
    case 'wrong-type':
      return problem.field === 'is_available'
        ? ours`an is_available that is not true or false`
        : ours`a balance_infos that is not a list`
    case 'row-not-an-object':
    case 'row-without-currency':
      return ours`a balance_infos row without a three-letter currency`
    case 'amount':
      return problem.missing
        ? ours`a ${problem.currency} row without ${own(problem.field)}`
        : ours`a ${problem.currency} ${own(problem.field)} that is not a decimal`
    case 'currency-twice':
      return ours`balance_infos listing ${problem.currency} twice`
    // A snapshot's own problems: an answer has no checked_at and no length cap.
    case 'too-long':
    case 'checked-at-not-a-time':
    case 'checked-at-without-zone':
    case 'checked-at-in-the-future':
      return ours`a body of another shape`
  }
}

/** What is wrong with a baseline, as a clause: `it is not JSON`. */
export function baselineProblemText(problem: SnapshotProblem): CleanText {
  switch (problem.kind) {
    case 'too-long':
      return ours`it is longer than 65536 characters`
    case 'not-json':
      return ours`it is not JSON`
    case 'not-an-object':
      return ours`it is not a JSON object`
    case 'missing':
      return problem.field === 'is_available'
        ? ours`it has no is_available true or false`
        : ours`it has no ${own(problem.field)}`
    case 'wrong-type':
      return problem.field === 'is_available'
        ? ours`it has no is_available true or false`
        : ours`its balance_infos is not a list`
    case 'checked-at-not-a-time':
      return ours`its checked_at is not an ISO-8601 date-time`
    case 'checked-at-without-zone':
      return ours`its checked_at has no time zone (end it with Z, or an offset such as +08:00)`
    case 'checked-at-in-the-future':
      return ours`its checked_at ${isoTimestamp(problem.checkedAt)} is in the future (more than a minute ahead of this runner's clock)`
    case 'row-not-an-object':
      return ours`it has a balance_infos entry that is not an object`
    case 'row-without-currency':
      return ours`it has a row without a three-letter currency`
    case 'amount':
      return problem.missing
        ? ours`its ${problem.currency} row has no ${own(problem.field)}`
        : ours`its ${problem.currency} ${own(problem.field)} is not a decimal`
    case 'currency-twice':
      return ours`it lists ${problem.currency} twice`
  }
}

// -- Reading the balance ---------------------------------------------------------------------

export function attemptStarted(attempt: number, maxAttempts: number, url: URL): CleanText {
  return ours`Attempt ${attempt} of ${maxAttempts}: GET ${cleanUrl(url)}`
}

export function attemptSucceeded(attempt: number): CleanText {
  return ours`Attempt ${attempt} succeeded.`
}

export function retrying(
  failure: FetchFailure,
  attempt: number,
  maxAttempts: number,
  delayMs: number
): CleanText {
  return ours`Attempt ${attempt} of ${maxAttempts} failed: ${failureText(failure)} Retrying in ${seconds(delayMs)}.`
}

const NETWORK_ERRORS = {
  ECONNREFUSED: ours`the connection was refused`,
  ECONNRESET: ours`the connection was reset`,
  ECONNABORTED: ours`the connection was aborted`,
  EPIPE: ours`the connection was closed`,
  ETIMEDOUT: ours`the connection timed out`,
  EHOSTUNREACH: ours`the host is unreachable`,
  ENETUNREACH: ours`the network is unreachable`,
  ENETDOWN: ours`the network is down`
} as const

/** What went wrong with one attempt. */
export function failureText(failure: FetchFailure): CleanText {
  switch (failure.kind) {
    case 'timeout': {
      const phase = failure.headersReceived
        ? ours` (the headers came, the body did not finish)`
        : ours``
      return ours`DeepSeek did not answer within the ${failure.timeoutMs} ms timeout${phase}.`
    }
    case 'body-too-large':
      return ours`DeepSeek's response is larger than ${failure.limitBytes / 1024 / 1024} MiB; a balance is a few hundred bytes, so reading stopped.`
    case 'closed-early':
      return ours`Could not read DeepSeek's answer from ${failure.host}: the connection closed before the response was complete.`
    case 'http':
      return httpText(failure.status, failure.detail)
    case 'not-a-balance':
      return ours`DeepSeek answered with ${answerProblemText(failure.problem)}, not a balance (${bodyText(failure.body)}).`
    case 'redirect-elsewhere': {
      const where = 'origin' in failure.to ? failure.to.origin : ours`a ${failure.to.scheme} URL`
      return ours`DeepSeek at ${failure.from} redirected to ${where}; the redirect was not followed, so the key was not sent ${failure.downgrade ? ours`in clear text` : ours`there`}.`
    }
    case 'redirect-unreadable':
      return ours`DeepSeek at ${failure.from} redirected to an address that is not a valid URL; the redirect was not followed.`
    case 'too-many-redirects':
      return ours`DeepSeek at ${failure.from} redirected more than ${failure.limit} times.`
    case 'proxy-setting':
      return ours`The proxy variable ${own(failure.variable)} is not a URL, so no request was sent.`
    case 'proxy': {
      const where = failure.proxy ?? ours`the proxy`
      const what =
        'status' in failure.answer
          ? ours`the proxy answered HTTP ${failure.answer.status} to CONNECT`
          : failure.answer.error
      return ours`Could not reach DeepSeek at ${failure.host} through the proxy ${where}: ${what}.`
    }
    case 'tls':
      return ours`Could not reach DeepSeek at ${failure.host}: its TLS certificate is not trusted (${failure.code}).`
    case 'name-not-resolved': {
      const detail =
        failure.code === 'ENOTFOUND'
          ? ours`the host name ${failure.name} could not be resolved (ENOTFOUND)`
          : ours`the host name ${failure.name} could not be resolved for now (EAI_AGAIN, the resolver is not answering)`
      return ours`Could not reach DeepSeek at ${failure.host}: ${detail}.`
    }
    case 'network':
      return ours`Could not reach DeepSeek at ${failure.host}: ${NETWORK_ERRORS[failure.code]} (${own(failure.code)}).`
    case 'request':
      return ours`The request to DeepSeek at ${failure.host} failed: ${failure.error}.`
  }
}

function httpText(
  status: number,
  detail: Extract<FetchFailure, { kind: 'http' }>['detail']
): CleanText {
  const said =
    'message' in detail ? detail.message : 'body' in detail ? bodyText(detail.body) : ours``
  const got = said ? ours`HTTP ${status}: ${said}` : ours`HTTP ${status}`
  if (status === 401 || status === 403) return ours`DeepSeek rejected the API key (${got}).`
  if (status === 402) return ours`DeepSeek reports insufficient balance (${got}).`
  if (status === 429) return ours`DeepSeek rate-limited the request (${got}).`
  if (status === 500 || status === 502 || status === 503 || status === 504) {
    return ours`DeepSeek had a server error (${got}).`
  }
  if (status >= 500) return ours`DeepSeek, or something in between, answered ${got}.`
  return ours`DeepSeek refused the request (${got}).`
}

/** `content-type text/html, body starting "<html>…"`. */
function bodyText({ contentType, start }: BodyStart): CleanText {
  const type = contentType ? ours`content-type ${contentType}` : ours`no content-type`
  return start ? ours`${type}, body starting "${start}"` : ours`${type}, empty body`
}

/** What the workflow author can do about a failure. */
export function failureHint(failure: FetchFailure): CleanText {
  switch (failure.kind) {
    case 'timeout':
      return ours`DeepSeek may be busy: raise timeout or retries, or check the network and proxy.`
    case 'body-too-large':
      return ours`Check that base-url points at the DeepSeek API or a gateway for it.`
    case 'closed-early':
    case 'network':
    case 'request':
      return CHECK_NETWORK
    case 'http':
      return httpHint(failure.status)
    case 'not-a-balance':
      return ours`If a proxy or captive portal sits between the runner and DeepSeek, check base-url and the proxy settings.`
    case 'redirect-elsewhere':
      return 'origin' in failure.to
        ? ours`Check base-url: if ${failure.to.origin} is the API, use it as base-url.`
        : CHECK_GATEWAY
    case 'redirect-unreadable':
    case 'too-many-redirects':
      return CHECK_GATEWAY
    case 'proxy-setting':
      return ours`Set ${own(failure.variable)} to the proxy's URL, such as http://proxy.example:3128, or unset it.`
    case 'proxy':
      return 'status' in failure.answer &&
        failure.answer.status >= 400 &&
        failure.answer.status < 500
        ? ours`The proxy refused the tunnel: check its credentials in HTTPS_PROXY, or add the host to NO_PROXY.`
        : ours`Check that the proxy in HTTPS_PROXY / HTTP_PROXY is up, or add the host to NO_PROXY.`
    case 'tls':
      return ours`If a proxy inspects TLS traffic, point NODE_EXTRA_CA_CERTS at its CA certificate; otherwise check base-url.`
    case 'name-not-resolved':
      return failure.code === 'ENOTFOUND'
        ? ours`Check base-url for a typo; on a self-hosted runner, check its DNS or set HTTPS_PROXY.`
        : CHECK_NETWORK
  }
}

function httpHint(status: number): CleanText {
  if (status === 401 || status === 403) {
    return ours`Check the secret passed as api-key: it must be a current DeepSeek API key (sk-...).`
  }
  if (status === 402) return ours`Top up at ${TOP_UP}.`
  if (status === 429) return ours`Raise retries, or run the check less often.`
  if (status === 500 || status === 502 || status === 503 || status === 504) {
    return ours`DeepSeek may be overloaded: raise retries, or try later.`
  }
  // 501, 505, 511 (what captive portals send) ...
  if (status >= 500) {
    return ours`Check base-url, and any proxy or captive portal between the runner and DeepSeek.`
  }
  if (status === 404) {
    return ours`Check base-url: it must be the DeepSeek API root (https://api.deepseek.com) or a gateway prefix for it.`
  }
  return CHECK_GATEWAY
}

// -- Settings, runner files, the unexpected --------------------------------------------------

/** The settings as one debug line: everything but the key. */
export function describeSettings(settings: Settings): CleanText {
  const fields: CleanText[] = [
    ours`api-key=***`,
    ours`url=${cleanUrl(settings.balanceUrl)}`,
    ours`timeout=${settings.timeoutMs} ms`,
    ours`retries=${settings.retries}`,
    ours`min-balance=${settings.minBalance?.text ?? ours`(none)`}`,
    ours`warn-balance=${settings.warnBalance?.text ?? ours`(none)`}`,
    ours`currency=${settings.currency ? own(settings.currency) : ours`(any)`}`,
    ours`fail-on-insufficient=${own(`${settings.failOnInsufficient}`)}`,
    ours`summary=${own(`${settings.writeSummary}`)}`,
    ours`baseline=${settings.baseline ? ours`from ${isoTimestamp(settings.baseline.checkedAt)}` : ours`(none)`}`,
    ours`max-spend=${settings.maxSpend?.text ?? ours`(none)`}`,
    ours`warn-runway-days=${settings.warnRunwayDays?.text ?? ours`(none)`}`,
    ours`report-spend=${own(`${settings.reportSpend}`)}`,
    ours`history=${settings.history ? clean(settings.history, 100) : ours`(none)`}`,
    ours`max-spend-per-day=${settings.maxSpendPerDay?.text ?? ours`(none)`}`
  ]
  return ours`Settings: ${joinClean(fields, ', ')}`
}

export function outputsNotWritten(error: unknown): CleanText {
  return ours`Could not write the step outputs to the file GITHUB_OUTPUT names: ${describeError(error)}. The verdict above stands; later steps cannot read it from this step's outputs.`
}

export function historyNotWritten(file: CleanText, error: unknown): CleanText {
  return ours`Could not write the history ${file}: ${describeError(error)}. The verdict above stands; the next run reads the history as it was.`
}

export function summaryNotWritten(error: unknown): CleanText {
  return ours`Could not write the job summary to the file GITHUB_STEP_SUMMARY names: ${describeError(error)}.`
}

export const NO_SUMMARY_FILE = ours`GITHUB_STEP_SUMMARY is not set: no job summary written.`
export const NOTHING_SAVED = ours`The gate saved no balance: no spend to report.`

/** An error's message only, cleaned: a stack trace tells a workflow author nothing. */
export function describeError(error: unknown): CleanText {
  return clean(error instanceof Error ? error.message : String(error), 160)
}
