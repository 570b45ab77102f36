// Entry of dist/undici/index.cjs, the undici that src/shims/undici.ts loads on demand. The deep
// path is undici's main file, named so that tsconfig.json's 'undici' alias does not apply.
'use strict'
module.exports = require('undici/index.js')
