// Preloaded with `--import` by startup.test.ts: when the process exits, writes to the file named
// by LOAD_RECORD_FILE which built-in modules and which CommonJS files it loaded.
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const { cache } = createRequire(import.meta.url)

process.on('exit', () => {
  const builtins = process.moduleLoadList
    .filter(entry => entry.startsWith('NativeModule '))
    .map(entry => entry.slice('NativeModule '.length))
  writeFileSync(
    process.env.LOAD_RECORD_FILE,
    JSON.stringify({ builtins, files: Object.keys(cache) })
  )
})
