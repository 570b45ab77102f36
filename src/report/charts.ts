import { formatDecimal } from '../base/decimal.js'
import { isoTimestamp } from '../base/format.js'
import { type CleanText, clean } from '../base/outside-text.js'
import { type BalanceSeries, type ChartPoint, MAX_CHART_POINTS } from '../decide/history.js'
import { CHART_TITLES } from './messages.js'

/**
 * The history drawn: Mermaid `xychart-beta` blocks for the job summary (GitHub renders them) and
 * a one-line sparkline for the log. Every value is one of the ledger's amounts, which are outside
 * text: a value the cleaning would change (it holds a piece of the key) is not drawn at all.
 */

const BARS = '▁▂▃▄▅▆▇█'

/**
 * How Mermaid lays a chart out: as wide as a job summary and low enough that two fit a screen;
 * past 16 ticks the labels are turned, past 32 (hours) stood up and smaller, so that they do not
 * overlap (Mermaid 11.10 and later; an older one ignores labelRotation). The lines and bars in
 * GitHub's blue: the default theme's first colour is a pale lilac hard to see on white.
 */
const CHART_WIDTH = 900
const CHART_HEIGHT = 320
const CHART_COLOUR = '#0969da'
function xAxisLayout(ticks: number): string[] {
  if (ticks <= 16) return []
  if (ticks <= 32) return ['    xAxis:', '      labelRotation: -45']
  return ['    xAxis:', '      labelRotation: -90', '      labelFontSize: 11']
}

/** The balance as a line chart; none for fewer than two points. */
export function balanceChart(series: BalanceSeries, currency: CleanText): string | undefined {
  const points = series.points.slice(-MAX_CHART_POINTS)
  const values = drawable(points)
  if (!values || values.length < 2) return undefined
  const title = series.unit === 'day' ? CHART_TITLES.dailyBalance : CHART_TITLES.hourlyBalance
  return xychart(`${currency} ${title}`, labels(points, series.unit), currency, 'line', values)
}

/** The spend of each day as bars from zero; none for fewer than two days. */
export function dailySpendChart(
  points: readonly ChartPoint[],
  currency: CleanText
): string | undefined {
  const shown = points.slice(-MAX_CHART_POINTS)
  const values = drawable(shown)
  if (!values || values.length < 2) return undefined
  return xychart(
    `${currency} ${CHART_TITLES.dailySpend}`,
    labels(shown, 'day'),
    currency,
    'bar',
    values
  )
}

/** The balance in one line of block characters, lowest to highest: `▇▆▆▅▃▂█▇`. */
export function sparkline(series: BalanceSeries): CleanText {
  const values = drawable(series.points.slice(-MAX_CHART_POINTS))
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
  const range = axisRange(values.map(Number), kind === 'bar')
  return [
    '```mermaid',
    '---',
    'config:',
    '  themeVariables:',
    '    xyChart:',
    `      plotColorPalette: "${CHART_COLOUR}"`,
    '  xyChart:',
    `    width: ${CHART_WIDTH}`,
    `    height: ${CHART_HEIGHT}`,
    ...xAxisLayout(ticks.length),
    '---',
    'xychart-beta',
    `  title "${quotable(title)}"`,
    `  x-axis [${ticks.map(tick => `"${tick}"`).join(', ')}]`,
    `  y-axis "${quotable(currency)}"${range ? ` ${range[0]} --> ${range[1]}` : ''}`,
    `  ${kind} [${values.join(', ')}]`,
    '```'
  ].join('\n')
}

/** Mermaid's y-axis labels, at most: d3 makes 5 to 15 of them, and 15 crowd a chart this low. */
const MAX_Y_TICKS = 13

/**
 * The y-axis from a round number just below the lowest value to one just above the highest, so
 * that a fall of a few cents out of hundreds still shows; bars start at zero. The tightest such
 * range on which Mermaid writes at most MAX_Y_TICKS labels. Nothing (Mermaid's own range) when a
 * bound would not be clean text.
 */
function axisRange(numbers: readonly number[], fromZero: boolean): [string, string] | undefined {
  const min = Math.min(...numbers)
  const max = Math.max(...numbers)
  const low = fromZero ? Math.min(0, min) : min
  const span = max - low || Math.max(Math.abs(max) / 10, 1)
  const margin = span / 20
  const around = (step: number): [number, number] => {
    const bottom = fromZero && low === 0 ? 0 : Math.floor((low - margin) / step) * step
    // A balance that never went below zero is not drawn above a negative axis.
    return [min >= 0 && bottom < 0 ? 0 : bottom, Math.ceil((max + margin) / step) * step]
  }
  // From the finest round step up; the top raised a step or two where d3 would crowd the axis.
  for (
    let step = roundStep(span / 10), wider = 0;
    wider < 20;
    step = roundStep(step * 1.01), wider++
  ) {
    const [bottom, top] = around(step)
    for (let steps = 0; steps <= 5; steps++) {
      const raised = top + steps * step
      if (tickCount(bottom, raised) > MAX_Y_TICKS) continue
      const bounds: [string, string] = [axisNumber(bottom), axisNumber(raised)]
      return bounds.every(bound => clean(bound) === bound) ? bounds : undefined
    }
  }
  return undefined
}

/** 1, 2 or 5 times a power of ten, at least a cent: the first at or above `rough`. */
function roundStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(rough, 0.01)))
  const step = [1, 2, 5, 10].map(factor => factor * power).find(step => step >= rough)
  return step ?? 10 * power
}

/** How many labels Mermaid writes on a y-axis: d3's `scaleLinear().ticks()`, ten asked for. */
function tickCount(start: number, stop: number): number {
  const rough = (stop - start) / 10
  const power = 10 ** Math.floor(Math.log10(rough))
  const error = rough / power
  const factor =
    error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.SQRT2 ? 2 : 1
  const step = factor * power
  return Math.floor(stop / step + 1e-9) - Math.ceil(start / step - 1e-9) + 1
}

/** A bound as Mermaid reads it: at most two places, no trailing zeros, no exponent. */
function axisNumber(value: number): string {
  return value
    .toFixed(2)
    .replace(/\.?0+$/, '')
    .replace(/^-0$/, '0')
}

/** Text inside a Mermaid string: it ends at a double quote. */
function quotable(text: string): string {
  return text.replace(/"/g, "'")
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
