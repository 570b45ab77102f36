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
import {
  describeErrorBody,
  httpFailure,
  invalidInput,
  notABalance,
  redirectElsewhere,
  requestFailed
} from '../src/report/messages.js'
import * as log from '../src/report/log.js'
import { errorOutputs, setOutputs } from '../src/report/outputs.js'
import {
  type CleanText,
  clean,
  forgetSecrets,
  ours,
  protectSecret
} from '../src/base/outside-text.js'
import { buildSummary } from '../src/report/summary.js'
import { parseOutputFile } from '../emulator/runner.mjs'
import { keyPiecesRead } from './support/reading.js'
import { runnerCommands } from './support/runner-commands.js'
import { settingsOf } from './support/balances.js'

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

/** Every message that takes outside text, built from `text`. */
function messagesFrom(text: string): { message: CleanText; hint?: CleanText }[] {
  const failures = [
    httpFailure(
      401,
      describeErrorBody(JSON.stringify({ error: { message: text } }), 'application/json'),
      undefined
    ),
    httpFailure(503, describeErrorBody(text, text), undefined),
    httpFailure(500, describeErrorBody(JSON.stringify({ detail: text }), undefined), undefined),
    notABalance(ours`a body that is not JSON`, text, text),
    requestFailed(
      Object.assign(new Error(text), { code: text.slice(0, 12) }),
      new URL('http://127.0.0.1:9/'),
      undefined
    ),
    redirectElsewhere(new URL('https://api.example/'), safeUrl(text))
  ]
  return [
    ...failures.map(error => ({ message: error.text, ...(error.hint && { hint: error.hint }) })),
    { message: invalidInput('base-url', text).text },
    { message: clean(text) }
  ]
}

function safeUrl(text: string): URL {
  try {
    return new URL(`http://${text}.example/x?${text}#${text}`)
  } catch {
    return new URL('http://fallback.example/')
  }
}

describe('every sink, for any outside text', () => {
  it('shows no piece of the key and lets the runner run only our own commands', () => {
    fc.assert(
      fc.property(outsideText, text => {
        stdout.length = 0
        writeFileSync(process.env.GITHUB_OUTPUT ?? '', '')
        const messages = messagesFrom(text)
        const summaries: string[] = []
        for (const { message, hint } of messages) {
          log.debug(message)
          log.info(message)
          log.warning(message)
          log.error(message)
          setOutputs(errorOutputs(message))
          summaries.push(
            buildSummary(
              { kind: 'error', message, ...(hint && { hint }), checkedAt: new Date(0) },
              settingsOf()
            )
          )
        }
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
        expect(plain).toEqual(
          messages.map(({ message }) => message).filter(message => message !== '')
        )
      }),
      { numRuns: RUNS }
    )
  })
})
