export interface ActionMetadataLines {
  inputs: Record<string, { default: string | undefined }>
  runs: Record<string, string>
}

export function readActionMetadata(text: string): ActionMetadataLines

export function parseArguments(
  args: string[],
  declaredInputs: string[]
): { inputs: Record<string, string>; keyVariable: string; debug: boolean; help: boolean }

export function humanLine(line: string, options: { debug: boolean }): string | undefined
