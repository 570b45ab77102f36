import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  // Declarations for the emulator and the scripts are checked by tsc through __tests__/tsconfig.json.
  {
    ignores: [
      'dist/',
      'coverage/',
      'node_modules/',
      'build/',
      'bench/.work/',
      'reports/',
      '.stryker-tmp/',
      'preview/',
      'emulator/*.d.mts',
      'scripts/*.d.mts'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/explicit-function-return-type': ['error', { allowExpressions: true }],
      'no-console': 'error'
    }
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { ...globals.node }
    },
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      'no-console': 'off',
      '@typescript-eslint/explicit-function-return-type': 'off'
    }
  },
  {
    // CommonJS on purpose: see src/shims and __tests__/support/load-recorder.cjs.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  {
    files: ['__tests__/**/*.ts'],
    rules: { '@typescript-eslint/explicit-function-return-type': 'off' }
  }
)
