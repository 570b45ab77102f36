// Preloaded with `--require` by startup.test.ts: when the process exits, writes to the file named
// by LOAD_RECORD_FILE which built-in modules and which CommonJS files it loaded. CommonJS, because
// an ES module's `import … from 'node:fs'` would itself load modules (fs.promises and more).
'use strict'
const { writeFileSync } = require('node:fs')

process.on('exit', () => {
  const builtins = process.moduleLoadList
    .filter(entry => entry.startsWith('NativeModule '))
    .map(entry => entry.slice('NativeModule '.length))
  writeFileSync(
    process.env.LOAD_RECORD_FILE,
    JSON.stringify({ builtins, files: Object.keys(require.cache) })
  )
})
