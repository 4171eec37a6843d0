import { dirname, isAbsolute, relative, resolve } from 'node:path'
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * Layers by folder, for every import (as VS Code's code-layering check does): a relative import is
 * resolved to the file it names, so `../../main/registry.ts` is caught wherever it is written from.
 * Each forbidden entry names folders, files, packages (a trailing * is a prefix) and optionally the
 * only imported names that are forbidden.
 */
const root = import.meta.dirname
const within = (file, folder) => {
  const path = relative(resolve(root, folder), file)
  return path === '' || (!path.startsWith('..') && !isAbsolute(path))
}
const layers = {
  rules: {
    imports: {
      meta: { type: 'problem', schema: [{ type: 'array' }] },
      create(context) {
        const forbidden = context.options[0] ?? []
        const check = (node, specifiers) => {
          const source = node.source?.value
          if (typeof source !== 'string') return
          const target = source.startsWith('.') ? resolve(dirname(context.filename), source) : null
          for (const rule of forbidden) {
            const hit = target
              ? (rule.folders ?? []).some((folder) => within(target, folder)) ||
                (rule.files ?? []).some((file) => resolve(root, file) === target)
              : (rule.packages ?? []).some((name) =>
                  name.endsWith('*')
                    ? source.startsWith(name.slice(0, -1))
                    : source === name || source.startsWith(`${name}/`),
                )
            const named =
              !rule.names ||
              (specifiers ?? []).some((specifier) => rule.names.includes(specifier.imported?.name))
            if (hit && named)
              context.report({ node: node.source, message: `${source}: ${rule.message}` })
          }
        }
        return {
          ImportDeclaration: (node) => check(node, node.specifiers),
          ExportNamedDeclaration: (node) =>
            check(
              node,
              node.specifiers.map((s) => ({ imported: s.local })),
            ),
          ExportAllDeclaration: (node) => check(node),
          ImportExpression: (node) => check(node),
        }
      },
    },
  },
}
const MAIN_RENDERER_PRELOAD = {
  folders: ['src/main', 'src/renderer', 'src/preload'],
  message: 'src/shared runs in every process and imports only src/shared.',
}
const NODE_DB_DOCUMENT_LIBRARIES = {
  packages: [
    'electron',
    'node:*',
    'fs',
    'path',
    'os',
    'child_process',
    'worker_threads',
    'better-sqlite3',
    '@mikro-orm/*',
    'exceljs',
    'docx',
    'jszip',
    'ics',
  ],
  message: 'src/shared runs in every process: no Node, database or document library.',
}
const ELECTRON_WIRING = {
  files: [
    'src/main/index.ts',
    'src/main/window.ts',
    'src/main/ipc.ts',
    'src/main/menu.ts',
    'src/main/electronHost.ts',
    'src/main/startup.ts',
    'src/main/utilityForker.ts',
  ],
  packages: ['electron'],
  message:
    'services, exports, db and demo run without Electron (CLI, tests): no Electron wiring file.',
}
const RENDERER_PRELOAD = {
  folders: ['src/renderer', 'src/preload'],
  message: 'the main process imports no renderer or preload code.',
}
const SERVICES_DB = {
  folders: ['src/main/services', 'src/main/db'],
  message: 'documents are built from the DTOs they are given: no services or database.',
}
const API_CLIENT = {
  files: ['src/renderer/src/api.ts'],
  names: ['api'],
  message:
    'screens read and write through components/procedures.ts (useProcedure, useProcedureMutation) or their area queries.ts.',
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      '.bench/**',
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
    plugins: { layers },
    rules: {
      'layers/imports': ['error', [MAIN_RENDERER_PRELOAD, NODE_DB_DOCUMENT_LIBRARIES]],
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
    plugins: { 'react-hooks': reactHooks, layers },
    rules: {
      'layers/imports': ['error', [API_CLIENT]],
      // Confirmations are the app's own dialog (components/useConfirm), the same everywhere.
      'no-alert': 'error',
      // Today is the program's clock (useToday), never the computer's date.
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Use useToday() (the program clock), not new Date().',
        },
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message: 'Use useToday() (the program clock), not Date.now().',
        },
      ],
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
    // The generic hooks and the areas' special ones are the only readers of the api client.
    files: ['src/renderer/src/**/queries.ts', 'src/renderer/src/components/procedures.ts'],
    rules: { 'layers/imports': 'off' },
  },
  {
    // Services run headless (CLI, tests): Electron stays in the thin wiring files.
    files: ['src/main/services/**/*.ts', 'src/main/db/**/*.ts', 'src/main/demo/**/*.ts'],
    plugins: { layers },
    rules: { 'layers/imports': ['error', [ELECTRON_WIRING, RENDERER_PRELOAD]] },
  },
  {
    files: ['src/main/exports/**/*.ts'],
    plugins: { layers },
    rules: { 'layers/imports': ['error', [ELECTRON_WIRING, RENDERER_PRELOAD, SERVICES_DB]] },
  },
)
