import type { CleanText } from '../base/outside-text.js'
import type { FetchFailure } from '../read/failure.js'
import type { InputProblem } from '../settings/settings.js'

/**
 * What a verdict is made of, as data: each finding, advice and note is a kind with clean
 * fields. report/messages.ts has the words for every one of them.
 */

/** A balance as shown: an amount and its currency. */
export interface ShownAmount {
  readonly total: CleanText
  readonly currency: CleanText
}

/** The account reports no row the check can use. */
export interface Missing {
  /** The currency asked for; undefined when any of CURRENCIES would do. */
  readonly wanted: CleanText | undefined
  readonly reported: readonly CleanText[]
}

export type BalanceFinding =
  | {
      readonly kind: 'balance-ok'
      readonly amount: ShownAmount
      readonly min?: CleanText
      readonly warn?: CleanText
    }
  | { readonly kind: 'below-min'; readonly amount: ShownAmount; readonly min: CleanText }
  | { readonly kind: 'below-warn'; readonly amount: ShownAmount; readonly warn: CleanText }
  | { readonly kind: 'not-available'; readonly amount: ShownAmount }
  | { readonly kind: 'not-available'; readonly missing: Missing }
  | { readonly kind: 'missing-below-min'; readonly missing: Missing; readonly min: CleanText }
  | { readonly kind: 'missing-below-warn'; readonly missing: Missing; readonly warn: CleanText }
  | { readonly kind: 'missing-but-available'; readonly missing: Missing }

/** The job (gate to post step), or the time since a baseline. */
export type SpendScope = { readonly kind: 'job' } | { readonly kind: 'since'; readonly since: Date }

/** One currency's movement between two balances, every part clean. */
export interface SpendFigures {
  readonly currency: CleanText
  /** How much the balance fell; after a top-up, how much it rose. Never signed. */
  readonly amount: CleanText
  readonly before: CleanText
  readonly after: CleanText
  readonly elapsedMs: number
}

/** One window of the ledger: its spend, and how much of it the ledger covers. */
export interface WindowFigures {
  readonly days: number
  readonly spent: CleanText
  readonly spanMs: number
  readonly full: boolean
}

/** A daily rate and the runway it gives. */
export interface RateFigures {
  readonly perDay: CleanText
  readonly currency: CleanText
  readonly since: Date
  readonly total: CleanText
  readonly runwayDays: CleanText
}

export type SpendFinding =
  | { readonly kind: 'spent'; readonly scope: SpendScope; readonly figures: SpendFigures }
  | { readonly kind: 'rose'; readonly scope: SpendScope; readonly figures: SpendFigures }
  /** The checked currency is not in both balances (or none was checked). */
  | { readonly kind: 'no-spend-figure'; readonly scope: SpendScope; readonly currency?: CleanText }
  | {
      readonly kind: 'over-budget'
      readonly scope: SpendScope
      readonly figures: SpendFigures
      readonly max: CleanText
    }
  | {
      readonly kind: 'budget-unchecked'
      readonly scope: SpendScope
      readonly max: CleanText
      readonly currency?: CleanText
    }
  | { readonly kind: 'rate'; readonly rate: RateFigures }
  /** What the ledger says was spent over its windows. */
  | {
      readonly kind: 'history-spend'
      readonly currency: CleanText
      readonly windows: readonly WindowFigures[]
    }
  /** max-spend-per-day, with a history that could not be used, or no currency to count in. */
  | {
      readonly kind: 'daily-cap-unchecked'
      readonly max: CleanText
      readonly why: 'history-unusable' | 'no-currency'
    }
  /** The last day's spend against max-spend-per-day: over it, or (the ledger younger than a day) within it. */
  | {
      readonly kind: 'daily-cap'
      readonly over: boolean
      readonly spent: CleanText
      readonly currency: CleanText
      /** What the ledger covers of the day; under a day, the spend is a lower bound. */
      readonly spanMs: number
      readonly partial: boolean
      readonly max: CleanText
    }
  | { readonly kind: 'runway-low'; readonly rate: RateFigures; readonly threshold: CleanText }

export type StepFinding =
  | {
      readonly kind: 'read-failed'
      readonly failure: FetchFailure
      readonly attempts: number
      readonly elapsedMs: number
      /** In the post step: the job's budget that could not be checked, and its currency. */
      readonly max?: CleanText
      readonly currency?: CleanText
      readonly atEndOfJob: boolean
    }
  | { readonly kind: 'saved-balance-unreadable'; readonly max?: CleanText }
  | { readonly kind: 'input'; readonly problem: InputProblem }
  | { readonly kind: 'unexpected'; readonly error: CleanText }

export type Finding = BalanceFinding | SpendFinding | StepFinding

export type Advice =
  | { readonly kind: 'top-up' }
  | { readonly kind: 'top-up-or-lower-min' }
  | { readonly kind: 'top-up-soon' }
  | { readonly kind: 'check-account' }
  | { readonly kind: 'other-currency'; readonly currency: CleanText }
  | { readonly kind: 'find-spend-or-raise-max' }
  | { readonly kind: 'top-up-or-lower-runway' }
  | { readonly kind: 'find-spend-or-raise-cap' }
  /** What to try about a failure to read the balance. */
  | { readonly kind: 'fix-read'; readonly failure: FetchFailure }

/** An input that does nothing here, or a pair that makes little sense: never fails a step. */
export type Note =
  | {
      readonly kind: 'warn-not-above-min'
      readonly level: 'warning'
      readonly warn: CleanText
      readonly min: CleanText
    }
  | { readonly kind: 'runway-without-baseline'; readonly level: 'notice'; readonly days: CleanText }
  /** The ledger spans less than a day and there is no baseline: no rate yet. */
  | {
      readonly kind: 'runway-history-too-short'
      readonly level: 'notice'
      readonly days: CleanText
      readonly spanMs: number
      readonly neededMs: number
    }
  | {
      readonly kind: 'history-lines-skipped'
      readonly level: 'warning'
      readonly file: CleanText
      readonly skipped: number
      readonly future: number
    }
  /** A non-empty file without a single reading: a wrong path, most likely. Left untouched. */
  | {
      readonly kind: 'history-not-a-ledger'
      readonly level: 'warning'
      readonly file: CleanText
      readonly lines: number
    }
  | {
      readonly kind: 'history-too-large'
      readonly level: 'warning'
      readonly file: CleanText
      readonly bytes: number
      readonly limit: number
    }
  | {
      readonly kind: 'history-unreadable'
      readonly level: 'warning'
      readonly file: CleanText
      readonly error: CleanText
    }
  | {
      readonly kind: 'runway-baseline-too-young'
      readonly level: 'notice'
      readonly days: CleanText
      readonly ageMs: number
      readonly neededMs: number
    }
