// Runs the bundled action as the GitHub runner does: inputs as INPUT_* variables, outputs, state
// and the job summary through the files named by GITHUB_OUTPUT, GITHUB_STATE and
// GITHUB_STEP_SUMMARY, and the post step (runs.post) with the main step's state as STATE_*.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The bundle to run: ACTION_ENTRY (the tests set it to one built from src/), else dist/index.js. */
export const ACTION_ENTRY =
  process.env.ACTION_ENTRY ||
  resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'index.js')

/** The Node that runs the action: ACTION_NODE (e.g. a Node 24 binary), else this process's. */
export const ACTION_NODE = process.env.ACTION_NODE || process.execPath

/**
 * Runs `entry` with `inputs` ({ 'api-key': '…', … }) and extra `env`, in an environment built
 * from scratch (PATH, HOME and GITHUB_ACTIONS=true, as on a runner; SystemRoot on Windows), so a
 * proxy or INPUT_ variable of the calling shell cannot leak in. Resolves with the exit code,
 * stdout, stderr, parsed outputs, summary text and elapsed ms.
 */
export async function runAction({
  inputs = {},
  env = {},
  state = {},
  entry = ACTION_ENTRY,
  killAfterMs = 120000
} = {}) {
  const workDir = mkdtempSync(join(tmpdir(), 'deepseek-balance-run-'))
  const outputFile = join(workDir, 'output')
  const stateFile = join(workDir, 'state')
  const summaryFile = join(workDir, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(stateFile, '')
  writeFileSync(summaryFile, '')
  const childEnv = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? workDir,
    // Windows: Node needs SystemRoot (its sockets and random numbers use system libraries).
    ...(process.platform === 'win32' && { SystemRoot: process.env.SystemRoot }),
    RUNNER_TEMP: workDir,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STATE: stateFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...env
  }
  // What the main step saved reaches the post step as STATE_<name> (ActionRunner.cs).
  for (const [name, value] of Object.entries(state)) childEnv[`STATE_${name}`] = value
  for (const [name, value] of Object.entries(inputs)) {
    childEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  for (const [name, value] of Object.entries(childEnv))
    if (value === undefined) delete childEnv[name]
  const started = process.hrtime.bigint()
  const child = spawn(ACTION_NODE, [entry], {
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', chunk => (stdout += chunk))
  child.stderr.on('data', chunk => (stderr += chunk))
  const killer = setTimeout(() => child.kill('SIGKILL'), killAfterMs)
  const exitCode = await new Promise(resolve => child.on('close', code => resolve(code)))
  clearTimeout(killer)
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6
  const outputText = readFileSync(outputFile, 'utf8')
  const savedState = parseOutputFile(readFileSync(stateFile, 'utf8'))
  const summary = readFileSync(summaryFile, 'utf8')
  rmSync(workDir, { recursive: true, force: true })
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(outputText),
    outputText,
    state: savedState,
    summary,
    elapsedMs
  }
}

/**
 * Runs the main step, then (as `post-if: always()` does) the post step with the same inputs and
 * the main step's saved state; `between` runs in between (say, to let the balance drop). The
 * runner skips the post step only when the main step never ran.
 */
export async function runMainThenPost({ between, ...options } = {}) {
  const main = await runAction(options)
  if (between) await between()
  const post = await runAction({ ...options, state: main.state })
  return { main, post }
}

/**
 * Reads a GITHUB_OUTPUT or GITHUB_STATE file: `name=value` lines and `name<<DELIMITER …
 * DELIMITER` blocks. @actions/core ends its lines with os.EOL, CR LF on Windows, and the runner
 * reads either ending.
 */
export function parseOutputFile(text) {
  const outputs = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line === '') continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const value = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i])
      outputs[name] = value.join('\n')
    } else {
      const at = line.indexOf('=')
      outputs[line.slice(0, at)] = line.slice(at + 1)
    }
  }
  return outputs
}
