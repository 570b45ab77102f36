// Words and numbers a careful user tripped over, through the bundle run as the runner runs it.
import { describe, expect, it } from '@jest/globals'
import { startDeepSeekEmulator } from '../emulator/deepseek-server.mjs'
import { runAction } from '../emulator/runner.mjs'
import { parseDecimal } from '../src/base/decimal.js'
import { expectOneCleanError } from './support/action-run.js'

const KEY = 'sk-words0e2e0a1b2c3d4e5f60718293a4b5'

function cny(total: string, checkedAt?: string) {
  return {
    ...(checkedAt && { checked_at: checkedAt }),
    is_available: true,
    balance_infos: [
      { currency: 'CNY', total_balance: total, granted_balance: '0.00', topped_up_balance: total }
    ]
  }
}

async function gate(inputs: Record<string, string>, total = '110.00') {
  const emulator = await startDeepSeekEmulator({ apiKey: KEY, responses: [{ json: cny(total) }] })
  try {
    const run = await runAction({ inputs: { 'api-key': KEY, 'base-url': emulator.url, ...inputs } })
    return { run, requests: emulator.requests.length }
  } finally {
    await emulator.close()
  }
}

describe('words', () => {
  it('a base-url with a query is shown without it, and says what was left out', async () => {
    const run = await runAction({
      inputs: { 'api-key': KEY, 'base-url': 'http://127.0.0.1:8787/?token=secret' }
    })
    const error = expectOneCleanError(run)
    expect(error).toContain("got 'http://127.0.0.1:8787' with a query, which is not shown.")
    expect(error).not.toContain('secret')
    expect(error).not.toContain('with them')
  })

  it('a baseline checked_at without a zone is called that, not "not an ISO-8601 date-time"', async () => {
    const { run, requests } = await gate({
      baseline: JSON.stringify(cny('110.00', '2026-11-27T08:00:00'))
    })
    const error = expectOneCleanError(run)
    expect(error).toContain('its checked_at has no time zone')
    expect(error).not.toContain('not an ISO-8601')
    expect(requests).toBe(0)
  })

  it('min-balance .5 is read as 0.5', async () => {
    const passing = await gate({ 'min-balance': '.5', currency: 'CNY' }, '0.50')
    expect(passing.run.exitCode).toBe(0)
    expect(passing.run.outputs.status).toBe('ok')
    expect(passing.run.outputs.message).toBe('DeepSeek balance: 0.50 CNY (min-balance .5): ok')
    const failing = await gate({ 'min-balance': '.5', currency: 'CNY' }, '0.49')
    expect(failing.run.outputs.status).toBe('insufficient')
  })
})

describe('numbers', () => {
  it('a baseline from 1970 gives a rate and a runway that agree', async () => {
    const { run } = await gate(
      { currency: 'CNY', baseline: JSON.stringify(cny('120.00', '1970-01-01T00:00:00Z')) },
      '110.00'
    )
    expect(run.outputs.status).toBe('ok')
    const perDay = run.outputs['spent-per-day'] ?? ''
    const runway = run.outputs['runway-days'] ?? ''
    // Two significant digits at least: 10.00 over about 20 700 days is 0.00048, not 0.00.
    expect(perDay).toMatch(/^0\.000[1-9]\d+$/)
    // runway × rate ≤ 110.00 < (runway + 0.1) × rate, exactly, with the rate as shown.
    const days = parseDecimal(runway)
    const rate = parseDecimal(perDay)
    if (!days || !rate) throw new Error(`not decimals: ${runway}, ${perDay}`)
    expect(days.scale).toBe(1)
    const total = 110n * 10n ** BigInt(days.scale + rate.scale)
    expect(days.units * rate.units <= total).toBe(true)
    expect((days.units + 1n) * rate.units > total).toBe(true)
  })
})
