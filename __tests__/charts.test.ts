// The history's pictures: the Mermaid xychart-beta blocks of the job summary and the log's
// sparkline. Their text is pinned here, and every chart these tests make is read by Mermaid's own
// parser (scripts/mermaid-parse.mjs, in a child process with a DOM), so a syntax slip fails.
import { afterEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseDecimal } from '../src/base/decimal.js'
import { type CleanText, forgetSecrets, protectSecret } from '../src/base/outside-text.js'
import type { BalanceSeries, ChartPoint } from '../src/decide/history.js'
import { balanceChart, dailySpendChart, sparkline } from '../src/report/charts.js'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const CNY = 'CNY' as CleanText
const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000
const START = Date.UTC(2026, 10, 18)

/** Every chart text the tests made, for Mermaid's parser at the end. */
const made: string[] = []

function points(values: readonly string[], stepMs = DAY_MS): ChartPoint[] {
  return values.map((value, index) => ({
    at: new Date(START + index * stepMs),
    value: parseDecimal(value)!
  }))
}

function daily(...values: string[]): BalanceSeries {
  return { unit: 'day', points: points(values) }
}

function hourly(...values: string[]): BalanceSeries {
  return { unit: 'hour', points: points(values, HOUR_MS) }
}

function balance(series: BalanceSeries): string | undefined {
  const chart = balanceChart(series, CNY)
  if (chart) made.push(chart)
  return chart
}

function spend(values: readonly string[]): string | undefined {
  const chart = dailySpendChart(points(values), CNY)
  if (chart) made.push(chart)
  return chart
}

function line(chart: string | undefined, start: string): string {
  const found = chart?.split('\n').find(text => text.trimStart().startsWith(start))
  if (found === undefined) throw new Error(`no ${start} line in ${chart}`)
  return found.trim()
}

/** The x-axis labels of a chart. */
function ticks(chart: string | undefined): string[] {
  return [...line(chart, 'x-axis').matchAll(/"([^"]*)"/g)].map(match => match[1]!)
}

/** The plotted values of a chart, as written. */
function plotted(chart: string | undefined, kind: 'line' | 'bar'): string[] {
  return line(chart, `${kind} [`)
    .replace(/^\w+ \[|\]$/g, '')
    .split(', ')
}

/** The y-axis range, as numbers. */
function yRange(chart: string | undefined): [number, number] {
  const match = /^y-axis "CNY" (-?[\d.]+) --> (-?[\d.]+)$/.exec(line(chart, 'y-axis'))
  if (!match) throw new Error(`no range in ${line(chart, 'y-axis')}`)
  return [Number(match[1]), Number(match[2])]
}

interface Parsed {
  ok: boolean
  type?: string
  error?: string
}

/** Mermaid's parser over the texts: one { ok, type } or { ok: false, error } each. */
function mermaidParse(texts: readonly string[]): Parsed[] {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'mermaid-parse.mjs')], {
    input: JSON.stringify(texts),
    encoding: 'utf8',
    timeout: 60_000
  })
  if (run.status !== 0) throw new Error(`mermaid-parse failed: ${run.stderr}`)
  return JSON.parse(run.stdout) as Parsed[]
}

afterEach(() => forgetSecrets())

describe('balanceChart', () => {
  it('writes a small series exactly: title, date ticks, a y-axis near the values, two places', () => {
    expect(balance(daily('12.5', '12.3'))).toBe(
      [
        '```mermaid',
        '---',
        'config:',
        '  themeVariables:',
        '    xyChart:',
        '      plotColorPalette: "#0969da"',
        '  xyChart:',
        '    width: 900',
        '    height: 320',
        '---',
        'xychart-beta',
        '  title "CNY balance at the end of each day (UTC)"',
        '  x-axis ["11-18", "11-19"]',
        '  y-axis "CNY" 12.28 --> 12.52',
        '  line [12.50, 12.30]',
        '```'
      ].join('\n')
    )
  })

  it('draws nothing for fewer than two points', () => {
    expect(balance(daily())).toBeUndefined()
    expect(balance(daily('10.00'))).toBeUndefined()
    expect(balance(hourly('10.00'))).toBeUndefined()
  })

  it('labels days as MM-DD and hours as MM-DD HHh, and titles each', () => {
    const byDay = balance(daily('3', '2', '1'))
    expect(ticks(byDay)).toEqual(['11-18', '11-19', '11-20'])
    expect(line(byDay, 'title')).toBe('title "CNY balance at the end of each day (UTC)"')
    const byHour = balance(hourly('3', '2', '1'))
    expect(ticks(byHour)).toEqual(['11-18 00h', '11-18 01h', '11-18 02h'])
    expect(line(byHour, 'title')).toBe('title "CNY balance at the end of each hour (UTC)"')
  })

  it('keeps at most 60 ticks, the newest, each a date, each value with two places', () => {
    const values = Array.from({ length: 100 }, (_, index) => `${1000 - index * 1.5}`)
    for (const series of [daily(...values), hourly(...values)]) {
      const chart = balance(series)
      expect(ticks(chart)).toHaveLength(60)
      expect(plotted(chart, 'line')).toHaveLength(60)
      expect(plotted(chart, 'line').at(-1)).toBe('851.50')
      for (const tick of ticks(chart)) expect(tick).toMatch(/^\d\d-\d\d( \d\dh)?$/)
      for (const value of plotted(chart, 'line')) expect(value).toMatch(/^-?\d+\.\d\d$/)
    }
  })

  it('rounds values to two places, half away from zero, and writes no exponent', () => {
    expect(plotted(balance(daily('0.005', '1e3', '-0.125')), 'line')).toEqual([
      '0.01',
      '1000.00',
      '-0.13'
    ])
  })

  it('starts the y-axis just below the lowest value, so a small fall shows', () => {
    for (const values of [
      ['500.00', '499.80'],
      ['110', '129.4', '100.05'],
      ['5000', '4980'],
      ['0.50', '0.42'],
      ['1000000.00', '999999.50']
    ]) {
      const chart = balance(daily(...values))
      const [bottom, top] = yRange(chart)
      const numbers = values.map(Number)
      const [min, max] = [Math.min(...numbers), Math.max(...numbers)]
      expect(bottom).toBeLessThan(min)
      expect(top).toBeGreaterThan(max)
      // The values fill at least half of the axis.
      expect(max - min).toBeGreaterThanOrEqual((top - bottom) / 2)
    }
  })

  it('gives a flat balance a range around it, and a positive one no negative axis', () => {
    expect(yRange(balance(daily('100.00', '100.00')))).toEqual([99, 101])
    expect(yRange(balance(daily('0.00', '0.00')))[0]).toBe(0)
    expect(yRange(balance(daily('0.05', '3.00')))[0]).toBe(0)
    expect(yRange(balance(daily('-0.42', '3.00')))[0]).toBeLessThan(-0.42)
  })

  it('turns the labels of a crowded axis, and stands hours up', () => {
    const level = balance(daily(...Array.from({ length: 16 }, () => '1')))
    expect(level).not.toContain('labelRotation')
    const month = balance(daily(...Array.from({ length: 31 }, () => '1')))
    expect(month).toContain('      labelRotation: -45')
    const hours = balance(hourly(...Array.from({ length: 48 }, () => '1')))
    expect(hours).toContain('      labelRotation: -90')
  })

  it('draws no chart when a value holds a piece of the key', () => {
    const values = ['123456.78', '123450.00']
    expect(balance(daily(...values))).toBeDefined()
    protectSecret('sk-00123456ffffffffffffffffffffffff')
    expect(balance(daily(...values))).toBeUndefined()
    expect(sparkline(daily(...values))).toBe('')
    expect(dailySpendChart(points(values), CNY)).toBeUndefined()
  })
})

describe('dailySpendChart', () => {
  it('draws bars from zero with the spend title', () => {
    const chart = spend(['1.20', '0.00', '25.50'])
    expect(line(chart, 'title')).toBe('title "CNY spent each day (UTC)"')
    expect(plotted(chart, 'bar')).toEqual(['1.20', '0.00', '25.50'])
    const [bottom, top] = yRange(chart)
    expect(bottom).toBe(0)
    expect(top).toBeGreaterThan(25.5)
    expect(ticks(chart)).toEqual(['11-18', '11-19', '11-20'])
  })

  it('draws two days of nothing spent on an axis of its own, and nothing for one day', () => {
    expect(yRange(spend(['0', '0']))).toEqual([0, 0.1])
    expect(spend(['4.00'])).toBeUndefined()
    expect(spend([])).toBeUndefined()
  })

  it('keeps at most 60 days', () => {
    expect(ticks(spend(Array.from({ length: 61 }, () => '1')))).toHaveLength(60)
  })
})

describe('sparkline', () => {
  it('rises, falls and stays flat on eight levels', () => {
    expect(sparkline(daily('1', '2', '3', '4', '5', '6', '7', '8'))).toBe('▁▂▃▄▅▆▇█')
    expect(sparkline(daily('80', '70', '60', '50', '40', '30', '20', '10'))).toBe('█▇▆▅▄▃▂▁')
    expect(sparkline(daily('5.00', '5.00', '5.00'))).toBe('▄▄▄')
    expect(sparkline(daily('10', '0', '10'))).toBe('█▁█')
  })

  it('is empty under two points', () => {
    expect(sparkline(daily())).toBe('')
    expect(sparkline(daily('5'))).toBe('')
  })
})

describe("Mermaid's parser", () => {
  it('reads every chart the tests above made (and three long ones), and reports a broken chart text as an error', () => {
    const extra = [
      balance(daily(...Array.from({ length: 31 }, (_, i) => `${180 - 6.4 * i}`))),
      balance(hourly(...Array.from({ length: 48 }, (_, i) => `${12 - i / 10}`))),
      spend(Array.from({ length: 14 }, (_, i) => `${(i * 7) % 5}.25`))
    ]
    expect(extra.every(chart => chart !== undefined)).toBe(true)
    const good = [...new Set(made)]
    expect(good.length).toBeGreaterThan(20)
    const [first] = good as [string]
    const broken = [
      first.replace(/\]\n```$/, '\n```'), // an unclosed value list
      first.replace('title "CNY', 'title "CNY"'), // a title closed early
      first.replace(' --> ', ' -> '), // an arrow of one dash
      first.replace(/line \[(.*)\]/, 'line [$1,]') // a trailing comma
    ]
    const results = mermaidParse([...good, ...broken])
    const wrong = results
      .slice(0, good.length)
      .flatMap((result, index) => (result.ok ? [] : [`${good[index]}\n${result.error}`]))
    expect(wrong).toEqual([])
    expect(results.slice(0, good.length).every(result => result.type === 'xychart')).toBe(true)
    for (const result of results.slice(good.length)) {
      expect(result.ok).toBe(false)
      expect(result.error).toMatch(/Parse error|Expecting/)
    }
  }, 60_000)
})
