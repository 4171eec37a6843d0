import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'src/main/db/migrations/Migration*.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-ignore': true, 'ts-nocheck': true, 'ts-expect-error': 'allow-with-description' },
      ],
      'no-empty-pattern': 'off',
    },
  },
  {
    // Runs everywhere: main, preload and renderer. No Electron, no Node built-ins.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'node:*', 'fs', 'path', 'os', 'child_process'],
              message: 'src/shared runs in every process: no electron or node:* imports.',
            },
          ],
        },
      ],
    },
  },
  {
    // The renderer reaches the main process only through window.api; it imports src/shared and its own code.
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'electron',
                'node:*',
                'fs',
                'path',
                'os',
                'child_process',
                'better-sqlite3',
                '@mikro-orm/*',
                'exceljs',
                'docx',
              ],
              message: 'The renderer only talks to main through window.api.',
            },
            {
              group: ['**/main/**', '**/preload/**'],
              message: 'The renderer imports only src/shared and renderer code.',
            },
          ],
        },
      ],
    },
  },
  {
    // Services run headless (CLI, tests): Electron stays in the thin wiring files.
    files: [
      'src/main/services/**/*.ts',
      'src/main/exports/**/*.ts',
      'src/main/db/**/*.ts',
      'src/main/demo/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Services must run without Electron (CLI, tests).' },
          ],
        },
      ],
    },
  },
)
