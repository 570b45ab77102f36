import { run } from './main.js'
import { post } from './post.js'
import { isPostStep, markGateRan } from './report/state.js'

// tunnel, http-client's proxy agent, calls new Buffer() when the proxy URL carries credentials,
// and Node would print DEP0005 into the workflow log: noise no workflow author can act on.
process.noDeprecation = true

// One entry for both steps: the runner starts dist/index.js again for `runs.post`, and the state
// the gate saved tells the two apart.
const postStep = isPostStep()
if (!postStep) markGateRan()
const severity = postStep ? await post() : await run()

// The one place that decides the step's exit code. Awaited at the top level, so that a run that
// never settles ends with exit code 13, a failure, rather than a silent pass.
process.exitCode = severity === 'failure' ? 1 : 0
