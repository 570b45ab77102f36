import { run } from './main.js'
import { post } from './post.js'
import { isPostStep, markMainStepRan } from './report/state.js'

// tunnel, http-client's proxy agent, calls new Buffer() when the proxy URL carries credentials,
// and Node would print DEP0005 into the workflow log: noise no workflow author can act on.
process.noDeprecation = true

// One entry for both steps: the runner starts dist/index.js again for `runs.post`, and the
// state the main step saved tells the two apart.
if (isPostStep()) {
  await post()
} else {
  markMainStepRan()
  await run()
}
