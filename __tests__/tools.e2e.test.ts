// The local tools as a person runs them from a terminal: `npm run check` (scripts/check.mjs) when
// its reader stops early or it is stopped, and the emulator's command line (`npm run emulator`).
// Real processes, a real emulator on 127.0.0.1; waits are for events, never for a fixed time.
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import {
  DEFAULT_PORT,
  FUNDED_BALANCE,
  type DeepSeekEmulator,
  parseEmulatorArguments,
  startDeepSeekEmulator
} from '../emulator/deepseek-server.mjs'
import { ACTION_NODE } from '../emulator/runner.mjs'
import { REPO_ROOT, readRepoFile } from './support/metadata.js'

const KEY = 'sk-tools0123456789abcdef0123456789'

const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

/** A fresh, empty folder to be the child's temporary folder (TMPDIR, and TEMP/TMP on Windows). */
function freshTmp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tools-test-tmp-'))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

async function emulatorWith(options: Parameters<typeof startDeepSeekEmulator>[0]) {
  const emulator = await startDeepSeekEmulator(options)
  cleanups.push(() => emulator.close())
  return emulator
}

/** A promise and the function that settles it. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open = () => {}
  const promise = new Promise<void>(resolve => (open = resolve))
  cleanups.push(() => open())
  return { promise, open }
}

interface Ended {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/** Runs `node script args` in the repository; `onLine` sees each complete stdout line. */
function node(
  args: string[],
  env: Record<string, string>,
  onLine?: (line: string, child: ChildProcess) => void
): { child: ChildProcess; ended: Promise<Ended> } {
  const child = spawn(ACTION_NODE, args, {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? REPO_ROOT, ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  cleanups.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  })
  let stdout = ''
  let stderr = ''
  let seen = 0
  child.stdout?.setEncoding('utf8')
  child.stdout?.on('data', (chunk: string) => {
    stdout += chunk
    const lines = stdout.split('\n')
    for (; seen < lines.length - 1; seen++) onLine?.(lines[seen] ?? '', child)
  })
  child.stderr?.setEncoding('utf8')
  child.stderr?.on('data', (chunk: string) => (stderr += chunk))
  const ended = new Promise<Ended>(resolve =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
  )
  return { child, ended }
}

/**
 * Resolves once `condition` holds, checking every 10 ms (a wait, never a deadline); rejects when
 * `ended` (the process being watched) settles first, so that no check outlives its test.
 */
async function until(condition: () => boolean, ended: Promise<unknown>): Promise<void> {
  let over = false
  void ended.finally(() => (over = true))
  while (!condition()) {
    if (over) throw new Error('the process ended first')
    await new Promise(resolve => setTimeout(resolve, 10))
  }
}

function tmpEnv(dir: string): Record<string, string> {
  return { TMPDIR: dir, TEMP: dir, TMP: dir }
}

const STACK_FRAME = /^\s+at .+/m

describe('npm run check: a reader that stops early', () => {
  it('| head -1: stops quietly with exit code 141, no stack trace, and no temporary folder left', async () => {
    // The post step's reading waits until the reader has gone, so the script certainly writes to
    // the closed pipe (its post step's log at the latest; the main step's verdict is the first line).
    const readerGone = gate()
    const emulator = await emulatorWith({
      apiKey: KEY,
      responses: [{ json: FUNDED_BALANCE }, { json: FUNDED_BALANCE, until: readerGone.promise }]
    })
    const tmp = freshTmp()
    const lines: string[] = []
    const run = node(
      ['scripts/check.mjs', '--base-url', emulator.url],
      { DEEPSEEK_API_KEY: KEY, ...tmpEnv(tmp) },
      (line, child) => {
        lines.push(line)
        if (lines.length !== 1) return
        child.stdout?.destroy() // what `head -1` does after its line: close its end of the pipe
        readerGone.open()
      }
    )
    const ended = await run.ended
    expect(lines[0]).toBe('DeepSeek balance: 110.00 CNY: ok')
    expect(ended.stderr).not.toMatch(STACK_FRAME)
    expect(ended.stderr).not.toContain('EPIPE')
    expect(ended.stderr).toBe('')
    expect({ code: ended.code, signal: ended.signal }).toEqual({ code: 141, signal: null })
    expect(readdirSync(tmp)).toEqual([])
  })

  it('removes its temporary folder after a normal run too, passed or failed', async () => {
    const emulator = await emulatorWith({ apiKey: KEY })
    for (const [minBalance, code] of [
      ['5', 0],
      ['500', 1]
    ] as const) {
      const tmp = freshTmp()
      const ended = await node(
        ['scripts/check.mjs', '--base-url', emulator.url, '--min-balance', minBalance],
        { DEEPSEEK_API_KEY: KEY, ...tmpEnv(tmp) }
      ).ended
      expect(ended.code).toBe(code)
      expect(ended.stdout).toMatch(new RegExp(`exit code ${code}\\n$`))
      expect(readdirSync(tmp)).toEqual([])
    }
  })

  // Windows has no SIGTERM to send: child.kill() there ends the process outright.
  const posixIt = process.platform === 'win32' ? it.skip : it
  posixIt.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
    ['SIGHUP', 129]
  ] as const)(
    'stopped by %s while a step runs: exit code %d, no stack trace, no temporary folder left',
    async (signal, code) => {
      const released = gate()
      const emulator = await emulatorWith({
        apiKey: KEY,
        responses: [{ json: FUNDED_BALANCE, until: released.promise }]
      })
      const tmp = freshTmp()
      const run = node(['scripts/check.mjs', '--base-url', emulator.url], {
        DEEPSEEK_API_KEY: KEY,
        ...tmpEnv(tmp)
      })
      // The main step has asked for the balance: the temporary folder exists, a step is running.
      await until(() => emulator.requests.length === 1, run.ended)
      expect(readdirSync(tmp)).toHaveLength(1)
      run.child.kill(signal)
      const ended = await run.ended
      expect(ended.stderr).not.toMatch(STACK_FRAME)
      expect({ code: ended.code, signal: ended.signal }).toEqual({ code, signal: null })
      expect(readdirSync(tmp)).toEqual([])
    }
  )
})

describe('npm run emulator: the command line', () => {
  const emulatorCli = (args: string[], onLine?: (line: string, child: ChildProcess) => void) =>
    node(['emulator/deepseek-server.mjs', ...args], {}, onLine)

  /** Starts the emulator CLI and resolves with its first line, once it is listening. */
  async function started(args: string[]): Promise<{ line: string; url: string }> {
    let listening = (_line: string) => {}
    const first = new Promise<string>(resolve => (listening = resolve))
    const run = emulatorCli(args, line => listening(line))
    const line = await Promise.race([
      first,
      run.ended.then(ended => {
        throw new Error(`the emulator ended: ${JSON.stringify(ended)}`)
      })
    ])
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+) /.exec(line)?.[1] ?? ''
    return { line, url }
  }

  function get(url: string, key?: string): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = request(
        `${url}/user/balance`,
        { headers: key ? { authorization: `Bearer ${key}` } : {} },
        response => {
          let body = ''
          response.setEncoding('utf8')
          response.on('data', chunk => (body += chunk))
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
        }
      )
      req.on('error', reject)
      req.end()
    })
  }

  it('says plainly when the port is taken, and exits 1 without a stack trace', async () => {
    const taken = await emulatorWith({})
    const ended = await emulatorCli(['--port', String(taken.port)]).ended
    expect(ended.stderr).toBe(
      `port ${taken.port} is in use; pass --port N (another port, or 0 for any free one).\n`
    )
    expect(ended.code).toBe(1)
    expect(ended.stdout).toBe('')
  })

  it('--port 0 takes a free port and prints it; the funded account answers there', async () => {
    const { line, url } = await started(['--port', '0'])
    expect(line).toMatch(/^DeepSeek emulator listening on http:\/\/127\.0\.0\.1:\d+ /)
    expect(url).not.toMatch(/:0$/)
    const answer = await get(url)
    expect(answer.status).toBe(200)
    const balance = JSON.parse(answer.body) as typeof FUNDED_BALANCE
    expect(balance.balance_infos).toEqual(expect.arrayContaining(FUNDED_BALANCE.balance_infos))
  })

  it('--key, --spend: only that key, and each balance lower than the one before', async () => {
    const { url } = await started(['--port=0', '--key', KEY, '--spend', 'CNY:0.42'])
    const totals = async () => {
      const answer = await get(url, KEY)
      const rows = (JSON.parse(answer.body) as typeof FUNDED_BALANCE).balance_infos
      return rows.find(row => row.currency === 'CNY')?.total_balance
    }
    expect(await totals()).toBe('110.00')
    expect(await totals()).toBe('109.58')
    const refused = await get(url, 'sk-other')
    expect(refused.status).toBe(401)
    expect(refused.body).toContain('sk-other')
  })

  it('--overloaded 1 --balance USD:3 --top-up USD:1: a 503 first, then the account given, rising', async () => {
    const { url } = await started([
      ...['--port', '0', '--overloaded', '1'],
      ...['--balance', 'USD:3', '--top-up', 'usd:1']
    ])
    const row = (total: string) => ({
      currency: 'USD',
      total_balance: total,
      granted_balance: '0.00',
      topped_up_balance: total
    })
    expect((await get(url)).status).toBe(503)
    expect(JSON.parse((await get(url)).body)).toEqual({
      is_available: true,
      balance_infos: [row('3')]
    })
    expect(JSON.parse((await get(url)).body)).toEqual({
      is_available: true,
      balance_infos: [row('4')]
    })
  })

  it('--help lists every flag and exits 0; an unknown or malformed flag is a usage error (2)', async () => {
    const help = await emulatorCli(['--help']).ended
    expect(help.code).toBe(0)
    for (const flag of [
      '--port N',
      '--key KEY',
      '--balance CUR:AMOUNT',
      '--spend CUR:AMOUNT',
      '--top-up CUR:AMOUNT',
      '--busy',
      '--overloaded N',
      '--help'
    ])
      expect(help.stdout).toContain(`  ${flag}`)
    for (const [args, message] of [
      [['--bogus'], "Unknown argument '--bogus'."],
      [['8787'], "Unknown argument '8787'."],
      [['--port', 'x'], "--port takes a whole number from 0 to 65535; got 'x'."],
      [['--spend', '0.42'], "--spend takes CURRENCY:AMOUNT, such as CNY:0.42; got '0.42'."]
    ] as const) {
      const ended = await emulatorCli([...args]).ended
      expect(ended.code).toBe(2)
      expect(ended.stderr).toBe(`${message}\nRun 'npm run emulator -- --help' for the options.\n`)
    }
  })

  it('defaults to port 8787, a funded account, any key; --busy keeps the body back', () => {
    expect(parseEmulatorArguments([])).toEqual({
      port: DEFAULT_PORT,
      help: false,
      responses: [{ json: FUNDED_BALANCE }]
    })
    expect(DEFAULT_PORT).toBe(8787)
    expect(parseEmulatorArguments(['--busy']).responses).toEqual([
      { json: FUNDED_BALANCE, blankLinesMs: 2000 }
    ])
  })
})

describe('npm run check: its exit codes are documented', () => {
  it('in the README, "Run it on your machine", and in --help', async () => {
    const readme = readRepoFile('README.md')
    const section = readme.slice(readme.indexOf('## Run it on your machine'))
    const documented = section.slice(0, section.indexOf('\n## ', 1))
    for (const code of ['0', '1', '2', '141'])
      expect(documented).toMatch(new RegExp(`^- \`${code}\`: `, 'm'))
    expect(documented).toMatch(
      /^- `130` or `143`: stopped by Ctrl-C or `SIGTERM` \(`129`: its terminal closed\)\./m
    )
    const help = await node(['scripts/check.mjs', '--help'], {}).ended
    expect(help.stdout).toMatch(/Exit code: 0 the step passed, 1 it failed.*2 a usage error/s)
    expect(help.stdout).toMatch(/141 the output was closed early.*130 or 143/s)
  })
})

describe('npm run demo', () => {
  it('runs as many scenarios as the README says', async () => {
    const ended = await node(['scripts/demo.mjs'], {}).ended
    expect(ended.stderr).toBe('')
    expect(ended.code).toBe(0)
    const titles = ended.stdout.split('\n').filter(line => line.startsWith('\u2501\u2501 '))
    const said = /runs\s+the action (\w+) times the way the runner does/.exec(
      readRepoFile('README.md')
    )
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
    expect(said).not.toBeNull()
    expect(words.indexOf(said?.[1] ?? '')).toBe(titles.length)
  })
})

// Not a timing check: the emulator answers when `until` settles, whatever the machine's speed.
describe('the emulator holds an answer until told', () => {
  it('answers a request only once its `until` promise settles', async () => {
    const released = gate()
    const emulator: DeepSeekEmulator = await emulatorWith({
      responses: [{ json: FUNDED_BALANCE, until: released.promise }]
    })
    let answered = false
    const answer = fetch(`${emulator.url}/user/balance`).then(response => {
      answered = true
      return response.status
    })
    await until(() => emulator.requests.length === 1, answer)
    expect(answered).toBe(false)
    released.open()
    expect(await answer).toBe(200)
  })
})
