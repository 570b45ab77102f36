import * as core from '@actions/core'
import { type CleanText, protectSecret } from '../base/outside-text.js'
import type { ReadProgress } from '../read/read-balance.js'
import { attemptStarted, attemptSucceeded, retrying } from './messages.js'

/**
 * The log sinks. They take clean text only: server text, echoed inputs and file-system errors
 * reach the log through base/outside-text.ts or not at all. None of them fails the step: that is
 * src/index.ts's to do, from the verdict.
 */

export const ANNOTATION_TITLE = 'DeepSeek balance'

export function debug(text: CleanText): void {
  core.debug(text)
}

export function info(text: CleanText): void {
  core.info(text)
}

export function notice(text: CleanText): void {
  core.notice(text, { title: ANNOTATION_TITLE })
}

export function warning(text: CleanText): void {
  core.warning(text, { title: ANNOTATION_TITLE })
}

export function error(text: CleanText): void {
  core.error(text, { title: ANNOTATION_TITLE })
}

/** The attempts as they go: each start and success for debug logging, each retry in the log. */
export const readProgress: ReadProgress = {
  attemptStarted: (attempt, maxAttempts, url) => debug(attemptStarted(attempt, maxAttempts, url)),
  attemptSucceeded: attempt => debug(attemptSucceeded(attempt)),
  retrying: (failure, attempt, maxAttempts, delayMs) =>
    info(retrying(failure, attempt, maxAttempts, delayMs))
}

/**
 * Registers the key with the boundary, and with the runner's masking. A key pasted with a line
 * break or a space is rejected, but its words are protected too: any one of them may be the key.
 * An empty key has nothing to protect: the runner would only answer an empty mask with a warning.
 */
export function protectKey(key: string): void {
  const words = key.split(/\s+/).filter(word => word !== '')
  for (const secret of new Set([key, ...words])) {
    if (secret === '') continue
    protectSecret(secret)
    // Outside a runner nothing reads `::add-mask::`: the line would only print the key.
    if (process.env['GITHUB_ACTIONS'] === 'true') core.setSecret(secret)
  }
}
