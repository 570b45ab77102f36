export const ACTION_ENTRY: string
/** The Node that runs the action: ACTION_NODE, else the one running the tests. */
export const ACTION_NODE: string

export interface ActionRun {
  exitCode: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  outputText: string
  /** What the step saved with core.saveState (GITHUB_STATE). */
  state: Record<string, string>
  summary: string
  elapsedMs: number
}

export interface RunOptions {
  inputs?: Record<string, string>
  env?: Record<string, string | undefined>
  /** Saved state, given to the step as STATE_<name> (for a post step). */
  state?: Record<string, string>
  entry?: string
  killAfterMs?: number
}

export function runAction(options?: RunOptions): Promise<ActionRun>

export function runMainThenPost(
  options?: RunOptions & { between?: () => Promise<void> | void }
): Promise<{ main: ActionRun; post: ActionRun }>

export function parseOutputFile(text: string): Record<string, string>
