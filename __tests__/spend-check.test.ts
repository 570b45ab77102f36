import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { clean } from '../src/base/outside-text.js'
import type { Snapshot } from '../src/base/snapshot.js'
import type { Finding } from '../src/decide/findings.js'
import {
  type Status,
  checkSpend,
  gateVerdict,
  postVerdict,
  severityOf
} from '../src/decide/verdict.js'
import type { FetchFailure } from '../src/read/failure.js'
import type { BalanceReading } from '../src/read/read-balance.js'
import { findingText, noteText, verdictLine } from '../src/report/messages.js'
import type { Settings } from '../src/settings/settings.js'
import { balanceOf, settingsOf, type Row } from './support/balances.js'

const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS
const NOW = new Date('2026-11-27T08:00:00.000Z')
const CNY = clean('CNY')
const TIMEOUT: FetchFailure = { kind: 'timeout', timeoutMs: 10_000, headersReceived: false }

/** A balance read `ageMs` before NOW. */
function at(ageMs: number, ...rows: Row[]): Snapshot {
  return { ...balanceOf(true, ...rows), checkedAt: new Date(NOW.getTime() - ageMs) }
}

/** A CNY balance read `ageMs` before NOW. */
function cnyAt(ageMs: number, total: string): Snapshot {
  return at(ageMs, ['CNY', total])
}

function read(...rows: Row[]): BalanceReading {
  return { ok: true, balance: balanceOf(true, ...rows), attempts: 1, elapsedMs: 120 }
}

function failed(failure: FetchFailure = TIMEOUT): BalanceReading {
  return { ok: false, failure, attempts: 3, elapsedMs: 2500 }
}

/** Settings from inputs, with a baseline when one is given. */
function settings(inputs: Record<string, string>, baseline?: Snapshot): Settings {
  return { ...settingsOf(inputs), ...(baseline && { baseline }) }
}

function gate(inputs: Record<string, string>, reading: BalanceReading, baseline?: Snapshot) {
  return gateVerdict(settings(inputs, baseline), reading, NOW)
}

const kinds = (findings: readonly { readonly kind: string }[]) => findings.map(f => f.kind)
const words = (finding: Finding | undefined) => (finding ? findingText(finding, false) : '')

describe('checkSpend', () => {
  it('reports the spend and passes within max-spend, equal included', () => {
    const check = checkSpend(
      cnyAt(DAY_MS, '110.00'),
      cnyAt(0, '109.58'),
      CNY,
      { maxSpend: settingsOf({ 'max-spend': '0.42' }).maxSpend },
      { kind: 'job' }
    )
    expect(check.status).toBe('ok')
    expect(check.report.kind).toBe('spent')
    expect(words(check.report)).toBe(
      'DeepSeek spend during this job: 0.42 CNY (110.00 → 109.58 over 24.0 h)'
    )
    expect(check.problems).toEqual([])
  })

  it('is over budget above max-spend, naming the spend, the budget and the currency', () => {
    const since = new Date(NOW.getTime() - DAY_MS)
    const check = checkSpend(
      cnyAt(DAY_MS, '110.00'),
      cnyAt(0, '109.57'),
      CNY,
      settingsOf({ 'max-spend': '0.42' }),
      { kind: 'since', since }
    )
    expect(check.status).toBe('over-budget')
    expect(kinds(check.problems)).toEqual(['over-budget'])
    expect(words(check.problems[0])).toBe(
      'DeepSeek spend since 2026-11-26T08:00:00.000Z is 0.43 CNY, above max-spend 0.42 CNY (110.00 → 109.57 over 24.0 h).'
    )
  })

  it('cannot check a budget without a figure, and says why', () => {
    const check = checkSpend(
      cnyAt(DAY_MS, '110.00'),
      cnyAt(0, '109.00'),
      clean('USD'),
      settingsOf({ 'max-spend': '1' }),
      { kind: 'job' }
    )
    expect(check.status).toBe('unchecked')
    expect(kinds(check.problems)).toEqual(['budget-unchecked'])
    expect(words(check.problems[0])).toBe(
      'max-spend 1 could not be checked for the spend during this job: the earlier and the current balance do not both report USD. A budget that could not be checked does not pass.'
    )
    const noBudget = checkSpend(
      cnyAt(DAY_MS, '110.00'),
      cnyAt(0, '109.00'),
      clean('USD'),
      {},
      { kind: 'job' }
    )
    expect(noBudget).toMatchObject({ status: 'ok', problems: [] })
    expect(words(noBudget.report)).toBe(
      'No spend figure during this job: the earlier and the current balance do not both report USD.'
    )
    const noCurrency = checkSpend(cnyAt(DAY_MS, '1'), cnyAt(0, '1'), undefined, {}, { kind: 'job' })
    expect(words(noCurrency.report)).toBe(
      'No spend figure during this job: no currency was checked (the account reports neither CNY nor USD).'
    )
  })

  it('warns when the runway is below warn-runway-days, and not when equal', () => {
    const since = new Date(NOW.getTime() - 7 * DAY_MS)
    const low = checkSpend(
      cnyAt(7 * DAY_MS, '34.10'),
      cnyAt(0, '12.40'),
      CNY,
      settingsOf({ 'warn-runway-days': '4.1' }),
      { kind: 'since', since }
    )
    expect(low.status).toBe('low')
    expect(kinds(low.problems)).toEqual(['runway-low'])
    expect(words(low.problems[0])).toBe(
      'At 3.10 CNY a day since 2026-11-20, 12.40 CNY lasts 4.0 more days, below warn-runway-days 4.1.'
    )
    const equal = checkSpend(
      cnyAt(7 * DAY_MS, '34.10'),
      cnyAt(0, '12.40'),
      CNY,
      settingsOf({ 'warn-runway-days': '4' }),
      { kind: 'since', since }
    )
    expect(equal).toMatchObject({ status: 'ok', problems: [], rate: { kind: 'rate' } })
    expect(words(equal.rate)).toBe(
      'At 3.10 CNY a day since 2026-11-20, 12.40 CNY lasts 4.0 more days.'
    )
  })

  it('says "rose by" after a top-up, which no budget counts against', () => {
    const check = checkSpend(
      cnyAt(DAY_MS, '10.00'),
      cnyAt(0, '15.5'),
      CNY,
      settingsOf({ 'max-spend': '0', 'warn-runway-days': '100' }),
      { kind: 'job' }
    )
    expect(check).toMatchObject({ status: 'ok', problems: [], report: { kind: 'rose' } })
    expect(check).not.toHaveProperty('rate')
    expect(words(check.report)).toBe(
      'DeepSeek balance rose by 5.50 CNY during this job (10.00 → 15.5 over 24.0 h), a top-up: no spend to report.'
    )
  })

  it('reports over-budget and a short runway together, over-budget first', () => {
    const check = checkSpend(
      cnyAt(7 * DAY_MS, '34.10'),
      cnyAt(0, '12.40'),
      CNY,
      settingsOf({ 'max-spend': '20', 'warn-runway-days': '30' }),
      { kind: 'since', since: new Date(NOW.getTime() - 7 * DAY_MS) }
    )
    expect(check.status).toBe('over-budget')
    expect(kinds(check.problems)).toEqual(['over-budget', 'runway-low'])
  })
})

describe('gateVerdict', () => {
  const week = (total: string) => cnyAt(7 * DAY_MS, total)

  describe('status: error > over-budget > the balance > a short runway > ok', () => {
    it('is error when max-spend cannot be checked, whatever the balance', () => {
      const verdict = gate(
        { 'min-balance': '1000', 'max-spend': '1', 'warn-runway-days': '30' },
        read(['CNY', '5.00']),
        at(DAY_MS, ['USD', '3.00'])
      )
      expect(verdict).toMatchObject({ step: 'gate', status: 'error', severity: 'failure' })
      expect(verdict.headline.kind).toBe('budget-unchecked')
      expect(kinds(verdict.reasons)).toContain('below-min')
      expect(verdict.reading?.decision?.status).toBe('insufficient')
    })

    it('is error when the balance cannot be read', () => {
      const verdict = gate({ 'min-balance': '1' }, failed())
      expect(verdict).toMatchObject({ status: 'error', severity: 'failure', reasons: [] })
      expect(verdict.headline).toEqual({
        kind: 'read-failed',
        failure: TIMEOUT,
        attempts: 3,
        elapsedMs: 2500,
        atEndOfJob: false
      })
      expect(verdict.advice).toEqual([{ kind: 'fix-read', failure: TIMEOUT }])
      expect(verdict).not.toHaveProperty('reading')
      expect(verdictLine(verdict)).toBe(
        'DeepSeek did not answer within the 10000 ms timeout. 3 attempts over 2.5 s. ' +
          'DeepSeek may be busy: raise timeout or retries, or check the network and proxy.'
      )
    })

    it('is over-budget above max-spend, though the balance is insufficient too', () => {
      const verdict = gate(
        { 'min-balance': '1', 'max-spend': '10' },
        read(['CNY', '0.50']),
        cnyAt(DAY_MS, '110.00')
      )
      expect(verdict).toMatchObject({ status: 'over-budget', severity: 'failure' })
      expect(verdict.headline.kind).toBe('over-budget')
      expect(kinds(verdict.reasons)).toEqual(['below-min', 'rate'])
      expect(kinds(verdict.advice)).toEqual(['find-spend-or-raise-max', 'top-up-or-lower-min'])
      expect(verdict.reading?.decision?.status).toBe('insufficient')
    })

    it('is over-budget when the balance itself is fine, which keeps its own decision', () => {
      const verdict = gate(
        { 'min-balance': '5', 'max-spend': '1' },
        read(['CNY', '100.00']),
        cnyAt(DAY_MS, '110.00')
      )
      expect(verdict.status).toBe('over-budget')
      expect(verdict.headline.kind).toBe('over-budget')
      expect(kinds(verdict.reasons)).toEqual(['balance-ok', 'rate'])
      expect(verdict.reading?.decision?.status).toBe('ok')
    })

    it('is insufficient below min-balance, though the runway is short too', () => {
      const verdict = gate(
        { 'min-balance': '20', 'warn-runway-days': '30' },
        read(['CNY', '12.40']),
        week('34.10')
      )
      expect(verdict).toMatchObject({ status: 'insufficient', severity: 'failure' })
      expect(verdict.headline.kind).toBe('below-min')
      expect(kinds(verdict.reasons)).toEqual(['spent', 'runway-low'])
      expect(kinds(verdict.advice)).toEqual(['top-up-or-lower-min', 'top-up-or-lower-runway'])
    })

    it('is low below warn-balance, the balance leading a short runway', () => {
      const verdict = gate(
        { 'warn-balance': '20', 'warn-runway-days': '30' },
        read(['CNY', '12.40']),
        week('34.10')
      )
      expect(verdict).toMatchObject({ status: 'low', severity: 'warning' })
      expect(verdict.headline.kind).toBe('below-warn')
      expect(kinds(verdict.reasons)).toEqual(['spent', 'runway-low'])
    })

    it('is low from a short runway alone, which then leads', () => {
      const verdict = gate({ 'warn-runway-days': '30' }, read(['CNY', '12.40']), week('34.10'))
      expect(verdict).toMatchObject({ status: 'low', severity: 'warning' })
      expect(verdict.headline.kind).toBe('runway-low')
      expect(kinds(verdict.reasons)).toEqual(['balance-ok', 'spent'])
      expect(kinds(verdict.advice)).toEqual(['top-up-or-lower-runway'])
      expect(verdictLine(verdict)).toBe(
        'At 3.10 CNY a day since 2026-11-20, 12.40 CNY lasts 4.0 more days, below warn-runway-days 30. ' +
          'DeepSeek balance: 12.40 CNY. ' +
          'DeepSeek spend since 2026-11-20T08:00:00.000Z: 21.70 CNY (34.10 → 12.40 over 7.0 days). ' +
          'Top up at https://platform.deepseek.com/top_up, or lower warn-runway-days.'
      )
    })

    it('is ok otherwise, the balance leading and the spend and rate following', () => {
      const verdict = gate(
        { 'min-balance': '1', 'max-spend': '30', 'warn-runway-days': '3' },
        read(['CNY', '12.40']),
        week('34.10')
      )
      expect(verdict).toMatchObject({ status: 'ok', severity: 'ok', advice: [], notes: [] })
      expect(verdict.headline.kind).toBe('balance-ok')
      expect(kinds(verdict.reasons)).toEqual(['spent', 'rate'])
      expect(verdictLine(verdict)).toBe(
        'DeepSeek balance: 12.40 CNY (min-balance 1): ok. ' +
          'DeepSeek spend since 2026-11-20T08:00:00.000Z: 21.70 CNY (34.10 → 12.40 over 7.0 days). ' +
          'At 3.10 CNY a day since 2026-11-20, 12.40 CNY lasts 4.0 more days.'
      )
    })
  })

  it('reports over-budget and a short runway both, with the advice for each', () => {
    const verdict = gate(
      { 'max-spend': '20', 'warn-runway-days': '30' },
      read(['CNY', '12.40']),
      week('34.10')
    )
    expect(verdict.status).toBe('over-budget')
    expect(verdict.headline.kind).toBe('over-budget')
    expect(kinds(verdict.reasons)).toEqual(['balance-ok', 'runway-low'])
    expect(kinds(verdict.advice)).toEqual(['find-spend-or-raise-max', 'top-up-or-lower-runway'])
    const line = verdictLine(verdict)
    expect(line).toMatch(
      /^DeepSeek spend since 2026-11-20T08:00:00\.000Z is 21\.70 CNY, above max-spend 20 CNY/
    )
    expect(line).toContain('lasts 4.0 more days, below warn-runway-days 30.')
    expect(line).toContain('Find what used more than expected, or raise max-spend.')
    expect(line).toContain('or lower warn-runway-days.')
  })

  it('gives a rose finding after a top-up, and no rate', () => {
    const verdict = gate(
      { 'max-spend': '0', 'warn-runway-days': '30' },
      read(['CNY', '15.5']),
      cnyAt(DAY_MS, '10.00')
    )
    expect(verdict.status).toBe('ok')
    expect(kinds(verdict.reasons)).toEqual(['rose'])
    expect(verdict.spend).toMatchObject({ status: 'ok', report: { kind: 'rose' } })
    expect(verdict.spend).not.toHaveProperty('rate')
  })

  it('never says ok in its message unless the status is ok', () => {
    const cents = fc.integer({ min: -500, max: 5000 }).map(c => (c / 100).toFixed(2))
    const threshold = fc.option(fc.integer({ min: 0, max: 60 }).map(String), { nil: undefined })
    const inputs = fc
      .record({
        'min-balance': threshold,
        'warn-balance': threshold,
        'max-spend': threshold,
        'warn-runway-days': threshold,
        currency: fc.constantFrom(undefined, 'CNY', 'USD'),
        'fail-on-insufficient': fc.constantFrom(undefined, 'false')
      })
      .map(
        record =>
          Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Record<
            string,
            string
          >
      )
    const reading = fc.oneof(
      fc.constant(failed()),
      fc
        .tuple(fc.boolean(), cents, fc.option(cents, { nil: undefined }))
        .map(([available, cny, usd]): BalanceReading => ({
          ok: true,
          balance: balanceOf(available, ['CNY', cny], ...(usd ? [['USD', usd] as Row] : [])),
          attempts: 1,
          elapsedMs: 100
        }))
    )
    const baseline = fc.option(
      fc
        .tuple(fc.constantFrom(30 * 60_000, HOUR_MS, 7 * DAY_MS), cents, fc.boolean())
        .map(([age, total, usd]) => at(age, [usd ? 'USD' : 'CNY', total])),
      { nil: undefined }
    )
    fc.assert(
      fc.property(inputs, reading, baseline, (given, balance, since) => {
        const verdict = gate(given, balance, since)
        const line = verdictLine(verdict)
        if (verdict.status === 'ok') {
          expect(line).toContain(': ok')
        } else {
          expect(line).not.toMatch(/\bok\b/i)
        }
        expect(verdict.severity).toBe(
          severityOf(verdict.status, given['fail-on-insufficient'] !== 'false')
        )
      }),
      { numRuns: 1000 }
    )
  })

  describe('severity', () => {
    it('makes insufficient a warning with fail-on-insufficient false, and nothing else', () => {
      const insufficient = gate(
        { 'min-balance': '5', 'fail-on-insufficient': 'false' },
        read(['CNY', '1.00'])
      )
      expect(insufficient).toMatchObject({ status: 'insufficient', severity: 'warning' })
      const overBudget = gate(
        { 'max-spend': '1', 'fail-on-insufficient': 'false' },
        read(['CNY', '100.00']),
        cnyAt(DAY_MS, '110.00')
      )
      expect(overBudget).toMatchObject({ status: 'over-budget', severity: 'failure' })
      const readFailed = gate({ 'fail-on-insufficient': 'false' }, failed())
      expect(readFailed).toMatchObject({ status: 'error', severity: 'failure' })
    })

    it.each([
      ['ok', true, 'ok'],
      ['ok', false, 'ok'],
      ['low', true, 'warning'],
      ['low', false, 'warning'],
      ['insufficient', true, 'failure'],
      ['insufficient', false, 'warning'],
      ['over-budget', true, 'failure'],
      ['over-budget', false, 'failure'],
      ['error', true, 'failure'],
      ['error', false, 'failure']
    ] as [Status, boolean, string][])(
      'maps %s with fail-on-insufficient %s to %s',
      (status, failOnInsufficient, severity) => {
        expect(severityOf(status, failOnInsufficient)).toBe(severity)
      }
    )
  })

  describe('notes', () => {
    it('warns when warn-balance is not above min-balance, and only then', () => {
      for (const warn of ['10.0', '2']) {
        const verdict = gate({ 'min-balance': '10', 'warn-balance': warn }, read(['CNY', '50']))
        expect(verdict.notes).toEqual([
          { kind: 'warn-not-above-min', level: 'warning', warn, min: '10' }
        ])
      }
      const [note] = gate({ 'min-balance': '10', 'warn-balance': '10.0' }, failed()).notes
      expect(note && noteText(note)).toBe(
        'warn-balance 10.0 is not above min-balance 10, so it never applies: a balance below it already fails the check. Raise warn-balance or remove it.'
      )
      expect(
        gate({ 'min-balance': '10', 'warn-balance': '10.01' }, read(['CNY', '50'])).notes
      ).toEqual([])
      expect(gate({ 'warn-balance': '3' }, read(['CNY', '50'])).notes).toEqual([])
    })

    it('tells warn-runway-days without a baseline as a notice', () => {
      const verdict = gate({ 'warn-runway-days': '7' }, read(['CNY', '50']))
      expect(verdict.status).toBe('ok')
      expect(verdict.notes).toEqual([
        { kind: 'runway-without-baseline', level: 'notice', days: '7' }
      ])
    })

    it('tells warn-runway-days with a baseline under an hour old as a notice', () => {
      const young = gate(
        { 'warn-runway-days': '7' },
        read(['CNY', '9.00']),
        cnyAt(30 * 60_000, '10.00')
      )
      expect(young.status).toBe('ok')
      expect(young.notes).toEqual([
        {
          kind: 'runway-baseline-too-young',
          level: 'notice',
          days: '7',
          ageMs: 30 * 60_000,
          neededMs: HOUR_MS
        }
      ])
      const [note] = young.notes
      expect(note && noteText(note)).toBe(
        'warn-runway-days 7 was not checked: the baseline is 30 min old, and a daily rate needs one at least 60 min old.'
      )
      const hourOld = gate(
        { 'warn-runway-days': '7' },
        read(['CNY', '9.00']),
        cnyAt(HOUR_MS, '10.00')
      )
      expect(hourOld.notes).toEqual([])
      // An hour old and no spend: old enough for a rate, which there is none of to check.
      const flat = gate(
        { 'warn-runway-days': '7' },
        read(['CNY', '10.00']),
        cnyAt(HOUR_MS, '10.00')
      )
      expect(flat.spend?.spend.rate).toBeUndefined()
      expect(flat.notes).toEqual([])
    })
  })
})

describe('postVerdict', () => {
  const start = cnyAt(HOUR_MS, '110.00')
  const post = (inputs: Record<string, string>, reading: BalanceReading) =>
    postVerdict(settingsOf(inputs), start, CNY, reading, NOW)

  it('reports the job spend, ok within max-spend', () => {
    const verdict = post({ 'max-spend': '1' }, read(['CNY', '109.58']))
    expect(verdict).toMatchObject({
      step: 'post',
      status: 'ok',
      severity: 'ok',
      reasons: [],
      advice: [],
      notes: []
    })
    expect(verdictLine(verdict)).toBe(
      'DeepSeek spend during this job: 0.42 CNY (110.00 → 109.58 over 60 min)'
    )
  })

  it('reports a job that spent nothing as spent 0.00, not as a rise', () => {
    const verdict = post({ 'max-spend': '0' }, read(['CNY', '110.00']))
    expect(verdict).toMatchObject({ status: 'ok', headline: { kind: 'spent' } })
    expect(verdictLine(verdict)).toBe(
      'DeepSeek spend during this job: 0.00 CNY (110.00 → 110.00 over 60 min)'
    )
  })

  it('fails over max-spend', () => {
    const verdict = post({ 'max-spend': '0.10' }, read(['CNY', '109.58']))
    expect(verdict).toMatchObject({ status: 'over-budget', severity: 'failure' })
    expect(verdict.headline.kind).toBe('over-budget')
    expect(kinds(verdict.advice)).toEqual(['find-spend-or-raise-max'])
  })

  it('gives a rose headline after a top-up, ok even with max-spend 0', () => {
    const verdict = post({ 'max-spend': '0' }, read(['CNY', '200.00']))
    expect(verdict).toMatchObject({ status: 'ok', headline: { kind: 'rose' } })
    expect(verdictLine(verdict)).not.toMatch(/\bok\b/)
  })

  it('is an error that fails when max-spend has no figure, and only a report without one', () => {
    const unchecked = post({ 'max-spend': '1' }, read(['USD', '5.00']))
    expect(unchecked).toMatchObject({
      status: 'error',
      severity: 'failure',
      headline: { kind: 'budget-unchecked' }
    })
    const unbudgeted = post({}, read(['USD', '5.00']))
    expect(unbudgeted).toMatchObject({
      status: 'ok',
      severity: 'ok',
      headline: { kind: 'no-spend-figure' }
    })
  })

  it('fails a read failure with max-spend, and only warns without one', () => {
    const budgeted = post({ 'max-spend': '1' }, failed())
    expect(budgeted).toMatchObject({
      status: 'error',
      severity: 'failure',
      headline: { kind: 'read-failed', atEndOfJob: true, max: '1' }
    })
    expect(verdictLine(budgeted)).toMatch(
      /^Could not read the DeepSeek balance at the end of the job, so max-spend 1 was not checked \(a budget that was not checked does not pass\): DeepSeek did not answer/
    )
    const unbudgeted = post({}, failed())
    expect(unbudgeted).toMatchObject({ status: 'error', severity: 'warning' })
    expect(unbudgeted.headline).not.toHaveProperty('max')
    expect(verdictLine(unbudgeted)).toMatch(
      /^Could not read the DeepSeek balance at the end of the job, so the job's spend is unknown: /
    )
  })
})
