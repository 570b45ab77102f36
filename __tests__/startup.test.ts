import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { runInNewContext } from 'node:vm'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { FUNDED_BALANCE, startDeepSeekEmulator } from '../emulator/deepseek-server.mjs'
import { ACTION_ENTRY, ACTION_NODE, type ActionRun, runAction } from '../emulator/runner.mjs'
import { asciiOnly } from '../scripts/bundle.mjs'
import { startConnectProxy } from './support/connect-proxy.js'

// The bundle keeps undici, tunnel and @actions/exec off the start-up path: tsconfig.json `paths`
// points those names at src/shims, which load the real modules when first used. These tests fail
// when that stops being so: the shims removed or bypassed, or a dependency update that changes
// how the libraries use these modules.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const RECORDER = join(ROOT, '__tests__', 'support', 'load-recorder.cjs')
const UNDICI_BUNDLE = join(dirname(ACTION_ENTRY), 'undici', 'index.cjs')
const KEY = 'sk-start0key0a1b2c3d4e5f60718293a4b5c6'
/**
 * Node's own undici, behind fetch and its classes and, from Node 22, node:http's WebSocket.
 * An ES module's `import ... from 'node:http'` reads every export and so loads it: 9 to 12 MiB
 * more peak RSS on Node 24. The bundle reaches built-ins through createRequire(), which does not.
 */
const NODE_UNDICI = 'internal/deps/undici/undici'

interface Shim {
  /** The file tsconfig.json maps the name to. */
  readonly file: string
  /** The file whose require() names the real module (for undici, the entry of its own bundle). */
  readonly forwarder: string
  /** Built-in modules that evaluating the real module loads and nothing else at start-up does. */
  readonly signature: readonly string[]
  /** Every use in the runtime dependencies: `package/file: use in function`. */
  readonly uses: readonly string[]
}

const SHIMS: Record<string, Shim> = {
  undici: {
    file: 'src/shims/undici.ts',
    forwarder: 'src/shims/undici-bundle.cjs',
    signature: ['http2', 'worker_threads', 'zlib'],
    uses: [
      '@actions/http-client/lib/index.js: import { ProxyAgent } from undici',
      '@actions/http-client/lib/index.js: new ProxyAgent() in _getProxyAgentDispatcher'
    ]
  },
  tunnel: {
    file: 'src/shims/tunnel.cjs',
    forwarder: 'src/shims/tunnel.cjs',
    signature: ['assert'],
    uses: [
      '@actions/http-client/lib/index.js: import * as tunnel from tunnel',
      ...['httpOverHttp', 'httpOverHttps', 'httpsOverHttp', 'httpsOverHttps'].map(
        name => `@actions/http-client/lib/index.js: tunnel.${name} in _getAgent`
      )
    ]
  },
  '@actions/exec': {
    file: 'src/shims/exec.cjs',
    forwarder: 'src/shims/exec.cjs',
    signature: ['child_process'],
    uses: [
      '@actions/core/lib/platform.js: import * as exec from @actions/exec',
      ...['getLinuxInfo', 'getMacOsInfo', 'getWindowsInfo', 'getWindowsInfo'].map(
        where => `@actions/core/lib/platform.js: exec.getExecOutput in ${where}`
      )
    ]
  }
}
const NAMES = Object.keys(SHIMS)

interface LoadRecord {
  builtins: string[]
  files: string[]
}

/** Runs dist/index.js, as the runner does, recording what it loads. */
async function recordAction(options: Parameters<typeof runAction>[0]) {
  const dir = mkdtempSync(join(tmpdir(), 'deepseek-balance-startup-'))
  try {
    const file = join(dir, 'record.json')
    const run = await runAction({
      ...options,
      env: { ...options?.env, NODE_OPTIONS: `--require=${RECORDER}`, LOAD_RECORD_FILE: file }
    })
    return { run, record: JSON.parse(readFileSync(file, 'utf8')) as LoadRecord }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Runs an ES module snippet in ACTION_NODE from the repository root, recording what it loads. */
function recordSnippet(code: string): LoadRecord {
  const dir = mkdtempSync(join(tmpdir(), 'deepseek-balance-startup-'))
  try {
    const file = join(dir, 'record.json')
    const child = spawnSync(
      ACTION_NODE,
      ['--require', RECORDER, '--input-type=module', '-e', code],
      { cwd: ROOT, env: { PATH: process.env.PATH, LOAD_RECORD_FILE: file }, encoding: 'utf8' }
    )
    if (child.status !== 0) throw new Error(`node -e ${code} failed:\n${child.stderr}`)
    return JSON.parse(readFileSync(file, 'utf8')) as LoadRecord
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Which of the shimmed modules a record shows were evaluated. */
function evaluated(record: LoadRecord): string[] {
  return NAMES.filter(
    name =>
      SHIMS[name]!.signature.some(builtin => record.builtins.includes(builtin)) ||
      (name === 'undici' && record.files.includes(UNDICI_BUNDLE))
  )
}

function expectOk(run: ActionRun): void {
  expect({ exitCode: run.exitCode, stderr: run.stderr, status: run.outputs.status }).toEqual({
    exitCode: 0,
    stderr: '',
    status: 'ok'
  })
}

describe('start-up', () => {
  it('a successful check without a proxy evaluates none of undici, tunnel and @actions/exec', async () => {
    const emulator = await startDeepSeekEmulator({
      apiKey: KEY,
      responses: [{ json: FUNDED_BALANCE }]
    })
    try {
      const { run, record } = await recordAction({
        inputs: { 'api-key': KEY, 'base-url': emulator.url, 'min-balance': '5' }
      })
      expectOk(run)
      expect(evaluated(record)).toEqual([])
      expect(record.builtins).not.toContain(NODE_UNDICI)
    } finally {
      await emulator.close()
    }
  })

  it('a check through a proxy evaluates tunnel, and still neither undici nor @actions/exec', async () => {
    // http-client never proxies loopback, so the emulator is named by a host only the proxy knows.
    const host = 'deepseek-emulator.test'
    const proxy = await startConnectProxy({ [host]: '127.0.0.1' })
    const emulator = await startDeepSeekEmulator({
      apiKey: KEY,
      responses: [{ json: FUNDED_BALANCE }]
    })
    try {
      const { run, record } = await recordAction({
        inputs: { 'api-key': KEY, 'base-url': `http://${host}:${emulator.port}` },
        env: { HTTP_PROXY: proxy.url }
      })
      expectOk(run)
      expect(proxy.tunnels).toEqual([`${host}:${emulator.port}`])
      expect(evaluated(record)).toEqual(['tunnel'])
      expect(record.builtins).not.toContain(NODE_UNDICI)
    } finally {
      await Promise.all([proxy.close(), emulator.close()])
    }
  })

  // Without these, the checks above could pass because the signatures had stopped meaning anything.
  it("bare Node loads no signature, nor Node's own undici", () => {
    const record = recordSnippet('')
    expect(evaluated(record)).toEqual([])
    expect(record.builtins).not.toContain(NODE_UNDICI)
  })

  it("fetch's Headers loads Node's own undici", () => {
    expect(recordSnippet('new Headers()').builtins).toContain(NODE_UNDICI)
  })

  it.each([
    ['undici', `await import(${JSON.stringify(UNDICI_BUNDLE)})`],
    ['tunnel', "await import('tunnel')"],
    ['@actions/exec', "await import('@actions/exec')"]
  ])('evaluating %s loads its signature', (name, code) => {
    const { builtins } = recordSnippet(code)
    expect(SHIMS[name]!.signature.filter(builtin => !builtins.includes(builtin))).toEqual([])
  })
})

describe('the bundle', () => {
  // V8 keeps a script's source at one byte per character only when every character fits in one:
  // the sentences in src/ have a few (✅, ≥, →), written as themselves, and the bundle step
  // (scripts/bundle.mjs) escapes them: 0.6 MiB less peak RSS on Node 24.
  it('is ASCII, though src/ writes its sentences with the characters themselves', () => {
    const lines = readFileSync(ACTION_ENTRY, 'utf8').split('\n')
    const nonAscii = lines.flatMap((line, index) =>
      /[\u0080-\uffff]/.test(line) ? [`line ${index + 1}: ${line.trim().slice(0, 100)}`] : []
    )
    expect(nonAscii).toEqual([])
    expect(readFileSync(join(ROOT, 'src', 'report', 'messages.ts'), 'utf8')).toContain('✅')
  })

  it('is the one built from src/ for this test run, not the committed dist/', () => {
    expect(ACTION_ENTRY).not.toBe(join(ROOT, 'dist', 'index.js'))
    expect(readFileSync(ACTION_ENTRY, 'utf8')).toContain('DeepSeek balance')
  })
})

describe('asciiOnly, the bundle step', () => {
  it('writes each character outside ASCII as an escape that JavaScript reads back the same', () => {
    const script = "const s = '✅ ≥ → … 😀'; const t = `≥${1}`; const r = /[→≥]/u.test('≥'); // ✅"
    const escaped = asciiOnly(script)
    expect(/[\u0080-\uffff]/.test(escaped)).toBe(false)
    const evaluate = (source: string) => runInNewContext(`${source}; [s, t, r]`) as unknown
    expect(evaluate(escaped)).toEqual(evaluate(script))
  })

  it('refuses a script that reads a template literal raw text, where an escape would show', () => {
    expect(() => asciiOnly('String.raw`→`')).toThrow(/raw text/)
  })
})

describe('undici, when asked for', () => {
  it('is built into dist/undici/index.cjs, whose ProxyAgent tunnels a request', async () => {
    const undici = createRequire(import.meta.url)(
      UNDICI_BUNDLE
    ) as typeof import('undici/types/index.js')
    const host = 'deepseek-emulator.test'
    const proxy = await startConnectProxy({ [host]: '127.0.0.1' })
    const emulator = await startDeepSeekEmulator({
      apiKey: KEY,
      responses: [{ json: FUNDED_BALANCE, shuffle: false }]
    })
    const dispatcher = new undici.ProxyAgent(proxy.url)
    try {
      const response = await undici.request(`http://${host}:${emulator.port}/user/balance`, {
        dispatcher,
        headers: { authorization: `Bearer ${KEY}` }
      })
      expect(await response.body.json()).toEqual(FUNDED_BALANCE)
      expect(proxy.tunnels).toEqual([`${host}:${emulator.port}`])
    } finally {
      await dispatcher.close()
      await Promise.all([proxy.close(), emulator.close()])
    }
  })

  it('is read by dist/index.js from beside it, not bundled into it', () => {
    const bundle = readFileSync(ACTION_ENTRY, 'utf8')
    expect({
      loadsIt: bundle.includes("'./undici/index.cjs'"),
      bundlesIt: bundle.includes('EnvHttpProxyAgent'), // a name only undici's own code has
      missesAModule: bundle.includes('@@notfound') // ncc's stand-in for what it could not resolve
    }).toEqual({ loadsIt: true, bundlesIt: false, missesAModule: false })
  })
})

// The same shims, in a bundle that asks for what the action never does.
describe('on the paths that need them', () => {
  const probe = { dir: '', output: '' }
  beforeAll(() => {
    probe.dir = mkdtempSync(join(tmpdir(), 'deepseek-balance-probe-'))
    const entry = '__tests__/fixtures/lazy-probe/index.ts'
    const build = spawnSync(
      'npx',
      ['ncc', 'build', entry, '-o', probe.dir, '--no-cache', '--quiet'],
      {
        cwd: ROOT, // ncc takes tsconfig paths, the shims, from the working directory
        encoding: 'utf8'
      }
    )
    if (build.status !== 0) throw new Error(`ncc build ${entry} failed:\n${build.stderr}`)
    cpSync(dirname(UNDICI_BUNDLE), join(probe.dir, 'undici'), { recursive: true })
    const run = spawnSync(ACTION_NODE, [join(probe.dir, 'index.js')], {
      env: { PATH: process.env.PATH, HTTPS_PROXY: 'http://127.0.0.1:9' },
      encoding: 'utf8'
    })
    if (run.status !== 0) throw new Error(`the probe failed:\n${run.stdout}${run.stderr}`)
    probe.output = run.stdout
  })
  afterAll(() => rmSync(probe.dir, { recursive: true, force: true }))

  const result = () =>
    JSON.parse(probe.output) as {
      atStart: string[]
      dispatcher: { type: string; loaded: string[] }
      details: { outcome: string; loaded: string[] }
    }
  const signatureOf = (name: string) => SHIMS[name]!.signature

  it('loads none of them at start-up', () => {
    expect(evaluated({ builtins: result().atStart, files: [] })).toEqual([])
  })

  it("evaluates undici when http-client's dispatcher is asked for, and returns its ProxyAgent", () => {
    const { type, loaded } = result().dispatcher
    expect(type).toBe('ProxyAgent')
    expect(signatureOf('undici').filter(builtin => !loaded.includes(builtin))).toEqual([])
  })

  it("evaluates @actions/exec when core's platform details are asked for", () => {
    expect(result().details.loaded).toEqual(
      expect.arrayContaining([...signatureOf('@actions/exec')])
    )
  })
})

describe('the libraries use these modules only as the shims expect', () => {
  it('tsconfig.json maps each name to its shim', () => {
    const { config } = ts.readConfigFile(join(ROOT, 'tsconfig.json'), path =>
      ts.sys.readFile(path)
    ) as {
      config: { compilerOptions: { paths: Record<string, string[]> } }
    }
    const expected = Object.fromEntries(NAMES.map(name => [name, [`./${SHIMS[name]!.file}`]]))
    expect(config.compilerOptions.paths).toEqual(expected)
  })

  // A dependency update that imports one of these modules elsewhere, or uses more of it, fails
  // here: check that the shim still provides what is used, and that the use is still off the
  // start-up path, then update SHIMS.
  it('every use in the runtime dependencies is a known one', () => {
    const uses = runtimeFiles().flatMap(file => usesIn(file))
    expect(uses.sort()).toEqual(NAMES.flatMap(name => SHIMS[name]!.uses).sort())
  })

  it('each shim provides every name that is used', async () => {
    const require = createRequire(import.meta.url)
    for (const name of NAMES) {
      const { file, uses } = SHIMS[name]!
      const shim = (
        file.endsWith('.cjs') ? require(join(ROOT, file)) : await import(join(ROOT, file))
      ) as Record<string, unknown>
      const used = uses.flatMap(use =>
        [...use.matchAll(/import \{ ([\w, ]+) \}|new (\w+)\(\)|\.(\w+) in /g)].flatMap(match =>
          (match[1] ?? match[2] ?? match[3]!).split(', ')
        )
      )
      expect(used.filter(member => typeof shim[member] !== 'function')).toEqual([])
    }
  })

  it('each shim forwards to the file the importing package would load', () => {
    for (const name of NAMES) {
      const { forwarder, uses } = SHIMS[name]!
      const importer = join(ROOT, 'node_modules', uses[0]!.split(': ')[0]!)
      const target = /require\('([^']+)'\)/.exec(readFileSync(join(ROOT, forwarder), 'utf8'))![1]!
      const forwarded = createRequire(join(ROOT, forwarder)).resolve(target)
      expect(relative(ROOT, forwarded)).toBe(relative(ROOT, resolveImport(name, importer)))
    }
  })
})

/** Every JavaScript file of the packages the action runs with (not the dev dependencies). */
function runtimeFiles(): string[] {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean; devOptional?: boolean }>
  }
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path !== '' && !entry.dev && !entry.devOptional)
    .flatMap(([path]) =>
      readdirSync(join(ROOT, path), { recursive: true, encoding: 'utf8' })
        .filter(file => /\.[cm]?js$/.test(file) && !file.split('/').includes('node_modules'))
        .map(file => join(ROOT, path, file))
    )
}

/** `package/file: use` for each import of a shimmed module in a file and each use of what it binds. */
function usesIn(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  if (!NAMES.some(name => text.includes(`'${name}'`) || text.includes(`"${name}"`))) return []
  const where = relative(join(ROOT, 'node_modules'), file)
  const uses: string[] = []
  const namespaces = new Map<string, boolean>() // each name an import binds: is it a namespace?
  const visit = (node: ts.Node): void => {
    const from = shimmedModuleLoadedBy(node)
    if (from !== undefined) {
      uses.push(`${where}: ${describeImport(node, from, namespaces)}`)
      return
    }
    if (ts.isIdentifier(node) && namespaces.has(node.text) && isReference(node)) {
      uses.push(`${where}: ${describeUse(node, namespaces.get(node.text)!)}`)
    }
    ts.forEachChild(node, visit)
  }
  visit(ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true))
  return uses
}

/** The shimmed module an import, export, require() or import() names, if any. */
function shimmedModuleLoadedBy(node: ts.Node): string | undefined {
  let specifier: ts.Node | undefined
  if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) specifier = node.moduleSpecifier
  else if (ts.isCallExpression(node)) {
    const callee = node.expression
    const loads = ts.isIdentifier(callee)
      ? callee.text === 'require'
      : callee.kind === ts.SyntaxKind.ImportKeyword
    if (loads) specifier = node.arguments[0]
  }
  return specifier && ts.isStringLiteral(specifier) && NAMES.includes(specifier.text)
    ? specifier.text
    : undefined
}

/** `import * as x from m` or `import { a, b } from m`, noting the names bound; else the code. */
function describeImport(node: ts.Node, from: string, namespaces: Map<string, boolean>): string {
  const clause = ts.isImportDeclaration(node) ? node.importClause : undefined
  const bindings = clause && !clause.name && !clause.isTypeOnly ? clause.namedBindings : undefined
  if (bindings && ts.isNamespaceImport(bindings)) {
    namespaces.set(bindings.name.text, true)
    return `import * as ${bindings.name.text} from ${from}`
  }
  if (bindings && ts.isNamedImports(bindings)) {
    const names = bindings.elements.map(element => {
      namespaces.set(element.name.text, false)
      return element.getText()
    })
    return `import { ${names.join(', ')} } from ${from}`
  }
  return node.getText() // a default or side-effect import, a re-export, require(), import()
}

function isReference(node: ts.Identifier): boolean {
  const parent = node.parent
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false
  return (
    !(
      ts.isPropertyAssignment(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isPropertyDeclaration(parent)
    ) || parent.name !== node
  )
}

/** `new X()`, `ns.member`, or the bare name when used any other way, and the function it is in. */
function describeUse(node: ts.Identifier, isNamespace: boolean): string {
  const parent = node.parent
  let use = node.text
  if (isNamespace && ts.isPropertyAccessExpression(parent) && parent.expression === node) {
    use += `.${parent.name.text}`
  } else if (!isNamespace && ts.isNewExpression(parent) && parent.expression === node) {
    use = `new ${use}()`
  }
  return `${use} in ${enclosingName(node)}`
}

function enclosingName(node: ts.Node): string {
  for (let at = node.parent; at; at = at.parent) {
    if (
      (ts.isMethodDeclaration(at) ||
        ts.isFunctionDeclaration(at) ||
        ts.isVariableDeclaration(at)) &&
      at.name &&
      ts.isIdentifier(at.name)
    ) {
      return at.name.text
    }
  }
  return '(module top level)'
}

/** The file `import '<name>'` in `importer` loads, as Node resolves it. */
function resolveImport(name: string, importer: string): string {
  const child = spawnSync(
    ACTION_NODE,
    ['--input-type=module', '-e', `console.log(import.meta.resolve(${JSON.stringify(name)}))`],
    { cwd: dirname(importer), encoding: 'utf8' }
  )
  if (child.status !== 0)
    throw new Error(`cannot resolve ${name} from ${importer}:\n${child.stderr}`)
  return fileURLToPath(child.stdout.trim())
}
