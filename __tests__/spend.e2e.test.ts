// What CI spent, through the bundled dist/index.js run as the runner runs it: the main step, its
// saved state (GITHUB_STATE), then the post step with that state as STATE_*; and baselines
// passed between runs.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import {
  type DeepSeekEmulator,
  type EmulatedResponse,
  FUNDED_BALANCE,
  startDeepSeekEmulator
} from '../emulator/deepseek-server.mjs'
import { ACTION_ENTRY, type ActionRun, runAction, runMainThenPost } from '../emulator/runner.mjs'
import { annotations, expectKeyOnlyInMask, expectOneCleanError } from './support/action-run.js'

const KEY = 'sk-spnd0e2e0a1b2c3d4e5f60718293a4b5c'
const DAY_MS = 86_400_000

beforeAll(() => {
  if (!existsSync(ACTION_ENTRY)) throw new Error(`${ACTION_ENTRY} is missing: run npm run bundle`)
})

async function withEmulator<T>(
  options: Parameters<typeof startDeepSeekEmulator>[0],
  use: (emulator: DeepSeekEmulator) => Promise<T>
): Promise<T> {
  const emulator = await startDeepSeekEmulator({ apiKey: KEY, ...options })
  try {
    return await use(emulator)
  } finally {
    await emulator.close()
  }
}

function mainThenPost(
  options: Parameters<typeof startDeepSeekEmulator>[0],
  inputs: Record<string, string> = {}
) {
  return withEmulator(options, async emulator => ({
    emulator,
    ...(await runMainThenPost({ inputs: { 'api-key': KEY, 'base-url': emulator.url, ...inputs } }))
  }))
}

/** A snapshot as an earlier run's `snapshot` output would be. */
function snapshot(ageMs: number, cny: string, usd?: string): string {
  const rows = [
    { currency: 'CNY', total_balance: cny, granted_balance: '0.00', topped_up_balance: cny },
    ...(usd === undefined
      ? []
      : [{ currency: 'USD', total_balance: usd, granted_balance: '0.00', topped_up_balance: usd }])
  ]
  return JSON.stringify({
    checked_at: new Date(Date.now() - ageMs).toISOString(),
    is_available: true,
    balance_infos: rows
  })
}

function account(cny: string, usd?: string): EmulatedResponse {
  return { json: JSON.parse(snapshot(0, cny, usd)) as unknown }
}

const line = (run: ActionRun, start: string): string | undefined =>
  run.stdout.split('\n').find(text => text.startsWith(start))

describe("the job's own spend: main step, then post step", () => {
  it('reports what the job spent in the log and the summary', async () => {
    const { main, post, emulator } = await mainThenPost(
      { spendPerRequest: { currency: 'CNY', amount: '0.42' } },
      { 'min-balance': '5' }
    )
    expect(main.exitCode).toBe(0)
    expect(JSON.parse(main.state.snapshot ?? '')).toMatchObject({ is_available: true })
    expect(main.state.snapshot).toBe(main.outputs.snapshot)
    expect(post.exitCode).toBe(0)
    expect(emulator.requests).toHaveLength(2)
    expect(line(post, 'DeepSeek spend during this job:')).toMatch(
      /^DeepSeek spend during this job: 0\.42 CNY \(110\.00 → 109\.58 over \d+ s\)$/
    )
    expect(post.summary).toContain('### ✅ DeepSeek spend during this job')
    expect(post.summary).toContain('| CNY | 110.00 | 109.58 | 0.42 |')
    expect(post.summary).toContain('includes every other use of the account')
    expect(annotations(post, 'error')).toEqual([])
  })

  it('says "rose by" after a top-up, never "spent -…"', async () => {
    const { post } = await mainThenPost({ spendPerRequest: { currency: 'CNY', amount: '-5.00' } })
    expect(post.exitCode).toBe(0)
    expect(line(post, 'DeepSeek balance rose by')).toMatch(
      /^DeepSeek balance rose by 5\.00 CNY during this job \(110\.00 → 115\.00 over \d+ s\)/
    )
    expect(post.stdout).not.toContain('spent -')
    expect(post.stdout).not.toMatch(/: -\d/)
  })

  it('fails the job when the spend is above max-spend, and passes it when equal', async () => {
    const over = await mainThenPost(
      { spendPerRequest: { currency: 'CNY', amount: '0.42' } },
      { 'max-spend': '0.41' }
    )
    expect(over.main.exitCode).toBe(0)
    expect(over.post.exitCode).toBe(1)
    expect(expectOneCleanError(over.post)).toMatch(
      /DeepSeek spend during this job is 0\.42 CNY, above max-spend 0\.41 CNY/
    )
    const equal = await mainThenPost(
      { spendPerRequest: { currency: 'CNY', amount: '0.42' } },
      { 'max-spend': '0.42' }
    )
    expect(equal.post.exitCode).toBe(0)
    expect(annotations(equal.post, 'error')).toEqual([])
  })

  it('does nothing when the main step read no balance', async () => {
    await withEmulator({ responses: [{ status: 500 }] }, async emulator => {
      const { main, post } = await runMainThenPost({
        inputs: { 'api-key': KEY, 'base-url': emulator.url, retries: '0', 'max-spend': '1' }
      })
      expect(main.exitCode).toBe(1)
      expect(main.state).toEqual({ isPost: 'true' })
      expect(post.exitCode).toBe(0)
      expect(emulator.requests).toHaveLength(1)
      expect(post.stdout.split('\n').filter(text => text && !text.startsWith('::'))).toEqual([])
    })
  })

  it('warns when the post step cannot read the balance, and fails with max-spend', async () => {
    for (const [inputs, exitCode, kind] of [
      [{}, 0, 'warning'],
      [{ 'max-spend': '5' }, 1, 'error']
    ] as const) {
      await withEmulator(
        { responses: [{ json: FUNDED_BALANCE }, { status: 503 }] },
        async emulator => {
          const { post } = await runMainThenPost({
            inputs: { 'api-key': KEY, 'base-url': emulator.url, retries: '0', ...inputs }
          })
          expect(post.exitCode).toBe(exitCode)
          const [found] = annotations(post, kind)
          expect(found).toContain('Could not read the DeepSeek balance at the end of the job')
          if (kind === 'error') expect(found).toContain('so max-spend 5 was not checked')
        }
      )
    }
  })

  it('skips the post step with report-spend false, or with a baseline', async () => {
    const cases: Record<string, string>[] = [
      { 'report-spend': 'false' },
      { baseline: snapshot(60_000, '110.00') }
    ]
    for (const inputs of cases) {
      const { main, post, emulator } = await mainThenPost({}, inputs)
      expect(main.exitCode).toBe(0)
      expect(main.state).toEqual({ isPost: 'true' })
      expect(post.exitCode).toBe(0)
      expect(emulator.requests).toHaveLength(1)
    }
  })

  it('never carries the key through the saved state', async () => {
    const { main, post } = await mainThenPost({
      spendPerRequest: { currency: 'CNY', amount: '0.42' }
    })
    expect(JSON.stringify(main.state).toLowerCase()).not.toContain(KEY.slice(3, 12).toLowerCase())
    expectKeyOnlyInMask(main, KEY)
    expectKeyOnlyInMask(post, KEY)
  })
})

describe('spend against a baseline from an earlier run', () => {
  async function withBaseline(
    baseline: string,
    responses: EmulatedResponse[],
    inputs: Record<string, string> = {}
  ) {
    return withEmulator({ responses }, emulator =>
      runAction({ inputs: { 'api-key': KEY, 'base-url': emulator.url, baseline, ...inputs } })
    )
  }

  it('sets spent per currency, the daily rate and the runway', async () => {
    // 7 days ago 34.10 CNY, now 12.40: 21.70 spent, 3.10 a day, 4.0 days left.
    const run = await withBaseline(snapshot(7 * DAY_MS, '34.10', '5.00'), [account('12.40', '4.5')])
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      spent: '21.70',
      'cny-spent': '21.70',
      'usd-spent': '0.50',
      'spent-per-day': '3.10',
      'runway-days': '4.0',
      status: 'ok'
    })
    expect(run.stdout).toMatch(
      /DeepSeek spend since \d{4}-\d\d-\d\dT[\d:.]+Z: 21\.70 CNY \(34\.10 → 12\.40 over 7\.0 days\)/
    )
    expect(run.summary).toContain('### Spend since the baseline')
  })

  it('warns below warn-runway-days, with status low', async () => {
    const run = await withBaseline(snapshot(7 * DAY_MS, '34.10'), [account('12.40')], {
      'warn-runway-days': '7'
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.status).toBe('low')
    const [warning] = annotations(run, 'warning')
    expect(warning).toMatch(
      /At 3\.10 CNY a day since \d{4}-\d\d-\d\d, 12\.40 CNY lasts 4\.0 more days, below warn-runway-days 7\./
    )
    expect(run.outputs.message).toContain('below warn-runway-days 7')
  })

  it('rounds the runway down', async () => {
    // 10.00 spent over 2 days: 5.00 a day; 24.99 left is 4.998 days, shown as 4.9.
    const run = await withBaseline(snapshot(2 * DAY_MS, '34.99'), [account('24.99')])
    expect(run.outputs).toMatchObject({
      spent: '10.00',
      'spent-per-day': '5.00',
      'runway-days': '4.9'
    })
  })

  it('gives no rate for a baseline under an hour old, and no spent for a missing currency', async () => {
    const young = await withBaseline(snapshot(30 * 60_000, '110.00'), [account('109.00')])
    expect(young.outputs).toMatchObject({ spent: '1.00', 'spent-per-day': '', 'runway-days': '' })
    const usd = await withBaseline(snapshot(DAY_MS, '110.00'), [account('109.00', '5.00')], {
      currency: 'USD'
    })
    expect(usd.outputs).toMatchObject({ spent: '', 'cny-spent': '1.00' })
    expect(usd.outputs).not.toHaveProperty('usd-spent')
  })

  it('fails above max-spend with status over-budget; sufficient still speaks of the balance', async () => {
    const run = await withBaseline(snapshot(DAY_MS, '110.00'), [account('100.00')], {
      'max-spend': '9.99',
      'min-balance': '5'
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ status: 'over-budget', sufficient: 'true', spent: '10.00' })
    expect(expectOneCleanError(run)).toMatch(/is 10\.00 CNY, above max-spend 9\.99 CNY/)
    const equal = await withBaseline(snapshot(DAY_MS, '110.00'), [account('100.00')], {
      'max-spend': '10'
    })
    expect(equal.exitCode).toBe(0)
    expect(equal.outputs.status).toBe('ok')
  })

  it('fails when max-spend cannot be checked: "could not check" never passes a budget', async () => {
    const run = await withBaseline(snapshot(DAY_MS, '110.00'), [account('100.00', '5.00')], {
      'max-spend': '1',
      currency: 'USD'
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('error')
    expect(expectOneCleanError(run)).toContain('max-spend 1 could not be checked')
  })

  it.each([
    ['not JSON', '{"checked_at": ', 'it is not JSON'],
    ['the wrong shape', '{"is_available": true, "balance_infos": []}', 'it has no checked_at'],
    ['a checked_at in the future', snapshot(-10 * 60_000, '1.00'), 'is in the future'],
    [
      'an amount that is not a decimal',
      snapshot(0, 'lots'),
      'its CNY total_balance is not a decimal'
    ]
  ])(
    'refuses a baseline that is %s, naming baseline, before any request',
    async (_name, baseline, what) => {
      await withEmulator({}, async emulator => {
        const run = await runAction({
          inputs: { 'api-key': KEY, 'base-url': emulator.url, baseline }
        })
        expect(run.exitCode).toBe(1)
        const error = expectOneCleanError(run)
        expect(error).toContain("Input 'baseline' must be")
        expect(error).toContain(what)
        expect(emulator.requests).toHaveLength(0)
        expect(run.outputs.status).toBe('error')
      })
    }
  )

  it('never echoes a baseline, which may carry the key', async () => {
    await withEmulator({}, async emulator => {
      const baseline = `{"checked_at": "${KEY}", "note": "::set-output name=x::${KEY}"}`
      const run = await runAction({
        inputs: { 'api-key': KEY, 'base-url': emulator.url, baseline }
      })
      expect(run.exitCode).toBe(1)
      expectKeyOnlyInMask(run, KEY)
      expect(run.stdout).not.toContain('set-output')
    })
  })

  it('refuses max-spend with report-spend false and no baseline', async () => {
    await withEmulator({}, async emulator => {
      const run = await runAction({
        inputs: {
          'api-key': KEY,
          'base-url': emulator.url,
          'max-spend': '1',
          'report-spend': 'false'
        }
      })
      expect(expectOneCleanError(run)).toContain(
        "Input 'max-spend' needs something to measure spend against"
      )
      expect(emulator.requests).toHaveLength(0)
    })
  })
})
