// Jest in ESM mode: @actions/core 3 and @actions/http-client 4 are ESM-only.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  resolver: 'ts-jest-resolver',
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '__tests__/tsconfig.json' }]
  },
  // The end-to-end suites run a bundle built from src/ for the run (emulator/runner.mjs reads
  // ACTION_ENTRY), so a change in src/ is what they test.
  globalSetup: '<rootDir>/scripts/jest-global-setup.mjs',
  globalTeardown: '<rootDir>/scripts/jest-global-teardown.mjs',
  reporters: ['default', '<rootDir>/scripts/jest-plain-summary.mjs'],
  testMatch: ['**/__tests__/**/*.test.ts'],
  // Stryker's sandboxes (npm run mutate) are copies of the repository, tests included.
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp/'],
  collectCoverage: true,
  // src/shims only run inside the bundle; the startup tests exercise them there.
  collectCoverageFrom: ['src/**/*.ts', '!src/index.ts', '!src/shims/**'],
  coverageReporters: ['text-summary', 'json-summary', 'lcov'],
  testTimeout: 60000
}
