// Mutation testing of the pure core: `npm run mutate` (every module below), or one module with
// `npm run mutate -- --mutate src/base/decimal.ts`. See CONTRIBUTING.md, "Mutation testing".
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  // The layers without I/O: base/, settings/, the retry policy and failure kinds of read/, decide/.
  mutate: [
    'src/base/outside-text.ts',
    'src/base/snapshot.ts',
    'src/base/ledger.ts',
    'src/base/decimal.ts',
    'src/base/currencies.ts',
    'src/base/format.ts',
    'src/settings/settings.ts',
    'src/read/retry.ts',
    'src/read/failure.ts',
    'src/decide/*.ts'
  ],
  testRunner: 'jest',
  // Jest in ESM mode, as npm test runs it.
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  jest: { projectType: 'custom', configFile: 'jest.mutate.config.js' },
  coverageAnalysis: 'perTest',
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  incremental: true,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  // The surviving mutants and the score table, not every test's name.
  clearTextReporter: { logTests: false, reportTests: false },
  // Nothing the in-process suites read: the sandbox copies the rest.
  ignorePatterns: ['dist', 'coverage', 'reports', 'bench/.work'],
  thresholds: { high: 90, low: 80, break: null }
}
