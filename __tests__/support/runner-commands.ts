// The GitHub runner's rules for workflow commands in a step's output, as actions/runner's
// src/Runner.Common/ActionCommand.cs applies them, so that tests can tell which lines it would
// act on:
// - TryParseV2: a line that, after leading white space, starts with `::` and has another `::`
//   later is the command named by what stands between them (up to a space).
// - TryParse (legacy): `##[` anywhere in a line, with a `]` after it, is the command named by
//   what stands between them (up to a space).
// The runner splits the output into lines at \n, \r\n and \r. This checker counts a command
// whatever its name, registered or not: stricter than the runner.

export interface RunnerCommand {
  readonly form: '::' | '##['
  readonly name: string
  readonly line: string
}

export function runnerCommands(output: string): RunnerCommand[] {
  const found: RunnerCommand[] = []
  for (const line of output.split(/\r\n|\r|\n/)) {
    const trimmed = line.trimStart()
    if (trimmed.startsWith('::')) {
      const end = trimmed.indexOf('::', 2)
      if (end >= 0) {
        found.push({ form: '::', name: trimmed.slice(2, end).split(' ')[0] ?? '', line })
        continue // TryProcessCommand stops at the first form that parses
      }
    }
    const prefix = line.indexOf('##[')
    if (prefix >= 0) {
      const bracket = line.indexOf(']', prefix)
      if (bracket >= 0) {
        found.push({ form: '##[', name: line.slice(prefix + 3, bracket).split(' ')[0] ?? '', line })
      }
    }
  }
  return found
}

/** The commands this action itself prints: annotations, debug lines and masks. */
export const OUR_COMMANDS = [
  'error',
  'warning',
  'debug',
  'add-mask',
  'notice',
  'set-output',
  'save-state'
]

/**
 * Commands the runner would run that this action did not mean: any legacy one, any `::` one
 * with a name the action never prints. A `::` command with one of our names can only come from
 * us, since outside text never starts a line.
 */
export function foreignCommands(output: string): RunnerCommand[] {
  return runnerCommands(output).filter(
    command => command.form === '##[' || !OUR_COMMANDS.includes(command.name)
  )
}
