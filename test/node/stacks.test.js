// The widgets in each stack a developer would use them from (issue #11): React 19 + Vite (the
// native elements), React wrappers (`news-widgets/react`) + Vite, Vue 3 + Vite, Svelte 5 + Vite
// and plain Vite + TypeScript. The packed tarball is installed once into a scratch project
// outside the repo, with each stack's own packages; each stack is an app of that project
// (apps/<stack>/: index.html, its entry, its vite.config.js). For each:
//   1. its checker (tsc, vue-tsc, svelte-check) passes on a correct use and on the guide's own
//      snippets (docs/embedding.md "Frameworks"), and reports every wrong use: a misspelt
//      attribute value, a number given as words, a handler typed for another event;
//   2. Vite builds it;
//   3. in Chromium it renders the sample feed without a console error, and the framework's
//      handler receives `news-select` (a headline clicked, navigation cancelled in the handler)
//      and `news-toggle` (an FAQ question opened).
// Next.js (app router, server rendering and hydration) is in stacks-next.test.js, opt-in: its
// install and `next build` alone take about 3.5 minutes here, and npm test has 10 for everything.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launchChromium, openPage, serveStatic } from '../server/static.js';
import { clickHeadlineAndQuestion, installInto, packTarball, root, runTool, scratchFolder } from './scratch-project.js';

const TIMEOUT = 240_000;
const work = scratchFolder('news-widgets-stacks-');
const scratch = path.join(work, 'scratch');
const apps = path.join(scratch, 'apps');

/** Every tag, for Vue's `isCustomElement`. */
const tags = readdirSync(path.join(root, 'src', 'components')).sort();

/** The packages of every stack, at the majors the guide is written for. */
const PACKAGES = [
  'typescript@~6.0.3',
  'vite@8.3.8',
  'react@19',
  'react-dom@19',
  '@types/react@19',
  '@types/react-dom@19',
  'vue@3',
  'vue-tsc@3',
  '@vitejs/plugin-vue@6',
  'svelte@5',
  'svelte-check@4',
  '@sveltejs/vite-plugin-svelte@7',
];

// ─── The guide's snippets ────────────────────────────────────────────────────────────────────
/** The fenced blocks of docs/embedding.md's "Frameworks" section, by subsection title: `[{ lang, code }]`. */
function guideSnippets() {
  const guide = readFileSync(path.join(root, 'docs', 'embedding.md'), 'utf8');
  const start = guide.indexOf('\n## Frameworks');
  const section = guide.slice(start, guide.indexOf('\n## ', start + 1));
  const snippets = {};
  for (const part of section.split('\n### ').slice(1)) {
    const title = part.slice(0, part.indexOf('\n'));
    snippets[title] = [...part.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map(([, lang, code]) => ({ lang, code }));
  }
  return snippets;
}

/** The one snippet of `lang` under the heading that starts with `title`. */
function snippet(title, lang) {
  const [heading, blocks] = Object.entries(guideSnippets()).find(([name]) => name.startsWith(title)) ?? [];
  assert.ok(heading, `docs/embedding.md has no "### ${title}" under Frameworks`);
  const found = blocks.filter((block) => block.lang === lang);
  assert.equal(found.length, 1, `"### ${heading}" should have one \`\`\`${lang} block`);
  return found[0].code;
}

/** The routers the guide's snippets navigate with, as far as the snippets use them. */
const ROUTER_SHIMS = `declare module 'react-router' {
  export function useNavigate(): (to: string) => void;
}
declare module 'vue-router' {
  export function useRouter(): { push(to: string): Promise<unknown> };
}
declare module '$app/navigation' {
  export function goto(url: string): Promise<void>;
}
`;

// ─── The apps ────────────────────────────────────────────────────────────────────────────────
const RECORD = `/** What the framework's handler received, read back by the test. */
export function record(name: string, value: unknown): void {
  const events = ((window as unknown as { newsEvents?: [string, unknown][] }).newsEvents ??= []);
  events.push([name, value]);
}
`;

const page = (title, entry) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,"></head>
<body><div id="root"></div><script type="module" src="./${entry}"></script></body></html>
`;

/** A Vite config for one app: its own folder, relative URLs, output in out/<app>. */
const viteConfig = (app, imports = '', plugins = '[]') => `${imports}
export default {
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  plugins: ${plugins},
  build: { outDir: '../../out/${app}', emptyOutDir: true, minify: false },
};
`;

const tsconfig = (options, files) =>
  JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
        ...options,
      },
      ...files,
    },
    null,
    2
  );

/** What each app renders: a headline list and an FAQ, from the sample feed, with a handler for each event. */
const STACKS = {
  react: {
    title: 'React 19 + Vite, the native elements',
    files: () => ({
      'index.html': page('React', 'main.tsx'),
      'vite.config.js': viteConfig('react'),
      'guide.tsx': snippet('React 19', 'tsx'),
      'main.tsx': `import 'news-widgets/define';
import type {} from 'news-widgets/jsx';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { record } from '../record';

function App() {
  return (
    <main>
      <headline-list
        src="/sample/feed.json"
        limit={3}
        layout="grid"
        heading-level="3"
        class="related"
        onnews-select={(event) => {
          event.preventDefault();
          record('news-select', event.detail.item.id);
        }}
      />
      <faq-accordion src="/sample/feed.json" numbered onnews-toggle={(event) => record('news-toggle', event.detail.open)} />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>
);

// Each must be a type error: tsc fails on an @ts-expect-error that is not. One element a line:
// TypeScript reports a wrong value of a dashed attribute on the tag, not on the attribute.
export const wrong = (
  <>
    {/* @ts-expect-error a misspelt layout */}
    <headline-list layout="carousel" />
    {/* @ts-expect-error limit is a number */}
    <headline-list limit="four" />
    {/* @ts-expect-error heading-level takes digits */}
    <headline-list heading-level="three" />
    {/* @ts-expect-error the handler gets a CustomEvent, not a MouseEvent */}
    <faq-accordion onnews-toggle={(event: MouseEvent) => record('x', event.clientX)} />
    {/* @ts-expect-error news-select's detail has no \`open\` */}
    <headline-list onnews-select={(event) => record('x', event.detail.open)} />
    {/* @ts-expect-error theme is auto, light or dark */}
    <article-card theme="sepia" />
  </>
);
`,
      'tsconfig.json': tsconfig({ jsx: 'react-jsx' }, { files: ['main.tsx', 'guide.tsx', '../shims.d.ts'] }),
    }),
    check: (dir) => runTool(scratch, 'tsc', ['-p', path.join(dir, 'tsconfig.json')]),
  },

  wrappers: {
    title: 'React wrappers (news-widgets/react) + Vite',
    files: () => ({
      'index.html': page('React wrappers', 'main.tsx'),
      'vite.config.js': viteConfig('wrappers'),
      'guide.tsx': snippet('React with the wrappers', 'tsx'),
      'main.tsx': `import { FaqAccordionComponent, HeadlineListComponent } from 'news-widgets/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { record } from '../record';

function App() {
  return (
    <main>
      <HeadlineListComponent
        src="/sample/feed.json"
        limit={3}
        layout="grid"
        headingLevel={3}
        className="related"
        onNewsSelect={(event) => {
          event.preventDefault();
          record('news-select', event.detail.item.id);
        }}
      />
      <FaqAccordionComponent src="/sample/feed.json" numbered onNewsToggle={(event) => record('news-toggle', event.detail.open)} />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>
);

export const wrong = (
  <>
    {/* @ts-expect-error a misspelt layout */}
    <HeadlineListComponent layout="carousel" />
    {/* @ts-expect-error limit is a number */}
    <HeadlineListComponent limit="four" />
    {/* @ts-expect-error the handler gets a CustomEvent, not a MouseEvent */}
    <FaqAccordionComponent onNewsToggle={(event: MouseEvent) => record('x', event.clientX)} />
    {/* @ts-expect-error news-select's detail has no \`open\` */}
    <HeadlineListComponent onNewsSelect={(event) => record('x', event.detail.open)} />
    {/* @ts-expect-error a headline list fires no news-toggle */}
    <HeadlineListComponent onNewsToggle={() => {}} />
  </>
);
`,
      'tsconfig.json': tsconfig({ jsx: 'react-jsx' }, { files: ['main.tsx', 'guide.tsx', '../shims.d.ts'] }),
    }),
    check: (dir) => runTool(scratch, 'tsc', ['-p', path.join(dir, 'tsconfig.json')]),
  },

  vanilla: {
    title: 'plain Vite + TypeScript',
    files: () => ({
      'index.html': page('TypeScript', 'main.ts').replace('<div id="root"></div>', '<faq-accordion src="/sample/feed.json"></faq-accordion>'),
      'vite.config.js': viteConfig('vanilla'),
      'main.ts': `import 'news-widgets/define';
import { record } from '../record';

// With only news-widgets/define imported: the tags have their classes, the events their details.
const list = document.createElement('headline-list');
list.src = '/sample/feed.json';
list.layout = 'grid';
list.limit = 3;
list.addEventListener('news-select', (event) => {
  event.preventDefault();
  record('news-select', event.detail.item.id);
});
document.body.prepend(list);

const faq = document.querySelector('faq-accordion')!;
faq.numbered = true;
faq.addEventListener('news-toggle', (event) => record('news-toggle', event.detail.open));

export function wrong(): void {
  // @ts-expect-error a misspelt layout
  list.layout = 'carousel';
  // @ts-expect-error limit is a number
  list.limit = 'four';
  // @ts-expect-error news-toggle's detail has no \`item\`
  faq.addEventListener('news-toggle', (event) => record('x', event.detail.item));
  // @ts-expect-error the listener gets a CustomEvent, not a KeyboardEvent
  faq.addEventListener('news-toggle', (event: KeyboardEvent) => record('x', event.key));
}
`,
      'tsconfig.json': tsconfig({}, { files: ['main.ts'] }),
    }),
    check: (dir) => runTool(scratch, 'tsc', ['-p', path.join(dir, 'tsconfig.json')]),
  },

  vue: {
    title: 'Vue 3 + Vite',
    files: () => ({
      'index.html': page('Vue', 'main.ts'),
      // The guide's own Vite config: it must tell Vue's compiler about every tag.
      'vite.guide.js': snippet('Vue 3', 'js'),
      'vite.config.js': viteConfig('vue', `import guide from './vite.guide.js';`, 'guide.plugins'),
      'Guide.vue': snippet('Vue 3', 'vue'),
      'App.vue': `<script setup lang="ts">
import type { NewsEvent } from 'news-widgets';
import { record } from '../record';

function onSelect(event: NewsEvent<'news-select'>) {
  event.preventDefault();
  record('news-select', event.detail.item.id);
}
</script>

<template>
  <main>
    <headline-list src="/sample/feed.json" :limit="3" layout="grid" heading-level="3" class="related" @news-select="onSelect" />
    <faq-accordion src="/sample/feed.json" numbered @news-toggle="(event) => record('news-toggle', event.detail.open)" />
  </main>
</template>
`,
      'Wrong.vue': `<script setup lang="ts">
import { record } from '../record';
</script>

<!-- Each element must be a type error: vue-tsc fails on a @vue-expect-error that is not. -->
<template>
  <!-- @vue-expect-error a misspelt layout -->
  <headline-list layout="carousel" />
  <!-- @vue-expect-error limit is a number -->
  <headline-list limit="four" />
  <!-- @vue-expect-error heading-level takes digits -->
  <headline-list heading-level="three" />
  <!-- @vue-expect-error the handler gets a CustomEvent, not a MouseEvent -->
  <faq-accordion @news-toggle="(event: MouseEvent) => record('x', event.clientX)" />
  <!-- @vue-expect-error news-select's detail has no \`open\` -->
  <headline-list @news-select="(event) => record('x', event.detail.open)" />
  <!-- @vue-expect-error theme is auto, light or dark -->
  <article-card theme="sepia" />
</template>
`,
      'main.ts': `import 'news-widgets/define';
import type {} from 'news-widgets/vue';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#root');
`,
      'env.d.ts': `declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
`,
      'tsconfig.json': tsconfig({ jsx: 'preserve' }, { include: ['*.ts', '*.vue', '../shims.d.ts'] }),
    }),
    check(dir) {
      const config = snippet('Vue 3', 'js');
      assert.deepEqual(
        tags.filter((tag) => !config.includes(`'${tag}'`)),
        [],
        "the guide's Vite config does not tell Vue about every tag"
      );
      return runTool(scratch, 'vue-tsc', ['-p', path.join(dir, 'tsconfig.json')]);
    },
  },

  svelte: {
    title: 'Svelte 5 + Vite',
    files: () => ({
      'index.html': page('Svelte', 'main.ts'),
      'vite.config.js': viteConfig('svelte', `import { svelte } from '@sveltejs/vite-plugin-svelte';`, '[svelte()]'),
      'Guide.svelte': snippet('Svelte 5', 'svelte'),
      'App.svelte': `<script lang="ts">
  import type { NewsEvent } from 'news-widgets';
  import { record } from '../record';

  function onSelect(event: NewsEvent<'news-select'>) {
    event.preventDefault();
    record('news-select', event.detail.item.id);
  }
</script>

<main>
  <headline-list src="/sample/feed.json" limit={3} layout="grid" heading-level="3" class="related" onnews-select={onSelect}></headline-list>
  <faq-accordion src="/sample/feed.json" numbered onnews-toggle={(event) => record('news-toggle', event.detail.open)}></faq-accordion>
</main>
`,
      // svelte-check has no expect-error for markup: it must report an error on each line marked
      // data-wrong (a data- attribute is allowed on any element) and on no other line.
      'Wrong.svelte': `<script lang="ts">
  import { record } from '../record';
</script>

<headline-list data-wrong layout="carousel"></headline-list>
<headline-list data-wrong limit="four"></headline-list>
<headline-list data-wrong heading-level="three"></headline-list>
<faq-accordion data-wrong onnews-toggle={(event: MouseEvent) => record('x', event.clientX)}></faq-accordion>
<headline-list data-wrong onnews-select={(event) => record('x', event.detail.open)}></headline-list>
<article-card data-wrong theme="sepia"></article-card>
<headline-list data-wrong heading-levle="3"></headline-list>
`,
      'main.ts': `import 'news-widgets/define';
import type {} from 'news-widgets/svelte';
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('root')! });
`,
      'tsconfig.json': tsconfig(
        { types: ['svelte'], verbatimModuleSyntax: true },
        { include: ['*.ts', '*.svelte', '../record.ts', '../shims.d.ts'] }
      ),
    }),
    async check(dir) {
      let output;
      try {
        await runTool(scratch, 'svelte-check', ['--workspace', dir, '--tsconfig', './tsconfig.json', '--output', 'machine']);
        assert.fail('svelte-check passed, but Wrong.svelte has errors');
      } catch (error) {
        if (error instanceof assert.AssertionError) throw error;
        output = `${error.stdout ?? ''}${error.stderr ?? ''}`;
      }
      const errors = [...output.matchAll(/^\d+ ERROR "([^"]+)" (\d+):\d+ (.*)$/gm)].map(([, file, line, message]) => ({
        file,
        line: +line,
        message,
      }));
      const marked = readFileSync(path.join(dir, 'Wrong.svelte'), 'utf8')
        .split('\n')
        .flatMap((line, index) => (line.includes('data-wrong') ? [index + 1] : []));
      assert.deepEqual(
        errors.filter((error) => error.file !== 'Wrong.svelte'),
        [],
        `svelte-check found errors in the correct files:\n${output}`
      );
      assert.deepEqual(
        [...new Set(errors.map((error) => error.line))].sort((a, b) => a - b),
        marked,
        `svelte-check should flag exactly the wrong lines:\n${output}`
      );
    },
  },
};

// ─── Setup: one pack, one install, one server, one browser ──────────────────────────────────
let installError;
let server;
let browser;

before(async () => {
  const started = Date.now();
  const { tarball } = await packTarball(path.join(work, 'pack'));
  try {
    await installInto(scratch, [tarball, ...PACKAGES]);
  } catch (error) {
    installError = error;
    return;
  }
  mkdirSync(apps, { recursive: true });
  writeFileSync(path.join(apps, 'record.ts'), RECORD);
  writeFileSync(path.join(apps, 'shims.d.ts'), ROUTER_SHIMS);
  for (const [name, stack] of Object.entries(STACKS)) {
    const dir = path.join(apps, name);
    mkdirSync(dir, { recursive: true });
    for (const [file, text] of Object.entries(stack.files())) writeFileSync(path.join(dir, file), text);
  }
  console.log(`# stacks: packed and installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Opens the built app; waits for the list and the FAQ; clicks a headline and a question; returns what the handlers got. */
async function exercise(name) {
  server ??= await serveStatic({ mounts: { '/sample/': path.join(root, 'sample'), '/': path.join(scratch, 'out') } });
  browser ??= await launchChromium();
  const { page, report } = await openPage(browser);
  try {
    await page.goto(`${server.origin}/${name}/index.html`, { waitUntil: 'load' });
    await page
      .waitForFunction(
        () =>
          document.querySelector('headline-list')?.shadowRoot?.querySelector('[part="link"]') &&
          document.querySelector('faq-accordion')?.shadowRoot?.querySelector('[part="button"]'),
        { timeout: 20_000, polling: 100 }
      )
      .catch((error) => {
        throw new Error(`${name}: the widgets did not render\n${report.errors.join('\n')}\n${error.message}`);
      });
    const titles = await page.evaluate(() =>
      [...document.querySelector('headline-list').shadowRoot.querySelectorAll('[part="link"]')].map((a) => a.textContent.trim())
    );
    const sample = JSON.parse(readFileSync(path.join(root, 'sample', 'feed.json'), 'utf8'));
    assert.equal(titles[0], sample.items[0].title, 'the headline list shows the sample feed');
    const events = await clickHeadlineAndQuestion(page);
    // Console errors and uncaught exceptions. (A feed request Chromium reports as aborted after the
    // widgets rendered from it is the loader's business, checked elsewhere, not the stack's.)
    assert.deepEqual(
      report.errors.filter((error) => !error.startsWith('request failed:')),
      [],
      'the page logged errors'
    );
    return events;
  } finally {
    await page.close();
  }
}

for (const [name, stack] of Object.entries(STACKS)) {
  test(
    `${stack.title}: typed (a wrong use fails the checker), built, renders the sample feed, handlers get news-select and news-toggle`,
    { timeout: TIMEOUT },
    async (t) => {
      if (installError) throw installError;
      const dir = path.join(apps, name);
      const times = {};
      let started = Date.now();
      await stack.check(dir);
      times.check = Date.now() - started;
      started = Date.now();
      await runTool(scratch, 'vite', ['build', '--config', path.join(dir, 'vite.config.js')]);
      times.build = Date.now() - started;
      started = Date.now();
      const events = await exercise(name);
      times.browser = Date.now() - started;
      const sample = JSON.parse(readFileSync(path.join(root, 'sample', 'feed.json'), 'utf8'));
      assert.deepEqual(events, [
        ['news-select', sample.items[0].id],
        ['news-toggle', true],
      ]);
      t.diagnostic(`check ${times.check} ms, build ${times.build} ms, browser ${times.browser} ms`);
    }
  );
}
