import { type Decimal, compareDecimals, formatDecimal, subtractDecimals } from '../base/decimal.js'
import type { Reading } from '../base/ledger.js'
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

/** Every reading of the last KEEP_ALL_MS is kept, up to KEEP_ALL_MAX of them. */
const KEEP_ALL_MS = 7 * DAY_MS
const KEEP_ALL_MAX = 5000
/** Then one an hour up to 30 days, one a day up to 90; nothing older. */
const KEEP_HOURLY_MS = 30 * DAY_MS
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
 * The history of `currency` in the ledger, up to the current reading (the last of `readings`).
 * Readings without that currency are passed over.
 */
export function historyOf(readings: readonly Reading[], currency: CleanText, now: Date): History {
  const series = readings.flatMap(reading => {
    const row = reading.rows.find(candidate => candidate.currency === currency)
    return row
      ? [{ at: reading.checkedAt, value: row.total.value, text: row.total.text, reading }]
      : []
  })
  const first = series[0]
  const spanMs = first ? now.getTime() - first.at.getTime() : 0
  const windows = series.length < 2 ? [] : WINDOW_DAYS.map(days => windowOf(series, days, now))
  const week = windows.find(window => window.days === 7)
  const last = series[series.length - 1]
  const rate =
    week && last && spanMs >= RATE_SPAN_MS
      ? rateFrom(week.spent, week.spanMs, last.value)
      : undefined
  return {
    currency,
    total: last?.text ?? own(''),
    readings: series.length,
    spanMs,
    windows,
    ...(rate && { rate }),
    workflows: workflowSpend(series, now),
    balance: balanceChart(series, now),
    dailySpend: dailySpend(series, now)
  }
}

/**
 * Which readings the ledger keeps: every one of the last 7 days (the newest KEEP_ALL_MAX of
 * them), then the last of each hour up to 30 days and the last of each day up to 90. Bounded
 * whatever the schedule: at most KEEP_ALL_MAX + 23 × 24 + 60 readings.
 */
export function retained(readings: readonly Reading[], now: Date): Reading[] {
  const age = (reading: Reading): number => now.getTime() - reading.checkedAt.getTime()
  const recent = readings.filter(reading => age(reading) <= KEEP_ALL_MS).slice(-KEEP_ALL_MAX)
  const oldest = recent[0]
  const older = readings.filter(
    reading =>
      age(reading) <= KEEP_DAILY_MS &&
      (age(reading) > KEEP_ALL_MS || (oldest !== undefined && reading.checkedAt < oldest.checkedAt))
  )
  const bucket = (reading: Reading): string =>
    age(reading) <= KEEP_HOURLY_MS
      ? `h${Math.floor(reading.checkedAt.getTime() / HOUR_MS)}`
      : `d${Math.floor(reading.checkedAt.getTime() / DAY_MS)}`
  const lastOfBucket = older.filter(
    (reading, index) =>
      older[index + 1] === undefined || bucket(older[index + 1]!) !== bucket(reading)
  )
  return [...lastOfBucket, ...recent]
}

interface Point {
  readonly at: Date
  readonly value: Decimal
  readonly text: CleanText
  readonly reading: Reading
}

function windowOf(series: readonly Point[], days: SpendWindow['days'], now: Date): SpendWindow {
  const cutoff = now.getTime() - days * DAY_MS
  // The newest reading at or before the cutoff, or the oldest when the ledger is younger.
  let start = 0
  series.forEach((point, index) => {
    if (point.at.getTime() <= cutoff) start = index
  })
  const from = series[start]?.at ?? now
  const inWindow = series.slice(start)
  return {
    days,
    from,
    spanMs: now.getTime() - from.getTime(),
    ...falls(inWindow),
    full: (series[0]?.at.getTime() ?? Infinity) <= cutoff
  }
}

/** The sum of the falls between consecutive points, at the largest scale among them. */
function falls(points: readonly Point[]): { spent: Decimal; spentText: CleanText } {
  let spent: Decimal = { units: 0n, scale: 0 }
  let scale = 0
  points.forEach((point, index) => {
    scale = Math.max(scale, point.value.scale)
    const before = points[index - 1]
    if (before && compareDecimals(before.value, point.value) > 0) {
      spent = addDecimals(spent, subtractDecimals(before.value, point.value))
    }
  })
  return { spent, spentText: clean(formatDecimal(spent, Math.max(scale, spent.scale))) }
}

function addDecimals(a: Decimal, b: Decimal): Decimal {
  return subtractDecimals(a, { units: -b.units, scale: b.scale })
}

/**
 * What each workflow's jobs spent in the last 7 days: the fall from a job's gate reading to its
 * post step's reading (same workflow, run, attempt and job).
 */
function workflowSpend(series: readonly Point[], now: Date): WorkflowSpend[] {
  const since = now.getTime() - 7 * DAY_MS
  const gates = new Map<string, Point>()
  const byWorkflow = new Map<CleanText, { jobs: number; spent: Decimal }>()
  for (const point of series) {
    const { source } = point.reading
    if (!source || point.at.getTime() < since) continue
    const job = JSON.stringify([source.workflow, source.runId, source.runAttempt, source.job])
    if (source.step === 'gate') {
      gates.set(job, point)
      continue
    }
    const gate = gates.get(job)
    if (!gate) continue
    gates.delete(job)
    const entry = byWorkflow.get(source.workflow) ?? { jobs: 0, spent: { units: 0n, scale: 0 } }
    entry.jobs++
    entry.spent = addDecimals(entry.spent, falls([gate, point]).spent)
    byWorkflow.set(source.workflow, entry)
  }
  return [...byWorkflow.entries()]
    .map(([workflow, { jobs, spent }]) => ({
      workflow,
      jobs,
      spentText: clean(formatDecimal(spent, Math.max(2, spent.scale)))
    }))
    .sort((a, b) => (a.workflow < b.workflow ? -1 : a.workflow > b.workflow ? 1 : 0))
}

/**
 * The balance over the last 30 days: at the end of each UTC day, or of each hour when the
 * ledger spans less than two days; a slot without a reading keeps the balance before it.
 */
function balanceChart(series: readonly Point[], now: Date): BalanceSeries {
  const since = now.getTime() - BALANCE_CHART_MS
  const shown = series.filter(point => point.at.getTime() >= since)
  const first = shown[0]
  const unit = first && now.getTime() - first.at.getTime() < 2 * DAY_MS ? 'hour' : 'day'
  if (!first || shown.length < 2) return { unit, points: [] }
  const size = unit === 'hour' ? HOUR_MS : DAY_MS
  const points: ChartPoint[] = []
  let next = 0
  let value = first.value
  for (let slot = Math.floor(first.at.getTime() / size); slot * size <= now.getTime(); slot++) {
    while (next < shown.length && Math.floor(shown[next]!.at.getTime() / size) <= slot) {
      value = shown[next]!.value
      next++
    }
    points.push({ at: new Date(slot * size), value })
  }
  return { unit, points: points.slice(-MAX_CHART_POINTS) }
}

/** What was spent on each UTC day, for the last days up to 14, from the first with a reading. */
function dailySpend(series: readonly Point[], now: Date): ChartPoint[] {
  const today = Math.floor(now.getTime() / DAY_MS)
  const firstDay = Math.max(
    today - SPEND_CHART_DAYS + 1,
    Math.floor((series[0]?.at.getTime() ?? now.getTime()) / DAY_MS)
  )
  const days: ChartPoint[] = []
  for (let day = firstDay; day <= today; day++) {
    // The falls that end on this day: from the last reading before it through its own.
    const inDay = series.filter(point => Math.floor(point.at.getTime() / DAY_MS) === day)
    const before = series.filter(point => Math.floor(point.at.getTime() / DAY_MS) < day).at(-1)
    days.push({
      at: new Date(day * DAY_MS),
      value: falls(before ? [before, ...inDay] : inDay).spent
    })
  }
  return series.length < 2 ? [] : days
}
