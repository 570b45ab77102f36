import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  jest
} from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type DeepSeekEmulator, startDeepSeekEmulator } from '../emulator/deepseek-server.mjs'
import { parseOutputFile } from '../emulator/runner.mjs'
import type { Severity } from '../src/decide/verdict.js'
import { run } from '../src/main.js'

// run() in this process, with the real @actions/core writing the runner's files, so that the
// orchestration is measured by coverage too. The end-to-end suites run the same code bundled.
// run() returns the step's severity; only src/index.ts turns it into an exit code.
const KEY = 'sk-main0test0key000000000000000000'
let workDir: string
let summaryPath: string
let stdout: string[]
let emulator: DeepSeekEmulator
const savedEnv = { ...process.env }

beforeAll(() => {
  summaryPath = join(mkdtempSync(join(tmpdir(), 'deepseek-main-summary-')), 'summary')
})

afterAll(() => {
  rmSync(join(summaryPath, '..'), { recursive: true, force: true })
})

beforeEach(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'deepseek-main-'))
  for (const name of Object.keys(process.env))
    if (/^(INPUT_|GITHUB_)|_proxy$/i.test(name)) delete process.env[name]
  process.env.GITHUB_ACTIONS = 'true'
  process.env.GITHUB_OUTPUT = join(workDir, 'output')
  process.env.GITHUB_STATE = join(workDir, 'state')
  process.env.GITHUB_STEP_SUMMARY = summaryPath
  rmSync(summaryPath, { recursive: true, force: true })
  writeFileSync(process.env.GITHUB_OUTPUT, '')
  writeFileSync(process.env.GITHUB_STATE, '')
  writeFileSync(summaryPath, '')
  stdout = []
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    stdout.push(String(chunk))
    return true
  })
  emulator = await startDeepSeekEmulator({ apiKey: KEY })
})

afterEach(async () => {
  jest.restoreAllMocks()
  process.exitCode = undefined
  process.env = { ...savedEnv }
  await emulator.close()
  rmSync(workDir, { recursive: true, force: true })
})

async function runWith(
  inputs: Record<string, string>
): Promise<{ severity: Severity; log: string }> {
  for (const [name, value] of Object.entries(inputs))
    process.env[`INPUT_${name.toUpperCase()}`] = value
  const severity = await run()
  // The exit code is src/index.ts's to set, from the severity: run() leaves it alone.
  expect(process.exitCode).toBeUndefined()
  return { severity, log: stdout.join('') }
}

const outputs = () => parseOutputFile(readFileSync(process.env.GITHUB_OUTPUT ?? '', 'utf8'))
const state = () => parseOutputFile(readFileSync(process.env.GITHUB_STATE ?? '', 'utf8'))
const summary = () => readFileSync(summaryPath, 'utf8')

describe('run', () => {
  it('checks, sets outputs, writes the summary and logs one line', async () => {
    const { severity, log } = await runWith({
      'api-key': KEY,
      'base-url': emulator.url,
      'min-balance': '5'
    })
    expect(severity).toBe('ok')
    expect(log).toContain('DeepSeek balance: 110.00 CNY (min-balance 5): ok\n')
    expect(outputs()).toMatchObject({
      status: 'ok',
      'total-balance': '110.00',
      'usd-total-balance': '5.00'
    })
    expect(summary()).toContain('✅ DeepSeek balance: ok')
  })

  it('fails on a bad input without a request, with status error', async () => {
    const { severity, log } = await runWith({
      'api-key': KEY,
      'base-url': emulator.url,
      retries: 'many'
    })
    expect(severity).toBe('failure')
    expect(log).toContain(
      "::error title=DeepSeek balance::Input 'retries' must be a whole number from 0 to 10; got 'many'."
    )
    expect(emulator.requests).toHaveLength(0)
    expect(outputs()).toEqual({ status: 'error', sufficient: 'false', message: expect.any(String) })
  })

  it('fails with status error when the key is rejected, without printing it', async () => {
    const { severity, log } = await runWith({ 'api-key': 'sk-wrong0key', 'base-url': emulator.url })
    expect(severity).toBe('failure')
    expect(outputs()).toEqual({ status: 'error', sufficient: 'false', message: expect.any(String) })
    expect(log.replace('::add-mask::sk-wrong0key', '')).not.toContain('sk-wrong0key')
    expect(summary()).toContain('could not check')
  })

  it('warns about conflicting thresholds and a low balance, and does not fail', async () => {
    const { severity, log } = await runWith({
      'api-key': KEY,
      'base-url': emulator.url,
      'min-balance': '200',
      'warn-balance': '100',
      'fail-on-insufficient': 'false'
    })
    expect(severity).toBe('warning')
    expect(log).toContain(
      '::warning title=DeepSeek balance::warn-balance 100 is not above min-balance 200'
    )
    expect(log).toContain(
      '::warning title=DeepSeek balance::DeepSeek balance 110.00 CNY is below min-balance 200 CNY.'
    )
    expect(outputs()).toMatchObject({ status: 'insufficient', sufficient: 'false' })
  })

  it('fails on an insufficient balance by default', async () => {
    const { severity, log } = await runWith({
      'api-key': KEY,
      'base-url': emulator.url,
      'min-balance': '200'
    })
    expect(severity).toBe('failure')
    expect(log).toContain(
      '::error title=DeepSeek balance::DeepSeek balance 110.00 CNY is below min-balance 200 CNY.'
    )
    expect(outputs()).toMatchObject({ status: 'insufficient', sufficient: 'false' })
  })

  it('warns on a balance below warn-balance', async () => {
    const { severity, log } = await runWith({
      'api-key': KEY,
      'base-url': emulator.url,
      'warn-balance': '200'
    })
    expect(severity).toBe('warning')
    expect(log).toContain(
      '::warning title=DeepSeek balance::DeepSeek balance 110.00 CNY is below warn-balance 200 CNY.'
    )
    expect(outputs()).toMatchObject({ status: 'low', sufficient: 'true' })
  })

  it('tells a note as a notice without changing the severity', async () => {
    const { severity, log } = await runWith({
      'api-key': KEY,
      'base-url': emulator.url,
      'warn-runway-days': '7'
    })
    expect(severity).toBe('ok')
    expect(log).toContain('::notice title=DeepSeek balance::warn-runway-days 7 was not checked')
    expect(outputs().status).toBe('ok')
  })

  it('saves the balance for the post step, unless a baseline is given or report-spend is false', async () => {
    await runWith({ 'api-key': KEY, 'base-url': emulator.url })
    expect(JSON.parse(state().snapshot ?? '')).toMatchObject({
      is_available: true,
      balance_infos: [{ currency: 'CNY' }, { currency: 'USD' }]
    })
    expect(state().currency).toBe('CNY')

    writeFileSync(process.env.GITHUB_STATE ?? '', '')
    await runWith({ 'report-spend': 'false' })
    expect(state()).toEqual({})

    writeFileSync(process.env.GITHUB_STATE ?? '', '')
    const { severity } = await runWith({
      'report-spend': 'true',
      baseline: outputs().snapshot ?? ''
    })
    expect(severity).toBe('ok')
    expect(state()).toEqual({})
  })

  it('fails when the outputs cannot be written, after telling the verdict', async () => {
    process.env.GITHUB_OUTPUT = workDir // a directory: appending to it fails
    const { severity, log } = await runWith({ 'api-key': KEY, 'base-url': emulator.url })
    expect(severity).toBe('failure')
    const verdictAt = log.indexOf('DeepSeek balance: 110.00 CNY: ok')
    const errorAt = log.indexOf(
      '::error title=DeepSeek balance::Could not write the step outputs to the file GITHUB_OUTPUT names'
    )
    expect(verdictAt).toBeGreaterThanOrEqual(0)
    expect(errorAt).toBeGreaterThan(verdictAt)
    expect(summary()).toContain('✅ DeepSeek balance: ok')
  })

  it('writes no summary with summary: false', async () => {
    const { severity } = await runWith({
      'api-key': KEY,
      'base-url': emulator.url,
      summary: 'false'
    })
    expect(severity).toBe('ok')
    expect(summary()).toBe('')
  })

  it('skips the summary without GITHUB_STEP_SUMMARY, as outside a runner', async () => {
    delete process.env.GITHUB_STEP_SUMMARY
    const { severity, log } = await runWith({ 'api-key': KEY, 'base-url': emulator.url })
    expect(log).toContain('::debug::GITHUB_STEP_SUMMARY is not set: no job summary written.')
    expect(severity).toBe('ok')
  })

  it('warns, and still passes, when the summary cannot be written', async () => {
    rmSync(summaryPath)
    mkdirSync(summaryPath)
    const { severity, log } = await runWith({ 'api-key': KEY, 'base-url': emulator.url })
    expect(severity).toBe('ok')
    expect(log).toContain('::warning title=DeepSeek balance::Could not write the job summary')
    expect(outputs().status).toBe('ok')
  })
})

describe('run outside a runner', () => {
  it('falls back to set-output commands without GITHUB_OUTPUT', async () => {
    delete process.env.GITHUB_OUTPUT
    const { severity, log } = await runWith({ 'api-key': KEY, 'base-url': emulator.url })
    expect(severity).toBe('ok')
    expect(log).toContain('::set-output name=status::ok')
    expect(log).toContain('::set-output name=total-balance::110.00')
  })
})
