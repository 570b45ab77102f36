// The parts of the maintainer and user scripts that can be checked without running the action:
// how `npm run check` reads action.yml and its arguments and shows workflow commands, and how
// the release workflow finds its notes.
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from '@jest/globals'
import { ACTION_NODE, parseOutputFile } from '../emulator/runner.mjs'
import { humanLine, parseArguments, readActionMetadata } from '../scripts/check.mjs'
import { markdownWorkflows } from '../scripts/actionlint.mjs'
import { changelogEntry, checkTag } from '../scripts/release-notes.mjs'
import { isMap, loadAction, readRepoFile } from './support/metadata.js'

describe('npm run check: reading action.yml without a YAML library', () => {
  it('finds the inputs, their defaults and runs.* as a YAML parser does', () => {
    const action = loadAction()
    const expected = {
      inputs: Object.fromEntries(
        Object.entries(action.inputs).map(([name, input]) => [
          name,
          { default: input.default === undefined ? undefined : scalarText(input.default) }
        ])
      ),
      runs: Object.fromEntries(
        Object.entries(isMap(action.raw.runs) ? action.raw.runs : {}).map(([key, value]) => [
          key,
          scalarText(value)
        ])
      )
    }
    expect(readActionMetadata(readRepoFile('action.yml'))).toEqual(expected)
  })

  it('reads quoted, plain and commented defaults, and a post step', () => {
    const text = [
      'name: x',
      'inputs:',
      '  a:',
      '    description: "has: a colon"',
      "    default: 'it''s'",
      '  b:',
      '    default: "x\\ty"',
      '  c:',
      '    default: 10 # ms',
      '  d:',
      '    required: true',
      'outputs:',
      '  o:',
      '    description: not an input',
      'runs:',
      '  using: node24',
      "  main: 'dist/index.js'",
      '  post: dist/index.js'
    ].join('\n')
    expect(readActionMetadata(text)).toEqual({
      inputs: {
        a: { default: "it's" },
        b: { default: 'x\ty' },
        c: { default: '10' },
        d: { default: undefined }
      },
      runs: { using: 'node24', main: 'dist/index.js', post: 'dist/index.js' }
    })
  })
})

describe('npm run check: arguments', () => {
  const declared = ['api-key', 'min-balance', 'currency', 'base-url']

  it('takes inputs as --name value or --name=value, and the key variable by name', () => {
    expect(
      parseArguments(
        ['--min-balance', '5', '--currency=usd', '--api-key-env', 'MY_KEY', '--debug'],
        declared
      )
    ).toEqual({
      inputs: { 'min-balance': '5', currency: 'usd' },
      keyVariable: 'MY_KEY',
      debug: true,
      help: false
    })
  })

  it('refuses a key on the command line without repeating it', () => {
    for (const args of [['--api-key', 'sk-secret123456'], ['--api-key=sk-secret123456']]) {
      expect(() => parseArguments(args, declared)).toThrow(/not taken from the command line/)
      try {
        parseArguments(args, declared)
      } catch (error) {
        expect((error as Error).message).not.toContain('secret')
      }
    }
  })

  it('names the inputs it knows when given another, and asks for missing values', () => {
    expect(() => parseArguments(['--min-balanse', '5'], declared)).toThrow(
      'Unknown option --min-balanse. Inputs of action.yml: --min-balance, --currency, --base-url.'
    )
    expect(() => parseArguments(['--currency'], declared)).toThrow('--currency needs a value.')
    expect(() => parseArguments(['5'], declared)).toThrow("Unexpected argument '5'")
  })
})

describe('npm run check: workflow commands as a person reads them', () => {
  it('drops mask lines and, without --debug, debug lines', () => {
    expect(humanLine('::add-mask::sk-abc', { debug: true })).toBeUndefined()
    expect(humanLine('::debug::Attempt 1 of 3', { debug: false })).toBeUndefined()
    expect(humanLine('::debug::Attempt 1 of 3', { debug: true })).toBe('Debug: Attempt 1 of 3')
  })

  it('spells out annotations and decodes their escapes', () => {
    expect(
      humanLine('::error title=DeepSeek balance::Low: 5%25 left%0Anext', { debug: false })
    ).toBe('Error: Low: 5% left\nnext')
    expect(
      humanLine('::warning title=DeepSeek balance::Below warn-balance', { debug: false })
    ).toBe('Warning: Below warn-balance')
    expect(humanLine('DeepSeek balance: 110.00 CNY: ok', { debug: false })).toBe(
      'DeepSeek balance: 110.00 CNY: ok'
    )
  })
})

describe('actionlint over the README: finding the workflow examples', () => {
  it('takes yaml blocks with jobs:, with the README line of their first line', () => {
    const markdown = [
      '# T', //           1
      '```yaml', //       2
      'on: push', //      3
      'jobs: {}', //      4
      '```', //           5
      '```yaml', //       6
      'with: {}', //      7
      '```', //           8
      '```sh', //         9
      'jobs:', //         10
      '```' //            11
    ].join('\n')
    expect(markdownWorkflows(markdown)).toEqual([{ firstLine: 3, text: 'on: push\njobs: {}\n' }])
  })
})

describe('release notes', () => {
  const changelog = [
    '# Changelog',
    '',
    '## [Unreleased]',
    '',
    '## [1.1.0] - 2026-12-01',
    '',
    '### Added',
    '',
    '- `message` output.',
    '',
    '## [1.0.0] - 2026-11-26',
    '',
    'First release.',
    '',
    '[1.1.0]: https://example.invalid/compare'
  ].join('\n')

  it('are the CHANGELOG entry of the version, without its heading', () => {
    expect(changelogEntry(changelog, '1.1.0')).toBe('### Added\n\n- `message` output.')
    expect(changelogEntry(changelog, '1.0.0')).toBe('First release.')
  })

  it('are refused when the entry is missing', () => {
    expect(() => changelogEntry(changelog, '1.2.0')).toThrow(
      "CHANGELOG.md has no '## [1.2.0] - YYYY-MM-DD' entry"
    )
    expect(() => changelogEntry(changelog, '1.1')).toThrow(/no '## \[1\.1\]/)
  })

  it('exist for the version in package.json', () => {
    const { version } = JSON.parse(readRepoFile('package.json')) as { version: string }
    expect(changelogEntry(readRepoFile('CHANGELOG.md'), version)).toMatch(/\S/)
  })

  it('need a tag that is v + the version in package.json', () => {
    expect(() => checkTag('v1.1.0', '1.1.0')).not.toThrow()
    expect(() => checkTag('v1.1.0-rc.1', '1.1.0-rc.1')).not.toThrow()
    expect(() => checkTag('v1.1.1', '1.1.0')).toThrow(
      "The tag v1.1.1 does not match package.json's version 1.1.0"
    )
    expect(() => checkTag('v1', '1.1.0')).toThrow("'v1' is not a version tag")
  })
})

describe('the runner emulation reads GITHUB_OUTPUT and GITHUB_STATE as the runner does', () => {
  // What @actions/core writes: `name<<delimiter`, the value, the delimiter, each line ended with
  // os.EOL, which is CR LF on Windows (where `npm run check` runs too).
  const written = (eol: string) =>
    [
      'status<<ghadelimiter_1',
      'ok',
      'ghadelimiter_1',
      'message<<ghadelimiter_2',
      'line one',
      'line two',
      'ghadelimiter_2',
      'legacy=a=b',
      ''
    ].join(eol)
  const expected = { status: 'ok', message: 'line one\nline two', legacy: 'a=b' }

  it.each([
    ['LF (Linux, macOS)', '\n'],
    ['CR LF (Windows)', '\r\n']
  ])('with %s line ends', (_, eol) => {
    expect(parseOutputFile(written(eol))).toEqual(expected)
  })
})

describe('quiet installs and test runs', () => {
  const packageJson = JSON.parse(readRepoFile('package.json')) as {
    scripts: Record<string, string>
    allowScripts?: Record<string, boolean>
  }

  it('every dependency with an install script is allowed or denied in allowScripts', () => {
    // npm 11 warns at every `npm ci` about install scripts that allowScripts does not cover.
    const lock = JSON.parse(readRepoFile('package-lock.json')) as {
      packages: Record<string, { hasInstallScript?: boolean }>
    }
    const withScripts = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && entry.hasInstallScript)
      .map(([path]) => path.replace(/^.*node_modules\//, ''))
    const covered = Object.keys(packageJson.allowScripts ?? {}).map(key =>
      key.replace(/(.)@.*$/, '$1')
    )
    expect(withScripts.filter(name => !covered.includes(name))).toEqual([])
  })

  // Jest's ESM mode needs --experimental-vm-modules, and Node then warns "VM Modules is an
  // experimental feature" in every run, on the Node that runs Jest (any of 20, 22, 24).
  const nodes = [...new Set([process.execPath, ACTION_NODE])]
  it.each(['test', 'test:e2e', 'coverage'])(
    'npm run %s: Node prints no ExperimentalWarning for VM modules',
    script => {
      const set = /^NODE_OPTIONS=(?:'([^']*)'|(\S+)) jest\b/.exec(packageJson.scripts[script] ?? '')
      const options = set?.[1] ?? set?.[2]
      expect(options).toContain('--experimental-vm-modules')
      for (const node of nodes) {
        const run = spawnSync(
          node,
          ['-e', "new (require('node:vm').SourceTextModule)('export {}'); console.log('ok')"],
          { env: { ...process.env, NODE_OPTIONS: options }, encoding: 'utf8' }
        )
        expect({ stdout: run.stdout, stderr: run.stderr }).toEqual({ stdout: 'ok\n', stderr: '' })
      }
    }
  )
})

function scalarText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}
