import { beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import {
  type DeepSeekEmulator,
  type EmulatedResponse,
  FUNDED_BALANCE,
  startDeepSeekEmulator
} from '../emulator/deepseek-server.mjs'
import { ACTION_ENTRY, type ActionRun, runAction } from '../emulator/runner.mjs'
import { annotations, expectKeyOnlyInMask, expectOneCleanError } from './support/action-run.js'

// The bundled dist/index.js, run as the runner runs it, against the emulator on 127.0.0.1.
const KEY = 'sk-e2e0key0a1b2c3d4e5f60718293a4b5c6'

function account(isAvailable: boolean, ...rows: [string, string, string, string][]) {
  return {
    is_available: isAvailable,
    balance_infos: rows.map(([currency, total, granted, toppedUp]) => ({
      currency,
      total_balance: total,
      granted_balance: granted,
      topped_up_balance: toppedUp
    }))
  }
}

async function runAgainst(
  responses: EmulatedResponse[],
  inputs: Record<string, string> = {},
  env: Record<string, string> = {}
): Promise<{ run: ActionRun; emulator: DeepSeekEmulator }> {
  const emulator = await startDeepSeekEmulator({ apiKey: KEY, responses })
  try {
    const run = await runAction({
      inputs: { 'api-key': KEY, 'base-url': emulator.url, ...inputs },
      env
    })
    return { run, emulator }
  } finally {
    await emulator.close()
  }
}

beforeAll(() => {
  if (!existsSync(ACTION_ENTRY)) throw new Error(`${ACTION_ENTRY} is missing: run npm run bundle`)
})

describe('a gate on a funded account', () => {
  let run: ActionRun
  let emulator: DeepSeekEmulator
  beforeAll(async () => {
    ;({ run, emulator } = await runAgainst([{ json: FUNDED_BALANCE }], { 'min-balance': '5' }))
  })

  it('succeeds quietly with one log line', () => {
    expect(run.exitCode).toBe(0)
    expect(run.stderr).toBe('')
    const visible = run.stdout.split('\n').filter(line => line && !line.startsWith('::'))
    expect(visible).toEqual(['DeepSeek balance: 110.00 CNY (min-balance 5): ok'])
    expect(annotations(run, 'warning')).toEqual([])
  })

  it('sets every output', () => {
    expect(run.outputs).toEqual({
      'is-available': 'true',
      sufficient: 'true',
      status: 'ok',
      message: 'DeepSeek balance: 110.00 CNY (min-balance 5): ok',
      snapshot: expect.stringMatching(
        /^\{"checked_at":"[^"]+Z","is_available":true,"balance_infos":\[/
      ),
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
      'balance-infos': JSON.stringify(FUNDED_BALANCE.balance_infos)
    })
  })

  it('writes the job summary', () => {
    expect(run.summary).toContain('## ✅ DeepSeek balance: ok')
    expect(run.summary).toContain('| ▶ | CNY | 110.00 | 10.00 | 100.00 |')
    expect(run.summary).toContain('|  | USD | 5.00 | 0.00 | 5.00 |')
  })

  it('masks the key first and shows it nowhere else', () => {
    expect(run.stdout.split('\n')[0]).toBe(`::add-mask::${KEY}`)
    expectKeyOnlyInMask(run, KEY)
    expect(emulator.requests).toHaveLength(1)
  })
})

describe('decisions, end to end', () => {
  it('fails below min-balance, with outputs set for if: failure() steps', async () => {
    const { run } = await runAgainst([{ json: account(true, ['CNY', '0.50', '0.50', '0.00']) }], {
      'min-balance': '1'
    })
    expect(run.exitCode).toBe(1)
    expect(expectOneCleanError(run)).toBe(
      '::error title=DeepSeek balance::DeepSeek balance 0.50 CNY is below min-balance 1 CNY. Top up at https://platform.deepseek.com/top_up, or lower min-balance.'
    )
    expect(run.outputs).toMatchObject({
      status: 'insufficient',
      sufficient: 'false',
      'total-balance': '0.50',
      currency: 'CNY'
    })
    expect(run.summary).toContain('## ❌ DeepSeek balance: insufficient')
  })

  it('only warns when fail-on-insufficient is false', async () => {
    const { run } = await runAgainst([{ json: account(true, ['CNY', '0.50', '0.50', '0.00']) }], {
      'min-balance': '1',
      'fail-on-insufficient': 'false'
    })
    expect(run.exitCode).toBe(0)
    expect(annotations(run, 'error')).toEqual([])
    expect(annotations(run, 'warning')).toEqual([
      expect.stringContaining('is below min-balance 1 CNY')
    ])
    expect(run.outputs).toMatchObject({ status: 'insufficient', sufficient: 'false' })
  })

  it('warns below warn-balance and succeeds', async () => {
    const { run } = await runAgainst([{ json: account(true, ['CNY', '3.00', '0.00', '3.00']) }], {
      'min-balance': '1',
      'warn-balance': '5'
    })
    expect(run.exitCode).toBe(0)
    expect(annotations(run, 'warning')).toEqual([
      '::warning title=DeepSeek balance::DeepSeek balance 3.00 CNY is below warn-balance 5 CNY. Top up soon at https://platform.deepseek.com/top_up, or lower warn-balance.'
    ])
    expect(run.outputs).toMatchObject({ status: 'low', sufficient: 'true' })
  })

  it('fails when DeepSeek says the account is not available, whatever the amount', async () => {
    const { run } = await runAgainst([{ json: account(false, ['CNY', '50.00', '0.00', '50.00']) }])
    expect(run.exitCode).toBe(1)
    expect(expectOneCleanError(run)).toContain('is_available: false')
    expect(run.outputs).toMatchObject({
      'is-available': 'false',
      status: 'insufficient',
      sufficient: 'false'
    })
  })

  it('checks the requested currency in any letter case', async () => {
    const { run } = await runAgainst([{ json: FUNDED_BALANCE }], {
      currency: 'usd',
      'min-balance': '5.00'
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ currency: 'USD', 'total-balance': '5.00', status: 'ok' })
  })

  it('fails naming a currency the account does not report', async () => {
    const { run } = await runAgainst([{ json: account(true, ['CNY', '9.00', '0.00', '9.00']) }], {
      currency: 'USD',
      'min-balance': '1'
    })
    expect(run.exitCode).toBe(1)
    expect(expectOneCleanError(run)).toContain(
      'DeepSeek reports no USD balance (currencies reported: CNY)'
    )
    expect(run.outputs).toMatchObject({
      currency: 'USD',
      'total-balance': '',
      status: 'insufficient'
    })
  })

  it('does not depend on the order of the rows', async () => {
    // USD first, as DeepSeek sometimes sends it; CNY 1.00 is below min-balance, USD 5.00 meets it.
    const rows = [
      {
        currency: 'USD',
        total_balance: '5.00',
        granted_balance: '0.00',
        topped_up_balance: '5.00'
      },
      { currency: 'CNY', total_balance: '1.00', granted_balance: '1.00', topped_up_balance: '0.00' }
    ]
    const outputs = []
    for (const order of [rows, [...rows].reverse()]) {
      const { run } = await runAgainst(
        [{ json: { is_available: true, balance_infos: order }, shuffle: false }],
        { 'min-balance': '5' }
      )
      expect(run.exitCode).toBe(0)
      outputs.push(run.outputs)
    }
    expect(outputs[0]).toMatchObject({ status: 'ok', currency: 'USD', 'total-balance': '5.00' })
    const { snapshot: first, ...rest } = outputs[0] ?? {}
    const { snapshot: second, ...rest2 } = outputs[1] ?? {}
    expect(rest2).toEqual(rest)
    // The same rows; only the time of the check differs.
    const rowsOf = (json?: string): unknown =>
      (JSON.parse(json ?? '') as { balance_infos: unknown }).balance_infos
    expect(rowsOf(second)).toEqual(rowsOf(first))
  })

  it('compares amounts too large for floats exactly', async () => {
    const { run } = await runAgainst(
      [
        {
          body: '{"is_available":true,"balance_infos":[{"currency":"CNY","total_balance":12345678901234567.89,"granted_balance":"0","topped_up_balance":"12345678901234567.89"}]}'
        }
      ],
      { 'min-balance': '12345678901234567.90' }
    )
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({
      status: 'insufficient',
      'total-balance': '12345678901234567.89'
    })
  })

  it('writes no summary with summary: false', async () => {
    const { run } = await runAgainst([{ json: FUNDED_BALANCE }], { summary: 'false' })
    expect(run.exitCode).toBe(0)
    expect(run.summary).toBe('')
    expect(run.outputs.status).toBe('ok')
  })

  it('removes the /v1 suffix and keeps a gateway prefix', async () => {
    const emulator = await startDeepSeekEmulator({ apiKey: KEY })
    try {
      await runAction({ inputs: { 'api-key': KEY, 'base-url': `${emulator.url}/v1/` } })
      await runAction({
        inputs: { 'api-key': KEY, 'base-url': `${emulator.url}/gateway/deepseek` }
      })
      expect(emulator.requests.map(request => request.url)).toEqual([
        '/user/balance',
        '/gateway/deepseek/user/balance'
      ])
    } finally {
      await emulator.close()
    }
  })

  it('shows resolved settings and each attempt in debug lines, without the key', async () => {
    const { run } = await runAgainst([{ json: FUNDED_BALANCE }], { 'min-balance': '5' })
    const debug = run.stdout.split('\n').filter(line => line.startsWith('::debug::'))
    expect(debug).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^::debug::Settings: api-key=\*\*\*, url=http:\/\/127\.0\.0\.1:\d+\/user\/balance, .*min-balance=5,/
        ),
        expect.stringMatching(
          /^::debug::Attempt 1 of 3: GET http:\/\/127\.0\.0\.1:\d+\/user\/balance$/
        )
      ])
    )
    expectKeyOnlyInMask(run, KEY)
  })
})

describe('bad inputs', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['api-key', { 'api-key': '' }, /Input 'api-key' is required/],
    ['api-key', { 'api-key': `${KEY} extra` }, /Input 'api-key' contains whitespace/],
    ['base-url', { 'base-url': 'not a url' }, /Input 'base-url' must be an http\(s\) URL/],
    ['base-url', { 'base-url': 'file:///etc/passwd' }, /Input 'base-url' must be/],
    [
      'timeout',
      { timeout: '0' },
      /Input 'timeout' must be a whole number of milliseconds from 1 to 3600000; got '0'/
    ],
    ['timeout', { timeout: 'soon' }, /Input 'timeout' must be/],
    ['retries', { retries: '-1' }, /Input 'retries' must be a whole number from 0 to 10; got '-1'/],
    ['retries', { retries: '100' }, /Input 'retries' must be/],
    [
      'min-balance',
      { 'min-balance': '-5' },
      /Input 'min-balance' must be empty or a decimal number ≥ 0/
    ],
    ['min-balance', { 'min-balance': '5 CNY' }, /Input 'min-balance' must be/],
    ['warn-balance', { 'warn-balance': '1e3' }, /Input 'warn-balance' must be/],
    ['currency', { currency: 'EUR' }, /Input 'currency' must be CNY or USD/],
    [
      'fail-on-insufficient',
      { 'fail-on-insufficient': 'no' },
      /Input 'fail-on-insufficient' must be true or false/
    ],
    ['summary', { summary: 'yes please' }, /Input 'summary' must be true or false/]
  ]

  it.each(cases)(
    '%s %j: one clear error, no request, status error',
    async (_input, inputs, message) => {
      const { run, emulator } = await runAgainst([{ json: FUNDED_BALANCE }], inputs)
      expect(run.exitCode).toBe(1)
      const error = expectOneCleanError(run)
      expect(error).toMatch(message)
      expect(emulator.requests).toHaveLength(0)
      expect(run.outputs).toEqual({
        status: 'error',
        sufficient: 'false',
        message: expect.any(String)
      })
      expect(run.summary).toBe('')
      expectKeyOnlyInMask(run, KEY)
    }
  )

  it('masks a key with whitespace, and each word of it, before rejecting it', async () => {
    const bad = `${KEY} extra`
    const { run } = await runAgainst([{ json: FUNDED_BALANCE }], { 'api-key': bad })
    const masks = run.stdout.split('\n').filter(line => line.startsWith('::add-mask::'))
    expect(masks).toEqual([`::add-mask::${bad}`, `::add-mask::${KEY}`, '::add-mask::extra'])
    expect(run.stdout.indexOf('::add-mask::')).toBe(0)
    expectKeyOnlyInMask(run, KEY)
  })
})
