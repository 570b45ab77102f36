// One verdict per step, told the same way in the log, the annotations, `status` and `message`,
// the exit code and the job summary: each case here is a way the run page used to tell two
// stories. Through the bundle, run as the runner runs it.
import { describe, expect, it } from '@jest/globals'
import {
  type DeepSeekEmulator,
  type EmulatedResponse,
  startDeepSeekEmulator
} from '../emulator/deepseek-server.mjs'
import { type ActionRun, runAction, runMainThenPost } from '../emulator/runner.mjs'
import { annotations, expectKeyOnlyInMask, expectOneCleanError } from './support/action-run.js'

const KEY = 'sk-verdict0e2e0a1b2c3d4e5f60718293a4'
const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS

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

function cnyAccount(total: string): EmulatedResponse {
  return {
    json: {
      is_available: true,
      balance_infos: [
        { currency: 'CNY', total_balance: total, granted_balance: '0.00', topped_up_balance: total }
      ]
    }
  }
}

function baseline(ageMs: number, cny: string): string {
  return JSON.stringify({
    checked_at: new Date(Date.now() - ageMs).toISOString(),
    is_available: true,
    balance_infos: [
      { currency: 'CNY', total_balance: cny, granted_balance: '0.00', topped_up_balance: cny }
    ]
  })
}

function gate(total: string, inputs: Record<string, string>, env: Record<string, string> = {}) {
  return withEmulator({ responses: [cnyAccount(total)] }, emulator =>
    runAction({ inputs: { 'api-key': KEY, 'base-url': emulator.url, ...inputs }, env })
  )
}

const notices = (run: ActionRun): string[] =>
  run.stdout.split('\n').filter(line => line.startsWith('::notice'))

/** The sections of a summary, in order, by their `##`/`###` headings. */
const headings = (summary: string): string[] =>
  summary.split('\n').filter(line => /^#{2,3} /.test(line))

describe('status and message tell the same story', () => {
  it('over budget since the baseline: the message leads with the budget and never says ok', async () => {
    const run = await gate('107.90', {
      currency: 'CNY',
      'min-balance': '5',
      baseline: baseline(2 * DAY_MS, '120.00'),
      'max-spend': '10'
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('over-budget')
    const message = run.outputs.message ?? ''
    expect(message).toMatch(/^DeepSeek spend since \S+ is 12\.10 CNY, above max-spend 10 CNY/)
    expect(message).not.toMatch(/\bok\b/)
    // Readable: sentences, not two verdicts glued together.
    expect(message).not.toMatch(/[^.] DeepSeek/)
    expect(expectOneCleanError(run)).toContain('above max-spend 10 CNY')
  })

  it('a short runway: status low, the message leads with the runway and never says ok', async () => {
    const run = await gate('107.90', {
      currency: 'CNY',
      'min-balance': '5',
      baseline: baseline(2 * DAY_MS, '119.58'),
      'warn-runway-days': '30'
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.status).toBe('low')
    const message = run.outputs.message ?? ''
    expect(message).toMatch(/^At 5\.84 CNY a day since \S+, 107\.90 CNY lasts 18\.\d more days/)
    expect(message).not.toMatch(/\bok\b/)
    expect(annotations(run, 'warning')).toHaveLength(1)
    expect(annotations(run, 'error')).toEqual([])
  })

  it('ok says ok, and the message carries the spend since the baseline', async () => {
    const run = await gate('107.90', {
      currency: 'CNY',
      baseline: baseline(2 * DAY_MS, '110.00'),
      'max-spend': '10'
    })
    expect(run.outputs.status).toBe('ok')
    expect(run.outputs.message).toMatch(
      /^DeepSeek balance: 107\.90 CNY: ok\. DeepSeek spend since \S+: 2\.10 CNY/
    )
  })
})

describe('the summary reads top-down', () => {
  it('verdict, balance table, spend with its limits and rate, then the settings', async () => {
    const run = await gate('107.90', {
      currency: 'CNY',
      'min-balance': '5',
      baseline: baseline(2 * DAY_MS, '119.58'),
      'max-spend': '20',
      'warn-runway-days': '7'
    })
    expect(run.outputs.status).toBe('ok')
    const { summary } = run
    expect(headings(summary)).toEqual([
      '## ✅ DeepSeek balance: ok',
      '### Spend since the baseline',
      '### Settings'
    ])
    const table = summary.indexOf('| ▶ | CNY | 107.90 |')
    const spend = summary.indexOf('### Spend since the baseline')
    const settings = summary.indexOf('### Settings')
    expect(table).toBeGreaterThan(0)
    expect(table).toBeLessThan(spend)
    const spendSection = summary.slice(spend, settings)
    expect(spendSection).toContain('| CNY | 119.58 | 107.90 | 11.68 |')
    expect(spendSection).toMatch(/- Baseline: checked at \S+Z, 2\.0 days before this check/)
    expect(spendSection).toMatch(/- Per day: 5\.84 CNY; runway: 18\.\d days/)
    expect(spendSection).toContain('- max-spend: 20 CNY')
    expect(spendSection).toContain('- warn-runway-days: 7')
    expect(summary.slice(settings)).toContain('- min-balance: 5')
  })

  it('a top-up since the baseline is "rose by", nowhere a negative spend', async () => {
    const run = await gate('110.42', {
      currency: 'CNY',
      baseline: baseline(2 * DAY_MS, '110.00')
    })
    expect(run.outputs.status).toBe('ok')
    expect(run.summary).toContain('| CNY | 110.00 | 110.42 | rose by 0.42 |')
    expect(run.summary).not.toContain('-0.42')
    expect(run.stdout).not.toContain('-0.42')
    expect(run.outputs.message).not.toContain('-0.42')
    expect(run.outputs.message).toContain('rose by 0.42 CNY')
  })
})

describe('an input that cannot apply says so', () => {
  it('warn-runway-days without a baseline: one notice, and a line in the summary', async () => {
    const run = await gate('110.00', { currency: 'CNY', 'warn-runway-days': '14' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.status).toBe('ok')
    expect(notices(run)).toHaveLength(1)
    expect(notices(run)[0]).toMatch(/warn-runway-days 14 was not checked: .*baseline/)
    expect(run.summary).toMatch(/warn-runway-days 14 was not checked: .*baseline/)
    expect(annotations(run, 'warning')).toEqual([])
  })

  it('warn-runway-days with a baseline under an hour old: one notice, and a line in the summary', async () => {
    const run = await gate('109.00', {
      currency: 'CNY',
      baseline: baseline(20 * 60_000, '110.00'),
      'warn-runway-days': '14'
    })
    expect(run.outputs.status).toBe('ok')
    expect(run.outputs['runway-days']).toBe('')
    expect(notices(run)).toHaveLength(1)
    expect(notices(run)[0]).toMatch(
      /warn-runway-days 14 was not checked: the baseline is 20 min old/
    )
    expect(run.summary).toMatch(/warn-runway-days 14 was not checked: the baseline is 20 min old/)
  })
})

describe('the post step always tells its verdict', () => {
  it('cannot read the balance under max-spend: fails, says why, and writes it to the summary', async () => {
    await withEmulator(
      { responses: [cnyAccount('110.00'), { status: 401, json: { error: { message: 'no' } } }] },
      async emulator => {
        const { main, post } = await runMainThenPost({
          inputs: { 'api-key': KEY, 'base-url': emulator.url, retries: '0', 'max-spend': '2' }
        })
        expect(main.exitCode).toBe(0)
        expect(post.exitCode).toBe(1)
        const error = expectOneCleanError(post)
        expect(error).toMatch(
          /Could not read the DeepSeek balance at the end of the job, so max-spend 2 was not checked/
        )
        expect(post.summary).toMatch(/^### ❓ DeepSeek spend during this job/m)
        expect(post.summary).toMatch(
          /Could not read the DeepSeek balance at the end of the job, so max-spend 2 was not checked/
        )
        expect(post.summary).toContain('HTTP 401')
      }
    )
  })

  it('cannot read the balance without max-spend: a warning, and the summary says the spend is unknown', async () => {
    await withEmulator(
      { responses: [cnyAccount('110.00'), { status: 401, json: { error: { message: 'no' } } }] },
      async emulator => {
        const { post } = await runMainThenPost({
          inputs: { 'api-key': KEY, 'base-url': emulator.url, retries: '0' }
        })
        expect(post.exitCode).toBe(0)
        expect(annotations(post, 'warning')).toHaveLength(1)
        expect(post.summary).toMatch(/spend is unknown/)
      }
    )
  })
})

describe('our own words are never cleaned', () => {
  it("a key that shares six characters with an input's name leaves the name alone", async () => {
    const key = 'gw-max-spend-0a1b2c3d4e5f60718293'
    const run = await runAction({
      inputs: { 'api-key': key, 'base-url': 'http://127.0.0.1:9', 'max-spend': 'lots' }
    })
    expect(run.exitCode).toBe(1)
    expect(expectOneCleanError(run)).toContain("Input 'max-spend' must be")
    expectKeyOnlyInMask(run, key.slice('gw-max-spend-'.length))
  })
})

describe('an empty api-key', () => {
  it('prints no mask, and exactly one annotation', async () => {
    const run = await runAction({ inputs: { 'api-key': '', 'base-url': 'http://127.0.0.1:9' } })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).not.toContain('::add-mask::')
    expect(
      run.stdout.split('\n').filter(line => /^::(error|warning|notice)/.test(line))
    ).toHaveLength(1)
    expect(expectOneCleanError(run)).toContain("Input 'api-key' is required")
  })
})

describe('a malformed proxy variable', () => {
  it.each([
    ['http://deepseek.test', 'HTTP_PROXY'],
    ['https://deepseek.test', 'https_proxy']
  ])('%s through %s names the variable, not "Invalid URL"', async (baseUrl, variable) => {
    const run = await runAction({
      inputs: { 'api-key': KEY, 'base-url': baseUrl, retries: '0' },
      env: { [variable]: '://nonsense' }
    })
    expect(run.exitCode).toBe(1)
    const error = expectOneCleanError(run)
    expect(error).toContain(variable)
    expect(error).not.toMatch(/unexpectedly|Invalid URL/)
    expect(run.outputs.status).toBe('error')
  })
})
