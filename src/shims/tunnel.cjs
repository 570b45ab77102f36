// The bundle's 'tunnel' (tsconfig.json `paths`). @actions/http-client makes its agent with tunnel
// only when a proxy applies to the request. CommonJS, because webpack bundles a require() inside a
// function as a module it evaluates on that first call, not at start-up. The path is tunnel's
// main file, written out so that the alias does not apply to it.
'use strict'
let tunnel
const load = () => (tunnel ??= require('tunnel/index.js'))
exports.httpOverHttp = options => load().httpOverHttp(options)
exports.httpsOverHttp = options => load().httpsOverHttp(options)
exports.httpOverHttps = options => load().httpOverHttps(options)
exports.httpsOverHttps = options => load().httpsOverHttps(options)
