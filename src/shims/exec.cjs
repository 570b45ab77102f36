// The bundle's '@actions/exec' (tsconfig.json `paths`). @actions/core imports it for
// core.platform.getDetails() alone, which this action never calls; evaluating it and @actions/io
// would load child_process and assert at start-up. Lazy as in tunnel.cjs. The path is that of the
// package's only export ('.'), written out because the exports map hides lib/ from a deep import
// and the package name would lead back here.
'use strict'
let exec
const load = () => (exec ??= require('../../node_modules/@actions/exec/lib/exec.js'))
exports.exec = (...args) => load().exec(...args)
exports.getExecOutput = (...args) => load().getExecOutput(...args)
