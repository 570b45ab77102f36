import { run } from './main.js'
import { post } from './post.js'
import { isPostStep, markMainStepRan } from './report/state.js'

/**
 * One entry for both steps: the runner starts dist/index.js again for `runs.post`, and the state
 * the main step saved tells the two apart.
 */
export async function runStep(): Promise<void> {
  if (isPostStep()) {
    await post()
  } else {
    markMainStepRan()
    await run()
  }
}
