import { describe, expect, it } from '@jest/globals'
import { checkSpend, snapshotOf } from '../src/decide/spend-check.js'
import type { Snapshot } from '../src/decide/spend.js'
import { statusOf } from '../src/outcome.js'
import { evaluate } from '../src/decide/decision.js'
import { clean } from '../src/base/outside-text.js'
import { balanceOf, settingsOf } from './support/balances.js'

const DAY_MS = 86_400_000
const NOW = new Date('2026-11-27T08:00:00.000Z')

function at(ageMs: number, cny: string): Snapshot {
  return {
    checkedAt: new Date(NOW.getTime() - ageMs),
    isAvailable: true,
    rows: [{ currency: 'CNY', total_balance: cny, granted_balance: '', topped_up_balance: '' }]
  }
}

const rules = (inputs: Record<string, string>) => settingsOf(inputs)
const CNY = clean('CNY')

describe('checkSpend', () => {
  it('reports the spend and passes within max-spend, equal included', () => {
    const check = checkSpend(
      at(DAY_MS, '110.00'),
      at(0, '109.58'),
      CNY,
      rules({ 'max-spend': '0.42' }),
      {
        kind: 'job'
      }
    )
    expect(check.status).toBe('ok')
    expect(check.report).toBe(
      'DeepSeek spend during this job: 0.42 CNY (110.00 → 109.58 over 24.0 h)'
    )
    expect(check.problem).toBeUndefined()
  })

  it('is over budget above max-spend, naming the spend, the budget and the currency', () => {
    const check = checkSpend(
      at(DAY_MS, '110.00'),
      at(0, '109.57'),
      CNY,
      rules({ 'max-spend': '0.42' }),
      {
        kind: 'since',
        since: new Date(NOW.getTime() - DAY_MS)
      }
    )
    expect(check.status).toBe('over-budget')
    expect(check.problem).toMatch(
      /^DeepSeek spend since 2026-11-26T08:00:00\.000Z is 0\.43 CNY, above max-spend 0\.42 CNY/
    )
  })

  it('cannot check a budget without a figure, and says why', () => {
    const check = checkSpend(
      at(DAY_MS, '110.00'),
      at(0, '109.00'),
      clean('USD'),
      rules({ 'max-spend': '1' }),
      {
        kind: 'job'
      }
    )
    expect(check.status).toBe('unchecked')
    expect(check.problem).toContain('do not both report USD')
    const noBudget = checkSpend(at(DAY_MS, '110.00'), at(0, '109.00'), clean('USD'), rules({}), {
      kind: 'job'
    })
    expect(noBudget).toMatchObject({
      status: 'ok',
      report: 'No spend figure: the earlier and the current balance do not both report USD.'
    })
  })

  it('warns when the runway is below warn-runway-days, and not when equal', () => {
    const low = checkSpend(
      at(7 * DAY_MS, '34.10'),
      at(0, '12.40'),
      CNY,
      rules({ 'warn-runway-days': '4.1' }),
      {
        kind: 'since',
        since: new Date(NOW.getTime() - 7 * DAY_MS)
      }
    )
    expect(low.status).toBe('low')
    expect(low.problem).toMatch(
      /^At 3\.10 CNY a day since 2026-11-20, 12\.40 CNY lasts 4\.0 more days, below warn-runway-days 4\.1\./
    )
    const equal = checkSpend(
      at(7 * DAY_MS, '34.10'),
      at(0, '12.40'),
      CNY,
      rules({ 'warn-runway-days': '4' }),
      {
        kind: 'job'
      }
    )
    expect(equal.status).toBe('ok')
  })

  it('says "rose by" after a top-up', () => {
    const check = checkSpend(at(DAY_MS, '10.00'), at(0, '15.5'), CNY, rules({ 'max-spend': '0' }), {
      kind: 'job'
    })
    expect(check.status).toBe('ok')
    expect(check.report).toMatch(
      /^DeepSeek balance rose by 5\.50 CNY during this job \(10\.00 → 15\.5 over 24\.0 h\), a top-up/
    )
  })
})

describe('snapshotOf and statusOf', () => {
  it('takes the rows as read, and over-budget wins while sufficient keeps the balance verdict', () => {
    const balance = balanceOf(true, ['CNY', '100.00'])
    const snapshot = snapshotOf(balance, NOW)
    expect(snapshot.rows).toEqual([
      {
        currency: 'CNY',
        total_balance: '100.00',
        granted_balance: '0.00',
        topped_up_balance: '100.00'
      }
    ])
    const decision = evaluate(balance, settingsOf({ 'min-balance': '5' }))
    const spend = checkSpend(at(DAY_MS, '110.00'), snapshot, CNY, rules({ 'max-spend': '1' }), {
      kind: 'job'
    })
    const outcome = {
      kind: 'checked' as const,
      balance,
      decision,
      spend,
      attempts: 1,
      elapsedMs: 1,
      checkedAt: NOW
    }
    expect(statusOf(outcome)).toBe('over-budget')
    expect(decision.sufficient).toBe(true)
    expect(statusOf({ ...outcome, spend: { ...spend, status: 'low' } })).toBe('low')
    expect(statusOf({ ...outcome, spend: { ...spend, status: 'unchecked' } })).toBe('error')
  })
})
