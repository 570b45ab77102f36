// `npm run check`, the local run the README documents, run as a user runs it: the documented
// command through sh (dash on Debian and Ubuntu, which drops variables named like INPUT_API-KEY),
// against the emulator, with the key in an environment variable or typed at the hidden prompt.
// Also the action itself outside and inside a runner: the key is never printed outside one, not
// even in ::add-mask::, and is masked inside one exactly as before.
import { spawn } from 'node:child_process'
import { delimiter, dirname } from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { type DeepSeekEmulator, startDeepSeekEmulator } from '../emulator/deepseek-server.mjs'
import { ACTION_NODE, runAction } from '../emulator/runner.mjs'
import { keyPieces } from './support/action-run.js'
import { REPO_ROOT } from './support/metadata.js'

const KEY = 'sk-check0123456789abcdef0123456789'

// With ACTION_NODE set (.ci/run's Node 24 pass), npm, the script and dist/ all run on that Node.
const PATH = `${dirname(ACTION_NODE)}${delimiter}${process.env.PATH ?? ''}`

let emulator: DeepSeekEmulator | undefined
afterEach(async () => {
  await emulator?.close()
  emulator = undefined
})

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs `command` with sh -c in the repository, with only the given environment (and PATH, HOME). */
function sh(command: string, env: Record<string, string> = {}): Promise<Run> {
  return collect(
    spawn('sh', ['-c', command], {
      cwd: REPO_ROOT,
      env: { PATH, HOME: process.env.HOME ?? REPO_ROOT, ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
  )
}

function collect(child: ReturnType<typeof spawn>, onStdout?: (text: string) => void): Promise<Run> {
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', chunk => {
    stdout += String(chunk)
    onStdout?.(stdout)
  })
  child.stderr?.on('data', chunk => (stderr += String(chunk)))
  return new Promise(resolve => child.on('close', code => resolve({ code, stdout, stderr })))
}

/** No piece of the key (six characters, any case) anywhere, and no mask line. */
function expectNoKey(run: Run, key = KEY): void {
  const text = `${run.stdout}\n${run.stderr}`.toLowerCase()
  expect(keyPieces(key).filter(piece => text.includes(piece))).toEqual([])
  expect(text).not.toContain('::add-mask::')
}

describe('npm run check, from sh', () => {
  it('checks the balance with the key from DEEPSEEK_API_KEY, and never prints it', async () => {
    emulator = await startDeepSeekEmulator({ apiKey: KEY })
    const run = await sh(
      `npm run check -- --min-balance 5 --currency CNY --base-url ${emulator.url}`,
      { DEEPSEEK_API_KEY: KEY }
    )
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('DeepSeek balance: 110.00 CNY (min-balance 5): ok')
    expect(run.stdout).toMatch(/^status +ok$/m)
    expect(run.stdout).toMatch(/^total-balance +110\.00$/m)
    expect(run.stdout).toContain('## ✅ DeepSeek balance: ok')
    expect(run.stdout).toMatch(/exit code 0\n$/)
    // The main step, then the post step that reports the run's spend.
    expect(emulator.requests).toHaveLength(2)
    expect(run.stdout).toMatch(
      /DeepSeek spend during this job: 0\.00 CNY \(110\.00 → 110\.00 over \d+ s\)/
    )
    expect(emulator.requests[0]?.headers.authorization).toBe(`Bearer ${KEY}`)
    expectNoKey(run)
  })

  it('fails as the step would, with a readable error and no key, when DeepSeek echoes the key', async () => {
    emulator = await startDeepSeekEmulator({ apiKey: 'sk-another-key-entirely', echo: 'full' })
    const run = await sh(
      `npm run check -- --api-key-env MY_DEEPSEEK_KEY --retries 0 --base-url ${emulator.url}`,
      { MY_DEEPSEEK_KEY: KEY }
    )
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^Error: DeepSeek rejected the API key \(HTTP 401/m)
    expect(run.stdout).not.toMatch(/^::/m)
    expect(run.stdout).toMatch(/^status +error$/m)
    expect(emulator.requests).toHaveLength(1)
    expectNoKey(run)
  })

  it('takes the inputs from the flags and the defaults from action.yml, not from the shell', async () => {
    emulator = await startDeepSeekEmulator()
    const run = await sh(
      `npm run --silent check -- --currency=usd --min-balance 6 --base-url ${emulator.url}`,
      { DEEPSEEK_API_KEY: KEY, 'INPUT_MIN-BALANCE': '0', INPUT_CURRENCY: 'CNY' }
    )
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^Error: DeepSeek balance 5\.00 USD is below min-balance 6 USD/m)
    expect(run.stdout).toMatch(/^currency +USD$/m)
    expectNoKey(run)
  })

  it('refuses a key on the command line, before any request and without printing it', async () => {
    emulator = await startDeepSeekEmulator()
    const run = await sh(`npm run --silent check -- --base-url ${emulator.url} --api-key ${KEY}`)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('The key is not taken from the command line')
    expect(emulator.requests).toHaveLength(0)
    expectNoKey(run)
  })

  it('refuses to run without the inputs npm kept for itself (no -- before them)', async () => {
    // What PowerShell's npm shim does to `npm run check -- --min-balance 5`: the `--` is gone.
    emulator = await startDeepSeekEmulator()
    const run = await sh(`npm run --silent check --min-balance 1000 --base-url ${emulator.url}`, {
      DEEPSEEK_API_KEY: KEY
    })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('npm took --base-url, --min-balance for options of its own')
    expect(emulator.requests).toHaveLength(0)
  })

  it('says where the key should be when there is none and no terminal to ask on', async () => {
    emulator = await startDeepSeekEmulator()
    const run = await sh(`npm run --silent check -- --base-url ${emulator.url}`, {
      DEEPSEEK_API_KEY: ''
    })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('No API key: DEEPSEEK_API_KEY is empty.')
    expect(emulator.requests).toHaveLength(0)
  })
})

// `script` (util-linux) gives the command a terminal, as when a person runs it.
const describeOnLinux = process.platform === 'linux' ? describe : describe.skip

describeOnLinux('npm run check, asking for the key on a terminal', () => {
  it('reads the key without echoing it, and checks with it', async () => {
    emulator = await startDeepSeekEmulator({ apiKey: KEY })
    const command = `node scripts/check.mjs --summary false --base-url ${emulator.url}`
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      cwd: REPO_ROOT,
      env: { PATH, HOME: process.env.HOME ?? REPO_ROOT, TERM: 'dumb' },
      stdio: ['pipe', 'pipe', 'pipe']
    })
    let typed = false
    const run = await collect(child, output => {
      // Type only once the prompt is there, i.e. once echo is off.
      if (!typed && output.includes('typing is hidden')) {
        typed = true
        child.stdin?.write(`${KEY}\r`)
      }
    })
    expect(typed).toBe(true)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('DeepSeek balance: 110.00 CNY: ok')
    expect(emulator.requests[0]?.headers.authorization).toBe(`Bearer ${KEY}`)
    expectNoKey(run)
  })
})

describe('the action outside and inside a runner', () => {
  it('prints no ::add-mask:: line, nor the key, when GITHUB_ACTIONS is not true', async () => {
    emulator = await startDeepSeekEmulator({ apiKey: KEY })
    const run = await runAction({
      inputs: { 'api-key': KEY, 'base-url': emulator.url, 'min-balance': '5' },
      env: { GITHUB_ACTIONS: undefined }
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.status).toBe('ok')
    expectNoKey({ code: run.exitCode, stdout: run.stdout, stderr: run.stderr })
  })

  it('masks the key first thing inside a runner', async () => {
    emulator = await startDeepSeekEmulator({ apiKey: KEY })
    const run = await runAction({
      inputs: { 'api-key': KEY, 'base-url': emulator.url, 'min-balance': '5' }
    })
    expect(run.exitCode).toBe(0)
    expect(run.stdout.split('\n')[0]).toBe(`::add-mask::${KEY}`)
  })
})
