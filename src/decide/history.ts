import { type Decimal, formatDecimal } from '../base/decimal.js'
import type { LedgerEntry } from '../base/ledger.js'
import { type CleanText, clean, own } from '../base/outside-text.js'
import { type Rate, rateFrom } from './spend.js'

/**
 * The ledger of readings, read as a meter: spend over windows that top-ups do not fool, the
 * daily rate, spend per workflow, the series the charts draw, and which readings to keep. Pure.
 */

export const HOUR_MS = 3_600_000
export const DAY_MS = 24 * HOUR_MS
/** The windows the outputs spent-1d, spent-7d and spent-30d measure, in days. */
export const WINDOW_DAYS = [1, 7, 30] as const
/** A ledger spanning at least this gives the daily rate (from the 7-day window). */
export const RATE_SPAN_MS = DAY_MS

/**
 * Every reading of the last KEEP_ALL_MS is kept, up to KEEP_ALL_MAX of them (those beyond, one
 * an hour); then one every 6 hours up to 30 days, one a day up to 90; nothing older. The bound
 * keeps the largest ledger small enough to read in a few tens of milliseconds.
 */
const KEEP_ALL_MS = 7 * DAY_MS
const KEEP_ALL_MAX = 1000
const KEEP_QUARTER_DAYS_MS = 30 * DAY_MS
const KEEP_DAILY_MS = 90 * DAY_MS

/** The balance chart's reach and its most points; the spend chart's days. */
const BALANCE_CHART_MS = 30 * DAY_MS
export const MAX_CHART_POINTS = 60
const SPEND_CHART_DAYS = 14

export interface SpendWindow {
  readonly days: (typeof WINDOW_DAYS)[number]
  /** When the window's first reading was taken. */
  readonly from: Date
  /** From that reading to now. */
  readonly spanMs: number
  /** The sum of the falls between consecutive readings: a rise is a top-up, never negative spend. */
  readonly spent: Decimal
  readonly spentText: CleanText
  /** Whether the ledger reaches back the whole window. */
  readonly full: boolean
}

export interface WorkflowSpend {
  readonly workflow: CleanText
  /** Jobs whose gate and post step both left a reading in the last 7 days. */
  readonly jobs: number
  readonly spentText: CleanText
}

export interface ChartPoint {
  /** The start of the day or hour the point stands for (UTC). */
  readonly at: Date
  readonly value: Decimal
}

export interface BalanceSeries {
  readonly unit: 'day' | 'hour'
  readonly points: readonly ChartPoint[]
}

export interface History {
  readonly currency: CleanText
  /** The current total, as shown. */
  readonly total: CleanText
  /** Readings in the currency, the current one included. */
  readonly readings: number
  /** From the oldest of them to now. */
  readonly spanMs: number
  /** 1, 7 and 30 days; none without a reading before the current one. */
  readonly windows: readonly SpendWindow[]
  /** From the 7-day window, when the ledger spans at least RATE_SPAN_MS. */
  readonly rate?: Rate
  readonly workflows: readonly WorkflowSpend[]
  /** The balance over the last 30 days, a point a day (or an hour), at most MAX_CHART_POINTS. */
  readonly balance: BalanceSeries
  /** The spend of each of the last days (UTC), up to 14, from the first with a reading. */
  readonly dailySpend: readonly ChartPoint[]
}

/**
 * The history of `currency` in the ledger, up to the current reading (the last of `entries`).
 * Readings without that currency are passed over.
 */
export function historyOf(
  entries: readonly LedgerEntry[],
  currency: CleanText,
  now: Date
): History {
  const series = seriesOf(entries, currency)
  const count = series.at.length
  const nowMs = now.getTime()
  const spanMs = count > 0 ? nowMs - series.at[0]! : 0
  const windows = count < 2 ? [] : WINDOW_DAYS.map(days => windowOf(series, days, nowMs))
  const week = windows.find(window => window.days === 7)
  const last = count > 0 ? decimal(series, series.units[count - 1]!) : undefined
  const rate =
    week && last && spanMs >= RATE_SPAN_MS ? rateFrom(week.spent, week.spanMs, last) : undefined
  return {
    currency,
    total: last ? clean(formatDecimal(last, last.scale)) : own(''),
    readings: count,
    spanMs,
    windows,
    ...(rate && { rate }),
    workflows: workflowSpend(series, nowMs),
    balance: balanceChart(series, nowMs),
    dailySpend: count < 2 ? [] : dailySpend(series, nowMs)
  }
}

/**
 * Which readings the ledger keeps: every one of the last 7 days (the newest KEEP_ALL_MAX of
 * them; the others of those days, the last of each hour), then the last of each 6 hours up to 30
 * days and the last of each day up to 90. Bounded whatever the schedule: at most
 * KEEP_ALL_MAX + 169 hours + 93 quarter days + 61 days of readings (a span that does not start
 * on the hour touches one hour more). `entries` in time order.
 */
export function retained(entries: readonly LedgerEntry[], now: Date): LedgerEntry[] {
  const age = (entry: LedgerEntry): number => now.getTime() - entry.at
  // In time order, the readings of the last 7 days are the last ones: keep up to KEEP_ALL_MAX.
  let start = entries.length
  // Stryker disable next-line EqualityOperator: a reading exactly 7 days old is the last of its hour among the older ones either way
  while (start > 0 && age(entries[start - 1]!) <= KEEP_ALL_MS) start--
  const kept = Math.max(start, entries.length - KEEP_ALL_MAX)
  const older = entries.slice(0, kept).filter(entry => age(entry) <= KEEP_DAILY_MS)
  const bucket = (entry: LedgerEntry): string => {
    const size =
      age(entry) <= KEEP_ALL_MS
        ? HOUR_MS
        : age(entry) <= KEEP_QUARTER_DAYS_MS
          ? 6 * HOUR_MS
          : DAY_MS
    return `${size}/${Math.floor(entry.at / size)}`
  }
  const lastOfBucket = older.filter(
    (entry, index) => older[index + 1] === undefined || bucket(older[index + 1]!) !== bucket(entry)
  )
  return [...lastOfBucket, ...entries.slice(kept)]
}

/**
 * One currency's readings, ready to count with: their times, their totals as whole units at one
 * scale (the largest any of them has), and the falls added up from the first reading on, so that
 * the spend between any two readings is one subtraction.
 */
interface Series {
  readonly at: readonly number[]
  readonly units: readonly bigint[]
  readonly scale: number
  /** fallen[i]: the sum of the falls between consecutive readings up to reading i. */
  readonly fallen: readonly bigint[]
  readonly entries: readonly LedgerEntry[]
}

function seriesOf(entries: readonly LedgerEntry[], currency: string): Series {
  const kept: LedgerEntry[] = []
  const values: Decimal[] = []
  let scale = 0
  for (const entry of entries) {
    const total = entry.totals.find(candidate => candidate.currency === currency)
    if (!total) continue
    kept.push(entry)
    values.push(total.value)
    scale = Math.max(scale, total.value.scale)
  }
  const units = values.map(value => value.units * 10n ** BigInt(scale - value.scale))
  const fallen: bigint[] = []
  let sum = 0n
  units.forEach((value, index) => {
    const before = units[index - 1]
    // Stryker disable next-line EqualityOperator: >= adds a fall of zero
    if (before !== undefined && before > value) sum += before - value
    fallen.push(sum)
  })
  return { at: kept.map(entry => entry.at), units, scale, fallen, entries: kept }
}

function decimal(series: Series, units: bigint): Decimal {
  return { units, scale: series.scale }
}

function spentBetween(series: Series, from: number, to: number): Decimal {
  return decimal(series, series.fallen[to]! - series.fallen[from]!)
}

function spentText(spent: Decimal): CleanText {
  return clean(formatDecimal(spent, spent.scale))
}

function windowOf(series: Series, days: SpendWindow['days'], nowMs: number): SpendWindow {
  const cutoff = nowMs - days * DAY_MS
  // The newest reading at or before the cutoff, or the oldest when the ledger is younger.
  const start = Math.max(
    series.at.findLastIndex(at => at <= cutoff),
    0
  )
  const spent = spentBetween(series, start, series.at.length - 1)
  const from = series.at[start]!
  return {
    days,
    from: new Date(from),
    spanMs: nowMs - from,
    spent,
    spentText: spentText(spent),
    full: series.at[0]! <= cutoff
  }
}

/**
 * What each workflow's jobs spent in the last 7 days: the fall from a job's gate reading to its
 * post step's (same workflow, run, attempt and job; and the gate's time, which the post step
 * writes, so that the legs of a matrix job are told apart).
 */
function workflowSpend(series: Series, nowMs: number): WorkflowSpend[] {
  const since = nowMs - 7 * DAY_MS
  const gates = new Map<string, number[]>()
  const byWorkflow = new Map<string, { jobs: number; spent: bigint }>()
  series.entries.forEach(({ source, at }, index) => {
    if (!source || at < since) return
    const job = JSON.stringify([source.workflow, source.runId, source.runAttempt, source.job])
    const open = gates.get(job) ?? []
    if (source.step === 'gate') {
      gates.set(job, [...open, index])
      return
    }
    const position =
      source.gateAt === undefined
        ? open.length - 1
        : open.findIndex(gate => series.at[gate] === source.gateAt)
    const gate = open[position]
    if (gate === undefined) return
    open.splice(position, 1)
    const fall = series.units[gate]! - series.units[index]!
    const entry = byWorkflow.get(source.workflow) ?? { jobs: 0, spent: 0n }
    entry.jobs++
    // Stryker disable next-line EqualityOperator: >= adds a fall of zero
    if (fall > 0n) entry.spent += fall
    byWorkflow.set(source.workflow, entry)
  })
  // Each workflow once (a Map's keys), in the order of its name's UTF-16 code units.
  return [...byWorkflow.keys()].sort().map(workflow => {
    const { jobs, spent } = byWorkflow.get(workflow)!
    return { workflow: clean(workflow, 100), jobs, spentText: spentText(decimal(series, spent)) }
  })
}

/**
 * The balance over the last 30 days: at the end of each UTC day, or of each hour when the
 * ledger spans less than two days; a slot without a reading keeps the balance before it.
 */
function balanceChart(series: Series, nowMs: number): BalanceSeries {
  const { at, units } = series
  const first = at[0]
  const unit = first !== undefined && nowMs - first < 2 * DAY_MS ? 'hour' : 'day'
  if (first === undefined || at.length < 2) return { unit, points: [] }
  const size = unit === 'hour' ? HOUR_MS : DAY_MS
  const start = Math.max(first, nowMs - BALANCE_CHART_MS)
  const points: ChartPoint[] = []
  for (let slot = Math.floor(start / size); slot * size <= nowMs; slot++) {
    // The last reading up to the end of the slot; before the first slot, the one it starts with.
    const last = at.findLastIndex(time => Math.floor(time / size) <= slot)
    points.push({ at: new Date(slot * size), value: decimal(series, units[Math.max(last, 0)]!) })
  }
  // Stryker disable next-line MethodExpression: a guard; 30 days a day at a time, or under 2 days an hour at a time, is at most 49 points today
  return { unit, points: points.slice(-MAX_CHART_POINTS) }
}

/**
 * What was spent on each UTC day, for the last days up to 14, from the first with a reading: the
 * falls that end on that day, from the last reading before it through its own.
 */
function dailySpend(series: Series, nowMs: number): ChartPoint[] {
  const { at } = series
  const today = Math.floor(nowMs / DAY_MS)
  const firstDay = Math.max(today - SPEND_CHART_DAYS + 1, Math.floor(at[0]! / DAY_MS))
  const days: ChartPoint[] = []
  for (let day = firstDay; day <= today; day++) {
    // The last reading before the day (none on the first reading's day), and the day's last:
    // every day here is on or after the first reading's, so it has one.
    const last = at.findLastIndex(time => time < day * DAY_MS)
    const end = at.findLastIndex(time => time < (day + 1) * DAY_MS)
    const spent = series.fallen[end]! - series.fallen[Math.max(last, 0)]!
    days.push({ at: new Date(day * DAY_MS), value: decimal(series, spent) })
  }
  return days
}
