import { formatDecimal } from '../base/decimal.js'
import { isoTimestamp } from '../base/format.js'
import { type CleanText, clean } from '../base/outside-text.js'
import type { BalanceSeries, ChartPoint } from '../decide/history.js'
import { CHART_TITLES } from './messages.js'

/**
 * The history drawn: Mermaid `xychart-beta` blocks for the job summary (GitHub renders them) and
 * a one-line sparkline for the log. Every value is one of the ledger's amounts, which are outside
 * text: a value the cleaning would change (it holds a piece of the key) is not drawn at all.
 */

const BARS = '▁▂▃▄▅▆▇█'

/** The balance as a line chart; none for fewer than two points. */
export function balanceChart(series: BalanceSeries, currency: CleanText): string | undefined {
  const values = drawable(series.points)
  if (!values || values.length < 2) return undefined
  const title =
    series.unit === 'day' ? 'balance at the end of each day (UTC)' : 'balance by the hour (UTC)'
  return xychart(
    `${currency} ${title}`,
    labels(series.points, series.unit),
    currency,
    'line',
    values
  )
}

/** The spend of each day as bars; none for fewer than two days. */
export function dailySpendChart(
  points: readonly ChartPoint[],
  currency: CleanText
): string | undefined {
  const values = drawable(points)
  if (!values || values.length < 2) return undefined
  return xychart(
    `${currency} ${CHART_TITLES.dailySpend}`,
    labels(points, 'day'),
    currency,
    'bar',
    values
  )
}

/** The balance in one line of block characters, lowest to highest: `▇▆▆▅▃▂█▇`. */
export function sparkline(series: BalanceSeries): CleanText {
  const values = drawable(series.points)
  if (!values || values.length < 2) return '' as CleanText
  const numbers = values.map(Number)
  const low = Math.min(...numbers)
  const high = Math.max(...numbers)
  return numbers
    .map(
      value =>
        BARS[high === low ? 3 : Math.round(((value - low) / (high - low)) * (BARS.length - 1))]
    )
    .join('') as CleanText
}

function xychart(
  title: string,
  ticks: readonly string[],
  currency: CleanText,
  kind: 'line' | 'bar',
  values: readonly string[]
): string {
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${title}"`,
    `  x-axis [${ticks.map(tick => `"${tick}"`).join(', ')}]`,
    `  y-axis "${currency}"`,
    `  ${kind} [${values.join(', ')}]`,
    '```'
  ].join('\n')
}

/** `11-18` for a day, `11-18 06h` for an hour: dates a reader takes in at a glance. */
function labels(points: readonly ChartPoint[], unit: 'day' | 'hour'): string[] {
  return points.map(({ at }) => {
    const time = isoTimestamp(at)
    return unit === 'day' ? time.slice(5, 10) : `${time.slice(5, 10)} ${time.slice(11, 13)}h`
  })
}

/** The values as chart numbers (two places), or nothing when one of them cannot be shown. */
function drawable(points: readonly ChartPoint[]): string[] | undefined {
  const values = points.map(point => formatDecimal(point.value, 2))
  return values.every(value => clean(value) === value) ? values : undefined
}
