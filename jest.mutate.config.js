// Jest for the mutation run (stryker.config.mjs): the in-process suites only. It is jest.config.js
// without the global setup and teardown (they build the bundle the end-to-end suites run, which
// no mutant reaches), without coverage (Stryker measures its own, per test) and without the
// summary reporter. The suites that run the bundle or other programs (dependency-cruiser,
// actionlint, bash, Mermaid's parser, a browser) or read the repository's files cannot tell one
// mutant from another. Properties run at most 20 times each (__tests__/support/fast-check-capped.mjs).
import base from './jest.config.js'

/** @type {import('jest').Config} */
const config = {
  ...base,
  reporters: ['default'],
  collectCoverage: false,
  testPathIgnorePatterns: [
    '/node_modules/',
    '\\.e2e\\.test\\.ts$',
    '/__tests__/(startup|layers|boundary|metadata|scripts|workflows|recipes|charts|preview)\\.test\\.ts$'
  ],
  moduleNameMapper: { '^fast-check$': '<rootDir>/__tests__/support/fast-check-capped.mjs' }
}
delete config.globalSetup
delete config.globalTeardown
delete config.collectCoverageFrom
delete config.coverageReporters

export default config
