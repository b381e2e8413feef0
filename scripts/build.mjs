#!/usr/bin/env node
/**
 * `npm run build`: everything users get, into dist/ (emptied first) and custom-elements.json.
 *
 *   dist/index.js, dist/define.js,          the npm package's ESM: lit, @lit/* and valibot stay
 *   dist/components/<tag>.js,               external (they are dependencies), shared code goes to
 *   dist/chunks/*.js                        dist/chunks/, source maps next to every file.
 *   dist/news-widgets.js                    the one-file classic script (IIFE, everything bundled,
 *                                           minified, source map), from src/embed.ts.
 *   dist/types/**.d.ts                      declarations (tsc -p tsconfig.build.json).
 *   custom-elements.json                    the Custom Elements Manifest (cem analyze).
 *
 * Components are found at build time: every src/components/<tag>/define.ts becomes
 * dist/components/<tag>.js, so a new component needs no change here.
 *
 * The ESM is not minified, on purpose: it is read by the user's bundler, which minifies the
 * app as a whole (and better, after tree-shaking across packages); unminified code keeps stack
 * traces and debugging readable in apps that do not use source maps, and costs nothing after
 * the app's own minification. The classic script is the file that reaches browsers as is, so
 * that one is minified.
 *
 * Both builds strip the indentation and comments of Lit's css/html templates
 * (scripts/minify-templates.mjs): whitespace that neither renders nor survives gzip for free.
 *
 * Exits 1 on any error. The declarations and the manifest are produced by child processes that
 * run while Vite bundles.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { eagerImports } from './eager-imports.mjs';
import { minifyTemplates } from './minify-templates.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const started = performance.now();
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** Every `src/components/<tag>/define.ts`, as `{ tag, file }`, sorted by tag. */
function componentEntries() {
  const dir = path.join(root, 'src', 'components');
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, `${entry.name}.define.ts`)))
    .map((entry) => ({ tag: entry.name, file: path.join(dir, entry.name, `${entry.name}.define.ts`) }))
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

/** Child processes still running: stopped when the build fails. */
const children = new Set();

/** Runs a command of node_modules/.bin; resolves with its output, rejects with it on failure. */
function run(name, args) {
  const since = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(root, 'node_modules', '.bin', name), args, { cwd: root });
    children.add(child);
    child.on('exit', () => children.delete(child));
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve({ output, time: seconds(since) });
      else reject(new Error(`${name} ${args.join(' ')} exited with ${code}:\n${output.trim()}`));
    });
  });
}

const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const dependencies = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
/** `lit`, `lit/decorators.js`, `@lit/context`, `valibot` ...: whatever package.json's dependencies name. */
const isDependency = (id) => dependencies.some((name) => id === name || id.startsWith(`${name}/`));

/** Shared settings of both Vite builds: no config file, no public dir, dist/ is emptied by us. */
const common = {
  configFile: false,
  root,
  logLevel: 'warn',
  publicDir: false,
  plugins: [minifyTemplates()],
  build: { outDir: dist, emptyOutDir: false, sourcemap: true, reportCompressedSize: false, copyPublicDir: false },
};

/** The npm package's ESM: entries for the package exports, dependencies external, unminified. */
async function buildEsm(components) {
  const since = performance.now();
  const entry = {
    index: path.join(root, 'src', 'index.ts'),
    define: path.join(root, 'src', 'define.ts'),
    ...Object.fromEntries(components.map(({ tag, file }) => [`components/${tag}`, file])),
  };
  await build({
    ...common,
    build: {
      ...common.build,
      target: 'es2022',
      minify: false,
      lib: { entry, formats: ['es'] },
      rolldownOptions: {
        external: isDependency,
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
        },
      },
    },
  });
  return seconds(since);
}

/** The one-file classic script: an IIFE with everything inside, minified. */
async function buildClassicScript() {
  const since = performance.now();
  await build({
    ...common,
    plugins: [...common.plugins, eagerImports()],
    // Library mode leaves `process.env.NODE_ENV` for the user's bundler; a script tag has none.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      ...common.build,
      target: 'es2022',
      minify: true,
      cssCodeSplit: false,
      lib: {
        entry: path.join(root, 'src', 'all.ts'),
        formats: ['iife'],
        name: 'NewsWidgets',
        fileName: () => 'news-widgets.js',
      },
    },
  });
  const file = path.join(dist, 'news-widgets.js');
  const code = readFileSync(file, 'utf8');
  // The one file must stand alone: no module syntax, no second file to fetch.
  const problems = [];
  if (/\bimport\s*\(/.test(code)) problems.push('it contains a dynamic import()');
  if (/^\s*(import|export)\s/m.test(code)) problems.push('it contains module syntax (import/export)');
  if (/\bprocess\.env\b/.test(code)) problems.push('it references process.env');
  const others = readdirSync(dist).filter((name) => /\.css$/.test(name));
  if (others.length) problems.push(`the build wrote ${others.join(', ')} next to it`);
  if (problems.length) throw new Error(`dist/news-widgets.js is not a standalone classic script: ${problems.join('; ')}`);
  return seconds(since);
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

try {
  rmSync(dist, { recursive: true, force: true });
  const components = componentEntries();
  if (!components.length) throw new Error('no src/components/<tag>/define.ts found');

  // tsc and the analyzer are separate processes: start them first, bundle meanwhile.
  const types = run('tsc', ['-p', 'tsconfig.build.json']);
  const manifest = run('cem', ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
  types.catch(() => {}); // awaited below; avoid an unhandled rejection while Vite runs
  manifest.catch(() => {});

  const esmTime = await buildEsm(components);
  const iifeTime = await buildClassicScript();
  const [typesResult, manifestResult] = await Promise.all([types, manifest]);

  // Everything package.json promises must be there.
  const expected = [
    'dist/index.js',
    'dist/define.js',
    'dist/news-widgets.js',
    'dist/news-widgets.js.map',
    'dist/types/index.d.ts',
    'dist/types/define.d.ts',
    'custom-elements.json',
    ...components.flatMap(({ tag }) => [`dist/components/${tag}.js`, `dist/types/components/${tag}/${tag}.define.d.ts`]),
  ];
  const missing = expected.filter((file) => !existsSync(path.join(root, file)));
  if (missing.length) throw new Error(`the build did not produce: ${missing.join(', ')}`);
  const cem = JSON.parse(readFileSync(path.join(root, 'custom-elements.json'), 'utf8'));
  const tags = new Set(cem.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean));
  const undocumented = components.map(({ tag }) => tag).filter((tag) => !tags.has(tag));
  if (undocumented.length) {
    throw new Error(`custom-elements.json has no element for: ${undocumented.join(', ')} (is \`static tagName\` set?)`);
  }

  const files = listFiles(dist);
  const js = files.filter((file) => file.endsWith('.js') && !file.includes(`${path.sep}types${path.sep}`));
  const size = (file) => statSync(file).size;
  const esm = js.filter((file) => !file.endsWith('news-widgets.js'));
  console.log(`news-widgets build (${seconds(started)})`);
  console.log(`  ESM          ${esm.length} files, ${kb(esm.reduce((sum, f) => sum + size(f), 0))} unminified (${esmTime})`);
  console.log(`               entries: index, define, ${components.map(({ tag }) => `components/${tag}`).join(', ')}`);
  console.log(`  classic      dist/news-widgets.js ${kb(size(path.join(dist, 'news-widgets.js')))} minified (${iifeTime})`);
  console.log(`  types        ${files.filter((f) => f.endsWith('.d.ts')).length} .d.ts in dist/types (${typesResult.time})`);
  console.log(`  manifest     custom-elements.json: ${[...tags].sort().join(', ')} (${manifestResult.time})`);
  console.log('  (gzip sizes and budgets: npm run size)');
} catch (error) {
  // Our own errors and the tools' say all there is in the message; a stack helps with the rest.
  const known = error instanceof Error && (error.message.includes(' exited with ') || /^(the build|custom-elements|dist\/|no src)/.test(error.message));
  console.error(`\nbuild failed: ${known ? error.message : (error?.stack ?? error)}`);
  for (const child of children) child.kill();
  process.exit(1);
}
