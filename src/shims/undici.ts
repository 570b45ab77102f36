// The bundle's 'undici' (tsconfig.json `paths`). @actions/http-client imports ProxyAgent from undici
// for getAgentDispatcher() alone, which this action never calls; yet undici is most of what the
// bundle would be, and evaluating it loads http2, zlib, worker_threads and more. So undici is built
// into a file of its own, dist/undici/index.cjs (see the bundle script), read on the first
// `new ProxyAgent()`. webpack leaves a createRequire() call in ES modules to run time, which is
// what keeps that file out of dist/index.js; the startup tests notice if that ever changes.
import { createRequire } from 'node:module'
import type * as Undici from 'undici/types/index.js'

/** Relative to dist/index.js, where this module ends up. */
const UNDICI_BUNDLE = './undici/index.cjs'

let undici: typeof Undici | undefined

/** Constructs undici's own ProxyAgent: `new` returns that object, so callers get the real one. */
export const ProxyAgent = function ProxyAgent(options: Undici.ProxyAgent.Options | string) {
  undici ??= createRequire(import.meta.url)(UNDICI_BUNDLE) as typeof Undici
  return new undici.ProxyAgent(options)
} as unknown as typeof Undici.ProxyAgent
export type ProxyAgent = Undici.ProxyAgent
