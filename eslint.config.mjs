import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const fenceElectron = {
  paths: [{ name: 'electron', message: 'Only src/main (outside services) and src/preload may import electron.' }],
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'docs/**',
      '.cache/**',
      'bin/**',
      'scripts/**',
      'test/fixtures/**/*.mjs',
      '*.config.mjs',
      'eslint.config.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // ipcMain/ipcRenderer live in exactly two files (main/ipc/electron.ts, preload); electron nowhere near services.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportSpecifier[imported.name=/^(ipcMain|ipcRenderer)$/]',
          message: 'ipcMain/ipcRenderer only in src/main/ipc/electron.ts and src/preload/index.ts.',
        },
      ],
    },
  },
  {
    // expect.any()/expect.stringContaining() are typed `any` by design.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['src/main/ipc/electron.ts', 'src/preload/index.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: [
      'src/renderer/**',
      'src/shared/**',
      'src/main/services/**',
      'src/main/aws/**',
      'src/main/sandbox/**',
      'src/main/settings/**',
      'src/main/core.ts',
      'src/main/ipc/router.ts',
      'src/main/ipc/handlers.ts',
      'src/main/ipc/to-wire-error.ts',
      'src/cli/**',
      'src/web-host/**',
    ],
    rules: { 'no-restricted-imports': ['error', fenceElectron] },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          ...fenceElectron,
          patterns: [
            {
              group: ['node:*', '../main/*', '../../main/*', '../../../main/*'],
              message: 'The renderer never imports node or main code.',
            },
          ],
        },
      ],
    },
  },
);
