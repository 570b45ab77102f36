// fast-check for the mutation run only (jest.mutate.config.js maps 'fast-check' here): the same
// library, each property held to at most MUTATION_RUNS runs. Every mutant that a test loads at
// start-up (a table, a regular expression, a value built while the tests are collected) reruns
// all the suites, so the suites' time multiplies the run's; a property that catches a mutant at
// all mostly does so in its first runs. npm test runs every property in full.
import * as real from '../../node_modules/fast-check/lib/fast-check.js'

export * from '../../node_modules/fast-check/lib/fast-check.js'

const MUTATION_RUNS = 20

const capped = params => ({
  ...params,
  numRuns: Math.min(params?.numRuns ?? MUTATION_RUNS, MUTATION_RUNS)
})

export const assert = (property, params) => real.assert(property, capped(params))
export const check = (property, params) => real.check(property, capped(params))

export default { ...real.default, assert, check }
