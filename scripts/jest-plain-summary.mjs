// A Jest reporter that ends the run with one plain line, `jest: N passed, N failed, N skipped`,
// which CI log readers that do not know Jest's own summary can count. It is written when the
// process exits so that it stays the last line, after the coverage summary.
import { writeSync } from 'node:fs'

export default class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results
    const line = `jest: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped`
    process.once('exit', () => writeSync(1, `\n${line}\n`))
  }
}
