// The npm package as a user gets it: `npm pack`, install the tarball into a scratch project
// outside the repo, then compile typed imports with that project's TypeScript and render the
// widgets from a Vite bundle of `news-widgets/define` in Chromium. Needs the build
// (`npm run build`; npm test builds before the node tests) and the npm registry or cache for the
// package's dependencies. The stacks (React, Vue, Svelte...) are tested in stacks.test.js.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { build } from 'vite';
import { launchChromium, openPage, serveStatic } from '../server/static.js';
import { installInto, packTarball, root, run, scratchFolder } from './scratch-project.js';

const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const sample = readFileSync(path.join(root, 'sample', 'feed.json'), 'utf8');
const TIMEOUT = 180_000;

/** Components that ship an entry: src/components/<tag>/define.ts → news-widgets/components/<tag>. */
const components = readdirSync(path.join(root, 'src', 'components'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(path.join(root, 'src', 'components', entry.name, `${entry.name}.define.ts`)))
  .map((entry) => entry.name)
  .sort();
/** Every default tag (news-feed has a folder but may have no define.ts of its own). */
const tags = readdirSync(path.join(root, 'src', 'components'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const work = scratchFolder('news-widgets-package-');
const packDir = path.join(work, 'pack');
const scratch = path.join(work, 'scratch'); // a project of its own: no node_modules above it
const installed = path.join(scratch, 'node_modules', 'news-widgets');

let tarball;
let packedFiles = [];
let installError;

before(async () => {
  ({ tarball, files: packedFiles } = await packTarball(packDir));
});

after(() => rmSync(work, { recursive: true, force: true }));

test('the tarball holds what users need and nothing else', () => {
  const has = (file) => packedFiles.includes(file);
  const required = [
    'package.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'custom-elements.json',
    'schema/news-feed.schema.json',
    'dist/index.js',
    'dist/define.js',
    'dist/define.js.map',
    'dist/news-widgets.js',
    'dist/news-widgets.js.map',
    'dist/news-widgets.all.js',
    'dist/news-widgets.all.js.map',
    'dist/types/index.d.ts',
    'dist/types/index.d.ts.map',
    'dist/types/define.d.ts',
    // Editor data made from the manifest: VS Code custom data and JetBrains web-types.
    'dist/editor/vscode.html-custom-data.json',
    'dist/editor/vscode.css-custom-data.json',
    'dist/editor/web-types.json',
    'src/index.ts', // the declaration maps point into src/
    ...components.flatMap((tag) => [`dist/components/${tag}.js`, `dist/types/components/${tag}/${tag}.define.d.ts`]),
    // What dist/news-widgets.js downloads from its own folder, for sites that host the files themselves.
    ...tags.map((tag) => `dist/widgets/${tag}.js`),
  ];
  assert.deepEqual(
    required.filter((file) => !has(file)),
    [],
    'files missing from the tarball'
  );

  const forbidden =
    /^(test|stories|node_modules|\.ci|\.github|\.storybook|sample|demo|scripts|coverage|test-results|storybook-static|docs\/api)\/|^(tsconfig.*\.json|.*\.config\.(m?js|ts)|index\.html|.*\.tgz|package-lock\.json)$/;
  assert.deepEqual(
    packedFiles.filter((file) => forbidden.test(file)),
    [],
    'files that do not belong in the package'
  );

  // Every built script with code of its own has its source map in the package. (A module that
  // only re-exports, like index.js may be, has no code to map and no map.)
  const scripts = packedFiles.filter((file) => /^dist\/(?!types\/).*\.js$/.test(file));
  const unmapped = scripts.filter((file) => {
    const code = readFileSync(path.join(root, file), 'utf8');
    // Rolldown's own helpers (`\0rolldown/runtime.js`) have no source file to map to.
    if (code.startsWith('// \\0rolldown/runtime.js')) return false;
    const map = code.match(/\/\/# sourceMappingURL=(\S+)\s*$/)?.[1];
    if (!map) return /^(?!\s*(import|export)\b)\S/m.test(code.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, ''));
    return !has(path.posix.join(path.posix.dirname(file), map));
  });
  assert.deepEqual(unmapped, [], 'scripts without their source map');

  // Every target that package.json names is in the tarball (wildcards: for each shipped component).
  const targets = [];
  const collect = (value) => {
    if (typeof value === 'string') targets.push(value.replace(/^\.\//, ''));
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(pkg.exports);
  for (const field of ['main', 'module', 'types', 'customElements']) collect(pkg[field]);
  const expanded = targets.flatMap((target) => {
    if (!target.includes('*')) return [target];
    // Another folder's wildcard (`./editor/*`): some packed file must be in that folder.
    if (!target.includes('components/')) {
      const folder = target.slice(0, target.indexOf('*'));
      return [packedFiles.find((file) => file.startsWith(folder)) ?? target];
    }
    assert.ok(components.length, 'no component entries to check the wildcard exports with');
    return components.map((tag) => target.replaceAll('*', tag));
  });
  assert.deepEqual(
    [...new Set(expanded)].filter((file) => !has(file)),
    [],
    'package.json points at files the tarball lacks'
  );
});

test("each component entry brings its element's types", () => {
  // `import 'news-widgets/components/<tag>'` must bring the element's types (its class and its
  // HTMLElementTagNameMap entry): the entry's .d.ts has to import or re-export the class module.
  // A define.ts that only calls `X.define()` compiles to an empty `export {}` declaration.
  const bare = components.filter((tag) => {
    const file = path.join(root, 'dist', 'types', 'components', tag, `${tag}.define.d.ts`);
    return !readFileSync(file, 'utf8').includes(`./${tag}.js`);
  });
  assert.deepEqual(bare, [], 'component entries whose types do not include the element (add `export { X } from ./<tag>.js` to their define.ts)');
});

test('the tarball installs into a project outside the repo', { timeout: TIMEOUT }, async () => {
  try {
    await installInto(scratch, [tarball, 'typescript@~6.0.3']);
  } catch (error) {
    installError = error;
    throw error;
  }
  const manifest = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8'));
  assert.equal(manifest.name, 'news-widgets');
  assert.ok(manifest.customElements, 'package.json has no customElements field');
  const cem = JSON.parse(readFileSync(path.join(installed, manifest.customElements), 'utf8'));
  const documented = cem.modules
    .flatMap((module) => module.declarations ?? [])
    .map((d) => d.tagName)
    .filter(Boolean);
  assert.deepEqual(
    tags.filter((tag) => !documented.includes(tag)),
    [],
    'custom-elements.json lacks elements'
  );
  for (const dependency of Object.keys(pkg.dependencies)) {
    assert.ok(existsSync(path.join(scratch, 'node_modules', dependency, 'package.json')), `${dependency} was not installed`);
  }
});

test('the installed manifest and editor data are usable by tools', (t) => {
  if (installError || !existsSync(installed)) return t.skip('the install failed');
  const manifest = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8'));
  const cem = JSON.parse(readFileSync(path.join(installed, manifest.customElements), 'utf8'));
  const modules = new Set(cem.modules.map((module) => module.path));
  // Every module path is a published file that the exports map lets users import: resolving its
  // specifier from the scratch project (through package.json `exports`) lands on that very file.
  const resolve = createRequire(path.join(scratch, 'index.js')).resolve;
  const specifier = (file) => (file === 'dist/index.js' ? 'news-widgets' : file.replace(/^dist\/(components\/[\w-]+)\.js$/, 'news-widgets/$1'));
  for (const file of modules) {
    assert.ok(existsSync(path.join(installed, file)), `${file} is not in the package`);
    assert.equal(
      realpathSync(resolve(specifier(file))),
      realpathSync(path.join(installed, file)),
      `${file} cannot be imported through the exports map`
    );
  }
  // No reference points at a module the manifest does not have.
  const dangling = [];
  JSON.stringify(cem, (key, value) => {
    if (value && typeof value === 'object' && typeof value.module === 'string' && !value.package && !modules.has(value.module)) {
      dangling.push(`${value.name} in ${value.module}`);
    }
    return value;
  });
  assert.deepEqual(dangling, [], 'references to modules the manifest does not list');
  const elements = cem.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
  for (const element of elements) {
    for (const event of element.events ?? []) assert.ok(event.type?.text, `${element.tagName}: ${event.name} has no type`);
    for (const property of element.cssProperties ?? []) assert.ok(property.default, `${element.tagName}: ${property.name} has no default`);
  }
  // The editor files list every tag; the script-tag CDN fields point at the loader.
  const webTypes = JSON.parse(readFileSync(path.join(installed, manifest['web-types']), 'utf8'));
  const vscode = JSON.parse(readFileSync(path.join(installed, 'dist/editor/vscode.html-custom-data.json'), 'utf8'));
  assert.deepEqual(webTypes.contributions.html.elements.map((element) => element.name).sort(), [...tags].sort());
  assert.deepEqual(vscode.tags.map((tag) => tag.name).sort(), [...tags].sort());
  const layout = vscode.tags.find((tag) => tag.name === 'headline-list').attributes.find((attribute) => attribute.name === 'layout');
  assert.deepEqual(
    layout.values.map((value) => value.name),
    ['list', 'grid', 'compact'],
    'attribute values are spelled out, not a type name'
  );
  // A CDN's short URL (no file path) redirects, and the loader cannot see where to: it serves the
  // all-in-one script, which fetches nothing else (docs/embedding.md, "How it finds its folder").
  assert.equal(manifest.unpkg, './dist/news-widgets.all.js');
  assert.equal(manifest.jsdelivr, './dist/news-widgets.all.js');
});

test('typed imports compile with TypeScript in the scratch project', { timeout: TIMEOUT }, async (t) => {
  if (installError || !existsSync(installed)) return t.skip('the install failed');
  const tagChecks = tags.map((tag) => `const ${camel(tag)}: Specific<HTMLElementTagNameMap['${tag}']> = true;`).join('\n');
  writeFileSync(
    path.join(scratch, 'main.ts'),
    `import { NewsFeedElement, normalizeFeed, defineWidgets, type NewsFeed, type NewsItem } from 'news-widgets';
import 'news-widgets/define';
${components.map((tag) => `import 'news-widgets/components/${tag}';`).join('\n')}

const { feed }: { feed: NewsFeed } = normalizeFeed({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [] });
const first: NewsItem | undefined = feed.items[0];
const element: NewsFeedElement = document.createElement('news-feed');
element.feed = feed;
const defined: string[] = defineWidgets({ prefix: 'acme' });

// Each default tag is in HTMLElementTagNameMap with its own class, not as a plain HTMLElement.
type Specific<T> = HTMLElement extends T ? false : true;
${tagChecks}

// @ts-expect-error the types are really checked: a number is not a feed
const wrong: NewsFeed = 42;

export { first, element, defined, wrong, ${tags.map(camel).join(', ')} };
`
  );
  writeFileSync(
    path.join(scratch, 'tsconfig.json'),
    JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          strict: true,
          noEmit: true,
          skipLibCheck: false, // check the package's own .d.ts files too
          types: [],
        },
        files: ['main.ts'],
      },
      null,
      2
    )
  );
  const tsc = path.join(scratch, 'node_modules', '.bin', 'tsc');
  const version = (await run(tsc, ['--version'], { cwd: scratch })).stdout.trim();
  assert.match(version, /^Version 6\.0\./, 'the scratch project should use its own TypeScript 6.0');
  try {
    await run(tsc, ['-p', '.'], { cwd: scratch });
  } catch (error) {
    assert.fail(`tsc in the scratch project failed:\n${error.stdout}${error.stderr}`);
  }
});

test('a Vite bundle of news-widgets/define renders in Chromium; importing news-widgets defines nothing', { timeout: TIMEOUT }, async (t) => {
  if (installError || !existsSync(installed)) return t.skip('the install failed');
  writeFileSync(path.join(scratch, 'define-entry.js'), `import 'news-widgets/define';\n`);
  writeFileSync(
    path.join(scratch, 'index-entry.js'),
    `import * as library from 'news-widgets';
const tags = ${JSON.stringify(tags)};
// ES modules run their imports first: this line runs after news-widgets and all it imports.
window.probe = { defined: tags.filter((tag) => customElements.get(tag)), exports: Object.keys(library) };
window.probe.registeredByCall = library.defineWidgets();
`
  );
  const out = path.join(scratch, 'out');
  const bundle = (name, treeshake) =>
    build({
      configFile: false,
      root: scratch,
      logLevel: 'error',
      publicDir: false,
      // Each bundle is served from its own folder (/define/, /index/): the on-demand chunks and
      // what Vite preloads with them are found next to the entry, not at /assets/.
      base: './',
      build: {
        outDir: path.join(out, name),
        emptyOutDir: true,
        minify: false,
        rolldownOptions: {
          input: path.join(scratch, `${name}-entry.js`),
          output: { format: 'es', entryFileNames: 'entry.js' },
          // Without tree-shaking every top-level statement of index.js stays in the bundle, so a
          // side effect there would show; with it, package.json's sideEffects must keep define.js.
          ...(treeshake ? {} : { treeshake: false }),
        },
      },
    });
  await bundle('define', true);
  await bundle('index', false);

  const widgets = tags.filter((tag) => tag !== 'news-feed');
  const inlineFeed = sample.replaceAll('</', '<\\/');
  const pages = {
    '/define.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>package</title><link rel="icon" href="data:,">
<script type="module" src="/define/entry.js"></script></head><body>
<news-feed><script type="application/feed+json">${inlineFeed}</script>
${widgets.map((tag) => `<${tag}></${tag}>`).join('\n')}
</news-feed></body></html>`,
    '/index.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>package</title><link rel="icon" href="data:,">
<script type="module" src="/index/entry.js"></script></head><body></body></html>`,
  };
  // The sample's image paths are relative to the feed; an inline feed resolves them against the page.
  const server = await serveStatic({ mounts: { '/': out, '/images/': path.join(root, 'sample', 'images') }, pages });
  const browser = await launchChromium();
  try {
    const { page, report } = await openPage(browser);
    await page.goto(`${server.origin}/define.html`, { waitUntil: 'load' });
    await page
      .waitForFunction(
        (tags) =>
          tags.every((tag) => {
            const shadow = document.querySelector(tag)?.shadowRoot;
            return shadow && shadow.textContent.trim().length > 0 && !shadow.querySelector('.skeleton');
          }),
        { timeout: 15_000, polling: 100 },
        widgets
      )
      .catch(async (error) => {
        const state = await page.evaluate(
          (tags) =>
            tags.map(
              (tag) =>
                `${tag}: ${customElements.get(tag) ? 'defined' : 'NOT defined'}, ` +
                `shadow text ${JSON.stringify(document.querySelector(tag)?.shadowRoot?.textContent.trim().slice(0, 80))}`
            ),
          widgets
        );
        throw new Error(`widgets did not render:\n${state.join('\n')}\n${report.errors.join('\n')}\n${error.message}`);
      });
    assert.deepEqual(await page.evaluate((tags) => tags.filter((tag) => !customElements.get(tag)), tags), []);
    await page.waitForNetworkIdle({ idleTime: 200, timeout: 10_000 });
    assert.deepEqual(report.errors, [], 'the page logged errors');

    const probePage = await openPage(browser);
    await probePage.page.goto(`${server.origin}/index.html`, { waitUntil: 'load' });
    await probePage.page.waitForFunction(() => window.probe, { timeout: 10_000 });
    const probe = await probePage.page.evaluate(() => window.probe);
    assert.deepEqual(probe.defined, [], 'importing news-widgets registered tags: it must have no side effects');
    assert.ok(probe.exports.includes('defineWidgets') && probe.exports.includes('NewsFeedElement'));
    assert.ok(probe.registeredByCall.includes('news-feed'), 'defineWidgets() from the package registers the tags');
    assert.deepEqual(probePage.report.errors, [], 'the probe page logged errors');
  } finally {
    await browser.close();
    await server.close();
  }
});

function camel(tag) {
  return tag.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
}
