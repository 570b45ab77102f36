import { compareDecimals } from '../base/decimal.js'
import type { CleanText } from '../base/outside-text.js'
import type { Reading as LedgerReading, ReadingSource } from '../base/ledger.js'
import type { Balance, Snapshot } from '../base/snapshot.js'
import type { BalanceReading } from '../read/read-balance.js'
import type { InputProblem, Settings, Threshold } from '../settings/settings.js'
import { type Decision, evaluate } from './decision.js'
import type { Advice, Finding, Note, SpendFinding, SpendScope } from './findings.js'
import { type History, RATE_SPAN_MS } from './history.js'
import {
  type LedgerCheck,
  type LedgerInput,
  checkLedger,
  dailyCap,
  historyRate,
  historySpend
} from './ledger-check.js'
import { MIN_RATE_ELAPSED_MS, type Spend, computeSpend, runwayBelow } from './spend.js'

/**
 * One verdict per step, from one set of rules. The log lines and annotations, the `status` and
 * `message` outputs, the job summary and the exit code are all renderings of it.
 */

export type Status = 'ok' | 'low' | 'insufficient' | 'over-budget' | 'error'

/**
 * What the step does about its verdict: `ok` a log line, `notice`, `warning` an annotation of
 * that kind, `failure` an error annotation and a failed step.
 */
export type Severity = 'ok' | 'notice' | 'warning' | 'failure'

export interface Verdict {
  readonly step: 'gate' | 'post'
  readonly status: Status
  readonly severity: Severity
  /** The finding that decides the status. */
  readonly headline: Finding
  /** What else was found, in the order it reads best. */
  readonly reasons: readonly Finding[]
  readonly advice: readonly Advice[]
  /** Inputs that do nothing here: each is told once, at its own level, and never fails a step. */
  readonly notes: readonly Note[]
  readonly checkedAt: Date
  /** The balance read, when one was. */
  readonly reading?: Reading
  /** The spend, when it was measured. */
  readonly spend?: SpendCheck
  /** The ledger, with `history`. */
  readonly ledger?: LedgerCheck
}

export interface Reading {
  readonly balance: Balance
  readonly attempts: number
  readonly elapsedMs: number
  /** The gate's decision on the balance (the post step makes none). */
  readonly decision?: Decision
}

export interface SpendCheck {
  readonly scope: SpendScope
  /** When the earlier balance was read. */
  readonly since: Date
  readonly spend: Spend
  readonly status: 'ok' | 'low' | 'over-budget' | 'unchecked'
  /** What was spent, or why there is no figure. */
  readonly report: SpendFinding
  /** The daily rate and runway, when there is one. */
  readonly rate?: SpendFinding
  /** Over max-spend or max-spend not checked, then a runway below warn-runway-days; the first decides the status. */
  readonly problems: readonly SpendFinding[]
}

/**
 * The gate: the balance against the thresholds; the spend since a baseline when one is given;
 * and, with a ledger, its windows, its daily cap and the reading to add to it.
 */
export function gateVerdict(
  settings: Settings,
  reading: BalanceReading,
  checkedAt: Date,
  ledger?: LedgerInput,
  source?: ReadingSource
): Verdict {
  const notes = settingsNotes(settings)
  if (!reading.ok) {
    const ledgerNotes = ledger ? checkLedger(ledger, undefined, undefined, checkedAt).notes : []
    return readFailed('gate', reading, undefined, [...notes, ...ledgerNotes], checkedAt)
  }
  const { balance, attempts, elapsedMs } = reading
  const decision = evaluate(balance, settings)
  const current: LedgerReading = { ...balance, checkedAt, ...(source && { source }) }
  const ledgerCheck = ledger && checkLedger(ledger, current, decision.currency, checkedAt)
  const history = ledgerCheck?.history
  notes.push(...(ledgerCheck?.notes ?? []))
  const { baseline } = settings
  // A ledger that spans a day gives the rate; a baseline gives it otherwise.
  const spend =
    baseline &&
    checkSpend(
      baseline,
      current,
      decision.currency,
      { ...settings, ...(history?.rate && { warnRunwayDays: undefined }) },
      { kind: 'since', since: baseline.checkedAt }
    )
  notes.push(...runwayNotes(settings, spend, history))
  const fromHistory = ledgerCheck && ledgerFindings(ledgerCheck, settings, decision, checkedAt)
  const problems = [...(spend?.problems ?? []), ...(fromHistory?.problems ?? [])].sort(
    (a, b) => PROBLEM_ORDER.indexOf(a.kind) - PROBLEM_ORDER.indexOf(b.kind)
  )
  const status = gateStatus(decision, problems)
  // The balance leads when it decides the status; otherwise the first problem does.
  const problemLeads = status !== decision.status
  const headline = (problemLeads ? problems[0] : undefined) ?? decision.finding
  const reasons = [
    decision.finding,
    // One rate: the history's, when it has one, else the baseline's.
    ...(spend ? spendReasons(spend, !history?.rate) : []),
    ...(fromHistory?.reasons ?? []),
    ...(fromHistory?.problems ?? [])
  ].filter(finding => finding !== headline)
  const balanceAdvice = decision.advice ? [decision.advice] : []
  const budgetAdvice = problems.flatMap(problemAdvice)
  const severity = severityOf(status, settings.failOnInsufficient)
  return {
    step: 'gate',
    status,
    // A daily cap checked over less than a day, or not at all, passes with a notice.
    severity: severity === 'ok' && fromHistory?.notice ? 'notice' : severity,
    headline,
    reasons,
    advice: uniqueKinds(
      problemLeads ? [...budgetAdvice, ...balanceAdvice] : [...balanceAdvice, ...budgetAdvice]
    ),
    notes,
    checkedAt,
    reading: { balance, attempts, elapsedMs, decision },
    ...(spend && { spend }),
    ...(ledgerCheck && { ledger: ledgerCheck })
  }
}

/**
 * The post step: what the job spent since the gate's reading, held to max-spend (the job's
 * budget). A budget that could not be checked does not pass; without one, a missing figure is
 * only a warning. With a ledger, its reading is added to it.
 */
export function postVerdict(
  settings: Pick<Settings, 'maxSpend'>,
  start: Snapshot,
  currency: CleanText | undefined,
  reading: BalanceReading,
  checkedAt: Date,
  ledger?: LedgerInput,
  source?: ReadingSource
): Verdict {
  const max = settings.maxSpend?.text
  if (!reading.ok) {
    const notes = ledger ? checkLedger(ledger, undefined, undefined, checkedAt).notes : []
    return readFailed('post', reading, max, [...notes], checkedAt, currency)
  }
  const { balance, attempts, elapsedMs } = reading
  const current: LedgerReading = { ...balance, checkedAt, ...(source && { source }) }
  const ledgerCheck = ledger && checkLedger(ledger, current, currency, checkedAt)
  const spend = checkSpend(
    start,
    current,
    currency,
    { ...(settings.maxSpend && { maxSpend: settings.maxSpend }) },
    { kind: 'job' }
  )
  const status =
    spend.status === 'unchecked' ? 'error' : spend.status === 'over-budget' ? 'over-budget' : 'ok'
  return {
    step: 'post',
    status,
    severity: severityOf(status, true),
    headline: spend.problems[0] ?? spend.report,
    reasons: [],
    advice: spendAdvice(spend),
    notes: [...(ledgerCheck?.notes ?? [])],
    checkedAt,
    reading: { balance, attempts, elapsedMs },
    spend,
    ...(ledgerCheck && { ledger: ledgerCheck })
  }
}

/** The post step cannot read back what the gate saved: the job's spend is unknown. */
export function unreadableStartVerdict(
  settings: Pick<Settings, 'maxSpend'>,
  checkedAt: Date
): Verdict {
  const max = settings.maxSpend?.text
  return {
    step: 'post',
    status: 'error',
    severity: max ? 'failure' : 'warning',
    headline: { kind: 'saved-balance-unreadable', ...(max && { max }) },
    reasons: [],
    advice: [],
    notes: [],
    checkedAt
  }
}

/** Inputs that cannot be used: nothing was read. */
export function inputVerdict(problem: InputProblem, checkedAt: Date): Verdict {
  return {
    step: 'gate',
    status: 'error',
    severity: 'failure',
    headline: { kind: 'input', problem },
    reasons: [],
    advice: [],
    notes: [],
    checkedAt
  }
}

/** A failure nobody foresaw (a bug, or the runner's files): its message only. */
export function unexpectedVerdict(
  step: Verdict['step'],
  error: CleanText,
  checkedAt: Date
): Verdict {
  return {
    step,
    status: 'error',
    severity: 'failure',
    headline: { kind: 'unexpected', error },
    reasons: [],
    advice: [],
    notes: [],
    checkedAt
  }
}

/** What the step does about a status. `fail-on-insufficient: false` makes insufficient a warning only. */
export function severityOf(status: Status, failOnInsufficient: boolean): Severity {
  switch (status) {
    case 'ok':
      return 'ok'
    case 'low':
      return 'warning'
    case 'insufficient':
      return failOnInsufficient ? 'failure' : 'warning'
    case 'over-budget':
    case 'error':
      return 'failure'
  }
}

export interface SpendRules {
  readonly maxSpend?: Threshold
  readonly warnRunwayDays?: Threshold
}

/** Spend between two snapshots, held to max-spend and warn-runway-days. Pure. */
export function checkSpend(
  earlier: Snapshot,
  current: Snapshot,
  currency: CleanText | undefined,
  rules: SpendRules,
  scope: SpendScope
): SpendCheck {
  const spend = computeSpend(earlier, current, currency)
  const base = { scope, since: earlier.checkedAt, spend }
  const { checked, rate } = spend
  if (!checked) {
    const report: SpendFinding = { kind: 'no-spend-figure', scope, ...(currency && { currency }) }
    if (!rules.maxSpend) return { ...base, status: 'ok', report, problems: [] }
    const max = rules.maxSpend.text
    return {
      ...base,
      status: 'unchecked',
      report,
      problems: [{ kind: 'budget-unchecked', scope, max, ...(currency && { currency }) }]
    }
  }
  const figures = {
    currency: checked.currency,
    amount: checked.movedText,
    before: checked.before.text,
    after: checked.after.text,
    elapsedMs: spend.elapsedMs
  }
  const rateFigures = rate && {
    perDay: rate.perDay,
    currency: checked.currency,
    since: earlier.checkedAt,
    total: checked.after.text,
    runwayDays: rate.runwayDays
  }
  const overBudget = rules.maxSpend && compareDecimals(checked.spent, rules.maxSpend.value) > 0
  const shortRunway = rules.warnRunwayDays && rate && runwayBelow(rate, rules.warnRunwayDays.value)
  const problems: SpendFinding[] = [
    ...(overBudget && rules.maxSpend
      ? [{ kind: 'over-budget' as const, scope, figures, max: rules.maxSpend.text }]
      : []),
    ...(shortRunway && rateFigures && rules.warnRunwayDays
      ? [{ kind: 'runway-low' as const, rate: rateFigures, threshold: rules.warnRunwayDays.text }]
      : [])
  ]
  return {
    ...base,
    status: overBudget ? 'over-budget' : shortRunway ? 'low' : 'ok',
    report: { kind: checked.spent.units < 0n ? 'rose' : 'spent', scope, figures },
    ...(rateFigures && { rate: { kind: 'rate', rate: rateFigures } }),
    problems
  }
}

/** Inputs that are valid alone but do nothing here, or make little sense together. */
function settingsNotes(settings: Settings): Note[] {
  const notes: Note[] = []
  const { minBalance, warnBalance, warnRunwayDays } = settings
  if (minBalance && warnBalance && compareDecimals(warnBalance.value, minBalance.value) <= 0) {
    notes.push({
      kind: 'warn-not-above-min',
      level: 'warning',
      warn: warnBalance.text,
      min: minBalance.text
    })
  }
  if (warnRunwayDays && !settings.baseline && !settings.history) {
    notes.push({ kind: 'runway-without-baseline', level: 'notice', days: warnRunwayDays.text })
  }
  return notes
}

/** The spend's problems, in the order they decide the status. */
const PROBLEM_ORDER: readonly SpendFinding['kind'][] = [
  'budget-unchecked',
  'over-budget',
  'daily-cap',
  'runway-low'
]

/** error (max-spend not checked) > over-budget (max-spend or the daily cap) > the balance's own status > a short runway. */
function gateStatus(decision: Decision, problems: readonly SpendFinding[]): Status {
  const kinds = problems.map(problem => problem.kind)
  if (kinds.includes('budget-unchecked')) return 'error'
  if (kinds.includes('over-budget') || kinds.includes('daily-cap')) return 'over-budget'
  if (decision.status !== 'ok') return decision.status
  return kinds.includes('runway-low') ? 'low' : 'ok'
}

/**
 * What the ledger adds to the gate. A ledger that cannot be used (or no currency to count in)
 * never fails the gate by itself: a daily cap then goes unchecked, with a notice.
 */
function ledgerFindings(
  check: LedgerCheck,
  settings: Settings,
  decision: Decision,
  now: Date
): { reasons: SpendFinding[]; problems: SpendFinding[]; notice: boolean } {
  if (check.history) return historyFindings(check.history, settings, now)
  if (!settings.maxSpendPerDay) return { reasons: [], problems: [], notice: false }
  const why = decision.currency ? 'history-unusable' : 'no-currency'
  return {
    reasons: [{ kind: 'daily-cap-unchecked', max: settings.maxSpendPerDay.text, why }],
    problems: [],
    notice: true
  }
}

/**
 * What the ledger adds: its windows and rate as reasons; a daily cap that is exceeded and a
 * runway below warn-runway-days as problems; a notice when the cap could be checked over less
 * than a day only.
 */
function historyFindings(
  history: History,
  settings: Settings,
  now: Date
): { reasons: SpendFinding[]; problems: SpendFinding[]; notice: boolean } {
  const reasons: SpendFinding[] = []
  const problems: SpendFinding[] = []
  const windows = historySpend(history)
  if (windows) reasons.push(windows)
  let notice = false
  if (settings.maxSpendPerDay) {
    const cap = dailyCap(history, settings.maxSpendPerDay)
    if (cap.over) problems.push(cap)
    else reasons.push(cap)
    notice = !cap.over && cap.partial
  }
  if (history.rate) {
    const rate = historyRate(history, history.rate, settings.warnRunwayDays, now)
    if (rate.kind === 'runway-low') problems.push(rate)
    else reasons.push(rate)
  }
  return { reasons, problems, notice }
}

/** warn-runway-days that nothing can check: no baseline nor ledger, or neither old enough. */
function runwayNotes(
  settings: Settings,
  spend: SpendCheck | undefined,
  history: History | undefined
): Note[] {
  const days = settings.warnRunwayDays?.text
  if (!days || history?.rate || spend?.spend.rate) return []
  if (spend && spend.spend.elapsedMs < MIN_RATE_ELAPSED_MS) {
    return [
      {
        kind: 'runway-baseline-too-young',
        level: 'notice',
        days,
        ageMs: spend.spend.elapsedMs,
        neededMs: MIN_RATE_ELAPSED_MS
      }
    ]
  }
  if (history && !spend && history.spanMs < RATE_SPAN_MS) {
    return [
      {
        kind: 'runway-history-too-short',
        level: 'notice',
        days,
        spanMs: history.spanMs,
        neededMs: RATE_SPAN_MS
      }
    ]
  }
  return []
}

/**
 * The spend's findings as reasons: the report of what was spent (an over-budget or unchecked
 * budget gives the figures already), then the problems, or the rate when the runway is fine.
 */
function spendReasons(spend: SpendCheck, withRate = true): Finding[] {
  const [first] = spend.problems
  const report =
    first?.kind === 'over-budget' || first?.kind === 'budget-unchecked' ? [] : [spend.report]
  const runwayTold = spend.problems.some(problem => problem.kind === 'runway-low')
  const rate = spend.rate && withRate && !runwayTold ? [spend.rate] : []
  return [...report, ...spend.problems, ...rate]
}

function spendAdvice(spend: SpendCheck): Advice[] {
  return spend.problems.flatMap(problemAdvice)
}

function problemAdvice(problem: SpendFinding): Advice[] {
  switch (problem.kind) {
    case 'over-budget':
      return [{ kind: 'find-spend-or-raise-max' }]
    case 'daily-cap':
      return [{ kind: 'find-spend-or-raise-cap' }]
    case 'runway-low':
      return [{ kind: 'top-up-or-lower-runway' }]
    default:
      return []
  }
}

function readFailed(
  step: Verdict['step'],
  reading: Extract<BalanceReading, { ok: false }>,
  max: CleanText | undefined,
  notes: Note[],
  checkedAt: Date,
  currency?: CleanText
): Verdict {
  const { failure, attempts, elapsedMs } = reading
  return {
    step,
    status: 'error',
    // "Could not check" never passes a gate or a budget; at the end of a job without a budget it
    // is only a missing figure.
    severity: step === 'post' && !max ? 'warning' : 'failure',
    headline: {
      kind: 'read-failed',
      failure,
      attempts,
      elapsedMs,
      atEndOfJob: step === 'post',
      ...(max && { max }),
      ...(currency && { currency })
    },
    reasons: [],
    advice: [{ kind: 'fix-read', failure }],
    notes,
    checkedAt
  }
}

function uniqueKinds(advice: Advice[]): Advice[] {
  return advice.filter(
    (item, index) => advice.findIndex(other => other.kind === item.kind) === index
  )
}
