// Outside text stays inert, through the bundled dist/index.js run as the runner runs it: a
// server, a gateway or an echoed input can neither run a workflow command nor carry the key
// into the log, the outputs or the summary.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  type EmulatedResponse,
  FUNDED_BALANCE,
  startDeepSeekEmulator
} from '../emulator/deepseek-server.mjs'
import { ACTION_ENTRY, type ActionRun, runAction } from '../emulator/runner.mjs'
import { annotations, expectKeyOnlyInMask, expectOneCleanError } from './support/action-run.js'
import { asRead, keyPiecesRead } from './support/reading.js'
import { foreignCommands, runnerCommands } from './support/runner-commands.js'

const KEY = 'sk-7f3a9c1e5b2d8f4a6c0e9b7d3f1a5c8e'

beforeAll(() => {
  if (!existsSync(ACTION_ENTRY)) throw new Error(`${ACTION_ENTRY} is missing: run npm run bundle`)
})

async function runAgainst(
  responses: EmulatedResponse[],
  inputs: Record<string, string> = {},
  env: Record<string, string> = {}
): Promise<ActionRun> {
  const emulator = await startDeepSeekEmulator({ responses })
  try {
    return await runAction({
      inputs: { 'api-key': KEY, 'base-url': emulator.url, retries: '0', ...inputs },
      env
    })
  } finally {
    await emulator.close()
  }
}

/** A 401 whose error message is `text`, as a gateway that echoes the key might send. */
function rejecting(message: string, field = 'message'): EmulatedResponse {
  return { status: 401, body: JSON.stringify({ error: { [field]: message } }) }
}

/** No six-character piece of the key anywhere a reader looks, however disguised. */
function expectNoKeyPiece(run: ActionRun): void {
  expectKeyOnlyInMask(run, KEY)
  expect(keyPiecesRead(readable(run), KEY)).toEqual([])
}

/** The log (but the masks), stderr, the outputs file and the summary. */
function readable(run: ActionRun): string {
  const log = run.stdout
    .split('\n')
    .filter(line => !line.startsWith('::add-mask::'))
    .join('\n')
  return [log, run.stderr, ...Object.values(run.outputs), run.summary].join('\n')
}

describe('workflow commands in server text are never run', () => {
  it('a retried 503 whose message carries legacy ##[ commands', async () => {
    const run = await runAgainst(
      [
        {
          status: 503,
          json: { error: { message: 'busy ##[set-output name=x;]pwned ##[stop-commands]tok' } }
        },
        { json: FUNDED_BALANCE }
      ],
      { retries: '1' }
    )
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain(
      'Attempt 1 of 2 failed: DeepSeek had a server error (HTTP 503: busy ## [set-output'
    )
    expect(foreignCommands(run.stdout)).toEqual([])
    expect(run.stdout).not.toContain('##[')
    expect(run.outputs).not.toHaveProperty('x')
  })

  it('line breaks that would put a :: command at the start of a line', async () => {
    const run = await runAgainst(
      [
        {
          status: 503,
          json: {
            error: { message: 'busy\n::stop-commands::tok\r::set-output name=x::y\u2028::error::z' }
          }
        },
        { json: FUNDED_BALANCE }
      ],
      { retries: '1' }
    )
    expect(run.exitCode).toBe(0)
    expect(foreignCommands(run.stdout)).toEqual([])
    expect(runnerCommands(run.stdout).filter(command => command.name === 'error')).toEqual([])
  })
})

describe('the key never leaks in disguise', () => {
  const spread = (separator: string): string => [...KEY].join(separator)
  it.each([
    [
      'a variation selector between every character',
      rejecting(`Your api key ${spread('\uFE0F')} is invalid`)
    ],
    [
      'a combining grapheme joiner between every character',
      rejecting(`Your api key ${spread('\u034F')} is invalid`)
    ],
    [
      'control characters between pieces, in a field other than error.message',
      {
        status: 401,
        body: JSON.stringify({
          detail: `key ${KEY.match(/.{1,5}/g)?.join('\u0001') ?? ''}`
        })
      }
    ],
    [
      'a percent-encoded echo',
      rejecting(
        `invalid key ${[...KEY].map(c => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join('')}`
      )
    ],
    [
      'five-character groups split by spaces',
      rejecting(`key: ${KEY.match(/.{1,5}/g)?.join(' ') ?? ''}`)
    ],
    [
      'full-width letters',
      rejecting(`key: ${[...KEY].map(c => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('')}`)
    ],
    [
      'an HTML-entity echo in a page',
      {
        status: 403,
        headers: { 'content-type': 'text/html' },
        body: `<p>${[...KEY].map(c => `&#${c.charCodeAt(0)};`).join('')}</p>`
      }
    ]
  ])('%s', async (_name, response) => {
    const run = await runAgainst([response])
    expect(run.exitCode).toBe(1)
    expectOneCleanError(run)
    expectNoKeyPiece(run)
  })
})

describe('URLs are shown without credentials, query or fragment', () => {
  it('a base-url with user:password@ is refused without printing the password', async () => {
    const run = await runAction({
      inputs: {
        'api-key': KEY,
        'base-url': 'http://deploy:hunter2secret@127.0.0.1:9/?token=qq1234zz#yyfragzz'
      }
    })
    expect(run.exitCode).toBe(1)
    const error = expectOneCleanError(run)
    expect(error).toContain("Input 'base-url' must be")
    expect(error).toContain('http://127.0.0.1:9')
    for (const secret of ['hunter2secret', 'deploy', 'qq1234zz', 'yyfragzz'])
      expect(asRead(readable(run))).not.toContain(secret)
  })
})

describe('only declared outputs', () => {
  it('rows in other currencies show in balance-infos and the summary, never as outputs', async () => {
    const account = {
      is_available: true,
      balance_infos: [
        ...FUNDED_BALANCE.balance_infos,
        {
          currency: 'EUR',
          total_balance: '7.00',
          granted_balance: '0.00',
          topped_up_balance: '7.00'
        },
        {
          currency: 'ZZZ',
          total_balance: '1.00',
          granted_balance: '0.00',
          topped_up_balance: '1.00'
        }
      ]
    }
    const run = await runAgainst([{ json: account }])
    expect(run.exitCode).toBe(0)
    expect(Object.keys(run.outputs).filter(name => /^(eur|zzz)-/.test(name))).toEqual([])
    expect(run.outputs['balance-infos']).toContain('"currency":"EUR"')
    expect(run.summary).toContain('| EUR | 7.00 |')
  })
})

describe('bounded and clear messages', () => {
  it('an 8,000-character Content-Type gives a short error line', async () => {
    const run = await runAgainst([
      { headers: { 'content-type': `text/${'x'.repeat(8000)}` }, body: '<html>' }
    ])
    const error = expectOneCleanError(run)
    expect(error.length).toBeLessThan(600)
    expect(error).toContain('…')
  })

  it('a redirect to an unparsable Location says so', async () => {
    const run = await runAgainst([{ status: 302, headers: { location: 'http://[bad' } }])
    expect(expectOneCleanError(run)).toContain('redirected to an address that is not a valid URL')
  })

  it('a redirect host with Markdown characters is escaped in the summary', async () => {
    const run = await runAgainst([
      { status: 302, headers: { location: 'http://**evil**.example/user/balance' } }
    ])
    expect(run.exitCode).toBe(1)
    const hint = run.summary.split('\n').find(line => line.startsWith('**What to try:**')) ?? ''
    expect(hint).toContain('\\*\\*evil\\*\\*.example')
    expect(hint.replace('**What to try:**', '')).not.toMatch(/(^|[^\\])\*/)
  })

  it.each([
    ['a directory', (dir: string) => dir],
    ['in a missing directory', (dir: string) => join(dir, 'missing', 'output')]
  ])(
    'a GITHUB_OUTPUT that is %s: the error names the outputs file, after the verdict',
    async (_name, path) => {
      const dir = mkdtempSync(join(tmpdir(), 'deepseek-outputs-'))
      try {
        const run = await runAgainst(
          [{ json: FUNDED_BALANCE }],
          { 'min-balance': '5' },
          { GITHUB_OUTPUT: path(dir) }
        )
        expect(run.exitCode).toBe(1)
        const verdict = run.stdout.indexOf('DeepSeek balance: 110.00 CNY (min-balance 5): ok')
        const error = expectOneCleanError(run)
        expect(verdict).toBeGreaterThanOrEqual(0)
        expect(run.stdout.indexOf(error)).toBeGreaterThan(verdict)
        expect(error).toContain('Could not write the step outputs to the file GITHUB_OUTPUT names')
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    }
  )
})

describe('an unwritable job summary', () => {
  it('is a warning that names the summary file, after the verdict', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deepseek-summary-'))
    try {
      const run = await runAgainst(
        [{ json: FUNDED_BALANCE }],
        { 'min-balance': '5' },
        { GITHUB_STEP_SUMMARY: dir }
      )
      expect(run.exitCode).toBe(0)
      const [warning] = annotations(run, 'warning')
      expect(warning).toContain(
        'Could not write the job summary to the file GITHUB_STEP_SUMMARY names'
      )
      expect(run.stdout.indexOf(warning ?? '')).toBeGreaterThan(
        run.stdout.indexOf('DeepSeek balance: 110.00 CNY')
      )
      expect(run.outputs.status).toBe('ok')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('names and addresses', () => {
  it('an IPv6 literal base-url works', async () => {
    const emulator = await startDeepSeekEmulator({ host: '::1' })
    try {
      const run = await runAction({
        inputs: { 'api-key': KEY, 'base-url': emulator.url, 'min-balance': '5' }
      })
      expect(run.exitCode).toBe(0)
      expect(run.outputs.status).toBe('ok')
      expect(emulator.requests).toHaveLength(1)
    } finally {
      await emulator.close()
    }
  })

  it('a host name that does not resolve says so, and is not retried when the answer is final', async () => {
    const run = await runAction({
      inputs: { 'api-key': KEY, 'base-url': 'http://nothing-here.invalid', retries: '2' }
    })
    const error = expectOneCleanError(run)
    expect(error).toMatch(/the host name nothing-here\.invalid could not be resolved/)
    // ENOTFOUND is final; EAI_AGAIN (a resolver that does not answer) is worth the retries.
    expect(error).toMatch(/\((ENOTFOUND\)\. 1 attempt|EAI_AGAIN.*3 attempts)/)
    expect(annotations(run, 'warning')).toEqual([])
  })
})
