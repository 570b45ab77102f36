// `npm run bench`: the start-up time and peak memory of one run of dist/index.js, next to bare Node
// and a minimal action built from the same libraries, on this machine's Node and on Node 24 (what
// GitHub runs node24 actions with); and how long the action takes to give up on a server that
// never answers or trickles its body. Prints Markdown tables (for CONTRIBUTING.md), writes
// bench/.work/results.json, and exits 1 when a target is missed.
// Environment: BENCH_RUNS, timed rounds per Node (default 30).
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FUNDED_BALANCE, startDeepSeekEmulator } from '../emulator/deepseek-server.mjs'
import { ACTION_ENTRY, parseOutputFile } from '../emulator/runner.mjs'
import * as measure from '../bench/measure.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const WORK = join(ROOT, 'bench', '.work')
const RUNS = measure.positiveInteger('BENCH_RUNS', 30)
const MEMORY_RUNS = 5
const FAULT_RUNS = 3
const KEY = 'sk-bench00000000000000000000000000'
const INPUTS = { 'api-key': KEY, 'min-balance': '5' }

// Guards, held by the scenarios marked `targets`: start-up as a ratio to the minimal action, per
// Node major version, and peak memory on Node 24 (issue "One verdict"); what the largest ledger
// `history` keeps may add to a run of the gate (issue "Balance history").
const MAX_RATIO_TO_MINIMAL = { 20: 0.7, 24: 0.8 }
const MAX_PEAK_RSS_MIB = { 24: 58 }
const MAX_HISTORY_ADDED_MS = 30
const MAX_HISTORY_ADDED_MIB = 8

// Built with ncc first: the yardstick, and the retry constants the fault bounds are made of. ncc
// takes tsconfig.json `paths` (the shims) from the directory it runs in, so the yardstick is built
// in its own, whose tsconfig.json has none.
const MINIMAL = { cwd: 'bench/minimal-action', entry: 'index.ts', out: join(WORK, 'minimal') }
const RETRY = { cwd: '.', entry: 'src/read/retry.ts', out: join(WORK, 'retry') }

// One entry per command measured: `node args`, given INPUTS and `env` as the runner gives them,
// succeeds when `ok(outputs)`. `node` and `minimal` are the yardsticks of every other.
const SCENARIOS = [
  {
    key: 'action',
    label: 'This action, one successful check (`dist/index.js`)',
    args: [ACTION_ENTRY],
    ok: outputs => outputs.status === 'ok',
    targets: true
  },
  {
    key: 'post',
    label: "This action's post step: the job's spend, from the state the main step saved",
    args: [ACTION_ENTRY],
    env: {
      STATE_isPost: 'true',
      STATE_currency: 'CNY',
      STATE_snapshot: JSON.stringify({
        checked_at: new Date(Date.now() - 60_000).toISOString(),
        ...FUNDED_BALANCE
      })
    },
    targets: true
  },
  {
    key: 'history',
    label:
      'The same check with `history`: the largest ledger it keeps, read, extended and written back',
    args: [ACTION_ENTRY],
    inputs: { history: 'ledger.jsonl' },
    ok: outputs => outputs.status === 'ok' && outputs['spent-30d'] !== '',
    ledger: true
  },
  {
    key: 'node',
    label: 'Bare `node -e 0` (the floor of any JavaScript action)',
    args: ['-e', '0']
  },
  {
    key: 'minimal',
    label: 'Minimal action: the same two libraries bundled by ncc, one GET, one output',
    args: [join(MINIMAL.out, 'index.js')],
    ok: outputs => Boolean(outputs.balance)
  }
]

// A server that never answers or trickles its body, under one deadline; once with a retry, so that
// the backoff is part of the bound.
const FAULTS = [
  ['Server never answers', { hang: true }, 0],
  ['Body trickles a space every 200 ms', { trickle: true }, 0],
  ['Server never answers', { hang: true }, 1]
].map(([what, response, retries]) => ({
  label: `${what}, \`timeout: 1000\`, \`retries: ${retries}\``,
  args: [ACTION_ENTRY],
  inputs: { timeout: '1000', retries: String(retries) },
  exitCode: 1,
  ok: outputs => outputs.status === 'error',
  response,
  timeoutMs: 1000,
  retries
}))

/**
 * The largest ledger `history` keeps (src/decide/history.ts): the newest 1000 readings of the last
 * 7 days, one an hour for the rest of those days, one every 6 hours up to 30 days, one a day up
 * to 90; each with CNY and USD rows and where it came from, gate and post step in turn, the
 * balance falling with a top-up now and then.
 */
const LARGEST_LEDGER = (() => {
  const now = Date.now()
  const HOUR = 3_600_000
  const times = [
    ...Array.from({ length: 61 }, (_, i) => now - (90 - i) * 24 * HOUR + 1),
    ...Array.from({ length: 93 }, (_, i) => now - (30 * 24 - 6 * i) * HOUR + 1),
    ...Array.from({ length: 169 }, (_, i) => now - (7 * 24 - i) * HOUR + 1),
    ...Array.from(
      { length: 1000 },
      (_, i) => now - 20 * HOUR + (i + 1) * ((20 * HOUR - 60_000) / 1000)
    )
  ]
  let cny = 5000
  return times
    .map((time, i) => {
      cny = i % 700 === 699 ? cny + 500 : cny - 0.37
      const row = (currency, total) => ({
        currency,
        total_balance: total.toFixed(2),
        granted_balance: '0.00',
        topped_up_balance: total.toFixed(2)
      })
      return JSON.stringify({
        checked_at: new Date(Math.round(time)).toISOString(),
        is_available: true,
        balance_infos: [row('CNY', cny), row('USD', 5)],
        workflow: ['LLM review', 'Nightly translation', 'DeepSeek runway'][i % 3],
        run_id: String(100000 + Math.floor(i / 2)),
        run_attempt: '1',
        job: 'review',
        step: i % 2 === 0 ? 'gate' : 'post'
      })
    })
    .join('\n')
    .concat('\n')
})()

mkdirSync(WORK, { recursive: true })
const machine = measure.describeMachine()
const nodes = measure.runtimes(24)
for (const target of [MINIMAL, RETRY]) build(target)
const retry = await import(join(RETRY.out, 'index.js'))
const files = runnerFiles()
const probe = measure.peakMemoryProbe(join(files.dir, 'maxrss'))
try {
  for (const node of nodes) {
    progress(`${node.name}: ${RUNS} rounds of ${SCENARIOS.length} commands, then memory and faults`)
    node.startup = await measureStartup(node)
    node.faults = []
    for (const fault of FAULTS) node.faults.push(await measureFault(node, fault))
  }
} finally {
  rmSync(files.dir, { recursive: true, force: true })
}
report()

function build({ cwd, entry, out }) {
  progress(`building ${join(cwd, entry)} with ncc`)
  const ncc = spawnSync('npx', ['ncc', 'build', entry, '-o', out, '--no-cache', '--quiet'], {
    cwd: join(ROOT, cwd),
    encoding: 'utf8'
  })
  if (ncc.status !== 0) throw new Error(`ncc build ${entry} failed:\n${ncc.stdout}${ncc.stderr}`)
}

/** (retries + 1) × timeout + the longest backoff the jitter allows + 1 s for start-up. */
function boundMs({ timeoutMs, retries }) {
  let backoffMs = 0
  for (let n = 1; n <= retries; n++) {
    backoffMs +=
      Math.min(retry.BACKOFF_CAP_MS, retry.BACKOFF_BASE_MS * 2 ** (n - 1)) * (1 + retry.JITTER)
  }
  return (retries + 1) * timeoutMs + backoffMs + 1000
}

/** Runs a scenario as the runner would; throws when it did not do what it should. */
async function runScenario(node, scenario, baseUrl, memory) {
  files.reset()
  if (scenario.ledger) writeFileSync(join(files.dir, 'ledger.jsonl'), LARGEST_LEDGER)
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: files.dir,
    RUNNER_TEMP: files.dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_WORKSPACE: files.dir,
    GITHUB_WORKFLOW: 'bench',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'gate',
    ...scenario.env,
    ...memory?.env
  }
  for (const [name, value] of Object.entries({
    ...INPUTS,
    'base-url': baseUrl,
    ...scenario.inputs
  }))
    env[`INPUT_${name.toUpperCase()}`] = value
  const run = await measure.timedRun(node.path, scenario.args, env, memory?.wrap)
  const outputs = parseOutputFile(readFileSync(files.output, 'utf8'))
  if (run.exitCode !== (scenario.exitCode ?? 0) || !(scenario.ok?.(outputs) ?? true)) {
    throw new Error(`${scenario.label} on ${node.name}: exit ${run.exitCode}.\n${run.output}`)
  }
  return run
}

async function measureStartup(node) {
  const emulator = await startDeepSeekEmulator({
    apiKey: KEY,
    responses: [{ json: FUNDED_BALANCE }]
  })
  const times = Object.fromEntries(SCENARIOS.map(({ key }) => [key, []]))
  const peaks = Object.fromEntries(SCENARIOS.map(({ key }) => [key, []]))
  try {
    // Round 0 warms the file cache; each round runs every scenario, in a rotating order.
    for (let round = 0; round <= RUNS; round++) {
      for (const scenario of measure.rotate(SCENARIOS, round)) {
        const run = await runScenario(node, scenario, emulator.url)
        if (round > 0) times[scenario.key].push(run.elapsedMs)
      }
    }
    for (let round = 0; round < MEMORY_RUNS; round++) {
      for (const scenario of measure.rotate(SCENARIOS, round)) {
        await runScenario(node, scenario, emulator.url, probe)
        peaks[scenario.key].push(probe.read())
      }
    }
  } finally {
    await emulator.close()
  }
  // Medians of per-round ratios: the commands of one round ran under the same load.
  const ratio = (key, to) => measure.stats(times[key].map((ms, i) => ms / times[to][i])).median
  // What a scenario adds to the plain check: the median of per-round differences.
  const added = key => measure.stats(times[key].map((ms, i) => ms - times.action[i])).median
  return SCENARIOS.map(scenario => ({
    scenario,
    ...measure.stats(times[scenario.key]),
    addedMs: added(scenario.key),
    toNode: ratio(scenario.key, 'node'),
    toMinimal: ratio(scenario.key, 'minimal'),
    peakMiB: Math.max(...peaks[scenario.key]),
    samples: times[scenario.key]
  }))
}

async function measureFault(node, fault) {
  const emulator = await startDeepSeekEmulator({ apiKey: KEY, responses: [fault.response] })
  try {
    const samples = []
    for (let run = 0; run < FAULT_RUNS; run++) {
      samples.push((await runScenario(node, fault, emulator.url)).elapsedMs)
    }
    return { fault, boundMs: boundMs(fault), ...measure.stats(samples), samples }
  } finally {
    await emulator.close()
  }
}

/** GITHUB_OUTPUT, GITHUB_STATE and GITHUB_STEP_SUMMARY, emptied before each run. */
function runnerFiles() {
  const dir = mkdtempSync(join(os.tmpdir(), 'deepseek-balance-bench-'))
  const output = join(dir, 'output')
  const state = join(dir, 'state')
  const summary = join(dir, 'summary')
  const reset = () => [output, state, summary].forEach(file => writeFileSync(file, ''))
  return { dir, output, state, summary, reset }
}

function report() {
  const load = { before: machine.loadBefore, after: os.loadavg()[0] }
  const busy = Math.max(load.before, load.after) >= machine.cores / 2
  console.log(
    `\n${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB RAM, ${machine.platform}; ` +
      `load average ${load.before.toFixed(2)} before, ${load.after.toFixed(2)} after` +
      `${busy ? ' (busy: the timings are noisy)' : ''}. ${RUNS} rounds per Node, the commands ` +
      'alternating, each timed from spawn to exit; ratios are medians of per-round ratios; peak ' +
      `RSS is the largest of ${MEMORY_RUNS} separate runs (${probe.method}).\n`
  )
  const header = ['Node', 'Command', 'Median', 'p90', '× bare Node', '× minimal action', 'Peak RSS']
  const rows = nodes.flatMap(node =>
    node.startup.map(row => [
      ...[node.name, row.scenario.label, `${row.median.toFixed(1)} ms`, `${row.p90.toFixed(1)} ms`],
      ...[row.toNode.toFixed(2), row.toMinimal.toFixed(2), `${row.peakMiB.toFixed(1)} MiB`]
    ])
  )
  console.log(`${measure.markdownTable(header, rows, 2)}\n`)
  const faultHeader = [
    `Fault case (${FAULT_RUNS} runs each)`,
    'Bound: (retries + 1) × timeout + backoff + 1 s',
    ...nodes.map(node => `${node.name}: median, slowest`)
  ]
  const faultRows = FAULTS.map((fault, i) => [
    ...[fault.label, `${boundMs(fault).toFixed(0)} ms`],
    ...nodes.map(({ faults }) => `${faults[i].median.toFixed(0)}, ${faults[i].max.toFixed(0)} ms`)
  ])
  console.log(`${measure.markdownTable(faultHeader, faultRows)}\n`)

  const targets = nodes
    .flatMap(node => {
      const major = Number(node.name.match(/v(\d+)/)?.[1])
      const maxRatio = MAX_RATIO_TO_MINIMAL[major]
      const maxPeak = MAX_PEAK_RSS_MIB[major]
      const plain = node.startup.find(row => row.scenario.key === 'action')
      const history = node.startup.find(row => row.scenario.key === 'history')
      return [
        ...node.startup
          .filter(row => row.scenario.targets)
          .flatMap(({ scenario, toMinimal, peakMiB }) => [
            ...(maxRatio === undefined
              ? []
              : [
                  [
                    node,
                    toMinimal <= maxRatio,
                    `${scenario.key}: ${toMinimal.toFixed(2)} × the minimal action's start-up (≤ ${maxRatio})`
                  ]
                ]),
            ...(maxPeak === undefined
              ? []
              : [
                  [
                    node,
                    peakMiB <= maxPeak,
                    `${scenario.key}: peak RSS ${peakMiB.toFixed(1)} MiB (≤ ${maxPeak})`
                  ]
                ])
          ]),
        ...(plain && history && major === 24
          ? [
              [
                node,
                history.addedMs <= MAX_HISTORY_ADDED_MS,
                `history: ${history.addedMs.toFixed(1)} ms more than the same check without it (≤ ${MAX_HISTORY_ADDED_MS})`
              ],
              [
                node,
                history.peakMiB - plain.peakMiB <= MAX_HISTORY_ADDED_MIB,
                `history: ${(history.peakMiB - plain.peakMiB).toFixed(1)} MiB more peak RSS (≤ ${MAX_HISTORY_ADDED_MIB})`
              ]
            ]
          : []),
        ...node.faults.map(({ fault, max, boundMs }) => [
          node,
          max <= boundMs,
          `${fault.label}: slowest ${max.toFixed(0)} ms (≤ ${boundMs.toFixed(0)})`
        ])
      ]
    })
    .map(([node, pass, text]) => ({ node: node.name, pass, text }))
  for (const { node, pass, text } of targets)
    console.log(`${pass ? 'PASS' : 'FAIL'}  ${node}: ${text}`)
  const missed = targets.filter(target => !target.pass).length
  console.log(missed ? `\n${missed} target(s) missed` : '\nAll targets met.')

  const file = join(WORK, 'results.json')
  const results = { date: new Date().toISOString(), machine, load, runs: RUNS, probe: probe.method }
  writeFileSync(file, `${JSON.stringify({ ...results, nodes, targets }, null, 2)}\n`)
  console.log(`Results: ${relative(ROOT, file)}`)
  if (missed) process.exitCode = 1
}

function progress(message) {
  console.log(`… ${message}`)
}
