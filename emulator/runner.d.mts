export const ACTION_ENTRY: string
/** The Node that runs the action: ACTION_NODE, else the one running the tests. */
export const ACTION_NODE: string

export interface ActionRun {
  exitCode: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  outputText: string
  summary: string
  elapsedMs: number
}

export function runAction(options?: {
  inputs?: Record<string, string>
  env?: Record<string, string | undefined>
  entry?: string
  killAfterMs?: number
}): Promise<ActionRun>

export function parseOutputFile(text: string): Record<string, string>
