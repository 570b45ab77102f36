// Arbitrary outside text, with key echoes in every disguise and runner commands mixed in,
// through every message that carries outside text and every sink (log lines, annotations,
// outputs, the summary): no sink shows a six-character piece of the key, and the runner would
// run no command but the ones the action means.
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  jest
} from '@jest/globals'
import fc from 'fast-check'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type CleanText, clean, forgetSecrets, protectSecret } from '../src/base/outside-text.js'
import { parseSnapshot } from '../src/base/snapshot.js'
import {
  type Verdict,
  gateVerdict,
  inputVerdict,
  postVerdict,
  unexpectedVerdict
} from '../src/decide/verdict.js'
import { type FetchFailure, bodyStart, errorDetail, requestFailure } from '../src/read/failure.js'
import * as log from '../src/report/log.js'
import { verdictLine } from '../src/report/messages.js'
import { gateOutputs, setOutputs } from '../src/report/outputs.js'
import { gateSummary, postSummary } from '../src/report/summary.js'
import { InputError, type Settings, readSettings } from '../src/settings/settings.js'
import { parseOutputFile } from '../emulator/runner.mjs'
import { keyPiecesRead } from './support/reading.js'
import { runnerCommands } from './support/runner-commands.js'

const KEY = 'sk-7f3a9c1e5b2d8f4a6c0e9b7d3f1a5c8e'
const RUNS = Number(process.env.PROPERTY_RUNS ?? 300)

let workDir: string
let stdout: string[]
const savedEnv = { ...process.env }

beforeAll(() => protectSecret(KEY))
afterAll(() => forgetSecrets())

beforeEach(() => {
  workDir = mkdtempSync(join(tmpdir(), 'deepseek-property-'))
  process.env.GITHUB_OUTPUT = join(workDir, 'output')
  process.env.RUNNER_DEBUG = '1'
  writeFileSync(process.env.GITHUB_OUTPUT, '')
  stdout = []
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    stdout.push(String(chunk))
    return true
  })
})

afterEach(() => {
  jest.restoreAllMocks()
  process.exitCode = undefined
  process.env = { ...savedEnv }
  rmSync(workDir, { recursive: true, force: true })
})

// What hides a character from a reader, moves the cursor or breaks a line.
const HIDERS = [
  '\u200b',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\ufe0f',
  '\u034f',
  '\u0301',
  '\u20dd',
  '\u0001',
  '\u0007',
  '\u001b',
  '\b',
  '\r',
  '\n',
  '\u2028',
  '\u2029',
  '\u00ad',
  '\u180e',
  '\u3164',
  '\udb40\udc41',
  ' ',
  '-',
  '.',
  '/',
  '_'
]

const keyEcho: fc.Arbitrary<string> = fc.oneof(
  fc.constant(KEY),
  fc.constant(KEY.toUpperCase()),
  fc
    .integer({ min: 0, max: KEY.length - 6 })
    .chain(start =>
      fc.integer({ min: start + 6, max: KEY.length }).map(end => KEY.slice(start, end))
    ),
  fc
    .tuple(fc.constantFrom(...HIDERS), fc.integer({ min: 1, max: 5 }))
    .map(([hider, group]) => (KEY.match(new RegExp(`.{1,${group}}`, 'g')) ?? []).join(hider)),
  fc.constant([...KEY].map(c => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join('')),
  fc.constant([...KEY].map(c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')),
  fc.constant([...KEY].map(c => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('')),
  fc.constant([...KEY].map(c => `&#${c.charCodeAt(0)};`).join('')),
  fc.constant(`****${KEY.slice(-4)}`)
)

const command: fc.Arbitrary<string> = fc.constantFrom(
  '::set-output name=pwned::1',
  '::add-mask::everything',
  '::stop-commands::tok',
  '::error::fake verdict',
  '##[set-output name=x;]pwned',
  '##[stop-commands]tok',
  '##[add-mask]x',
  '#\u200b#[warning]hidden',
  '#%23[debug]x',
  '\n::warning::x',
  '\r\n  ::notice::y',
  '\u2028::group::z',
  ': :x',
  ']##[['
)

const filler = fc.string({
  unit: fc.constantFrom(
    ...'abcXYZ019 :#[]<>*_`|!()%&;"\'\\\n\r\t',
    ...HIDERS,
    '😀',
    'é',
    'ｓ',
    'ф'
  ),
  maxLength: 30
})

const outsideText = fc
  .array(fc.oneof(filler, keyEcho, command), { maxLength: 8 })
  .map(parts => parts.join(''))

const TARGET = new URL('https://api.deepseek.com/user/balance')
const CHECKED_AT = new Date(0)
const SETTINGS = settingsOf({ 'max-spend': '2' })
const START = parseSnapshot(
  '{"checked_at":"1969-12-31T23:00:00Z","is_available":true,"balance_infos":[]}',
  CHECKED_AT
)

function settingsOf(inputs: Record<string, string>): Settings {
  const all: Record<string, string> = { 'api-key': 'sk-test', ...inputs }
  return readSettings(name => all[name] ?? '')
}

/** Every failure to read the balance that carries outside text, built from `text`. */
function failuresFrom(text: string): FetchFailure[] {
  const thrown = (message: string, code?: string): Error =>
    Object.assign(new Error(message), code === undefined ? {} : { code })
  const elsewhere = safeUrl(text)
  return [
    {
      kind: 'http',
      status: 401,
      detail: errorDetail(JSON.stringify({ error: { message: text } }), 'application/json')
    },
    { kind: 'http', status: 503, detail: errorDetail(text, text) },
    { kind: 'http', status: 500, detail: errorDetail(JSON.stringify({ detail: text }), undefined) },
    { kind: 'http', status: 429, detail: { message: clean(text) } },
    { kind: 'not-a-balance', problem: { kind: 'not-json' }, body: bodyStart(text, text) },
    { kind: 'request', host: clean(TARGET.host), error: clean(text) },
    requestFailure(thrown(text, text.slice(0, 12)), TARGET, undefined),
    requestFailure(
      thrown(`tunneling socket could not be established, cause=${text}`),
      TARGET,
      new URL('http://proxy.example:3128')
    ),
    requestFailure(thrown('getaddrinfo', 'ENOTFOUND'), elsewhere, undefined),
    {
      kind: 'redirect-elsewhere',
      from: clean(TARGET.host, 100),
      to: { origin: clean(elsewhere.origin, 100) },
      downgrade: false
    },
    {
      kind: 'redirect-elsewhere',
      from: clean(TARGET.host, 100),
      to: { scheme: clean(text, 20) },
      downgrade: true
    }
  ]
}

/** The verdicts of both steps whose findings carry outside text built from `text`. */
function verdictsFrom(text: string): { gate: Verdict[]; post: Verdict[] } {
  const gate: Verdict[] = []
  const post: Verdict[] = []
  for (const failure of failuresFrom(text)) {
    const reading = { ok: false as const, failure, attempts: 1, elapsedMs: 0 }
    gate.push(gateVerdict(SETTINGS, reading, CHECKED_AT))
    if (START.ok) post.push(postVerdict(SETTINGS, START.value, undefined, reading, CHECKED_AT))
  }
  for (const input of ['base-url', 'min-balance', 'currency', 'baseline']) {
    try {
      settingsOf({ [input]: text })
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      gate.push(inputVerdict(error.problem, CHECKED_AT))
    }
  }
  gate.push(unexpectedVerdict('gate', clean(text), CHECKED_AT))
  return { gate, post }
}

function safeUrl(text: string): URL {
  try {
    return new URL(`http://${text}.example/x?${text}#${text}`)
  } catch {
    return new URL('http://fallback.example/')
  }
}

describe('every sink, for any outside text', () => {
  it('carries the outside text into every failure verdict, so the property has text to check', () => {
    const marker = 'zqmarker'
    const { gate, post } = verdictsFrom(marker)
    const failures = failuresFrom(marker).length
    expect(post).toHaveLength(failures)
    for (const verdict of gate.slice(0, failures)) {
      expect(verdictLine(verdict)).toContain(marker)
      expect(gateSummary(verdict, SETTINGS)).toContain(marker)
    }
    for (const verdict of post) expect(postSummary(verdict, SETTINGS)).toContain(marker)
  })

  it('shows no piece of the key and lets the runner run only our own commands', () => {
    fc.assert(
      fc.property(outsideText, text => {
        stdout.length = 0
        writeFileSync(process.env.GITHUB_OUTPUT ?? '', '')
        const { gate, post } = verdictsFrom(text)
        const messages: CleanText[] = []
        const summaries: string[] = []
        for (const verdict of gate) {
          const message = verdictLine(verdict)
          messages.push(message)
          log.debug(message)
          log.info(message)
          log.warning(message)
          log.error(message)
          setOutputs(gateOutputs(verdict, message))
          summaries.push(gateSummary(verdict, SETTINGS))
        }
        for (const verdict of post) summaries.push(postSummary(verdict, SETTINGS))
        const printed = stdout.join('')
        // The values, not the file: its random delimiters are hex, as the key is.
        const outputs = Object.values(
          parseOutputFile(readFileSync(process.env.GITHUB_OUTPUT ?? '', 'utf8'))
        )
        expect(keyPiecesRead([printed, ...outputs, ...summaries].join('\n'), KEY, false)).toEqual(
          []
        )
        expect(keyPiecesRead(clean(text), KEY)).toEqual([])
        // Each message: one debug, one plain line, one warning, one error, and nothing else.
        const commands = runnerCommands(printed).map(found => `${found.form}${found.name}`)
        const expected = messages.flatMap(() => ['::debug', '::warning', '::error'])
        expect(commands).toEqual(expected)
        const plain = printed.split('\n').filter(line => line !== '' && !line.startsWith('::'))
        expect(plain).toEqual(messages.filter(message => message !== ''))
      }),
      { numRuns: RUNS }
    )
  })
})
