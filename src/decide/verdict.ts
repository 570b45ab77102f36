import { compareDecimals } from '../base/decimal.js'
import type { CleanText } from '../base/outside-text.js'
import type { Balance, Snapshot } from '../base/snapshot.js'
import type { BalanceReading } from '../read/read-balance.js'
import type { InputProblem, Settings, Threshold } from '../settings/settings.js'
import { type Decision, evaluate } from './decision.js'
import type { Advice, Finding, Note, SpendFinding, SpendScope } from './findings.js'
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

/** The gate: the balance against the thresholds, and the spend since a baseline when one is given. */
export function gateVerdict(settings: Settings, reading: BalanceReading, checkedAt: Date): Verdict {
  const notes = settingsNotes(settings)
  if (!reading.ok) return readFailed('gate', reading, undefined, notes, checkedAt)
  const { balance, attempts, elapsedMs } = reading
  const decision = evaluate(balance, settings)
  const { baseline } = settings
  const spend =
    baseline &&
    checkSpend(baseline, { ...balance, checkedAt }, decision.currency, settings, {
      kind: 'since',
      since: baseline.checkedAt
    })
  if (spend && settings.warnRunwayDays && spend.spend.elapsedMs < MIN_RATE_ELAPSED_MS) {
    notes.push({
      kind: 'runway-baseline-too-young',
      level: 'notice',
      days: settings.warnRunwayDays.text,
      ageMs: spend.spend.elapsedMs,
      neededMs: MIN_RATE_ELAPSED_MS
    })
  }
  const status = gateStatus(decision, spend)
  // The balance leads when it decides the status; otherwise the spend's problem does.
  const spendProblem = status === decision.status ? undefined : spend?.problems[0]
  const headline = spendProblem ?? decision.finding
  const reasons = [decision.finding, ...(spend ? spendReasons(spend) : [])].filter(
    finding => finding !== headline
  )
  const balanceAdvice = decision.advice ? [decision.advice] : []
  const budgetAdvice = spend ? spendAdvice(spend) : []
  return {
    step: 'gate',
    status,
    severity: severityOf(status, settings.failOnInsufficient),
    headline,
    reasons,
    advice: uniqueKinds(
      spendProblem ? [...budgetAdvice, ...balanceAdvice] : [...balanceAdvice, ...budgetAdvice]
    ),
    notes,
    checkedAt,
    reading: { balance, attempts, elapsedMs, decision },
    ...(spend && { spend })
  }
}

/**
 * The post step: what the job spent since the gate's reading, held to max-spend (the job's
 * budget). A budget that could not be checked does not pass; without one, a missing figure is
 * only a warning.
 */
export function postVerdict(
  settings: Pick<Settings, 'maxSpend'>,
  start: Snapshot,
  currency: CleanText | undefined,
  reading: BalanceReading,
  checkedAt: Date
): Verdict {
  const max = settings.maxSpend?.text
  if (!reading.ok) return readFailed('post', reading, max, [], checkedAt, currency)
  const { balance, attempts, elapsedMs } = reading
  const spend = checkSpend(
    start,
    { ...balance, checkedAt },
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
    notes: [],
    checkedAt,
    reading: { balance, attempts, elapsedMs },
    spend
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
  if (warnRunwayDays && !settings.baseline) {
    notes.push({ kind: 'runway-without-baseline', level: 'notice', days: warnRunwayDays.text })
  }
  return notes
}

/** error (max-spend not checked) > over-budget > the balance's own status > a short runway. */
function gateStatus(decision: Decision, spend: SpendCheck | undefined): Status {
  if (spend?.status === 'unchecked') return 'error'
  if (spend?.status === 'over-budget') return 'over-budget'
  if (decision.status !== 'ok') return decision.status
  return spend?.status === 'low' ? 'low' : 'ok'
}

/**
 * The spend's findings as reasons: the report of what was spent (an over-budget or unchecked
 * budget gives the figures already), then the problems, or the rate when the runway is fine.
 */
function spendReasons(spend: SpendCheck): Finding[] {
  const [first] = spend.problems
  const report =
    first?.kind === 'over-budget' || first?.kind === 'budget-unchecked' ? [] : [spend.report]
  const runwayTold = spend.problems.some(problem => problem.kind === 'runway-low')
  return [...report, ...spend.problems, ...(spend.rate && !runwayTold ? [spend.rate] : [])]
}

function spendAdvice(spend: SpendCheck): Advice[] {
  return spend.problems.flatMap((problem): Advice[] =>
    problem.kind === 'over-budget'
      ? [{ kind: 'find-spend-or-raise-max' }]
      : problem.kind === 'runway-low'
        ? [{ kind: 'top-up-or-lower-runway' }]
        : []
  )
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
