// `npm run demo`: runs the committed dist/index.js against the DeepSeek emulator on 127.0.0.1,
// the way the runner does, and shows what a workflow would see. Needs no key and no `npm ci`.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  FUNDED_BALANCE,
  simulatedLedger,
  startDeepSeekEmulator
} from '../emulator/deepseek-server.mjs'
import { runMainThenPost } from '../emulator/runner.mjs'

const DEMO_KEY = 'sk-demo0000000000000000000000000000'

export const scenarios = [
  {
    title: 'A funded account, gate with min-balance 5 and warn-balance 20',
    responses: [{ json: FUNDED_BALANCE }],
    inputs: { 'min-balance': '5', 'warn-balance': '20' }
  },
  {
    title: 'A low account (CNY 0.50), gate with min-balance 1: the step fails',
    responses: [
      {
        json: {
          is_available: true,
          balance_infos: [
            {
              currency: 'CNY',
              total_balance: '0.50',
              granted_balance: '0.50',
              topped_up_balance: '0.00'
            }
          ]
        }
      }
    ],
    inputs: { 'min-balance': '1' }
  },
  {
    title: 'DeepSeek busy (503, then blank lines before the body): retried, then ok',
    responses: [
      { status: 503, json: { error: { message: 'Server Overloaded' } } },
      { blankLinesMs: 300, json: FUNDED_BALANCE }
    ],
    inputs: { 'min-balance': '5', currency: 'usd' }
  },
  {
    title: 'A job that spends 0.42 CNY, with a job budget of 0.40: the post step fails the job',
    responses: [{ json: FUNDED_BALANCE }],
    spendPerRequest: { currency: 'CNY', amount: '0.42' },
    inputs: { 'min-balance': '5', currency: 'CNY', 'max-spend': '0.40' }
  },
  {
    title: 'A scheduled gate with a 14-day history: chart, runway and a daily cap',
    // The ledger actions/cache would restore: a gate every 6 hours, 6.40 CNY a day, a top-up.
    history: {
      days: 14,
      everyHours: 6,
      start: '180.00',
      spendPerDay: '6.40',
      topUp: { daysAgo: 5, amount: '100.00' },
      currency: 'CNY'
    },
    spendPerRequest: { currency: 'CNY', amount: '0.12' },
    inputs: {
      currency: 'CNY',
      history: 'deepseek-ledger.jsonl',
      'max-spend-per-day': '8',
      'warn-runway-days': '14'
    }
  }
]

// Imported (scripts/preview.mjs runs the same scenarios), it runs none itself.
const asScript = process.argv[1] === fileURLToPath(import.meta.url)
for (const scenario of asScript ? scenarios : []) {
  const workspace = scenario.history && historyWorkspace(scenario)
  const emulator = await startDeepSeekEmulator({
    apiKey: DEMO_KEY,
    responses: workspace?.responses ?? scenario.responses,
    ...(scenario.spendPerRequest && { spendPerRequest: scenario.spendPerRequest })
  })
  try {
    // The main step, then the post step at the end of the job (post-if: always()).
    const { main, post } = await runMainThenPost({
      inputs: { 'api-key': DEMO_KEY, 'base-url': emulator.url, ...scenario.inputs },
      ...(workspace && { env: workspace.env })
    })
    console.log(`\n━━ ${scenario.title}`)
    console.log(`inputs: ${JSON.stringify(scenario.inputs)}`)
    console.log(
      `main step: exit code ${main.exitCode}, ${Math.round(main.elapsedMs)} ms; ` +
        `post step: exit code ${post.exitCode}; ${emulator.requests.length} request(s)`
    )
    console.log('\n── log of the main step (what the runner shows)\n' + visible(main.stdout))
    console.log('\n── outputs (steps.<id>.outputs.*)')
    for (const [name, value] of Object.entries(main.outputs)) console.log(`${name} = ${value}`)
    console.log('\n── job summary (Markdown)\n' + main.summary)
    if (visible(post.stdout)) {
      console.log('── log of the post step\n' + visible(post.stdout))
      console.log('\n── its part of the job summary\n' + post.summary)
    }
    if (workspace) console.log(`── the ledger: ${workspace.readings()}\n`)
  } finally {
    await emulator.close()
    workspace?.remove()
  }
}

/**
 * A workspace holding the scenario's simulated ledger (as actions/cache restores it), the
 * runner's names for the run, and the balance the emulator serves now.
 */
export function historyWorkspace(scenario) {
  const dir = mkdtempSync(join(tmpdir(), 'deepseek-balance-demo-'))
  const path = join(dir, scenario.inputs.history)
  const ledger = simulatedLedger(scenario.history)
  writeFileSync(path, ledger.text)
  const count = () => readFileSync(path, 'utf8').split('\n').filter(Boolean).length
  return {
    responses: [{ json: ledger.json }],
    env: {
      GITHUB_WORKSPACE: dir,
      GITHUB_WORKFLOW: 'DeepSeek runway',
      GITHUB_RUN_ID: '7100',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: 'runway'
    },
    readings: () =>
      `${ledger.readings} readings restored; ${count()} written back by the gate and the post step ` +
      '(every reading of the last 7 days, fewer before that)',
    remove: () => rmSync(dir, { recursive: true, force: true })
  }
}

/** The log as the runner shows it: without debug lines (and masks, which it hides). */
function visible(stdout) {
  return stdout
    .split('\n')
    .filter(line => line && !line.startsWith('::debug::') && !line.startsWith('::add-mask::'))
    .join('\n')
}
