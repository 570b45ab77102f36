// `npm run bench`: how long and how much memory one run of dist/index.js costs, next to the floor
// (`node -e 0`) and a minimal action built from the same libraries the same way; and how long
// the action takes to give up on a server that never answers or trickles its body.
// Environment: BENCH_RUNS (timed rounds per command, default 30).
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FUNDED_BALANCE, startDeepSeekEmulator } from '../emulator/deepseek-server.mjs'
import { ACTION_ENTRY, parseOutputFile } from '../emulator/runner.mjs'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const WORK_DIR = join(ROOT, 'bench', '.work')
const MINIMAL_SOURCE = 'bench/minimal-action/index.ts'
const MINIMAL_OUT = 'bench/.work/minimal-action'
const MINIMAL_ENTRY = join(ROOT, MINIMAL_OUT, 'index.js')
const PRELOAD = join(ROOT, 'bench', 'maxrss-preload.mjs')
const GNU_TIME = '/usr/bin/time'

const RUNS = positiveInteger('BENCH_RUNS', 30)
const MEMORY_RUNS = 5
const FAULT_RUNS = 3
const KILL_AFTER_MS = 60_000
const API_KEY = 'sk-bench00000000000000000000000000'

const TARGET_RATIO_TO_MINIMAL = 1.1
const TARGET_RSS_MIB = 64
// Mirrors src/retry.ts: retry n waits BACKOFF_BASE_MS × 2^(n-1), up to +JITTER.
const BACKOFF_BASE_MS = 1000
const BACKOFF_CAP_MS = 16_000
const JITTER = 0.2
const BOUND_SLACK_MS = 1000

const COMMANDS = [
  { key: 'action', label: 'our action (dist/index.js)', args: [ACTION_ENTRY], output: 'status' },
  { key: 'node', label: 'bare node -e 0', args: ['-e', '0'] },
  { key: 'minimal', label: 'minimal action (ncc)', args: [MINIMAL_ENTRY], output: 'balance' }
]

// The same deadline for all; one with a retry to show the backoff counted in the bound.
const FAULTS = [faultCase('hang', 0), faultCase('trickle', 0), faultCase('hang', 1)]

await main()

async function main() {
  mkdirSync(WORK_DIR, { recursive: true })
  const machine = describeMachine()
  console.log(`DeepSeek balance gate benchmark\nmachine: ${machine.line}\n`)
  buildMinimalAction()
  const memory = memoryProbe()
  const runner = createRunnerFiles()
  const emulator = await startDeepSeekEmulator({
    apiKey: API_KEY,
    responses: [{ json: FUNDED_BALANCE }]
  })
  try {
    const env = runnerEnv(runner, {
      'api-key': API_KEY,
      'base-url': emulator.url,
      'min-balance': '5'
    })
    progress(`timing: ${RUNS} rounds of ${COMMANDS.length} commands, alternating, 1 warm-up`)
    const times = await timeCommands(env, runner)
    progress(`memory: ${MEMORY_RUNS} separate runs per command (${memory.method})`)
    const rss = await measureMemory(env, runner, memory)
    progress(`fault cases: ${FAULT_RUNS} runs each`)
    const faults = await measureFaults(runner)
    report({ machine, memory, times, rss, faults })
  } finally {
    await emulator.close()
    runner.remove()
  }
}

function buildMinimalAction() {
  progress(`building ${MINIMAL_SOURCE} with ncc`)
  const started = performance.now()
  const build = spawnSync('npx', ['ncc', 'build', MINIMAL_SOURCE, '-o', MINIMAL_OUT], {
    cwd: ROOT,
    encoding: 'utf8'
  })
  if (build.status !== 0) {
    throw new Error(`ncc build failed (exit ${build.status}):\n${build.stdout}${build.stderr}`)
  }
  progress(`built ${MINIMAL_OUT}/index.js in ${Math.round(performance.now() - started)} ms`)
}

// ---- running one child ------------------------------------------------------------------------

/** The GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, emptied before each run. */
function createRunnerFiles() {
  const dir = mkdtempSync(join(os.tmpdir(), 'deepseek-balance-bench-'))
  const files = {
    dir,
    output: join(dir, 'output'),
    summary: join(dir, 'summary'),
    rss: join(dir, 'maxrss'),
    reset() {
      for (const file of [files.output, files.summary, files.rss]) writeFileSync(file, '')
    },
    outputs: () => parseOutputFile(readFileSync(files.output, 'utf8')),
    remove: () => rmSync(dir, { recursive: true, force: true })
  }
  files.reset()
  return files
}

/** Built from scratch, as emulator/runner.mjs does, so nothing of the calling shell leaks in. */
function runnerEnv(runner, inputs) {
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runner.dir,
    RUNNER_TEMP: runner.dir,
    GITHUB_OUTPUT: runner.output,
    GITHUB_STEP_SUMMARY: runner.summary
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  return env
}

/** Spawns `file args` and times it from spawn to exit; output is collected for the checks. */
function timedSpawn(file, args, env) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    const child = spawn(file, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let elapsedMs = 0
    let exitCode = null
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    const killer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS)
    child.on('error', error => {
      clearTimeout(killer)
      reject(error)
    })
    child.on('exit', code => {
      elapsedMs = Number(process.hrtime.bigint() - started) / 1e6
      exitCode = code
    })
    child.on('close', () => {
      clearTimeout(killer)
      resolve({ exitCode, elapsedMs, stdout, stderr })
    })
  })
}

async function runChecked(command, env, runner, wrap = args => [process.execPath, args]) {
  runner.reset()
  const [file, args] = wrap(command.args)
  const run = await timedSpawn(file, args, env)
  const outputs = runner.outputs()
  if (run.exitCode !== 0 || (command.output && !outputs[command.output])) {
    throw new Error(
      `${command.label} did not succeed (exit ${run.exitCode}); the measurement would be ` +
        `meaningless.\n${run.stdout}${run.stderr}`
    )
  }
  return run
}

// ---- wall time ----------------------------------------------------------------------------------

async function timeCommands(env, runner) {
  const samples = Object.fromEntries(COMMANDS.map(command => [command.key, []]))
  for (let round = 0; round <= RUNS; round++) {
    // Rotating the order keeps "runs right after the other one" from favouring any command.
    for (const command of rotate(COMMANDS, round)) {
      const run = await runChecked(command, env, runner)
      if (round > 0) samples[command.key].push(run.elapsedMs)
    }
  }
  return Object.fromEntries(
    Object.entries(samples).map(([key, values]) => [key, { ...stats(values), samples: values }])
  )
}

// ---- peak memory --------------------------------------------------------------------------------

/**
 * GNU time reads the child's max RSS from the kernel without running code in it. Without it, a
 * preload records process.resourceUsage().maxRSS at exit; that loads the ESM loader, which
 * adds about 3 MiB to `node -e 0` (not to the ESM actions, which load it anyway).
 */
function memoryProbe() {
  const probe = spawnSync(GNU_TIME, ['-f', '%M', process.execPath, '-e', '0'], {
    encoding: 'utf8'
  })
  if (probe.status === 0 && /^\d+$/.test(probe.stderr.trim())) {
    return {
      method: 'GNU time %M',
      wrap: runner => args => [GNU_TIME, ['-f', '%M', '-o', runner.rss, process.execPath, ...args]]
    }
  }
  return {
    method: 'preload writing process.resourceUsage().maxRSS',
    wrap: () => args => [process.execPath, ['--import', PRELOAD, ...args]]
  }
}

async function measureMemory(env, runner, probe) {
  const peaks = Object.fromEntries(COMMANDS.map(command => [command.key, []]))
  const probeEnv = { ...env, BENCH_MAXRSS_FILE: runner.rss }
  for (let round = 0; round < MEMORY_RUNS; round++) {
    for (const command of rotate(COMMANDS, round)) {
      await runChecked(command, probeEnv, runner, probe.wrap(runner))
      const kib = Number(readFileSync(runner.rss, 'utf8').trim())
      if (!(kib > 0)) throw new Error(`no max RSS recorded for ${command.label}`)
      peaks[command.key].push(kib / 1024)
    }
  }
  return Object.fromEntries(
    Object.entries(peaks).map(([key, mib]) => [key, { peakMiB: Math.max(...mib), samplesMiB: mib }])
  )
}

// ---- fault cases --------------------------------------------------------------------------------

function faultCase(kind, retries, timeout = 1000) {
  return {
    label: `${kind}, timeout ${timeout} ms, retries ${retries}`,
    response: { [kind]: true },
    timeout,
    retries
  }
}

async function measureFaults(runner) {
  const results = []
  for (const fault of FAULTS) results.push(await measureFault(fault, runner))
  return results
}

async function measureFault(fault, runner) {
  const emulator = await startDeepSeekEmulator({ apiKey: API_KEY, responses: [fault.response] })
  try {
    const env = runnerEnv(runner, {
      'api-key': API_KEY,
      'base-url': emulator.url,
      'min-balance': '5',
      timeout: String(fault.timeout),
      retries: String(fault.retries)
    })
    const elapsed = []
    for (let run = 0; run < FAULT_RUNS; run++) {
      runner.reset()
      const result = await timedSpawn(process.execPath, [ACTION_ENTRY], env)
      if (result.exitCode !== 1 || runner.outputs().status !== 'error') {
        throw new Error(
          `${fault.label}: expected a failed step with status=error, got exit ` +
            `${result.exitCode}.\n${result.stdout}${result.stderr}`
        )
      }
      elapsed.push(result.elapsedMs)
    }
    const boundMs = faultBoundMs(fault)
    const maxMs = Math.max(...elapsed)
    return { ...fault, boundMs, ...stats(elapsed), maxMs, samples: elapsed, pass: maxMs <= boundMs }
  } finally {
    await emulator.close()
  }
}

/** (retries + 1) × timeout + the longest backoff the jitter allows + 1 s for start-up. */
function faultBoundMs({ timeout, retries }) {
  let backoff = 0
  for (let retry = 1; retry <= retries; retry++) {
    backoff += Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (retry - 1)) * (1 + JITTER)
  }
  return (retries + 1) * timeout + backoff + BOUND_SLACK_MS
}

// ---- report -------------------------------------------------------------------------------------

function report({ machine, memory, times, rss, faults }) {
  const rows = COMMANDS.map(command => ({
    label: command.label,
    ...times[command.key],
    ratioToNode: times[command.key].median / times.node.median,
    ratioToMinimal: times[command.key].median / times.minimal.median,
    peakMiB: rss[command.key].peakMiB
  }))
  const targets = evaluateTargets(times, rss, faults)

  const load = { before: machine.loadBefore, after: os.loadavg()[0] }
  console.log(
    `\nload average (1 min): ${fixed(load.before, 2)} before, ${fixed(load.after, 2)} after`
  )
  if (Math.max(load.before, load.after) >= machine.cores / 2) {
    console.log('WARNING: the machine was busy with other work; the timings are noisy')
  }
  console.log(
    `${RUNS} timed runs per command (spawn to exit), alternating, after 1 warm-up round; ` +
      `peak RSS: max of ${MEMORY_RUNS} separate runs (${memory.method})\n`
  )
  printTable(
    ['command', 'median ms', 'p90 ms', 'min ms', '× bare node', '× minimal', 'peak RSS MiB'],
    rows.map(row => [
      row.label,
      fixed(row.median, 1),
      fixed(row.p90, 1),
      fixed(row.min, 1),
      fixed(row.ratioToNode, 2),
      fixed(row.ratioToMinimal, 2),
      fixed(row.peakMiB, 1)
    ])
  )
  const ownMs = times.action.median - times.minimal.median
  console.log(`\nour action − minimal action (medians): ${signed(ownMs)} ms`)
  // Both ran in the same round, so their per-round ratio cancels slow swings in machine load.
  const paired = stats(
    times.action.samples.map((ms, round) => ms / times.minimal.samples[round])
  ).median
  console.log(`our action ÷ minimal action, median of per-round ratios: ${fixed(paired, 2)}`)
  console.log(
    `minimal action − bare node (medians): ${signed(times.minimal.median - times.node.median)} ms\n`
  )
  printTable(
    ['fault case', 'runs', 'median ms', 'max ms', 'bound ms'],
    faults.map(fault => [
      fault.label,
      String(fault.samples.length),
      fixed(fault.median, 0),
      fixed(fault.maxMs, 0),
      fixed(fault.boundMs, 0)
    ])
  )
  console.log('\ntargets')
  for (const target of targets) console.log(`  ${target.pass ? 'PASS' : 'FAIL'}  ${target.text}`)
  const failed = targets.filter(target => !target.pass).length
  console.log(failed ? `\n${failed} target(s) FAILED` : '\nall targets passed')

  const file = join(WORK_DIR, 'results.json')
  const results = {
    date: new Date().toISOString(),
    machine,
    load,
    runs: RUNS,
    memoryMethod: memory.method,
    commands: rows,
    faults,
    targets
  }
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
  console.log(`results: ${relative(ROOT, file)}`)
}

function evaluateTargets(times, rss, faults) {
  const ratio = times.action.median / times.minimal.median
  const peak = rss.action.peakMiB
  return [
    {
      name: 'within 10% of the minimal action',
      pass: ratio <= TARGET_RATIO_TO_MINIMAL,
      text:
        `our action's median within 10% of the minimal action's: ${fixed(times.action.median, 1)}` +
        ` ms vs ${fixed(times.minimal.median, 1)} ms (${signed((ratio - 1) * 100)}%)`
    },
    {
      name: `peak RSS ≤ ${TARGET_RSS_MIB} MiB`,
      pass: peak <= TARGET_RSS_MIB,
      text: `our action's peak RSS ≤ ${TARGET_RSS_MIB} MiB: ${fixed(peak, 1)} MiB`
    },
    ...faults.map(fault => ({
      name: `fault: ${fault.label}`,
      pass: fault.pass,
      text:
        `${fault.label}: slowest ${fixed(fault.maxMs, 0)} ms ≤ bound ${fixed(fault.boundMs, 0)} ms ` +
        `((retries + 1) × timeout + backoff + 1 s)`
    }))
  ]
}

function printTable(header, rows) {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map(row => row[i].length)))
  const line = cells =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')
  console.log(line(header))
  console.log(widths.map(width => '-'.repeat(width)).join('  '))
  for (const row of rows) console.log(line(row))
}

function describeMachine() {
  const cpus = os.cpus()
  const machine = {
    cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus.length,
    totalMemoryGiB: os.totalmem() / 1024 ** 3,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadBefore: os.loadavg()[0]
  }
  const line =
    `${machine.cpu}, ${machine.cores} cores, ${fixed(machine.totalMemoryGiB, 1)} GiB RAM, ` +
    `node ${machine.node}, ${machine.platform}`
  return { ...machine, line }
}

// ---- small helpers ------------------------------------------------------------------------------

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return { median: quantile(sorted, 0.5), p90: quantile(sorted, 0.9), min: sorted[0] }
}

/** Linear interpolation between the closest ranks. */
function quantile(sorted, q) {
  const at = (sorted.length - 1) * q
  const below = Math.floor(at)
  const above = Math.min(below + 1, sorted.length - 1)
  return sorted[below] + (sorted[above] - sorted[below]) * (at - below)
}

function rotate(list, by) {
  const shift = by % list.length
  return [...list.slice(shift), ...list.slice(0, shift)]
}

function positiveInteger(name, fallback) {
  const value = process.env[name]
  if (value === undefined || value === '') return fallback
  if (!/^[1-9]\d*$/.test(value))
    throw new Error(`${name} must be a whole number ≥ 1, got '${value}'`)
  return Number(value)
}

function fixed(number, digits) {
  return number.toFixed(digits)
}

function signed(number) {
  return `${number >= 0 ? '+' : ''}${number.toFixed(1)}`
}

function progress(message) {
  console.log(`… ${message}`)
}
