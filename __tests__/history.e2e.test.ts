// The balance history (the `history` input): a ledger of readings the gate reads, adds its
// reading to and writes back, and the post step adds the end of the job's to. Through the bundle,
// run as the runner runs it, in a temporary workspace (GITHUB_WORKSPACE) with the runner's names
// for the workflow, run, attempt and job. Ledgers are written here with readings at chosen past
// times; the outputs, annotations and the file afterwards are checked exactly.
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import {
  type DeepSeekEmulator,
  type EmulatedResponse,
  simulatedLedger,
  startDeepSeekEmulator
} from '../emulator/deepseek-server.mjs'
import { ACTION_ENTRY, type ActionRun, runAction, runMainThenPost } from '../emulator/runner.mjs'
import { expectKeyOnlyInMask, expectOneCleanError, keyPieces } from './support/action-run.js'
import {
  DAY_MS,
  HOUR_MS,
  type LedgerEntry,
  MINUTE_MS,
  Workspaces,
  account,
  cnyLines,
  ledgerText,
  namesIn,
  readLedger,
  readingLine,
  timeOf,
  totalOf
} from './support/ledgers.js'

const KEY = 'sk-hist0e2e0a1b2c3d4e5f60718293a4b5c'
const LEDGER = 'ledger.jsonl'
const WORKFLOW = 'Nightly evals'
const JOB = 'evals'
const MIB = 1024 * 1024
/** Whether this system can make a named pipe (mkfifo is POSIX; not on Windows). */
const HAS_MKFIFO = spawnSync('mkfifo', ['--version']).error === undefined

const workspaces = new Workspaces()

beforeAll(() => {
  if (!existsSync(ACTION_ENTRY)) throw new Error(`${ACTION_ENTRY} is missing: run npm run bundle`)
})

afterEach(() => workspaces.removeAll())

/** The runner's names for a run of WORKFLOW's job JOB, in `workspace`. */
function runner(workspace: string, runId: string, attempt = '1'): Record<string, string> {
  return {
    GITHUB_WORKSPACE: workspace,
    GITHUB_WORKFLOW: WORKFLOW,
    GITHUB_RUN_ID: runId,
    GITHUB_RUN_ATTEMPT: attempt,
    GITHUB_JOB: JOB
  }
}

/** The source fields the action writes for that run. */
function source(runId: string, step: 'gate' | 'post', attempt = '1'): Partial<LedgerEntry> {
  return { workflow: WORKFLOW, run_id: runId, run_attempt: attempt, job: JOB, step }
}

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

/** The gate with `history: ledger.jsonl` (unless `inputs` says otherwise), against `responses`. */
function gate(
  workspace: string,
  responses: EmulatedResponse[],
  inputs: Record<string, string> = {},
  runId = '1001'
): Promise<ActionRun> {
  return withEmulator({ responses }, emulator =>
    runAction({
      inputs: { 'api-key': KEY, 'base-url': emulator.url, history: LEDGER, ...inputs },
      env: runner(workspace, runId)
    })
  )
}

/** A workspace holding a ledger of CNY readings `[age, total]` (ages from now). */
function workspaceWith(readings: readonly [ageMs: number, cny: string][]): string {
  const workspace = workspaces.create()
  writeFileSync(join(workspace, LEDGER), ledgerText(cnyLines(Date.now(), readings)))
  return workspace
}

const FIGURES = ['status', 'spent-1d', 'spent-7d', 'spent-30d', 'spent-per-day', 'runway-days']

/** The outputs the history sets, with the status: '' when empty or not set. */
function figures(run: ActionRun): Record<string, string> {
  return Object.fromEntries(FIGURES.map(name => [name, run.outputs[name] ?? '']))
}

/** Annotations of a kind, as their text (without `::kind title=…::`). */
function annotated(run: ActionRun, kind: 'notice' | 'warning' | 'error'): string[] {
  return run.stdout
    .split('\n')
    .filter(line => line.startsWith(`::${kind}`))
    .map(line => line.replace(/^::[a-z]+(?: [^:]*)?::/, ''))
}

function expectNoAnnotations(run: ActionRun): void {
  expect(annotated(run, 'notice')).toEqual([])
  expect(annotated(run, 'warning')).toEqual([])
  expect(annotated(run, 'error')).toEqual([])
}

/** The gate's own line in the ledger: its snapshot output, with where it came from. */
function expectOwnReading(entry: LedgerEntry | undefined, run: ActionRun, from: object): void {
  const { workflow, run_id, run_attempt, job, step, ...snapshot } = entry ?? ({} as LedgerEntry)
  expect(snapshot).toEqual(JSON.parse(run.outputs.snapshot ?? ''))
  expect({ workflow, run_id, run_attempt, job, step }).toEqual(from)
}

const sha256 = (path: string): string =>
  createHash('sha256').update(readFileSync(path)).digest('hex')

/** `cents` hundredths as an amount: 90144 -> '901.44'. */
const amount = (cents: number): string => (cents / 100).toFixed(2)

describe('the ledger grows run by run', () => {
  it('first run: no file yet; the gate writes its own reading and sets no window', async () => {
    const workspace = workspaces.create()
    const history = 'cache/deepseek/ledger.jsonl'
    const run = await gate(workspace, [account({ CNY: '110.00' })], {
      history,
      'max-spend-per-day': '5'
    })
    expect(run.exitCode).toBe(0)
    expect(figures(run)).toEqual({
      status: 'ok',
      'spent-1d': '',
      'spent-7d': '',
      'spent-30d': '',
      'spent-per-day': '',
      'runway-days': ''
    })
    // A cap with nothing to count yet passes, and says so.
    expect(annotated(run, 'notice')).toEqual([
      'DeepSeek balance: 110.00 CNY: ok. max-spend-per-day 5 CNY was checked over nothing yet: the history has no earlier CNY reading.'
    ])
    expect(annotated(run, 'warning')).toEqual([])
    expect(run.summary).toContain('- History: cache/deepseek/ledger.jsonl, 1 reading in CNY')
    const path = join(workspace, history)
    expect(readFileSync(path, 'utf8')).toMatch(/^\{[^\n]*\}\n$/)
    const entries = readLedger(path)
    expect(entries).toHaveLength(1)
    expectOwnReading(entries[0], run, source('1001', 'gate'))
    expect(namesIn(join(workspace, 'cache', 'deepseek'))).toEqual([LEDGER])
  })

  it('a growing ledger: each gate adds its reading, and the windows sum the falls', async () => {
    const workspace = workspaces.create()
    const path = join(workspace, LEDGER)
    const runs: ActionRun[] = []
    const inodes: number[] = []
    await withEmulator(
      {
        responses: [account({ CNY: '110.00' })],
        spendPerRequest: { currency: 'CNY', amount: '0.42' }
      },
      async emulator => {
        for (const runId of ['2001', '2002', '2003']) {
          runs.push(
            await runAction({
              inputs: { 'api-key': KEY, 'base-url': emulator.url, history: LEDGER },
              env: runner(workspace, runId)
            })
          )
          inodes.push(statSync(path).ino)
        }
      }
    )
    const [first, second, third] = runs as [ActionRun, ActionRun, ActionRun]
    for (const run of runs) {
      expect(run.exitCode).toBe(0)
      expectNoAnnotations(run)
    }
    expect(figures(first)['spent-1d']).toBe('')
    // Less than a day of history: windows, but no rate yet.
    expect(figures(second)).toEqual({
      status: 'ok',
      'spent-1d': '0.42',
      'spent-7d': '0.42',
      'spent-30d': '0.42',
      'spent-per-day': '',
      'runway-days': ''
    })
    expect(figures(third)).toEqual({
      status: 'ok',
      'spent-1d': '0.84',
      'spent-7d': '0.84',
      'spent-30d': '0.84',
      'spent-per-day': '',
      'runway-days': ''
    })
    expect(third.outputs.message).toMatch(
      /^DeepSeek balance: 109\.16 CNY: ok\. DeepSeek spend in the history: 0\.84 CNY in the last day \(the history covers \d+ s\), 0\.84 CNY in 7 days \(the history covers \d+ s\), 0\.84 CNY in 30 days \(the history covers \d+ s\)\./
    )
    expect(third.summary).toContain(
      '- Per day: no rate yet (a rate needs a history that covers a day, and spend in it)'
    )
    const entries = readLedger(path)
    expect(entries.map(entry => [totalOf(entry), entry.run_id, entry.step])).toEqual([
      ['110.00', '2001', 'gate'],
      ['109.58', '2002', 'gate'],
      ['109.16', '2003', 'gate']
    ])
    expectOwnReading(entries[2], third, source('2003', 'gate'))
    // Written whole and renamed over the old file: a new file each time, never one half written.
    expect(inodes[1]).not.toBe(inodes[0])
    expect(inodes[2]).not.toBe(inodes[1])
    expect(namesIn(workspace)).toEqual([LEDGER])
  })

  it('main then post: the gate and the post step each append a reading of the same job', async () => {
    const workspace = workspaceWith([[2 * DAY_MS, '120.00']])
    const path = join(workspace, LEDGER)
    const { main, post } = await withEmulator(
      {
        responses: [account({ CNY: '110.00' })],
        spendPerRequest: { currency: 'CNY', amount: '0.42' }
      },
      emulator =>
        runMainThenPost({
          inputs: { 'api-key': KEY, 'base-url': emulator.url, history: LEDGER },
          env: runner(workspace, '4001', '2')
        })
    )
    expect(main.exitCode).toBe(0)
    expect(post.exitCode).toBe(0)
    expect(post.stdout).toMatch(
      /^DeepSeek spend during this job: 0\.42 CNY \(110\.00 → 109\.58 over \d+ s\)$/m
    )
    const entries = readLedger(path)
    expect(entries.map(entry => totalOf(entry))).toEqual(['120.00', '110.00', '109.58'])
    expectOwnReading(entries[1], main, source('4001', 'gate', '2'))
    const { workflow, run_id, run_attempt, job, step, gate_checked_at } = entries[2]!
    expect({ workflow, run_id, run_attempt, job, step }).toEqual(source('4001', 'post', '2'))
    // The post step names its gate's reading by its time; the gate's line names none.
    expect(gate_checked_at).toBe(entries[1]!.checked_at)
    expect(entries[1]).not.toHaveProperty('gate_checked_at')
    expect(timeOf(entries[2]!)).toBeGreaterThanOrEqual(timeOf(entries[1]!))
    expectKeyOnlyInMask(main, KEY)
    expectKeyOnlyInMask(post, KEY)
    expect(namesIn(workspace)).toEqual([LEDGER])

    // The next run's summary counts that job: the fall from its gate to its post step.
    const next = await gate(workspace, [account({ CNY: '109.00' })], {}, '4002')
    expect(next.exitCode).toBe(0)
    expect(next.summary).toContain('| Nightly evals | 1 | 0.42 CNY |')
    expect(figures(next)).toEqual({
      status: 'ok',
      'spent-1d': '11.00',
      'spent-7d': '11.00',
      'spent-30d': '11.00',
      'spent-per-day': '5.50',
      'runway-days': '19.8'
    })
  })

  it("two legs of a matrix job: each post step is paired with its own gate by the gate's time", async () => {
    const workspace = workspaces.create()
    const path = join(workspace, LEDGER)
    // Both legs run under the same names (workflow, run, attempt, GITHUB_JOB).
    const step = (cny: string, state?: Record<string, string>): Promise<ActionRun> =>
      withEmulator({ responses: [account({ CNY: cny })] }, emulator =>
        runAction({
          inputs: { 'api-key': KEY, 'base-url': emulator.url, history: LEDGER },
          env: runner(workspace, '8001'),
          ...(state && { state })
        })
      )
    // Leg 1's gate reads 20.00; the account is topped up; leg 2's gate reads 120.00; leg 1
    // ends first.
    const gate1 = await step('20.00')
    const gate2 = await step('120.00')
    const post1 = await step('119.50', gate1.state)
    const post2 = await step('119.00', gate2.state)
    for (const run of [gate1, gate2, post1, post2]) expect(run.exitCode).toBe(0)
    const entries = readLedger(path)
    expect(entries.map(entry => [totalOf(entry), entry.step])).toEqual([
      ['20.00', 'gate'],
      ['120.00', 'gate'],
      ['119.50', 'post'],
      ['119.00', 'post']
    ])
    expect(entries[2]!.gate_checked_at).toBe(entries[0]!.checked_at)
    expect(entries[3]!.gate_checked_at).toBe(entries[1]!.checked_at)
    // The next run counts both legs: leg 1 rose (the top-up), leg 2 spent 1.00. Paired with the
    // latest open gate instead, leg 1 would take leg 2's gate (0.50) and leg 2 leg 1's (none).
    const next = await gate(workspace, [account({ CNY: '119.00' })], {}, '8002')
    expect(next.exitCode).toBe(0)
    expect(next.summary).toContain('| Nightly evals | 2 | 1.00 CNY |')
  })
})

describe('windows', () => {
  it('a top-up inside a window is not negative spend: 100 → 90 → 150 → 140 over 2 days', async () => {
    const workspace = workspaceWith([
      [2 * DAY_MS, '100.00'],
      [1.5 * DAY_MS, '90.00'],
      [0.5 * DAY_MS, '150.00']
    ])
    const run = await gate(workspace, [account({ CNY: '140.00' })])
    expect(run.exitCode).toBe(0)
    expect(figures(run)).toEqual({
      status: 'ok',
      'spent-1d': '10.00',
      'spent-7d': '20.00',
      'spent-30d': '20.00',
      'spent-per-day': '10.00',
      'runway-days': '14.0'
    })
    expectNoAnnotations(run)
    const message = run.outputs.message ?? ''
    expect(message).toMatch(
      /DeepSeek spend in the history: 10\.00 CNY in the last day\b.*, 20\.00 CNY in 7 days \(the history covers 2\.0 days\), 20\.00 CNY in 30 days \(the history covers 2\.0 days\)\./
    )
    expect(message).toContain('At 10.00 CNY a day since ')
    expect(message).toContain(', 140.00 CNY lasts 14.0 more days.')
    expect(message).not.toMatch(/(^|[\s(])-\d/)
    expect(run.stdout).toMatch(
      /^DeepSeek balance in the history \(CNY, 2\.0 days\): [▁▂▃▄▅▆▇█]{2,}$/m
    )
    expect(run.summary.match(/^```mermaid$/gm)).toHaveLength(2)
    expect(run.summary).toContain('| 1 day | 10.00 CNY | all of it |')
    expect(run.summary).toContain('| 7 days | 20.00 CNY | 2.0 days |')
    expect(run.summary).toContain('- Per day: 10.00 CNY over the last 7 days; runway: 14.0 days')
  })

  it('lost entries: across a gap the window starts at the reading before it', async () => {
    // Nothing between 10 days and 2 days ago: the 7-day window reaches back to the reading
    // 10 days ago, and the rate divides by that span.
    const workspace = workspaceWith([
      [10 * DAY_MS, '200.00'],
      [2 * DAY_MS, '150.00'],
      [1.5 * DAY_MS, '140.00']
    ])
    const tenDaysAgo = readLedger(join(workspace, LEDGER))[0]!.checked_at.slice(0, 10)
    const run = await gate(workspace, [account({ CNY: '130.00' })])
    expect(run.exitCode).toBe(0)
    expect(figures(run)).toEqual({
      status: 'ok',
      'spent-1d': '10.00',
      'spent-7d': '70.00',
      'spent-30d': '70.00',
      'spent-per-day': '7.00',
      'runway-days': '18.5'
    })
    expect(run.outputs.message).toMatch(
      /DeepSeek spend in the history: 10\.00 CNY in the last day\b.*, 70\.00 CNY in 7 days\b.*, 70\.00 CNY in 30 days \(the history covers 10\.0 days\)\./
    )
    expect(run.outputs.message).toContain(
      `At 7.00 CNY a day since ${tenDaysAgo}, 130.00 CNY lasts 18.5 more days.`
    )
    expectNoAnnotations(run)
    expect(readLedger(join(workspace, LEDGER)).map(entry => totalOf(entry))).toEqual([
      '200.00',
      '150.00',
      '140.00',
      '130.00'
    ])
  })

  it('a ledger from another account, much higher: the jump down is counted as a fall', async () => {
    const workspace = workspaceWith([
      [2 * DAY_MS, '1000.00'],
      [1.5 * DAY_MS, '1000.00']
    ])
    const run = await gate(workspace, [account({ CNY: '100.00' })])
    expect(run.exitCode).toBe(0)
    expect(figures(run)).toEqual({
      status: 'ok',
      'spent-1d': '900.00',
      'spent-7d': '900.00',
      'spent-30d': '900.00',
      'spent-per-day': '450.00',
      'runway-days': '0.2'
    })
    expectNoAnnotations(run)
    expect(run.stderr).toBe('')
    expect(readLedger(join(workspace, LEDGER)).map(entry => totalOf(entry))).toEqual([
      '1000.00',
      '1000.00',
      '100.00'
    ])
  })

  it('a ledger from another account, much lower: the jump up is a top-up, no spend', async () => {
    const workspace = workspaceWith([
      [2 * DAY_MS, '10.00'],
      [1.5 * DAY_MS, '10.00']
    ])
    const run = await gate(workspace, [account({ CNY: '100.00' })])
    expect(run.exitCode).toBe(0)
    expect(figures(run)).toEqual({
      status: 'ok',
      'spent-1d': '0.00',
      'spent-7d': '0.00',
      'spent-30d': '0.00',
      'spent-per-day': '',
      'runway-days': ''
    })
    expectNoAnnotations(run)
    expect(run.stderr).toBe('')
    expect(run.summary).toContain('- Per day: no rate yet')
  })
})

describe('the daily cap (max-spend-per-day)', () => {
  // 30 h ago 100.00, 20 h ago 97.00, now 95.00: 5.00 in the last day, 4.00 a day over 30 h.
  const fullDay: [number, string][] = [
    [30 * HOUR_MS, '100.00'],
    [20 * HOUR_MS, '97.00']
  ]

  it('at the cap over a full day: passes, with no notice', async () => {
    const run = await gate(workspaceWith(fullDay), [account({ CNY: '95.00' })], {
      'max-spend-per-day': '5'
    })
    expect(run.exitCode).toBe(0)
    expect(figures(run)).toEqual({
      status: 'ok',
      'spent-1d': '5.00',
      'spent-7d': '5.00',
      'spent-30d': '5.00',
      'spent-per-day': '4.00',
      'runway-days': '23.7'
    })
    expect(run.outputs.message).toMatch(
      /DeepSeek spend in the last day\b.*? is 5\.00 CNY, within max-spend-per-day 5 CNY\./
    )
    expectNoAnnotations(run)
  })

  it('over the cap over a full day: fails with over-budget, and still adds its reading', async () => {
    const workspace = workspaceWith(fullDay)
    const run = await gate(workspace, [account({ CNY: '95.00' })], {
      'max-spend-per-day': '4.99'
    })
    expect(run.exitCode).toBe(1)
    expect(figures(run)).toEqual({
      status: 'over-budget',
      'spent-1d': '5.00',
      'spent-7d': '5.00',
      'spent-30d': '5.00',
      'spent-per-day': '4.00',
      'runway-days': '23.7'
    })
    const error = expectOneCleanError(run)
    expect(error).toMatch(
      /^::error title=DeepSeek balance::DeepSeek spend in the last day\b.*? is 5\.00 CNY, above max-spend-per-day 4\.99 CNY\. /
    )
    expect(error).toContain('or raise max-spend-per-day.')
    expect(annotated(run, 'notice')).toEqual([])
    expect(run.summary).toContain('## ❌ DeepSeek spend: over budget')
    const entries = readLedger(join(workspace, LEDGER))
    expect(entries.map(entry => totalOf(entry))).toEqual(['100.00', '97.00', '95.00'])
    expectOwnReading(entries[2], run, source('1001', 'gate'))
  })

  // 6 h of history: 100.00, 98.00, now 97.00: 3.00, a lower bound of the day's spend.
  const partialDay: [number, string][] = [
    [6 * HOUR_MS, '100.00'],
    [3 * HOUR_MS, '98.00']
  ]

  it('at the cap within less than a day: passes with a notice that it is a lower bound', async () => {
    const run = await gate(workspaceWith(partialDay), [account({ CNY: '97.00' })], {
      'max-spend-per-day': '3'
    })
    expect(run.exitCode).toBe(0)
    expect(figures(run)).toEqual({
      status: 'ok',
      'spent-1d': '3.00',
      'spent-7d': '3.00',
      'spent-30d': '3.00',
      'spent-per-day': '',
      'runway-days': ''
    })
    const notices = annotated(run, 'notice')
    expect(notices).toHaveLength(1)
    expect(notices[0]).toMatch(
      /DeepSeek spend in the\b.*?\b6\.0 h\b.*? is 3\.00 CNY, within max-spend-per-day 3 CNY; the history covers less than a day, so that is a lower bound\./
    )
    expect(annotated(run, 'warning')).toEqual([])
    expect(annotated(run, 'error')).toEqual([])
  })

  it('above the cap within less than a day: fails', async () => {
    const run = await gate(workspaceWith(partialDay), [account({ CNY: '97.00' })], {
      'max-spend-per-day': '2.99'
    })
    expect(run.exitCode).toBe(1)
    expect(figures(run).status).toBe('over-budget')
    expect(expectOneCleanError(run)).toMatch(
      /^::error title=DeepSeek balance::DeepSeek spend in the\b.*?\b6\.0 h\b.*? is 3\.00 CNY, above max-spend-per-day 2\.99 CNY\. /
    )
    expect(annotated(run, 'notice')).toEqual([])
  })

  it('without history it is an input error, before any request', async () => {
    const workspace = workspaces.create()
    await withEmulator({ responses: [account({ CNY: '110.00' })] }, async emulator => {
      const run = await runAction({
        inputs: { 'api-key': KEY, 'base-url': emulator.url, 'max-spend-per-day': '5' },
        env: runner(workspace, '1001')
      })
      expect(run.exitCode).toBe(1)
      expect(run.outputs.status).toBe('error')
      expect(expectOneCleanError(run)).toContain(
        "Input 'max-spend-per-day' needs a history to count a day's spend from"
      )
      expect(emulator.requests).toEqual([])
      expectKeyOnlyInMask(run, KEY)
    })
    expect(namesIn(workspace)).toEqual([])
  })
})

describe('a ledger from a cache other workflows write', () => {
  it('garbage lines are skipped and counted in one warning, and dropped when written back', async () => {
    const workspace = workspaces.create()
    const now = Date.now()
    const planted = `Nightly ${KEY}`
    const valid = [
      readingLine(
        now - 2 * DAY_MS,
        { CNY: '100.00' },
        {
          workflow: planted,
          run_id: '900',
          run_attempt: '1',
          job: 'evals',
          step: 'gate'
        }
      ),
      readingLine(
        now - 2 * DAY_MS + 10 * MINUTE_MS,
        { CNY: '99.00' },
        {
          workflow: planted,
          run_id: '900',
          run_attempt: '1',
          job: 'evals',
          step: 'post'
        }
      ),
      readingLine(now - 1.5 * DAY_MS, { CNY: '90.00' }),
      // Written on Windows: the line ends with a carriage return, and is still a reading.
      `${readingLine(now - 0.5 * DAY_MS, { CNY: '85.00' })}\r`
    ]
    const garbage = [
      'not json at all',
      KEY,
      JSON.stringify({ note: `the key is ${KEY}` }),
      '[1,2,3]',
      JSON.stringify({ checked_at: new Date(now - DAY_MS).toISOString(), balance_infos: [] }),
      readingLine(now - DAY_MS, { CNY: '12,50' }),
      // A reading, but longer than any line we write.
      readingLine(now - 1.2 * DAY_MS, { CNY: '95.00' }, { padding: 'x'.repeat(70_000) })
    ]
    const future = readingLine(now + 2 * HOUR_MS, { CNY: '1.00' })
    const text = ledgerText([
      garbage[0]!,
      valid[0]!,
      garbage[1]!,
      valid[1]!,
      '',
      garbage[2]!,
      garbage[3]!,
      '   ',
      valid[2]!,
      garbage[4]!,
      garbage[5]!,
      future,
      garbage[6]!,
      valid[3]!
    ])
    writeFileSync(join(workspace, LEDGER), text)
    const run = await gate(workspace, [account({ CNY: '80.00' })])
    expect(run.exitCode).toBe(0)
    expect(figures(run)).toEqual({
      status: 'ok',
      'spent-1d': '10.00',
      'spent-7d': '20.00',
      'spent-30d': '20.00',
      'spent-per-day': '10.00',
      'runway-days': '8.0'
    })
    // One warning for the lot, with the count.
    const warnings = annotated(run, 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(
      /^In the history ledger\.jsonl, 7 lines are not a reading\b.*\b1 reading is from\b/
    )
    expect(annotated(run, 'error')).toEqual([])
    // The planted workflow's job is counted, under its name as cleaned.
    expect(run.summary).toMatch(/^\| Nightly [^|\n]* \| 1 \| 1\.00 CNY \|$/m)
    expectKeyOnlyInMask(run, KEY)

    // The garbage is gone, the key with it: what is left of it is at most the planted
    // reading's own field, which only that line can carry.
    const written = readFileSync(join(workspace, LEDGER), 'utf8')
    const unplanted = written.split(JSON.stringify(planted)).join('""').toLowerCase()
    expect(keyPieces(KEY).filter(piece => unplanted.includes(piece))).toEqual([])
    const lines = written.split('\n')
    for (const line of garbage) expect(lines).not.toContain(line)
    const entries = readLedger(join(workspace, LEDGER))
    // The reading from after this runner's time is kept for when its time comes, not counted.
    expect(entries.map(entry => totalOf(entry))).toEqual([
      '100.00',
      '99.00',
      '90.00',
      '85.00',
      '80.00',
      '1.00'
    ])
    expect(entries.slice(0, 2).map(entry => [entry.run_id, entry.step])).toEqual([
      ['900', 'gate'],
      ['900', 'post']
    ])
    expectOwnReading(entries[4], run, source('1001', 'gate'))
    expect(keyPieces(KEY).filter(piece => JSON.stringify(entries[4]).includes(piece))).toEqual([])
    expect(written).not.toContain('\r')
    expect(namesIn(workspace)).toEqual([LEDGER])
  })

  it('an oversized file (over 8 MiB) is refused with a warning and left byte for byte', async () => {
    const workspace = workspaces.create()
    const path = join(workspace, LEDGER)
    const line = `${readingLine(Date.now() - DAY_MS, { CNY: '100.00' })}\n`
    const text = line.repeat(Math.ceil((8 * MIB + 1) / line.length))
    writeFileSync(path, text)
    const size = statSync(path).size
    expect(size).toBeGreaterThan(8 * MIB)
    const before = sha256(path)
    const run = await gate(workspace, [account({ CNY: '90.00' })], {}, '5001')
    expect(run.exitCode).toBe(0)
    expect(run.outputs.status).toBe('ok')
    expect(annotated(run, 'warning')).toEqual([
      `The history ledger.jsonl is ${Math.ceil(size / 1024)} KiB, more than the 8 MiB a ledger may be, so it was neither read nor written. Check the history path, or start a new ledger.`
    ])
    expect(annotated(run, 'error')).toEqual([])
    for (const name of ['spent-1d', 'spent-7d', 'spent-30d', 'spent-per-day', 'runway-days']) {
      expect(run.outputs[name]).toBeUndefined()
    }
    expect(run.summary).toContain('- History: ledger.jsonl, not used in this run')
    expect(statSync(path).size).toBe(size)
    expect(sha256(path)).toBe(before)
    expect(namesIn(workspace)).toEqual([LEDGER])
  })

  it('a file of exactly 8 MiB is still read, and written back without its padding', async () => {
    const workspace = workspaces.create()
    const path = join(workspace, LEDGER)
    const readings = ledgerText(
      cnyLines(Date.now(), [
        [2 * DAY_MS, '100.00'],
        [1.5 * DAY_MS, '95.00']
      ])
    )
    // A line of spaces is a blank line: ignored, and not counted as garbage.
    const padding = 8 * MIB - Buffer.byteLength(readings) - 1
    writeFileSync(path, `${readings}${' '.repeat(padding)}\n`)
    expect(statSync(path).size).toBe(8 * MIB)
    const run = await gate(workspace, [account({ CNY: '90.00' })])
    expect(run.exitCode).toBe(0)
    expect(figures(run)).toEqual({
      status: 'ok',
      'spent-1d': '5.00',
      'spent-7d': '10.00',
      'spent-30d': '10.00',
      'spent-per-day': '5.00',
      'runway-days': '18.0'
    })
    expectNoAnnotations(run)
    expect(readLedger(path).map(entry => totalOf(entry))).toEqual(['100.00', '95.00', '90.00'])
    expect(statSync(path).size).toBeLessThan(1024)
  })

  it('a path that names a non-ledger file: a warning, and the file is left untouched', async () => {
    const workspace = workspaces.create()
    const path = join(workspace, 'package.json')
    const text = `${JSON.stringify(
      { name: 'some-project', private: true, scripts: { test: 'jest' } },
      null,
      2
    )}\n`
    writeFileSync(path, text)
    const before = sha256(path)
    const run = await gate(workspace, [account({ CNY: '90.00' })], {
      history: 'package.json',
      'max-spend-per-day': '5'
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.status).toBe('ok')
    const lines = text.split('\n').filter(line => line.trim() !== '').length
    expect(annotated(run, 'warning')).toEqual([
      `The history package.json holds no reading (${lines} lines of something else), so it was left untouched: check the history path.`
    ])
    // The cap could not be checked: the step passes, and says so.
    expect(annotated(run, 'notice')).toEqual([
      'DeepSeek balance: 90.00 CNY: ok. max-spend-per-day 5 was not checked: the history could not be used in this run (see the warning about it).'
    ])
    expect(annotated(run, 'error')).toEqual([])
    expect(sha256(path)).toBe(before)
    expect(namesIn(workspace)).toEqual(['package.json'])
  })

  it('a ledger in another currency, or one that cannot be read, never fails the gate', async () => {
    // USD readings only, and the account is checked in CNY: no earlier CNY reading.
    const other = workspaces.create()
    const now = Date.now()
    writeFileSync(
      join(other, LEDGER),
      ledgerText([
        readingLine(now - 2 * DAY_MS, { USD: '10.00' }),
        readingLine(now - 0.5 * DAY_MS, { USD: '9.00' })
      ])
    )
    const run = await gate(other, [account({ CNY: '100.00' })], { 'max-spend-per-day': '5' })
    expect(run.exitCode).toBe(0)
    expect(figures(run)).toEqual({
      status: 'ok',
      'spent-1d': '',
      'spent-7d': '',
      'spent-30d': '',
      'spent-per-day': '',
      'runway-days': ''
    })
    expect(annotated(run, 'notice')).toEqual([
      'DeepSeek balance: 100.00 CNY: ok. max-spend-per-day 5 CNY was checked over nothing yet: the history has no earlier CNY reading.'
    ])
    expect(annotated(run, 'warning')).toEqual([])
    expect(
      readLedger(join(other, LEDGER)).map(entry => totalOf(entry, 'USD') ?? totalOf(entry))
    ).toEqual(['10.00', '9.00', '100.00'])

    // A folder where the ledger should be: a warning, nothing written, the folder left alone.
    const folder = workspaces.create()
    mkdirSync(join(folder, LEDGER))
    const unreadable = await gate(folder, [account({ CNY: '100.00' })])
    expect(unreadable.exitCode).toBe(0)
    expect(unreadable.outputs.status).toBe('ok')
    expect(annotated(unreadable, 'warning')).toEqual([
      'The history ledger.jsonl could not be read (not a file), so it was neither used nor written.'
    ])
    expect(annotated(unreadable, 'error')).toEqual([])
    expect(statSync(join(folder, LEDGER)).isDirectory()).toBe(true)
    expect(namesIn(join(folder, LEDGER))).toEqual([])
    expect(namesIn(folder)).toEqual([LEDGER])
  })

  it('an oversized file and max-spend-per-day: the cap goes unchecked, and the gate passes with a notice', async () => {
    const workspace = workspaces.create()
    const path = join(workspace, LEDGER)
    writeFileSync(path, '')
    truncateSync(path, 8 * MIB + 1) // sparse: nothing of it written
    const before = sha256(path)
    const run = await gate(workspace, [account({ CNY: '90.00' })], { 'max-spend-per-day': '5' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.status).toBe('ok')
    expect(annotated(run, 'warning')).toEqual([
      `The history ledger.jsonl is ${Math.ceil((8 * MIB + 1) / 1024)} KiB, more than the 8 MiB a ledger may be, so it was neither read nor written. Check the history path, or start a new ledger.`
    ])
    expect(annotated(run, 'notice')).toEqual([
      'DeepSeek balance: 90.00 CNY: ok. max-spend-per-day 5 was not checked: the history could not be used in this run (see the warning about it).'
    ])
    expect(annotated(run, 'error')).toEqual([])
    expect(run.outputs['spent-1d']).toBeUndefined()
    expect(statSync(path).size).toBe(8 * MIB + 1)
    expect(sha256(path)).toBe(before)
    expect(namesIn(workspace)).toEqual([LEDGER])
  })

  // A named pipe is opened only once a writer comes: the step must look before it opens.
  ;(HAS_MKFIFO ? it : it.skip)(
    'a named pipe at the history path: "not a file", never opened, and the gate does not hang',
    async () => {
      const workspace = workspaces.create()
      const path = join(workspace, LEDGER)
      const made = spawnSync('mkfifo', [path], { encoding: 'utf8' })
      expect(made.stderr).toBe('')
      expect(made.status).toBe(0)
      expect(statSync(path).isFIFO()).toBe(true)
      const killAfterMs = 30_000
      const run = await withEmulator({ responses: [account({ CNY: '100.00' })] }, emulator =>
        runAction({
          inputs: {
            'api-key': KEY,
            'base-url': emulator.url,
            history: LEDGER,
            'max-spend-per-day': '5'
          },
          env: runner(workspace, '7001'),
          killAfterMs
        })
      )
      // Killed, it would have no exit code.
      expect(run.exitCode).toBe(0)
      expect(run.elapsedMs).toBeLessThan(killAfterMs)
      expect(run.outputs.status).toBe('ok')
      expect(annotated(run, 'warning')).toEqual([
        'The history ledger.jsonl could not be read (not a file), so it was neither used nor written.'
      ])
      expect(annotated(run, 'notice')).toEqual([
        'DeepSeek balance: 100.00 CNY: ok. max-spend-per-day 5 was not checked: the history could not be used in this run (see the warning about it).'
      ])
      expect(annotated(run, 'error')).toEqual([])
      expect(statSync(path).isFIFO()).toBe(true)
      expect(namesIn(workspace)).toEqual([LEDGER])
    }
  )

  it("readings after the runner's time: up to a day ahead kept for their time, further ahead dropped, none counted", async () => {
    const workspace = workspaces.create()
    const path = join(workspace, LEDGER)
    const now = Date.now()
    // A runner whose clock is ahead wrote these (the gate runs a moment after `now`).
    const soon = readingLine(now + 30 * MINUTE_MS, { CNY: '1.00' })
    const tomorrow = readingLine(now + 23 * HOUR_MS, { CNY: '2.00' })
    const overADay = readingLine(now + 25 * HOUR_MS, { CNY: '3.00' })
    const farOff = readingLine(now + 10 * DAY_MS, { CNY: '4.00' })
    const [older, old] = cnyLines(now, [
      [2 * DAY_MS, '100.00'],
      [1.5 * DAY_MS, '95.00']
    ])
    writeFileSync(path, ledgerText([farOff, older!, tomorrow, old!, soon, overADay]))
    const run = await gate(workspace, [account({ CNY: '90.00' })])
    expect(run.exitCode).toBe(0)
    // Counted over the readings up to now only: 100.00 → 95.00 → 90.00.
    expect(figures(run)).toEqual({
      status: 'ok',
      'spent-1d': '5.00',
      'spent-7d': '10.00',
      'spent-30d': '10.00',
      'spent-per-day': '5.00',
      'runway-days': '18.0'
    })
    const warnings = annotated(run, 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(
      /^In the history ledger\.jsonl, \d+ lines? (is|are) not a reading \(left out, and dropped when the file is written back\); \d+ readings are from after this runner's time \(kept, not counted: a clock is off\)\.$/
    )
    expect(annotated(run, 'error')).toEqual([])
    // Written back: the readings up to now, this run's, then those up to a day ahead, as written.
    const lines = readFileSync(path, 'utf8').split('\n').slice(0, -1)
    expect(lines).toHaveLength(5)
    expect(lines.slice(0, 2)).toEqual([older, old])
    expectOwnReading(JSON.parse(lines[2]!) as LedgerEntry, run, source('1001', 'gate'))
    expect([...lines.slice(3)].sort()).toEqual([soon, tomorrow].sort())
    expect(namesIn(workspace)).toEqual([LEDGER])
  })

  it("other writers' lines are written back as they were; the gate's own line holds CNY and USD only", async () => {
    const workspace = workspaces.create()
    const path = join(workspace, LEDGER)
    const now = Date.now()
    // By hand: fields in another order, spaces, an amount as a number, another currency, a note.
    const byHand = `{"is_available": true, "checked_at": "${new Date(now - 2 * DAY_MS).toISOString()}", "balance_infos": [{"currency": "EUR", "total_balance": "7.00", "granted_balance": "0", "topped_up_balance": "7.00"}, {"currency": "cny", "total_balance": 100, "granted_balance": null, "topped_up_balance": "100"}], "note": "by hand"}`
    const theirs = readingLine(
      now - 1.5 * DAY_MS,
      { CNY: '95.00', USD: '3.00' },
      { workflow: 'Other', run_id: '1', run_attempt: '1', job: 'x', step: 'gate', extra: [1] }
    )
    writeFileSync(path, ledgerText([byHand, theirs]))
    const run = await gate(workspace, [account({ CNY: '90.00', EUR: '5.00', USD: '2.00' })])
    expect(run.exitCode).toBe(0)
    expect(figures(run)).toMatchObject({ 'spent-1d': '5.00', 'spent-7d': '10.00' })
    expectNoAnnotations(run)
    const lines = readFileSync(path, 'utf8').split('\n')
    expect(lines.slice(0, 2)).toEqual([byHand, theirs])
    expect(lines).toHaveLength(4)
    expect(lines[3]).toBe('')
    const own = JSON.parse(lines[2]!) as LedgerEntry
    expect(own.balance_infos.map(row => row.currency)).toEqual(['CNY', 'USD'])
    expect([totalOf(own), totalOf(own, 'USD')]).toEqual(['90.00', '2.00'])
    expect(own).toMatchObject(source('1001', 'gate'))
  })
})

describe('concurrent writers', () => {
  it('two jobs append to copies; the newer copy is restored: the other reading is lost, the windows stay right', async () => {
    // The cache holds one ledger; two jobs restore it, each adds its reading and saves its copy;
    // the next run restores the copy saved last.
    const text = ledgerText(
      cnyLines(Date.now(), [
        [2 * DAY_MS, '120.00'],
        [25 * HOUR_MS, '115.00']
      ])
    )
    const [first, second] = [workspaces.create(), workspaces.create()]
    for (const workspace of [first, second]) writeFileSync(join(workspace, LEDGER), text)
    const a = await gate(first, [account({ CNY: '112.00' })], {}, '3001')
    const b = await gate(second, [account({ CNY: '111.00' })], {}, '3002')
    for (const run of [a, b]) {
      expect(run.exitCode).toBe(0)
      expect(run.outputs['spent-1d']).toBe(run === a ? '3.00' : '4.00')
    }
    const copies = [first, second].map(workspace => readLedger(join(workspace, LEDGER)))
    expect(copies.map(entries => entries.map(entry => entry.run_id ?? ''))).toEqual([
      ['', '', '3001'],
      ['', '', '3002']
    ])
    // The copy written last, as actions/cache would restore it for the next run.
    const newest = [first, second].sort(
      (x, y) =>
        timeOf(readLedger(join(y, LEDGER)).at(-1)!) - timeOf(readLedger(join(x, LEDGER)).at(-1)!)
    )[0]!
    expect(newest).toBe(second)
    const restored = workspaces.create()
    copyFileSync(join(newest, LEDGER), join(restored, LEDGER))
    const c = await gate(restored, [account({ CNY: '110.00' })], {}, '3003')
    expect(c.exitCode).toBe(0)
    // 115 → 111 → 110 in the last day; from 120 over 2 days. Job 3001's reading (112.00) is
    // lost, and so is nothing of the spend: the falls around it add up to the same.
    expect(figures(c)).toEqual({
      status: 'ok',
      'spent-1d': '5.00',
      'spent-7d': '10.00',
      'spent-30d': '10.00',
      'spent-per-day': '5.00',
      'runway-days': '22.0'
    })
    expectNoAnnotations(c)
    const entries = readLedger(join(restored, LEDGER))
    expect(entries.map(entry => [totalOf(entry), entry.run_id ?? ''])).toEqual([
      ['120.00', ''],
      ['115.00', ''],
      ['111.00', '3002'],
      ['110.00', '3003']
    ])
    for (const workspace of [first, second, restored]) {
      expect(namesIn(workspace)).toEqual([LEDGER])
    }
  })
})

describe('the ledger stays bounded', () => {
  it('readings every 15 minutes over 40 days are thinned: all of 7 days, one every 6 hours to 30, one a day to 90', async () => {
    const workspace = workspaces.create()
    const path = join(workspace, LEDGER)
    const now = Date.now()
    // Reading i was taken i × 15 min + 5 min ago, at 900.00 + i × 0.01: the balance falls.
    const at = (i: number): number => now - i * 15 * MINUTE_MS - 5 * MINUTE_MS
    const line = (i: number): string => readingLine(at(i), { CNY: amount(90_000 + i) })
    const perDay = 96
    const steps = [
      ...Array.from({ length: 40 * perDay }, (_, index) => index + 1),
      // A day 60 days ago with several readings, and two older than 90 days.
      ...Array.from({ length: 12 }, (_, index) => 60 * perDay + index),
      95 * perDay,
      120 * perDay
    ]
    writeFileSync(path, ledgerText(steps.map(line)))
    const original = new Map(steps.map(i => [at(i), amount(90_000 + i)]))

    const run = await gate(workspace, [account({ CNY: '900.00' })], {}, '6001')
    expect(run.exitCode).toBe(0)
    expectNoAnnotations(run)
    // Counted on every reading: from reading 96 (a day and 5 min ago), 672 and 2880.
    expect(figures(run)).toEqual({
      status: 'ok',
      'spent-1d': '0.96',
      'spent-7d': '6.72',
      'spent-30d': '28.80',
      'spent-per-day': '0.96',
      'runway-days': '937.5'
    })

    const entries = readLedger(path)
    const own = entries.at(-1)!
    expectOwnReading(own, run, source('6001', 'gate'))
    const checkedAt = timeOf(own)
    const kept = entries.slice(0, -1)
    const age = (time: number): number => checkedAt - time
    // Every line kept is one of the ledger's, unchanged, in order of time.
    for (const entry of kept) expect(totalOf(entry)).toBe(original.get(timeOf(entry)))
    const times = kept.map(timeOf)
    expect(times).toEqual([...times].sort((x, y) => x - y))
    // Every reading of the last 7 days.
    const originalTimes = [...original.keys()].sort((x, y) => x - y)
    expect(times.filter(time => age(time) <= 7 * DAY_MS)).toEqual(
      originalTimes.filter(time => age(time) <= 7 * DAY_MS)
    )
    // Older: at most one every 6 hours (UTC) up to 30 days, one a day up to 90, nothing older.
    const quarterly = (list: readonly number[]): number[] =>
      list.filter(time => age(time) > 7 * DAY_MS && age(time) <= 30 * DAY_MS)
    const daily = (list: readonly number[]): number[] =>
      list.filter(time => age(time) > 30 * DAY_MS && age(time) <= 90 * DAY_MS)
    const quarterOf = (time: number): number => Math.floor(time / (6 * HOUR_MS))
    const dayOf = (time: number): number => Math.floor(time / DAY_MS)
    expect(new Set(quarterly(times).map(quarterOf)).size).toBe(quarterly(times).length)
    expect(new Set(daily(times).map(dayOf)).size).toBe(daily(times).length)
    expect(Math.max(...times.map(age))).toBeLessThanOrEqual(90 * DAY_MS)
    // Thinned, not emptied: each quarter-day and day that had a reading still has its last.
    const lastOfEach = (list: readonly number[], of: (time: number) => number): number[] =>
      list.filter(
        (time, index) => list[index + 1] === undefined || of(list[index + 1]!) !== of(time)
      )
    expect(quarterly(times)).toEqual(lastOfEach(quarterly(originalTimes), quarterOf))
    expect(daily(times)).toEqual(lastOfEach(daily(originalTimes), dayOf))
    expect(kept.length).toBeLessThanOrEqual(7 * perDay + 1 + 93 + 61)
    expect(namesIn(workspace)).toEqual([LEDGER])

    // The next run reads the thinned ledger: each window starts at the newest reading at or
    // before its cutoff and the balance only fell, so it spent that reading's total − now's.
    const next = await gate(workspace, [account({ CNY: '899.90' })], {}, '6002')
    expect(next.exitCode).toBe(0)
    expectNoAnnotations(next)
    const nextAt = timeOf(readLedger(path).at(-1)!)
    const before = entries.map(entry => ({ time: timeOf(entry), cents: toCents(totalOf(entry)) }))
    const windowSpend = (days: number): string => {
      const start = before.filter(entry => entry.time <= nextAt - days * DAY_MS).at(-1)
      return amount((start ?? before[0]!).cents - 89_990)
    }
    expect(figures(next)).toMatchObject({
      'spent-1d': windowSpend(1),
      'spent-7d': windowSpend(7),
      'spent-30d': windowSpend(30)
    })
    expect(windowSpend(1)).toBe('1.06')
  })

  it('thousands of readings within 7 days: the newest 1000 kept, of the rest the last of each hour', async () => {
    const workspace = workspaces.create()
    const path = join(workspace, LEDGER)
    const now = Date.now()
    // A reading every 90 s for 6.25 days, from 1000.00 down by 0.01 each.
    const times = Array.from({ length: 6000 }, (_, i) => now - (6000 - i) * 90_000)
    writeFileSync(
      path,
      ledgerText(times.map((time, i) => readingLine(time, { CNY: amount(100_000 - i) })))
    )
    const run = await gate(workspace, [account({ CNY: '900.00' })], {}, '6101')
    expect(run.exitCode).toBe(0)
    expectNoAnnotations(run)
    // The windows count every reading read: 1000.00 → 900.00.
    expect(run.outputs['spent-7d']).toBe('100.00')
    const kept = readLedger(path).map(timeOf)
    expect(kept.length).toBeLessThanOrEqual(1000 + 169)
    // The newest 1000 are all there, this run's last; of the rest, the last of each hour.
    expect(kept.slice(-1000, -1)).toEqual(times.slice(-999))
    const thinned = kept.slice(0, -1000)
    const hourOf = (time: number): number => Math.floor(time / HOUR_MS)
    const rest = times.slice(0, -999)
    expect(thinned).toEqual(
      rest.filter(
        (time, index) => rest[index + 1] === undefined || hourOf(rest[index + 1]!) !== hourOf(time)
      )
    )
    expect(new Set(thinned.map(hourOf)).size).toBe(thinned.length)
    expect(namesIn(workspace)).toEqual([LEDGER])
  })
})

describe("the emulator's history mode", () => {
  it('a simulated 14-day ledger reads cleanly: charts, windows, the rate, the daily cap', async () => {
    const workspace = workspaces.create()
    const ledger = simulatedLedger({
      days: 14,
      everyHours: 6,
      start: '180.00',
      spendPerDay: '6.40',
      topUp: { daysAgo: 5, amount: '100.00' },
      currency: 'CNY',
      now: new Date()
    })
    writeFileSync(join(workspace, LEDGER), ledger.text)
    expect(ledger.readings).toBe(ledger.text.split('\n').length - 1)
    expect(ledger.balance).toBe('190.40')
    const run = await gate(workspace, [{ json: ledger.json }], {
      'max-spend-per-day': '8',
      'warn-runway-days': '14'
    })
    expect(run.exitCode).toBe(0)
    expectNoAnnotations(run)
    // 14 days at 6.40 a day on average is 89.60, and 100.00 came in: 190.40. The falls around
    // the top-up hide the 2.08 spent between the two readings it lies between.
    expect(figures(run)).toEqual({
      status: 'ok',
      'spent-1d': '5.76',
      'spent-7d': '42.72',
      'spent-30d': '87.52',
      'spent-per-day': '6.10',
      'runway-days': '31.2'
    })
    expect(run.summary.match(/^```mermaid$/gm)).toHaveLength(2)
    expect(run.summary).toMatch(/^\| LLM review \| \d+ \| \d+\.\d\d CNY \|$/m)
    expect(run.summary).toMatch(/^\| Nightly evals \| \d+ \| \d+\.\d\d CNY \|$/m)
    expect(run.outputs.message).toMatch(
      /DeepSeek spend in the last day\b.*? is 5\.76 CNY, within max-spend-per-day 8 CNY\./
    )
  })
})

function toCents(text: string | undefined): number {
  return Math.round(Number(text) * 100)
}
