import { runStep } from './step.js'

// tunnel, http-client's proxy agent, calls new Buffer() when the proxy URL carries credentials,
// and Node would print DEP0005 into the workflow log: noise no workflow author can act on.
process.noDeprecation = true

// Awaited at the top level, so that a run that never settles ends with exit code 13, a failure,
// rather than a silent pass. This module imports one other and holds nothing else: webpack cannot
// merge a module that awaits at the top level into the others, and gave each module it imports
// (and each module shared by two of those) a scope and export getters of its own; with one
// import, all of src/ is merged into one scope. Peak RSS on Node 24: 0.3 MiB less (see
// "is one scope" in __tests__/startup.test.ts).
await runStep()
