import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'storybook-static/', 'docs/api/', 'test-results/', 'demo/scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'wc/guard-super-call': 'off',
    },
  },
  // Code that runs in browsers: the library, its stories and sample data, the demo and the browser tests.
  // Node's globals (process, Buffer, __dirname) are errors here. typescript-eslint turns `no-undef`
  // off for .ts files, and the type check knows Node's types (vite.config.ts brings them), so a
  // rule names them.
  {
    files: ['src/**', 'stories/**', '.storybook/**', 'sample/**', 'demo/**', 'test/**/*.test.ts', 'test/helpers/**'],
    ignores: ['.storybook/main.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-globals': [
        'error',
        ...Object.keys(globals.node)
          .filter((name) => !(name in globals.browser))
          .map((name) => ({ name, message: `${name} exists only in Node, and this code runs in browsers.` })),
      ],
    },
  },
  // Code that runs in Node: build and tool scripts, configs, Node tests and the test servers.
  {
    files: ['scripts/**', 'bin/**', 'test/node/**', 'test/server/**', '*.config.{js,mjs,ts}', '.storybook/main.ts', '.ci/**'],
    languageOptions: { globals: globals.node },
  },
  // Node tests drive Chromium: the functions they hand to page.evaluate() run in the page.
  {
    files: ['test/node/**', 'scripts/screenshot.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  // The layout's one hard boundary: code under src/on-demand/ is downloaded when first needed,
  // through `lazy(() => import(...))`. A static import would put it into every component's bundle.
  // Type imports are free (they vanish). src/index.ts, the package API, and src/feed-data.ts
  // (news-widgets/feed, the data layer for servers and edge runtimes) re-export it on purpose.
  {
    files: ['src/**/*.ts'],
    ignores: ['src/on-demand/**', 'src/index.ts', 'src/feed-data.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/on-demand/**'],
              allowTypeImports: true,
              message: 'src/on-demand/ loads on demand: use lazy(() => import(...)) (see src/util/lazy.ts), or an `import type`.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  }
);
