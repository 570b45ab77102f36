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
  reporters: ['default', '<rootDir>/scripts/jest-plain-summary.mjs'],
  testMatch: ['**/__tests__/**/*.test.ts'],
  collectCoverage: true,
  // src/shims only run inside the bundle; the startup tests exercise them there.
  collectCoverageFrom: ['src/**/*.ts', '!src/index.ts', '!src/shims/**'],
  coverageReporters: ['text-summary', 'json-summary', 'lcov'],
  testTimeout: 60000
}
