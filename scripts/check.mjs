// `npm run check -- --min-balance 5`: runs the committed dist/ on this machine the way the runner
// does (inputs as INPUT_* variables, defaults from action.yml, outputs, state and summary through
// files, the post step when action.yml has one) and prints what a workflow would see.
//
// Why a script and not `env "INPUT_API-KEY=…" node dist/index.js`: sh (dash on Debian and Ubuntu)
// drops variables whose names contain '-' from a child's environment, and Windows shells have no
// `env`. Here the inputs are flags, so the command is the same in every shell.
//
// The key comes from an environment variable (DEEPSEEK_API_KEY, or the one --api-key-env names),
// or from a hidden prompt; never from the command line, where it would stay in the shell history
// and show in the process list. Outside a runner nothing reads `::add-mask::`, so nothing here
// prints the key: the action prints no mask line when GITHUB_ACTIONS is not 'true', and this
// script drops such lines and replaces the key with *** in anything it prints all the same.
// Needs no `npm ci`: Node's own modules only.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseOutputFile as parseRunnerFile } from '../emulator/runner.mjs'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const DEFAULT_KEY_VARIABLE = 'DEEPSEEK_API_KEY'
const USAGE_ERROR = 2
// As a shell reports a program stopped by a closed pipe (128 + SIGPIPE) or by a signal.
const EXIT_OUTPUT_CLOSED = 141
const EXIT_SIGNAL = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 }

/**
 * What a run leaves behind until it ends: the steps running and the temporary folder (with the
 * balances and the snapshot in it). `stop` ends the process after removing both, whichever way
 * the run ends early: the output closed (`| head -1`), Ctrl-C, SIGTERM or SIGHUP.
 */
const running = { steps: new Set(), work: undefined }

function cleanUp() {
  for (const step of running.steps) step.kill()
  running.steps.clear()
  // maxRetries: on Windows a step just stopped may hold a file open for a moment.
  if (running.work) rmSync(running.work, { recursive: true, force: true, maxRetries: 5 })
  running.work = undefined
}

function stop(code) {
  cleanUp()
  process.exit(code)
}

/**
 * The parts of action.yml this script needs: input names with their defaults, and runs.main /
 * runs.post. A line reader for this file's plain layout (no YAML library, so the script runs on
 * a fresh clone); a test compares it with a real YAML parser's reading of action.yml.
 */
export function readActionMetadata(text) {
  const inputs = {}
  const runs = {}
  let section
  let input
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*(#|$)/.test(line)) continue
    const top = /^([\w-]+):/.exec(line)
    if (top) {
      section = top[1]
      input = undefined
      continue
    }
    const child = /^ {2}([\w-]+):\s*(.*)$/.exec(line)
    if (child && section === 'inputs') {
      input = child[1]
      inputs[input] = { default: undefined }
    } else if (child && section === 'runs') {
      runs[child[1]] = scalar(child[2])
    } else if (section === 'inputs' && input) {
      const field = /^ {4}default:\s*(.*)$/.exec(line)
      if (field) inputs[input].default = scalar(field[1])
    }
  }
  return { inputs, runs }
}

/** A one-line YAML scalar: 'single' or "double" quoted, or plain (a trailing comment dropped). */
function scalar(raw) {
  const text = raw.trim()
  if (text.startsWith("'")) return text.slice(1, text.lastIndexOf("'")).replace(/''/g, "'")
  if (text.startsWith('"')) return JSON.parse(text.slice(0, text.lastIndexOf('"') + 1))
  return text.replace(/\s+#.*$/, '')
}

/** Command-line arguments → { inputs, keyVariable, debug, help }; throws on anything else. */
export function parseArguments(args, declaredInputs) {
  const options = { inputs: {}, keyVariable: DEFAULT_KEY_VARIABLE, debug: false, help: false }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg === '--help' || arg === '-h') {
      options.help = true
      continue
    }
    if (arg === '--debug') {
      options.debug = true
      continue
    }
    const flag = /^--([\w-]+)(?:=([\s\S]*))?$/.exec(arg)
    if (!flag) throw new Error(`Unexpected argument '${arg}'. Inputs are given as --name value.`)
    const [, name, inline] = flag
    if (name === 'api-key') {
      // The value is never repeated: it may be a real key.
      throw new Error(
        `The key is not taken from the command line (it would stay in your shell history). ` +
          `Put it in ${DEFAULT_KEY_VARIABLE}, name another variable with --api-key-env, ` +
          `or leave both unset to be asked for it.`
      )
    }
    const value = inline ?? args[++i]
    if (value === undefined) throw new Error(`--${name} needs a value.`)
    if (name === 'api-key-env') options.keyVariable = value
    else if (declaredInputs.includes(name)) options.inputs[name] = value
    else
      throw new Error(
        `Unknown option --${name}. Inputs of action.yml: ${declaredInputs
          .filter(input => input !== 'api-key')
          .map(input => `--${input}`)
          .join(', ')}.`
      )
  }
  return options
}

/** The workflow commands the action prints, as a person outside a runner would want them. */
export function humanLine(line, { debug }) {
  const command = /^::([\w-]+)(?: ([^:]*))?::([\s\S]*)$/.exec(line)
  if (!command) return line
  const [, name, , data] = command
  const text = data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
  switch (name) {
    case 'add-mask':
      return undefined
    case 'debug':
      return debug ? `Debug: ${text}` : undefined
    case 'error':
      return `Error: ${text}`
    case 'warning':
      return `Warning: ${text}`
    case 'notice':
      return `Notice: ${text}`
    case 'group':
      return `▸ ${text}`
    case 'endgroup':
      return undefined
    default:
      return line
  }
}

/** Asks for the key on the terminal without echoing it. */
async function promptHidden(question) {
  const { stdin, stderr } = process
  // Echo off before the question shows, so that nothing typed after it can appear.
  stdin.setRawMode(true)
  stderr.write(question)
  stdin.resume()
  stdin.setEncoding('utf8')
  let answer = ''
  try {
    return await new Promise((resolveAnswer, reject) => {
      stdin.on('data', chunk => {
        for (const char of chunk) {
          if (char === '\r' || char === '\n') return resolveAnswer(answer)
          if (char === '\u0003') return reject(new Error('Cancelled.'))
          if (char === '\u007f' || char === '\b') answer = answer.slice(0, -1)
          else answer += char
        }
      })
    })
  } finally {
    stdin.setRawMode(false)
    stdin.pause()
    stderr.write('\n')
  }
}

function usage(inputs) {
  const lines = Object.entries(inputs)
    .filter(([name]) => name !== 'api-key')
    .map(([name, input]) => {
      const flag = `  --${name} VALUE`.padEnd(34)
      return input.default ? `${flag}default: ${input.default}` : flag.trimEnd()
    })
  return [
    'Usage: npm run check -- [--INPUT VALUE ...] [--api-key-env NAME] [--debug]',
    '',
    "Runs the action's dist/ on this machine as a runner would and prints the log, the outputs",
    'and the job summary.',
    '',
    'Exit code: 0 the step passed, 1 it failed (as on a runner), 2 a usage error (nothing was',
    'checked), 141 the output was closed early (| head) and the check stopped, 130 or 143',
    'stopped by Ctrl-C or SIGTERM (129: the terminal closed). The temporary folder is removed',
    'in every case.',
    '',
    `The key is read from ${DEFAULT_KEY_VARIABLE} (or the variable --api-key-env names); when that`,
    'is empty and this is a terminal, you are asked for it (typing is hidden). It is never taken',
    'from the command line and never printed.',
    '',
    'Inputs (see action.yml):',
    ...lines,
    '',
    'Example: npm run check -- --min-balance 5 --currency CNY'
  ].join('\n')
}

/** Runs one step (main or post) of the action; resolves with its exit code. */
function runStep(entry, env, print) {
  return new Promise((resolveCode, reject) => {
    const child = spawn(process.execPath, [entry], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    running.steps.add(child)
    child.on('exit', () => running.steps.delete(child))
    const relay = (stream, write) => {
      let pending = ''
      stream.setEncoding('utf8')
      stream.on('data', chunk => {
        const lines = (pending + chunk).split('\n')
        pending = lines.pop() ?? ''
        for (const line of lines) write(line)
      })
      stream.on('end', () => pending && write(pending))
    }
    relay(child.stdout, line => print.out(line))
    relay(child.stderr, line => print.err(line))
    child.on('error', reject)
    child.on('close', (code, signal) => resolveCode(code ?? (signal ? 128 : 1)))
  })
}

async function main(args) {
  const action = readActionMetadata(readFileSync(join(ROOT, 'action.yml'), 'utf8'))
  const declared = Object.keys(action.inputs)
  // Without the `--` (forgotten, or dropped by PowerShell's npm shim), npm takes the inputs as
  // its own options and passes them on only as npm_config_* variables: the check would run
  // without them, a threshold silently ignored. Refuse instead, without repeating the values.
  const swallowed = declared.filter(
    name => process.env[`npm_config_${name.replace(/-/g, '_')}`] !== undefined
  )
  if (swallowed.length > 0) {
    console.error(
      `npm took ${swallowed.map(name => `--${name}`).join(', ')} for options of its own and ` +
        "would not pass them on: put '--' between 'npm run check' and the inputs. In " +
        "PowerShell, whose npm shim drops that '--', run 'node scripts/check.mjs' with the same " +
        'inputs instead.'
    )
    return USAGE_ERROR
  }
  let options
  try {
    options = parseArguments(args, declared)
  } catch (error) {
    console.error(`${error.message}\nRun 'npm run check -- --help' for the inputs.`)
    return USAGE_ERROR
  }
  if (options.help) {
    console.log(usage(action.inputs))
    return 0
  }

  let key = process.env[options.keyVariable] ?? ''
  if (key === '' && process.stdin.isTTY) {
    try {
      key = (await promptHidden('DeepSeek API key (typing is hidden): ')).trim()
    } catch (error) {
      console.error(error.message)
      return USAGE_ERROR
    }
  }
  if (key.trim() === '') {
    console.error(
      `No API key: ${options.keyVariable} is empty. Set it to your DeepSeek key ` +
        '(or name another variable with --api-key-env) and run this again.'
    )
    return USAGE_ERROR
  }

  // Inside a runner (a workflow step running this script) the runner reads the commands itself
  // and masks the key; outside one they are translated, and the key is never shown.
  const inRunner = process.env.GITHUB_ACTIONS === 'true'
  const hide = text => text.split(key).join('***')
  const print = {
    out: line => {
      const shown = inRunner ? line : humanLine(hide(line), options)
      if (shown !== undefined) process.stdout.write(`${shown}\n`)
    },
    err: line => process.stderr.write(`${inRunner ? line : hide(line)}\n`)
  }

  const work = mkdtempSync(join(tmpdir(), 'deepseek-balance-check-'))
  running.work = work
  try {
    const files = {
      GITHUB_OUTPUT: join(work, 'output'),
      GITHUB_STATE: join(work, 'state'),
      GITHUB_STEP_SUMMARY: join(work, 'summary'),
      GITHUB_ENV: join(work, 'env'),
      GITHUB_PATH: join(work, 'path')
    }
    for (const file of Object.values(files)) writeFileSync(file, '')
    const env = { ...process.env, RUNNER_TEMP: work, ...files }
    // Inputs of the calling shell must not leak in, and the key travels only as the input.
    for (const name of Object.keys(env)) if (/^(INPUT|STATE)_/i.test(name)) delete env[name]
    delete env[options.keyVariable]
    for (const [name, input] of Object.entries(action.inputs)) {
      const value = name === 'api-key' ? key : (options.inputs[name] ?? input.default)
      if (value !== undefined) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
    }

    // ACTION_ENTRY: the tests run a bundle built from src/ (see emulator/runner.mjs).
    const entry = step => process.env.ACTION_ENTRY || join(ROOT, step)
    let code = await runStep(entry(action.runs.main), env, print)
    if (action.runs.post) {
      // As on a runner: the post step runs after a failed main step too, with the saved state.
      const state = parseRunnerFile(readFileSync(files.GITHUB_STATE, 'utf8'))
      const postEnv = { ...env }
      for (const [name, value] of Object.entries(state)) postEnv[`STATE_${name}`] = value
      console.log('\n── post step')
      const postCode = await runStep(entry(action.runs.post), postEnv, print)
      if (code === 0) code = postCode
    }

    const outputs = parseRunnerFile(readFileSync(files.GITHUB_OUTPUT, 'utf8'))
    console.log('\n── outputs')
    const width = Math.max(0, ...Object.keys(outputs).map(name => name.length))
    for (const [name, value] of Object.entries(outputs))
      console.log(`${name.padEnd(width)}  ${hide(value)}`)
    const summary = readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8').trim()
    if (summary) console.log(`\n── job summary (Markdown)\n${hide(summary)}`)
    console.log(`\nexit code ${code}`)
    return code
  } finally {
    cleanUp()
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // A reader that stops early (`| head -1`) closes the pipe: nobody reads the rest, so stop quietly
  // rather than die on EPIPE with a stack trace and the temporary folder left behind.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', error => stop(error.code === 'EPIPE' ? EXIT_OUTPUT_CLOSED : 1))
  }
  for (const signal of Object.keys(EXIT_SIGNAL)) process.on(signal, () => stop(EXIT_SIGNAL[signal]))
  process.exitCode = await main(process.argv.slice(2))
}
