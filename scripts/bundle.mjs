// `npm run bundle`: builds the action from src/ into dist/ (or the folder given), the way the
// tests build it too (see jest.config.js): ncc twice, then one step of our own.
//
// 1. src/index.ts -> index.js, with the shims tsconfig.json `paths` names (see CONTRIBUTING,
//    "Start-up"); ncc reads `paths` from the tsconfig.json of the folder it runs in, so it runs
//    here, and skips its cache, which does not notice a change of `paths`.
// 2. undici -> undici/index.cjs, read only when a proxy agent is asked for.
// 3. index.js is made ASCII: each other character is written as a \u escape. V8 keeps a script's
//    source at one byte per character only when every character fits in one, and the sentences
//    in src/ have a few (✅, ≥, →, …): 0.6 MiB of peak memory on Node 24, for a step no reader of
//    src/ has to know about. An escape means the same as its character in a string, template or
//    regular-expression literal, an identifier or a comment; it would not in a template's raw
//    text, so the step refuses a bundle that reads one.
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const NCC = join(ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')

/** Builds the action into `out`; throws when a build fails. */
export function bundle(out) {
  ncc('src/index.ts', out)
  ncc('src/shims/undici-bundle.cjs', join(out, 'undici'))
  const entry = join(out, 'index.js')
  writeFileSync(entry, asciiOnly(readFileSync(entry, 'utf8')))
}

function ncc(source, out) {
  const build = spawnSync(
    process.execPath,
    [NCC, 'build', source, '-o', out, '--license', 'licenses.txt', '--no-cache', '--quiet'],
    { cwd: ROOT, encoding: 'utf8' }
  )
  if (build.status !== 0)
    throw new Error(`ncc build ${source} failed:\n${build.stdout}${build.stderr}`)
}

/** The script with every character outside ASCII written as a \u escape (UTF-16 units, as JS reads them). */
export function asciiOnly(script) {
  if (/\bString\.raw\b|\.raw\b/.test(script)) {
    throw new Error('the bundle reads a template literal raw text, where an escape would change it')
  }
  return script.replace(
    /[\u0080-\uffff]/g,
    unit => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    bundle(resolve(process.argv[2] ?? join(ROOT, 'dist')))
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  }
}
