import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { chooseRow, evaluate } from '../src/decide/decision.js'
import { adviceText, findingText } from '../src/report/messages.js'
import { balanceOf, settingsOf, type Row } from './support/balances.js'

describe('evaluate', () => {
  it('passes a balance at or above min-balance', () => {
    const decision = evaluate(
      balanceOf(true, ['CNY', '110.00', '10.00', '100.00']),
      settingsOf({ 'min-balance': '5' })
    )
    expect(decision).toMatchObject({
      status: 'ok',
      currency: 'CNY',
      finding: { kind: 'balance-ok', amount: { total: '110.00', currency: 'CNY' }, min: '5' }
    })
    expect(decision).not.toHaveProperty('advice')
    expect(decision.row?.total).toEqual({ text: '110.00', value: { units: 11000n, scale: 2 } })
    expect(findingText(decision.finding, true)).toBe(
      'DeepSeek balance: 110.00 CNY (min-balance 5): ok'
    )
    expect(findingText(decision.finding, false)).toBe(
      'DeepSeek balance: 110.00 CNY (min-balance 5).'
    )
    expect(
      evaluate(balanceOf(true, ['CNY', '5.00']), settingsOf({ 'min-balance': '5' })).status
    ).toBe('ok')
  })

  it('lists both thresholds when both are set, and none when neither is', () => {
    const both = evaluate(
      balanceOf(true, ['CNY', '110.00']),
      settingsOf({ 'min-balance': '5', 'warn-balance': '20' })
    )
    expect(findingText(both.finding, true)).toBe(
      'DeepSeek balance: 110.00 CNY (min-balance 5, warn-balance 20): ok'
    )
    const neither = evaluate(balanceOf(true, ['USD', '3']), settingsOf())
    expect(neither.finding).toEqual({
      kind: 'balance-ok',
      amount: { total: '3', currency: 'USD' }
    })
    expect(findingText(neither.finding, true)).toBe('DeepSeek balance: 3 USD: ok')
  })

  it('fails a balance below min-balance with the documented message', () => {
    const decision = evaluate(balanceOf(true, ['CNY', '0.50']), settingsOf({ 'min-balance': '1' }))
    expect(decision).toMatchObject({
      status: 'insufficient',
      finding: { kind: 'below-min', min: '1' },
      advice: { kind: 'top-up-or-lower-min' }
    })
    expect(findingText(decision.finding, false)).toBe(
      'DeepSeek balance 0.50 CNY is below min-balance 1 CNY.'
    )
    expect(decision.advice && adviceText(decision.advice)).toBe(
      'Top up at https://platform.deepseek.com/top_up, or lower min-balance.'
    )
  })

  it('compares exactly where floats cannot', () => {
    const settings = settingsOf({ 'min-balance': '12345678901234567.90' })
    expect(evaluate(balanceOf(true, ['CNY', '12345678901234567.89']), settings).status).toBe(
      'insufficient'
    )
    expect(evaluate(balanceOf(true, ['CNY', '12345678901234567.90']), settings).status).toBe('ok')
  })

  it('treats a real zero as zero, not as missing', () => {
    expect(
      evaluate(balanceOf(true, ['CNY', '0.00']), settingsOf({ 'min-balance': '0' })).status
    ).toBe('ok')
    expect(
      evaluate(balanceOf(true, ['CNY', '0.00']), settingsOf({ 'min-balance': '0.01' })).status
    ).toBe('insufficient')
  })

  it('fails negative balances (arrears) against min-balance 0', () => {
    expect(
      evaluate(balanceOf(true, ['CNY', '-0.01']), settingsOf({ 'min-balance': '0' })).status
    ).toBe('insufficient')
  })

  it('is always insufficient when DeepSeek says the account is not available', () => {
    const variants: Record<string, string>[] = [{}, { 'min-balance': '0' }, { currency: 'USD' }]
    for (const inputs of variants) {
      const decision = evaluate(
        balanceOf(false, ['CNY', '500.00'], ['USD', '2.00']),
        settingsOf(inputs)
      )
      expect(decision).toMatchObject({
        status: 'insufficient',
        finding: { kind: 'not-available' },
        advice: { kind: 'check-account' }
      })
      expect(findingText(decision.finding, false)).toContain('is_available: false')
    }
    const none = evaluate(balanceOf(false), settingsOf())
    expect(none).toMatchObject({ status: 'insufficient', finding: { kind: 'not-available' } })
    expect(findingText(none.finding, false)).toBe(
      'DeepSeek reports the account as not available for API calls (is_available: false). ' +
        'DeepSeek reports no balance in any currency (balance_infos is empty).'
    )
  })

  it('lets is_available decide when no min-balance is set', () => {
    expect(evaluate(balanceOf(true, ['CNY', '0.00']), settingsOf()).status).toBe('ok')
    const empty = evaluate(balanceOf(true), settingsOf())
    expect(empty).toMatchObject({ status: 'ok', finding: { kind: 'missing-but-available' } })
    expect(findingText(empty.finding, true)).toBe(
      'DeepSeek reports no balance in any currency (balance_infos is empty); ' +
        'DeepSeek reports the account as available: ok'
    )
  })

  it('warns below warn-balance but above min-balance', () => {
    const decision = evaluate(
      balanceOf(true, ['CNY', '3.00']),
      settingsOf({ 'min-balance': '1', 'warn-balance': '5' })
    )
    expect(decision).toMatchObject({
      status: 'low',
      finding: { kind: 'below-warn', warn: '5' },
      advice: { kind: 'top-up-soon' }
    })
    expect(findingText(decision.finding, false)).toBe(
      'DeepSeek balance 3.00 CNY is below warn-balance 5 CNY.'
    )
    expect(
      evaluate(balanceOf(true, ['CNY', '5']), settingsOf({ 'warn-balance': '5' })).status
    ).toBe('ok')
    expect(
      evaluate(
        balanceOf(true, ['CNY', '0.5']),
        settingsOf({ 'min-balance': '1', 'warn-balance': '5' })
      ).status
    ).toBe('insufficient')
  })

  describe('with currency set', () => {
    it('checks that row', () => {
      const decision = evaluate(
        balanceOf(true, ['CNY', '110.00'], ['USD', '0.40']),
        settingsOf({ currency: 'usd', 'min-balance': '1' })
      )
      expect(decision).toMatchObject({ status: 'insufficient', currency: 'USD' })
      expect(decision.row?.total.text).toBe('0.40')
    })

    it('fails naming the missing currency and the reported ones when min-balance is set', () => {
      const decision = evaluate(
        balanceOf(true, ['CNY', '110.00']),
        settingsOf({ currency: 'USD', 'min-balance': '1' })
      )
      expect(decision).toMatchObject({
        status: 'insufficient',
        currency: 'USD',
        finding: { kind: 'missing-below-min', missing: { wanted: 'USD', reported: ['CNY'] } },
        advice: { kind: 'other-currency', currency: 'USD' }
      })
      expect(decision.row).toBeUndefined()
      expect(findingText(decision.finding, false)).toBe(
        'DeepSeek reports no USD balance (currencies reported: CNY), so min-balance 1 USD cannot be met.'
      )
      expect(decision.advice && adviceText(decision.advice)).toBe(
        'Set currency to one the account reports, or top up in USD.'
      )
    })

    it('warns about the missing currency with only warn-balance, and passes with no threshold', () => {
      const low = evaluate(
        balanceOf(true, ['CNY', '1']),
        settingsOf({ currency: 'USD', 'warn-balance': '1' })
      )
      expect(low).toMatchObject({
        status: 'low',
        finding: { kind: 'missing-below-warn' },
        advice: { kind: 'top-up-soon' }
      })
      expect(findingText(low.finding, false)).toBe(
        'DeepSeek reports no USD balance (currencies reported: CNY); warn-balance is 1 USD.'
      )
      expect(
        evaluate(balanceOf(true, ['CNY', '1']), settingsOf({ currency: 'USD' }))
      ).toMatchObject({
        status: 'ok',
        currency: 'USD',
        finding: { kind: 'missing-but-available' }
      })
    })
  })

  it('reports an empty balance list as missing', () => {
    const decision = evaluate(balanceOf(true), settingsOf({ 'min-balance': '1' }))
    expect(decision).toMatchObject({
      status: 'insufficient',
      finding: { kind: 'missing-below-min', missing: { reported: [] } },
      advice: { kind: 'top-up' }
    })
    expect(decision.currency).toBeUndefined()
    expect(findingText(decision.finding, false)).toContain('no balance in any currency')
  })
})

describe('chooseRow without a currency', () => {
  it('prefers CNY, then USD, among the rows that meet min-balance', () => {
    const rows = balanceOf(true, ['USD', '50'], ['CNY', '2']).rows
    expect(chooseRow(rows, settingsOf({ 'min-balance': '1' }))?.currency).toBe('CNY')
    expect(chooseRow(rows, settingsOf({ 'min-balance': '10' }))?.currency).toBe('USD')
    expect(chooseRow(rows, settingsOf({ 'min-balance': '100' }))?.currency).toBe('CNY')
  })

  it('takes a row exactly at min-balance as meeting it', () => {
    const rows = balanceOf(true, ['USD', '50'], ['CNY', '0.50'], ['EUR', '900']).rows
    expect(chooseRow(rows, settingsOf({ 'min-balance': '0.5' }))?.currency).toBe('CNY')
    expect(chooseRow(rows, settingsOf({ 'min-balance': '50.00' }))?.currency).toBe('USD')
  })

  it('prefers a row above zero when there is no min-balance', () => {
    const rows = balanceOf(true, ['CNY', '0.00'], ['USD', '0.01']).rows
    expect(chooseRow(rows, settingsOf())?.currency).toBe('USD')
    expect(
      chooseRow(balanceOf(true, ['CNY', '0'], ['USD', '0']).rows, settingsOf())?.currency
    ).toBe('CNY')
  })

  it('gives the same answer whatever order DeepSeek sent the rows in', () => {
    const row = fc.tuple(
      fc.constantFrom('CNY', 'USD', 'EUR'),
      fc.integer({ min: -500, max: 500 }).map(cents => (cents / 100).toFixed(2))
    )
    fc.assert(
      fc.property(
        fc.uniqueArray(row, { selector: ([currency]) => currency, maxLength: 3 }),
        fc.option(fc.integer({ min: 0, max: 5 }).map(String), { nil: undefined }),
        fc.boolean(),
        (rows, min, available) => {
          const settings = settingsOf(min === undefined ? {} : { 'min-balance': min })
          const forward = evaluate(balanceOf(available, ...(rows as Row[])), settings)
          const backward = evaluate(
            balanceOf(available, ...([...rows].reverse() as Row[])),
            settings
          )
          expect(backward).toEqual(forward)
        }
      )
    )
  })
})

describe('currencies other than CNY and USD', () => {
  it('are never checked when no currency is set', () => {
    const decision = evaluate(
      balanceOf(true, ['CNY', '1.00'], ['EUR', '100.00']),
      settingsOf({ 'min-balance': '5' })
    )
    expect(decision).toMatchObject({ status: 'insufficient', currency: 'CNY' })
    const onlyEuro = evaluate(
      balanceOf(true, ['EUR', '100.00']),
      settingsOf({ 'min-balance': '5' })
    )
    expect(onlyEuro).toMatchObject({
      status: 'insufficient',
      finding: { kind: 'missing-below-min', missing: { reported: ['EUR'] } }
    })
    expect(onlyEuro.currency).toBeUndefined()
    expect(onlyEuro.row).toBeUndefined()
    expect(findingText(onlyEuro.finding, false)).toBe(
      'DeepSeek reports no CNY or USD balance (currencies reported: EUR), so min-balance 5 cannot be met.'
    )
  })
})
