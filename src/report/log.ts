import * as core from '@actions/core'
import { type CleanText, protectSecret } from './outside-text.js'

/**
 * The log sinks. They take clean text only: server text, echoed inputs and file-system errors
 * reach the log through report/outside-text.ts or not at all.
 */

export const ANNOTATION_TITLE = 'DeepSeek balance'

export function debug(text: CleanText): void {
  core.debug(text)
}

export function info(text: CleanText): void {
  core.info(text)
}

export function warning(text: CleanText): void {
  core.warning(text, { title: ANNOTATION_TITLE })
}

/** An error annotation; the step fails when the process ends. */
export function error(text: CleanText): void {
  core.error(text, { title: ANNOTATION_TITLE })
  // A plain 1 rather than core.ExitCode, which would pull an enum in for one number.
  process.exitCode = 1
}

/**
 * Registers the key with the boundary, and with the runner's masking. A key pasted with a line
 * break or a space is rejected, but its words are protected too: any one of them may be the key.
 */
export function protectKey(key: string): void {
  const words = key.split(/\s+/).filter(word => word !== '')
  for (const secret of new Set([key, ...words])) {
    protectSecret(secret)
    // Outside a runner nothing reads `::add-mask::`: the line would only print the key.
    if (process.env['GITHUB_ACTIONS'] === 'true') core.setSecret(secret)
  }
}
