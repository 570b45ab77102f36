import { run } from './main.js'
import { post } from './post.js'
import { isPostStep, markGateRan } from './report/state.js'

// tunnel, http-client's proxy agent, calls new Buffer() when the proxy URL carries credentials,
// and Node would print DEP0005 into the workflow log: noise no workflow author can act on.
process.noDeprecation = true

// The one place that decides the step's exit code. A failure until the step has settled: a run
// that never settles (the event loop empties with nothing left to wait for) must not pass.
process.exitCode = 1

// One entry for both steps: the runner starts dist/index.js again for `runs.post`, and the state
// the gate saved tells the two apart.
const postStep = isPostStep()
if (!postStep) markGateRan()
void (postStep ? post() : run()).then(severity => {
  process.exitCode = severity === 'failure' ? 1 : 0
})
