import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { chooseRow, evaluate } from '../src/decide/decision.js'
import { balanceOf, settingsOf, type Row } from './support/balances.js'

describe('evaluate', () => {
  it('passes a balance at or above min-balance', () => {
    const decision = evaluate(
      balanceOf(true, ['CNY', '110.00', '10.00', '100.00']),
      settingsOf({ 'min-balance': '5' })
    )
    expect(decision).toMatchObject({
      status: 'ok',
      sufficient: true,
      currency: 'CNY',
      message: 'DeepSeek balance: 110.00 CNY (min-balance 5): ok'
    })
    expect(decision.row?.totalBalance).toBe('110.00')
    expect(
      evaluate(balanceOf(true, ['CNY', '5.00']), settingsOf({ 'min-balance': '5' })).status
    ).toBe('ok')
  })

  it('fails a balance below min-balance with the documented message', () => {
    const decision = evaluate(balanceOf(true, ['CNY', '0.50']), settingsOf({ 'min-balance': '1' }))
    expect(decision).toMatchObject({
      status: 'insufficient',
      sufficient: false,
      message: 'DeepSeek balance 0.50 CNY is below min-balance 1 CNY.'
    })
    expect(decision.advice).toContain('Top up')
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
      expect(decision.status).toBe('insufficient')
      expect(decision.message).toContain('is_available: false')
    }
    expect(evaluate(balanceOf(false), settingsOf()).status).toBe('insufficient')
  })

  it('lets is_available decide when no min-balance is set', () => {
    expect(evaluate(balanceOf(true, ['CNY', '0.00']), settingsOf()).status).toBe('ok')
    expect(evaluate(balanceOf(true), settingsOf()).status).toBe('ok')
  })

  it('warns below warn-balance but above min-balance', () => {
    const decision = evaluate(
      balanceOf(true, ['CNY', '3.00']),
      settingsOf({ 'min-balance': '1', 'warn-balance': '5' })
    )
    expect(decision).toMatchObject({
      status: 'low',
      sufficient: true,
      message: 'DeepSeek balance 3.00 CNY is below warn-balance 5 CNY.'
    })
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
      expect(decision.row?.totalBalance).toBe('0.40')
    })

    it('fails naming the missing currency and the reported ones when min-balance is set', () => {
      const decision = evaluate(
        balanceOf(true, ['CNY', '110.00']),
        settingsOf({ currency: 'USD', 'min-balance': '1' })
      )
      expect(decision).toMatchObject({ status: 'insufficient', currency: 'USD' })
      expect(decision.row).toBeUndefined()
      expect(decision.message).toBe(
        'DeepSeek reports no USD balance (currencies reported: CNY), so min-balance 1 USD cannot be met.'
      )
    })

    it('warns about the missing currency with only warn-balance, and passes with no threshold', () => {
      expect(
        evaluate(
          balanceOf(true, ['CNY', '1']),
          settingsOf({ currency: 'USD', 'warn-balance': '1' })
        ).status
      ).toBe('low')
      expect(
        evaluate(balanceOf(true, ['CNY', '1']), settingsOf({ currency: 'USD' }))
      ).toMatchObject({
        status: 'ok',
        currency: 'USD'
      })
    })
  })

  it('reports an empty balance list as missing', () => {
    const decision = evaluate(balanceOf(true), settingsOf({ 'min-balance': '1' }))
    expect(decision).toMatchObject({ status: 'insufficient', currency: '' })
    expect(decision.message).toContain('no balance in any currency')
  })
})

describe('chooseRow without a currency', () => {
  it('prefers CNY, then USD, among the rows that meet min-balance', () => {
    const rows = balanceOf(true, ['USD', '50'], ['CNY', '2']).rows
    expect(chooseRow(rows, settingsOf({ 'min-balance': '1' }))?.currency).toBe('CNY')
    expect(chooseRow(rows, settingsOf({ 'min-balance': '10' }))?.currency).toBe('USD')
    expect(chooseRow(rows, settingsOf({ 'min-balance': '100' }))?.currency).toBe('CNY')
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
    expect(onlyEuro).toMatchObject({ status: 'insufficient', currency: '' })
    expect(onlyEuro.message).toBe(
      'DeepSeek reports no CNY or USD balance (currencies reported: EUR), so min-balance 5 cannot be met.'
    )
  })
})
