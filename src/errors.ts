import type { CleanText } from './report/outside-text.js'

// The error types. Their sentences are written in report/messages.ts, from clean text only.

/** A workflow input that cannot be used. The text names the input and what it accepts. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    readonly text: CleanText
  ) {
    super(text)
    this.name = 'InputError'
  }
}

export interface FetchErrorDetails {
  /** Whether another attempt may get another answer (read/retry.ts decides which do). */
  readonly retryable: boolean
  /** What the workflow author can do about it. */
  readonly hint?: CleanText
  /** The wait the server asked for (Retry-After), already capped. */
  readonly retryAfterMs?: number
  readonly cause?: unknown
}

/** The balance could not be read: the network, the deadline, an HTTP error, a body that is not a balance. */
export class BalanceFetchError extends Error {
  readonly retryable: boolean
  readonly hint: CleanText | undefined
  readonly retryAfterMs: number | undefined

  constructor(
    readonly text: CleanText,
    details: FetchErrorDetails
  ) {
    super(text, details.cause === undefined ? undefined : { cause: details.cause })
    this.name = 'BalanceFetchError'
    this.retryable = details.retryable
    this.hint = details.hint
    this.retryAfterMs = details.retryAfterMs
  }
}

/** A runner file (outputs, summary) could not be written; the verdict was logged before. */
export class RunnerFileError extends Error {
  constructor(
    readonly text: CleanText,
    cause: unknown
  ) {
    super(text, { cause })
    this.name = 'RunnerFileError'
  }
}
