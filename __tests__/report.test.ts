import { describe, expect, it } from '@jest/globals'
import { evaluate } from '../src/decide/decision.js'
import type { Outcome } from '../src/outcome.js'
import { buildOutputs } from '../src/report/outputs.js'
import { buildSummary, escapeMarkdown } from '../src/report/summary.js'
import { clean } from '../src/base/outside-text.js'
import { balanceOf, settingsOf } from './support/balances.js'

const CHECKED_AT = new Date('2026-11-26T08:30:00Z')

function checked(inputs: Record<string, string>, ...args: Parameters<typeof balanceOf>): Outcome {
  const balance = balanceOf(...args)
  return {
    kind: 'checked',
    balance,
    decision: evaluate(balance, settingsOf(inputs)),
    attempts: 2,
    elapsedMs: 1340,
    checkedAt: CHECKED_AT
  }
}

describe('buildOutputs', () => {
  it('sets the checked row, one set per currency and the sorted JSON rows', () => {
    const outcome = checked(
      { 'min-balance': '5' },
      true,
      ['USD', '5.00', '0.00', '5.00'],
      ['CNY', '110.00', '10.00', '100.00']
    )
    expect(buildOutputs(outcome, clean('the verdict'))).toEqual({
      'is-available': 'true',
      sufficient: 'true',
      status: 'ok',
      message: 'the verdict',
      snapshot:
        '{"checked_at":"2026-11-26T08:30:00.000Z","is_available":true,"balance_infos":' +
        '[{"currency":"CNY","total_balance":"110.00","granted_balance":"10.00","topped_up_balance":"100.00"},' +
        '{"currency":"USD","total_balance":"5.00","granted_balance":"0.00","topped_up_balance":"5.00"}]}',
      currency: 'CNY',
      'total-balance': '110.00',
      'granted-balance': '10.00',
      'topped-up-balance': '100.00',
      'cny-total-balance': '110.00',
      'cny-granted-balance': '10.00',
      'cny-topped-up-balance': '100.00',
      'usd-total-balance': '5.00',
      'usd-granted-balance': '0.00',
      'usd-topped-up-balance': '5.00',
      'balance-infos':
        '[{"currency":"CNY","total_balance":"110.00","granted_balance":"10.00","topped_up_balance":"100.00"},' +
        '{"currency":"USD","total_balance":"5.00","granted_balance":"0.00","topped_up_balance":"5.00"}]'
    })
  })

  it('reports insufficiency and leaves the amounts of a missing currency empty', () => {
    const outputs = buildOutputs(
      checked({ currency: 'USD', 'min-balance': '1' }, true, ['CNY', '3.00']),
      clean('x')
    )
    expect(outputs).toMatchObject({
      status: 'insufficient',
      sufficient: 'false',
      currency: 'USD',
      'total-balance': '',
      'cny-total-balance': '3.00'
    })
    expect(outputs).not.toHaveProperty('usd-total-balance')
  })

  it('sets only status, sufficient and message when no balance could be read', () => {
    const boom = clean('boom')
    expect(buildOutputs({ kind: 'error', message: boom, checkedAt: CHECKED_AT }, boom)).toEqual({
      status: 'error',
      sufficient: 'false',
      message: 'boom'
    })
  })

  it('gives rows in other currencies no outputs of their own, only balance-infos', () => {
    const outputs = buildOutputs(
      checked({}, true, ['EUR', '9.00'], ['CNY', '1.00'], ['XYZ', '2.00']),
      clean('x')
    )
    expect(Object.keys(outputs).filter(name => /^(eur|xyz)-/.test(name))).toEqual([])
    const rows = JSON.parse(outputs['balance-infos'] ?? '') as { currency: string }[]
    expect(rows.map(row => row.currency)).toEqual(['CNY', 'EUR', 'XYZ'])
  })
})

describe('buildSummary', () => {
  const thresholds = { 'min-balance': '5', 'warn-balance': '20' }

  it.each<[string, Outcome, Record<string, string>]>([
    [
      'ok',
      checked(
        thresholds,
        true,
        ['CNY', '110.00', '10.00', '100.00'],
        ['USD', '5.00', '0.00', '5.00']
      ),
      thresholds
    ],
    ['low', checked(thresholds, true, ['CNY', '12.00', '2.00', '10.00']), thresholds],
    [
      'insufficient',
      checked(thresholds, true, ['CNY', '0.50', '0.50', '0.00'], ['USD', '1.00', '0.00', '1.00']),
      thresholds
    ],
    ['unavailable', checked({}, false, ['CNY', '-2.00', '0.00', '-2.00']), {}],
    [
      'missing currency',
      checked({ currency: 'USD', 'min-balance': '1' }, true, ['CNY', '9.00']),
      { currency: 'USD', 'min-balance': '1' }
    ],
    [
      'error',
      {
        kind: 'error',
        message: clean(
          'DeepSeek rejected the API key (HTTP 401: Authentication Fails (no such user)). 1 attempt over 0.2 s.'
        ),
        hint: clean(
          'Check the secret passed as api-key: it must be a current DeepSeek API key (sk-...).'
        ),
        checkedAt: CHECKED_AT
      },
      { 'min-balance': '5' }
    ]
  ])('renders %s', (_name, outcome, inputs) => {
    expect(buildSummary(outcome, settingsOf(inputs))).toMatchSnapshot()
  })

  it('marks the checked row and shows the time of the check', () => {
    const summary = buildSummary(
      checked({ currency: 'USD' }, true, ['CNY', '1.00'], ['USD', '2.00']),
      settingsOf({ currency: 'USD' })
    )
    expect(summary).toContain('| ▶ | USD | 2.00 |')
    expect(summary).toContain('|  | CNY | 1.00 |')
    expect(summary).toContain('2026-11-26T08:30:00.000Z')
  })

  it('makes server text inert', () => {
    const summary = buildSummary(
      {
        kind: 'error',
        message: clean('bad <img src=x onerror=alert(1)> [link](http://evil) | `code` *b*'),
        hint: clean('Check base-url: if https://gw.example/**x**](y) is the API, use it.'),
        checkedAt: CHECKED_AT
      },
      settingsOf()
    )
    const quoted = summary.split('\n').find(line => line.startsWith('> ')) ?? ''
    expect(quoted).toContain('&lt;img src=x onerror=alert(1)&gt;')
    // Every Markdown-active character from the server is escaped with a backslash.
    expect(quoted.slice(2)).not.toMatch(/(^|[^\\])[[\]|`*<>]/)
    const hint = summary.split('\n').find(line => line.startsWith('**What to try:**')) ?? ''
    expect(hint).toContain('gw.example/\\*\\*x\\*\\*\\](y)')
  })

  it('keeps plain web addresses as they are, so they stay links', () => {
    expect(escapeMarkdown(clean('Top up at https://platform.deepseek.com/top_up.'))).toBe(
      'Top up at https://platform.deepseek.com/top_up.'
    )
  })
})

describe('escapeMarkdown', () => {
  it('escapes HTML and Markdown punctuation and folds lines', () => {
    expect(escapeMarkdown(clean('a<b>&"c"|d*e_f`g[h]\\i\nj'))).toBe(
      'a&lt;b&gt;&amp;&quot;c&quot;\\|d\\*e\\_f\\`g\\[h\\]\\\\i j'
    )
  })
})
