import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { junitReporter } from '@web/test-runner-junit-reporter';
import { CHROMIUM_ARGS, chromePath } from './scripts/chrome-path.js';
import { feedServer } from './test/server/feed-server.js';
import { newsletterServer } from './test/server/newsletter-server.js';
import { a11yCommands } from './test/server/a11y-commands.js';

/**
 * A CommonJS package served as one ES module whose default export is its `module.exports` (as
 * Node and bundlers import it): the large-feed worker (src/on-demand/feed/feed-worker.ts) imports
 * @xmldom/xmldom from the sources.
 */
function commonjsAsModule(entry) {
  const cache = new Map();
  return {
    name: 'commonjs-as-module',
    async serve(context) {
      if (!context.path.endsWith(`/node_modules/${entry}`)) return undefined;
      if (!cache.has(entry)) {
        const bundle = await rolldown({ input: fileURLToPath(import.meta.resolve(entry)), logLevel: 'warn' });
        cache.set(entry, (await bundle.generate({ format: 'es' })).output[0].code);
      }
      return { body: cache.get(entry), type: 'js' };
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  // One page at a time: background tabs get no animation frames, and several tests wait for them.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // FUZZ_SCALE multiplies the fuzzing suites' runs (test/hardening/fuzz-*.test.ts), and the time they may take.
  testsFinishTimeout: 300000 * (Number(process.env.FUZZ_SCALE) || 1),
  middleware: [feedServer, newsletterServer],
  // esnext keeps import attributes: sample/sample-data.ts imports the sample feed `with { type: 'json' }`,
  // which an older target would strip, and Chromium then refuses the JSON module.
  // __FUZZ__: more runs or another seed for test/hardening/fuzz-readers.test.ts (FUZZ_SCALE=20 FUZZ_SEED=42).
  plugins: [
    esbuildPlugin({
      ts: true,
      tsconfig: 'tsconfig.json',
      target: 'esnext',
      define: { __FUZZ__: JSON.stringify({ scale: process.env.FUZZ_SCALE ?? '', seed: process.env.FUZZ_SEED ?? '' }) },
    }),
    commonjsAsModule('@xmldom/xmldom/lib/index.js'),
    // The reader's text size and forced colours, through the DevTools protocol (test/hardening/hostile-page-a11y.test.ts).
    a11yCommands(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromePath(),
        headless: true,
        args: [
          ...CHROMIUM_ARGS,
          // Test pages run side by side; without these, background pages throttle timers and observers.
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
          // gc() for the memory tests (test/hardening/leaks.test.ts): a forced collection, then WeakRefs checked.
          '--js-flags=--expose-gc',
        ],
      },
    }),
  ],
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
  },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), junitReporter({ outputPath: 'test-results/browser.xml' })],
};
