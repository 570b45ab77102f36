import { afterEach, describe, expect, it } from '@jest/globals'
import { clean, forgetSecrets, protectSecret } from '../src/base/outside-text.js'
import { type Balance, parseBalance, parseSnapshot } from '../src/base/snapshot.js'
import { type Verdict, gateVerdict, postVerdict } from '../src/decide/verdict.js'
import type { BalanceReading } from '../src/read/read-balance.js'
import { gateOutputs } from '../src/report/outputs.js'
import { escapeMarkdown, gateSummary, postSummary } from '../src/report/summary.js'
import { type Settings, readSettings } from '../src/settings/settings.js'

// The job summary and the outputs are renderings of one verdict; each verdict here is built as
// the action builds it, from inputs and a reading, at a fixed time.
const CHECKED_AT = new Date('2026-11-26T08:30:00Z')
const DAY_BEFORE = '2026-11-25T08:30:00.000Z'

type Row = [currency: string, total: string, granted?: string, toppedUp?: string]

function rowsJson(rows: Row[]): object[] {
  return rows.map(([currency, total, granted = '0.00', toppedUp = total]) => ({
    currency,
    total_balance: total,
    granted_balance: granted,
    topped_up_balance: toppedUp
  }))
}

/** A balance as the parser builds it from DeepSeek's JSON. */
function balanceOf(isAvailable: boolean, ...rows: Row[]): Balance {
  const parsed = parseBalance(
    JSON.stringify({ is_available: isAvailable, balance_infos: rowsJson(rows) })
  )
  if (!parsed.ok) throw new Error(`not a balance: ${parsed.problem.kind}`)
  return parsed.value
}

/** A snapshot line, as the `snapshot` output writes it, for the `baseline` input. */
function snapshotLine(checkedAt: string, ...rows: Row[]): string {
  return JSON.stringify({
    checked_at: checkedAt,
    is_available: true,
    balance_infos: rowsJson(rows)
  })
}

/** Settings as the action builds them from inputs, read at the time of the check. */
function settingsOf(inputs: Record<string, string> = {}): Settings {
  const all: Record<string, string> = { 'api-key': 'sk-test', ...inputs }
  return readSettings(name => all[name] ?? '', CHECKED_AT)
}

function readingOf(balance: Balance): BalanceReading {
  return { ok: true, balance, attempts: 2, elapsedMs: 1340 }
}

function gate(inputs: Record<string, string>, isAvailable: boolean, ...rows: Row[]): Verdict {
  return gateVerdict(settingsOf(inputs), readingOf(balanceOf(isAvailable, ...rows)), CHECKED_AT)
}

const REJECTED: BalanceReading = {
  ok: false,
  failure: {
    kind: 'http',
    status: 401,
    detail: { message: clean('Authentication Fails (no such user)') }
  },
  attempts: 1,
  elapsedMs: 200
}

const thresholds = { 'min-balance': '5', 'warn-balance': '20' }
const spendLimits = (extra: Record<string, string> = {}): Record<string, string> => ({
  baseline: snapshotLine(DAY_BEFORE, ['CNY', '110.00'], ['USD', '5.00']),
  'max-spend': '5',
  'warn-runway-days': '7',
  ...extra
})

/** The summary's headings in order: `##` and `###` lines. */
function headings(summary: string): string[] {
  return summary.split('\n').filter(line => /^#{2,3} /.test(line))
}

describe('gateOutputs', () => {
  afterEach(() => forgetSecrets())

  it('sets the checked row, one set per currency and the sorted JSON rows', () => {
    const verdict = gate(
      { 'min-balance': '5' },
      true,
      ['USD', '5.00', '0.00', '5.00'],
      ['CNY', '110.00', '10.00', '100.00']
    )
    expect(gateOutputs(verdict, clean('the verdict'))).toEqual({
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

  it('writes a snapshot that parses back to the balance read, at the time of the check', () => {
    const balance = balanceOf(true, ['USD', '5.00'], ['CNY', '110.00', '10.00', '100.00'])
    const verdict = gateVerdict(settingsOf(), readingOf(balance), CHECKED_AT)
    const snapshot = gateOutputs(verdict, clean('x')).snapshot ?? ''
    const parsed = parseSnapshot(snapshot, CHECKED_AT)
    expect(parsed).toEqual({ ok: true, value: { ...balance, checkedAt: CHECKED_AT } })
  })

  it('reports insufficiency and leaves the amounts of a missing currency empty', () => {
    const outputs = gateOutputs(
      gate({ currency: 'USD', 'min-balance': '1' }, true, ['CNY', '3.00']),
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
    const verdict = gateVerdict(settingsOf(), REJECTED, CHECKED_AT)
    expect(gateOutputs(verdict, clean('boom'))).toEqual({
      status: 'error',
      sufficient: 'false',
      message: 'boom'
    })
  })

  it('gives per-currency outputs to CNY and USD only; other rows are in balance-infos', () => {
    const outputs = gateOutputs(
      gate({}, true, ['EUR', '9.00'], ['CNY', '1.00'], ['XYZ', '2.00'], ['USD', '3.00']),
      clean('x')
    )
    const perCurrency = Object.keys(outputs).filter(name => /^[a-z]{3}-/.test(name))
    expect(perCurrency.sort()).toEqual([
      'cny-granted-balance',
      'cny-topped-up-balance',
      'cny-total-balance',
      'usd-granted-balance',
      'usd-topped-up-balance',
      'usd-total-balance'
    ])
    const rows = JSON.parse(outputs['balance-infos'] ?? '') as { currency: string }[]
    expect(rows.map(row => row.currency)).toEqual(['CNY', 'EUR', 'USD', 'XYZ'])
  })

  it('sets the spend outputs per currency from a baseline', () => {
    const outputs = gateOutputs(
      gate(spendLimits({ 'max-spend': '' }), true, ['CNY', '100.00'], ['USD', '5.50']),
      clean('x')
    )
    expect(outputs).toMatchObject({
      spent: '10.00',
      'cny-spent': '10.00',
      'usd-spent': '-0.50',
      'spent-per-day': '10.00',
      'runway-days': '10.0'
    })
  })

  it('does not clean the status, whatever the key shares with it', () => {
    protectSecret('sk-insufficient-over-budget')
    const outputs = gateOutputs(
      gate({ 'min-balance': '5' }, true, ['CNY', '1.00']),
      clean('insufficient')
    )
    expect(outputs.status).toBe('insufficient')
    expect(outputs.message).toBe('***')
  })
})

describe('gateSummary', () => {
  it.each<[string, () => Verdict, Record<string, string>]>([
    [
      'ok',
      () =>
        gate(
          thresholds,
          true,
          ['CNY', '110.00', '10.00', '100.00'],
          ['USD', '5.00', '0.00', '5.00']
        ),
      thresholds
    ],
    ['low', () => gate(thresholds, true, ['CNY', '12.00', '2.00', '10.00']), thresholds],
    [
      'insufficient',
      () =>
        gate(thresholds, true, ['CNY', '0.50', '0.50', '0.00'], ['USD', '1.00', '0.00', '1.00']),
      thresholds
    ],
    ['unavailable', () => gate({}, false, ['CNY', '-2.00', '0.00', '-2.00']), {}],
    [
      'missing currency',
      () => gate({ currency: 'USD', 'min-balance': '1' }, true, ['CNY', '9.00']),
      { currency: 'USD', 'min-balance': '1' }
    ],
    [
      'error',
      () => gateVerdict(settingsOf({ 'min-balance': '5' }), REJECTED, CHECKED_AT),
      { 'min-balance': '5' }
    ],
    [
      'over-budget',
      () => gate(spendLimits(), true, ['CNY', '100.00'], ['USD', '5.00']),
      spendLimits()
    ],
    [
      'low runway',
      () => gate(spendLimits({ 'max-spend': '' }), true, ['CNY', '70.00'], ['USD', '5.00']),
      spendLimits({ 'max-spend': '' })
    ],
    [
      'top-up',
      () =>
        gate(spendLimits({ baseline: snapshotLine(DAY_BEFORE, ['CNY', '109.58']) }), true, [
          'CNY',
          '110.00'
        ]),
      spendLimits({ baseline: snapshotLine(DAY_BEFORE, ['CNY', '109.58']) })
    ],
    [
      'notes',
      () =>
        gate({ 'min-balance': '200', 'warn-balance': '100', 'warn-runway-days': '7' }, true, [
          'CNY',
          '110.00'
        ]),
      { 'min-balance': '200', 'warn-balance': '100', 'warn-runway-days': '7' }
    ]
  ])('renders %s', (_name, verdict, inputs) => {
    expect(gateSummary(verdict(), settingsOf(inputs))).toMatchSnapshot()
  })

  it.each([
    ['ok', '✅ DeepSeek balance: ok', gate({}, true, ['CNY', '1.00'])],
    ['low', '⚠️ DeepSeek balance: low', gate({ 'warn-balance': '5' }, true, ['CNY', '1.00'])],
    [
      'insufficient',
      '❌ DeepSeek balance: insufficient',
      gate({ 'min-balance': '5' }, true, ['CNY', '1.00'])
    ],
    ['over-budget', '❌ DeepSeek spend: over budget', gate(spendLimits(), true, ['CNY', '100.00'])],
    [
      'error',
      '❓ DeepSeek balance: could not check',
      gateVerdict(settingsOf(), REJECTED, CHECKED_AT)
    ]
  ])('heads a verdict of status %s with %s', (status, heading, verdict) => {
    expect(verdict.status).toBe(status)
    expect(gateSummary(verdict, settingsOf()).split('\n')[0]).toBe(`## ${heading}`)
  })

  it('reads top-down: verdict, balance table, spend since the baseline, settings', () => {
    const inputs = spendLimits()
    const summary = gateSummary(
      gate(inputs, true, ['CNY', '100.00'], ['USD', '5.00']),
      settingsOf(inputs)
    )
    expect(headings(summary)).toEqual([
      '## ❌ DeepSeek spend: over budget',
      '### Spend since the baseline',
      '### Settings'
    ])
    const at = (text: string): number => {
      const index = summary.indexOf(text)
      expect({ text, found: index >= 0 }).toEqual({ text, found: true })
      return index
    }
    const order = [
      at('DeepSeek spend since 2026-11-25T08:30:00.000Z is 10.00 CNY, above max-spend 5 CNY'),
      at('| | Currency | Total | Granted | Topped up |'),
      at('### Spend since the baseline'),
      at('| Currency | Before | After | Spent |'),
      at('### Settings'),
      at('<sub>Checked at 2026-11-26T08:30:00.000Z (2 attempts, 1.3 s)')
    ]
    expect([...order].sort((a, b) => a - b)).toEqual(order)
  })

  it('shows the baseline time, the rate with its currency, max-spend and warn-runway-days', () => {
    const inputs = spendLimits()
    const summary = gateSummary(
      gate(inputs, true, ['CNY', '100.00'], ['USD', '5.00']),
      settingsOf(inputs)
    )
    const spendSection = summary.slice(
      summary.indexOf('### Spend since the baseline'),
      summary.indexOf('### Settings')
    )
    expect(spendSection).toContain('| CNY | 110.00 | 100.00 | 10.00 |')
    expect(spendSection).toContain('| USD | 5.00 | 5.00 | 0.00 |')
    expect(spendSection).toContain(
      '- Baseline: checked at 2026-11-25T08:30:00.000Z, 24.0 h before this check'
    )
    expect(spendSection).toContain('- Per day: 10.00 CNY; runway: 10.0 days')
    expect(spendSection).toContain('- max-spend: 5 CNY')
    expect(spendSection).toContain('- warn-runway-days: 7')
    // With a baseline, the limits are told with the spend, not again among the settings.
    expect(summary.slice(summary.indexOf('### Settings'))).not.toContain('max-spend')
  })

  it('shows a top-up as a rise in the Spent column, never as a negative spend', () => {
    const inputs = spendLimits({ baseline: snapshotLine(DAY_BEFORE, ['CNY', '109.58']) })
    const verdict = gate(inputs, true, ['CNY', '110.00'])
    const summary = gateSummary(verdict, settingsOf(inputs))
    expect(verdict.status).toBe('ok')
    expect(summary).toContain('| CNY | 109.58 | 110.00 | rose by 0.42 |')
    expect(summary).not.toContain('-0.42')
    expect(summary).toContain('DeepSeek balance rose by 0.42 CNY since 2026-11-25T08:30:00.000Z')
    expect(summary).toContain('- Per day: no rate')
  })

  it('shows each note as a quoted note', () => {
    const inputs = { 'min-balance': '200', 'warn-balance': '100', 'warn-runway-days': '7' }
    const summary = gateSummary(gate(inputs, true, ['CNY', '110.00']), settingsOf(inputs))
    const notes = summary.split('\n').filter(line => line.startsWith('> **Note:** '))
    expect(notes).toEqual([
      '> **Note:** warn-balance 100 is not above min-balance 200, so it never applies: a balance below it already fails the check. Raise warn-balance or remove it.',
      '> **Note:** warn-runway-days 7 was not checked: a runway needs a daily rate, and a rate needs a baseline (the snapshot output of an earlier run) or a history. Pass one, or remove warn-runway-days.'
    ])
  })

  it('marks the checked row and shows the time of the check', () => {
    const summary = gateSummary(
      gate({ currency: 'USD' }, true, ['CNY', '1.00'], ['USD', '2.00']),
      settingsOf({ currency: 'USD' })
    )
    expect(summary).toContain('| ▶ | USD | 2.00 |')
    expect(summary).toContain('|  | CNY | 1.00 |')
    expect(summary).toContain('2026-11-26T08:30:00.000Z')
  })

  it('makes server text inert', () => {
    const verdict = gateVerdict(
      settingsOf(),
      {
        ok: false,
        failure: {
          kind: 'request',
          host: clean('gw.example'),
          error: clean('bad <img src=x onerror=alert(1)> [link](http://evil) | `code` *b*')
        },
        attempts: 1,
        elapsedMs: 0
      },
      CHECKED_AT
    )
    const summary = gateSummary(verdict, settingsOf())
    const quoted = summary.split('\n').find(line => line.startsWith('> ')) ?? ''
    expect(quoted).toContain('&lt;img src=x onerror=alert(1)&gt;')
    // Every Markdown-active character from the server is escaped with a backslash.
    expect(quoted.slice(2)).not.toMatch(/(^|[^\\])[[\]|`*<>]/)

    const redirected = gateVerdict(
      settingsOf(),
      {
        ok: false,
        failure: {
          kind: 'redirect-elsewhere',
          from: clean('api.deepseek.com'),
          to: { origin: clean('https://gw.example/**x**](y)') },
          downgrade: false
        },
        attempts: 1,
        elapsedMs: 0
      },
      CHECKED_AT
    )
    const hint =
      gateSummary(redirected, settingsOf())
        .split('\n')
        .find(line => line.startsWith('**What to try:**')) ?? ''
    expect(hint).toContain('gw.example/\\*\\*x\\*\\*\\](y)')
  })

  it('keeps plain web addresses as they are, so they stay links', () => {
    expect(escapeMarkdown(clean('Top up at https://platform.deepseek.com/top_up.'))).toBe(
      'Top up at https://platform.deepseek.com/top_up.'
    )
  })
})

describe('postSummary', () => {
  const inputs = { 'max-spend': '2' }
  const start = parseSnapshot(
    snapshotLine('2026-11-26T08:00:00.000Z', ['CNY', '110.00'], ['USD', '5.00']),
    CHECKED_AT
  )

  function post(reading: BalanceReading): Verdict {
    if (!start.ok) throw new Error('the start of the job does not parse')
    return postVerdict(settingsOf(inputs), start.value, clean('CNY'), reading, CHECKED_AT)
  }

  it.each<[string, BalanceReading]>([
    ['an ok job spend', readingOf(balanceOf(true, ['CNY', '109.58'], ['USD', '5.00']))],
    ['a job over budget', readingOf(balanceOf(true, ['CNY', '107.00'], ['USD', '5.00']))],
    ['a read failure under max-spend', REJECTED]
  ])('renders %s', (_name, reading) => {
    expect(postSummary(post(reading), settingsOf(inputs))).toMatchSnapshot()
  })

  it('reports an ok job spend with its table and budget', () => {
    const verdict = post(readingOf(balanceOf(true, ['CNY', '109.58'], ['USD', '5.00'])))
    const summary = postSummary(verdict, settingsOf(inputs))
    expect(verdict.status).toBe('ok')
    expect(headings(summary)).toEqual(['### ✅ DeepSeek spend during this job'])
    expect(summary).toContain(
      'DeepSeek spend during this job: 0.42 CNY (110.00 → 109.58 over 30 min)'
    )
    expect(summary).toContain('| CNY | 110.00 | 109.58 | 0.42 |')
    expect(summary).toContain('- max-spend: 2 CNY')
    // The baseline's lines belong to the gate's spend section only.
    expect(summary).not.toContain('Baseline:')
  })

  it('reports a job over budget', () => {
    const verdict = post(readingOf(balanceOf(true, ['CNY', '107.00'], ['USD', '5.00'])))
    const summary = postSummary(verdict, settingsOf(inputs))
    expect(verdict.status).toBe('over-budget')
    expect(headings(summary)).toEqual(['### ❌ DeepSeek spend during this job: over budget'])
    expect(summary).toContain(
      'DeepSeek spend during this job is 3.00 CNY, above max-spend 2 CNY (110.00 → 107.00 over 30 min).'
    )
    expect(summary).toContain('**Next:** Find what used more than expected, or raise max-spend.')
  })

  it('says that max-spend was not checked when the balance could not be read', () => {
    const verdict = post(REJECTED)
    const summary = postSummary(verdict, settingsOf(inputs))
    expect(verdict).toMatchObject({ status: 'error', severity: 'failure' })
    expect(headings(summary)).toEqual(['### ❓ DeepSeek spend during this job: not checked'])
    expect(summary).toContain(
      'Could not read the DeepSeek balance at the end of the job, so max-spend 2 was not checked'
    )
    expect(summary).toContain('DeepSeek rejected the API key (HTTP 401: Authentication Fails')
    expect(summary).toContain('- max-spend: 2')
  })
})

describe('escapeMarkdown', () => {
  it('escapes HTML and Markdown punctuation and folds lines', () => {
    expect(escapeMarkdown(clean('a<b>&"c"|d*e_f`g[h]\\i\nj'))).toBe(
      'a&lt;b&gt;&amp;&quot;c&quot;\\|d\\*e\\_f\\`g\\[h\\]\\\\i j'
    )
  })
})
