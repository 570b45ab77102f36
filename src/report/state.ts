import * as core from '@actions/core'
import type { CleanText } from '../base/outside-text.js'

/**
 * What the gate hands to the post step, through @actions/core's state (the runner gives each
 * saved value to the post step as STATE_<name>).
 */
const IS_POST = 'isPost'
const SNAPSHOT = 'snapshot'
const CURRENCY = 'currency'

/** True in the post step: the gate of this action instance marked that it ran. */
export function isPostStep(): boolean {
  return core.getState(IS_POST) === 'true'
}

export function markGateRan(): void {
  core.saveState(IS_POST, 'true')
}

/** The balance at the start of the job (a snapshot line), for the post step to measure from. */
export function saveStartOfJob(snapshot: CleanText, currency: CleanText | undefined): void {
  core.saveState(SNAPSHOT, snapshot)
  core.saveState(CURRENCY, currency ?? '')
}

export interface StartOfJob {
  /** Outside text until parsed: state travels through the runner's files and environment. */
  readonly snapshot: string
  readonly currency: string
}

/** What the gate saved; undefined when it read no balance (or was told not to report). */
export function savedStartOfJob(): StartOfJob | undefined {
  const snapshot = core.getState(SNAPSHOT)
  return snapshot === '' ? undefined : { snapshot, currency: core.getState(CURRENCY) }
}
