// The README's recipes, run as far as they can be without a runner: each `run:` script is taken
// from the README as written and run with bash -e (the runner's default shell on Linux), its
// `env:` filled in with the values the expressions would have, and `gh` and `curl` replaced by
// stand-ins on PATH that record what they were asked to do. jq is the real one, as on a runner.
import { execFile } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import {
  isMap,
  looksLikeWorkflow,
  parseYaml,
  readRepoFile,
  usesThisAction,
  yamlBlocks,
  type YamlMap
} from './support/metadata.js'

const scratch = mkdtempSync(join(tmpdir(), 'recipes-test-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const readme = readRepoFile('README.md')
const blocks = yamlBlocks(readme).filter(block => looksLikeWorkflow(block.text))
const recipes = blocks.map(block => parseYaml(block.text) as YamlMap)

/** The step named `stepName` of the README workflow named `workflowName`. */
function recipeStep(workflowName: string, stepName: string): YamlMap {
  const workflow = recipes.find(doc => doc.name === workflowName)
  if (!workflow) throw new Error(`README.md has no workflow example named '${workflowName}'`)
  const steps = Object.values(isMap(workflow.jobs) ? workflow.jobs : {})
    .filter(isMap)
    .flatMap(job => (Array.isArray(job.steps) ? job.steps.filter(isMap) : []))
  const step = steps.find(candidate => candidate.name === stepName)
  if (!step) throw new Error(`'${workflowName}' in README.md has no step named '${stepName}'`)
  return step
}

/** `env:` with every `${{ expression }}` replaced by its value in `context`. */
function evaluateEnv(step: YamlMap, context: Record<string, string>): Record<string, string> {
  const env = isMap(step.env) ? step.env : {}
  return Object.fromEntries(
    Object.entries(env).map(([name, value]) => [
      name,
      String(value).replace(/\$\{\{\s*([\s\S]*?)\s*\}\}/g, (_, expression: string) => {
        const known = context[expression]
        if (known === undefined) throw new Error(`No test value for \${{ ${expression} }}`)
        return known
      })
    ])
  )
}

const GITHUB = {
  'github.token': 'ghs_test-token',
  'github.repository': 'octo/app',
  'github.server_url': 'https://github.com',
  'github.run_id': '42'
}
const RUN_URL = 'https://github.com/octo/app/actions/runs/42'

// Stand-ins: each records its arguments (and stdin) as one JSON line in $FAKE_LOG. `gh issue list`
// prints $FAKE_OPEN_ISSUE, as the real one prints `.[0].number` (an empty line when none is open).
const fakeBin = join(scratch, 'bin')
const fake = (name: string, body: string): void => {
  const path = join(fakeBin, name)
  writeFileSync(
    path,
    [
      '#!/usr/bin/env node',
      "const { appendFileSync, readFileSync } = require('node:fs')",
      'const args = process.argv.slice(2)',
      body,
      ''
    ].join('\n')
  )
  chmodSync(path, 0o755)
}
mkdirSync(fakeBin)
fake(
  'gh',
  [
    'appendFileSync(process.env.FAKE_LOG, JSON.stringify(["gh", ...args]) + "\\n")',
    "if (args[0] === 'issue' && args[1] === 'list') console.log(process.env.FAKE_OPEN_ISSUE ?? '')"
  ].join('\n')
)
fake(
  'curl',
  [
    "const stdin = args.includes('@-') ? readFileSync(0, 'utf8') : ''",
    'appendFileSync(process.env.FAKE_LOG, JSON.stringify(["curl", ...args, stdin]) + "\\n")'
  ].join('\n')
)

interface ScriptRun {
  code: number | null
  stdout: string
  stderr: string
  calls: string[][]
}

let runs = 0
/** Runs the step's script with bash -e, as the runner does, in an empty working directory. */
async function runStep(
  step: YamlMap,
  env: Record<string, string>,
  extra: Record<string, string> = {}
): Promise<ScriptRun> {
  const dir = join(scratch, `run-${++runs}`)
  mkdirSync(dir)
  const script = join(dir, 'script.sh')
  const log = join(dir, 'calls.log')
  writeFileSync(script, String(step.run))
  writeFileSync(log, '')
  const childEnv = {
    PATH: `${fakeBin}${delimiter}${process.env.PATH ?? ''}`,
    HOME: dir,
    FAKE_LOG: log,
    ...env,
    ...extra
  }
  const result = await new Promise<Omit<ScriptRun, 'calls'>>(resolve => {
    execFile(
      'bash',
      ['--noprofile', '--norc', '-e', '-o', 'pipefail', script],
      { cwd: dir, env: childEnv },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr })
    )
  })
  const calls = readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map(line => JSON.parse(line) as string[])
  return { ...result, calls }
}

describe('Scheduled alert: an issue that opens, follows the balance and closes', () => {
  const step = recipeStep('DeepSeek balance alert', 'Open, update or close the alert issue')
  const envFor = (status: string, total: string, message: string) =>
    evaluateEnv(step, {
      ...GITHUB,
      'steps.balance.outputs.status': status,
      'steps.balance.outputs.total-balance': total,
      'steps.balance.outputs.currency': 'CNY',
      'steps.balance.outputs.message': message
    })
  const low = 'DeepSeek balance 30.00 CNY is below warn-balance 50 CNY. Top up soon.'
  const without = (calls: string[][]) =>
    calls.filter(call => !(call[1] === 'issue' && call[2] === 'list'))

  it('opens a labelled issue when the balance turns low', async () => {
    const result = await runStep(step, envFor('low', '30.00', low), { FAKE_OPEN_ISSUE: '' })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(without(result.calls)).toEqual([
      ['gh', 'label', 'create', 'deepseek-balance', '--color', 'd93f0b', '--force'],
      [
        'gh',
        'issue',
        'create',
        '--title',
        'DeepSeek balance is low: 30.00 CNY',
        '--label',
        'deepseek-balance',
        '--body',
        `${low} Run: ${RUN_URL}`
      ]
    ])
  })

  it('retitles and comments on the open issue while the balance stays short', async () => {
    const message =
      'DeepSeek balance 3.20 CNY is below min-balance 10 CNY. Top up at https://platform.deepseek.com/top_up, or lower min-balance.'
    const result = await runStep(step, envFor('insufficient', '3.20', message), {
      FAKE_OPEN_ISSUE: '7'
    })
    expect(result.code).toBe(0)
    expect(without(result.calls)).toEqual([
      ['gh', 'issue', 'edit', '7', '--title', 'DeepSeek balance is insufficient: 3.20 CNY'],
      ['gh', 'issue', 'comment', '7', '--body', `${message} Run: ${RUN_URL}`]
    ])
  })

  it('closes the open issue once the balance is ok again', async () => {
    const message = 'DeepSeek balance: 110.00 CNY (min-balance 10, warn-balance 50): ok'
    const result = await runStep(step, envFor('ok', '110.00', message), { FAKE_OPEN_ISSUE: '7' })
    expect(result.code).toBe(0)
    expect(without(result.calls)).toEqual([
      ['gh', 'issue', 'close', '7', '--comment', `Back to ok. ${message} Run: ${RUN_URL}`]
    ])
  })

  it('does nothing when the balance is ok and no issue is open', async () => {
    const result = await runStep(step, envFor('ok', '110.00', 'ok'), { FAKE_OPEN_ISSUE: '' })
    expect(result.code).toBe(0)
    expect(without(result.calls)).toEqual([])
    expect(result.calls).toEqual([
      [
        'gh',
        'issue',
        'list',
        '--state',
        'open',
        '--label',
        'deepseek-balance',
        '--json',
        'number',
        '--jq',
        '.[0].number'
      ]
    ])
  })
})

describe('Post to a chat webhook, with the reason', () => {
  const step = recipeStep(
    'DeepSeek balance to chat',
    'Post to Slack, or any webhook that takes a JSON text field'
  )

  it('posts the status and the message as one JSON text, quotes and all, running none of it', async () => {
    // What a hostile or unlucky message could hold: quotes, a command substitution, backticks.
    const message = `DeepSeek rejected the API key (HTTP 401: "Authentication Fails" $(touch pwned) \`touch pwned\`).`
    const env = evaluateEnv(step, {
      ...GITHUB,
      'secrets.CHAT_WEBHOOK_URL': 'https://chat.example/hook',
      'steps.balance.outputs.status': 'error',
      'steps.balance.outputs.message': message
    })
    const result = await runStep(step, env)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.calls).toHaveLength(1)
    const call = result.calls[0] ?? []
    expect(call.slice(0, -1)).toEqual([
      'curl',
      '-fsS',
      '-X',
      'POST',
      '-H',
      'Content-Type: application/json',
      '--data',
      '@-',
      'https://chat.example/hook'
    ])
    expect(JSON.parse(call.at(-1) ?? '')).toEqual({
      text: `DeepSeek balance error: ${message} (${RUN_URL})`
    })
    expect(existsSync(join(scratch, `run-${runs}`, 'pwned'))).toBe(false)
  })
})

describe('Gate an LLM job, and show the balance in a later job', () => {
  it('prints the balance handed over by the gate job', async () => {
    const step = recipeStep('Nightly translation', 'Show the balance')
    const env = evaluateEnv(step, {
      'needs.balance.outputs.status': 'low',
      'needs.balance.outputs.total': '80.00',
      'needs.balance.outputs.currency': 'CNY'
    })
    const result = await runStep(step, env)
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('Starting with 80.00 CNY (low).\n')
  })
})

describe('An account with both CNY and USD', () => {
  it('reads balance-infos as JSON, its quotes intact', async () => {
    const step = recipeStep('Both currencies', 'Show every balance')
    const rows = [
      {
        currency: 'CNY',
        total_balance: '110.00',
        granted_balance: '10.00',
        topped_up_balance: '100.00'
      },
      { currency: 'USD', total_balance: '5.00', granted_balance: '0.00', topped_up_balance: '5.00' }
    ]
    const env = evaluateEnv(step, {
      'steps.cny.outputs.cny-total-balance': '110.00',
      'steps.cny.outputs.usd-total-balance': '',
      'steps.cny.outputs.balance-infos': JSON.stringify(rows)
    })
    const result = await runStep(step, env)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(
      'CNY 110.00, USD none\nCNY: 110.00 (topped up 100.00)\nUSD: 5.00 (topped up 5.00)\n'
    )
  })
})

/** The steps of a README workflow that use this action, by name of the workflow. */
function actionSteps(workflow: YamlMap): YamlMap[] {
  return Object.values(isMap(workflow.jobs) ? workflow.jobs : {})
    .filter(isMap)
    .flatMap(job => (Array.isArray(job.steps) ? job.steps.filter(isMap) : []))
    .filter(step => usesThisAction(step.uses))
}
const input = (step: YamlMap, name: string): unknown =>
  isMap(step.with) ? step.with[name] : undefined
const workflowNamed = (name: string): YamlMap => {
  const found = recipes.find(doc => doc.name === name)
  if (!found) throw new Error(`README.md has no workflow example named '${name}'`)
  return found
}

describe('what each recipe costs in requests', () => {
  // Monitoring jobs spend nothing themselves: a post step would make a second request to report
  // "spend during this job: 0.00" (and, in a gate job, measure the gate, not the job that spends).
  it.each([
    'Nightly translation',
    'DeepSeek balance alert',
    'DeepSeek balance to chat',
    'Both currencies',
    'DeepSeek runway'
  ])("'%s' reads the balance with report-spend: 'false'", name => {
    const steps = actionSteps(workflowNamed(name))
    expect(steps.length).toBeGreaterThan(0)
    for (const step of steps) expect(input(step, 'report-spend')).toBe('false')
  })

  it("the PR-cost recipe's `after` step does not fail a finished review", () => {
    const after = actionSteps(workflowNamed('LLM review cost')).find(step => step.id === 'after')
    expect(after).toBeDefined()
    expect(input(after!, 'fail-on-insufficient')).toBe('false')
    expect(input(after!, 'baseline')).toBe('${{ steps.before.outputs.snapshot }}')
  })

  // A step of this action makes one request, and its post step one more unless it has a
  // `baseline` (which measures in the step itself) or `report-spend: 'false'`.
  const counts = ['zero', 'one', 'two', 'three', 'four', 'five']
  it.each(blocks.map((block, index) => [String(recipes[index]?.name), block] as const))(
    "'%s' says under it what it costs, and the count is right",
    (_, block) => {
      const workflow = parseYaml(block.text) as YamlMap
      const expected = actionSteps(workflow)
        .map(step =>
          input(step, 'baseline') === undefined && input(step, 'report-spend') !== 'false' ? 2 : 1
        )
        .reduce((sum, n) => sum + n, 0)
      // The text from the block's closing fence to the next heading.
      const lines = readme.split(/\r?\n/)
      const closing = block.line + block.text.split('\n').length
      const next = lines.findIndex((line, index) => index > closing && /^#{1,6} /.test(line))
      const below = lines.slice(closing + 1, next === -1 ? undefined : next).join('\n')
      const said = /^(\w+) requests? per run\b/im.exec(below)
      expect(said?.[0]).toBeDefined()
      expect(counts.indexOf((said?.[1] ?? '').toLowerCase())).toBe(expected)
    }
  )
})
