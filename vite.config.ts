/**
 * One configuration for everything Vite does here:
 *
 *   vite                        the demo (demo/), the sample feed (sample/), the widgets from the
 *                               sources, and the built files under /dist exactly as they ship.
 *   vite build                  the npm package's ESM, into dist/ (emptied first): index.js,
 *                               define.js, components/<tag>.js, shared code in chunks/. Lit, @lit/*
 *                               and valibot stay external (they are dependencies). Not minified:
 *                               the app's bundler minifies the app as a whole, and unminified code
 *                               keeps stack traces readable where no source map is loaded.
 *   vite build --mode loader    dist/news-widgets.js, the partner script tag: a small classic
 *                               script (src/loader.ts) that downloads a widget the first time its
 *                               tag is on the page.
 *   vite build --mode widgets   dist/widgets/<tag>.js, what the loader downloads: each exports its
 *                               class without registering it; Lit and the shared base are one chunk
 *                               in dist/widgets/chunks/, next to the on-demand parts (data layer,
 *                               languages, JSON-LD). Everything bundled and minified.
 *   vite build --mode all       dist/news-widgets.all.js, the all-in-one classic script
 *                               (src/all.ts): every widget and language, no second request.
 *
 * `npm run build` runs the four builds, then the type declarations and the manifest. Source maps
 * sit next to every file. Components are found in src/components/<tag>/, so a new one needs no
 * change here.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type BuildEnvironmentOptions, type Plugin, type UserConfig } from 'vite';
import { minifyTemplates } from './scripts/minify-templates.mjs';

/** The repository, wherever Vite is started from: every path below is relative to it. */
const root = path.dirname(fileURLToPath(import.meta.url));
const src = path.join(root, 'src');

/** The tag of every src/components/<tag>/ folder that holds `file(tag)`, sorted. */
function components(file: (tag: string) => string): string[] {
  const dir = path.join(src, 'components');
  return readdirSync(dir)
    .filter((tag) => existsSync(path.join(dir, tag, file(tag))))
    .sort();
}

const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const dependencies = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
/** `lit`, `lit/decorators.js`, `@lit/context`, `valibot` ...: whatever package.json's dependencies name. */
const isDependency = (id: string) => dependencies.some((name) => id === name || id.startsWith(`${name}/`));

/** What every build shares: source maps, ES2022, and no public dir to copy. */
const common: BuildEnvironmentOptions = {
  outDir: 'dist',
  emptyOutDir: false,
  target: 'es2022',
  sourcemap: true,
  minify: true,
  copyPublicDir: false,
  reportCompressedSize: false, // gzip sizes and budgets: npm run size
};

const builds: Record<string, UserConfig> = {
  production: {
    build: {
      ...common,
      emptyOutDir: true,
      minify: false,
      lib: {
        entry: {
          index: 'src/index.ts',
          define: 'src/define.ts',
          // Its own module, which define.js imports first, so that it runs before Lit (src/lit-policy-guard.ts).
          'lit-policy-guard': 'src/lit-policy-guard.ts',
          // What bin/news-widgets.js (`news-widgets convert`) runs in Node.
          convert: 'src/on-demand/feed/convert-feed.ts',
          // news-widgets/ssr (Node: server rendering with @lit-labs/ssr) and news-widgets/hydrate (its browser half).
          ssr: 'src/ssr.ts',
          hydrate: 'src/ssr-hydrate.ts',
          // news-widgets/feed: the data layer alone, for servers and edge runtimes (no DOM, no Node built-in, no Lit).
          feed: 'src/feed-data.ts',
          // news-widgets/react: a @lit/react wrapper per tag (generated: scripts/framework-types.mjs); react stays external (a peer).
          react: 'src/react.ts',
          ...Object.fromEntries(
            components((tag) => `${tag}.define.ts`).map((tag) => [`components/${tag}`, `src/components/${tag}/${tag}.define.ts`])
          ),
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external: (id) => isDependency(id) || id.startsWith('node:'),
        output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  },
  loader: {
    build: {
      ...common,
      lib: { entry: 'src/loader.ts', formats: ['iife'], name: 'NewsWidgetsLoader', fileName: () => 'news-widgets.js' },
    },
  },
  widgets: {
    build: {
      ...common,
      outDir: 'dist/widgets',
      emptyOutDir: true,
      lib: {
        entry: Object.fromEntries(components((tag) => `${tag}.ts`).map((tag) => [tag, `src/components/${tag}/${tag}.ts`])),
        formats: ['es'],
      },
      rolldownOptions: {
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          // Library mode keeps the layout of ES output (for the user's bundler); these files reach browsers.
          minify: true,
          comments: false,
          // What at least five widgets import statically (Lit, the base, the feed and locale
          // controllers, headings, dates) is one chunk, `shared`, that every page downloads once.
          // What fewer widgets share (the article parts' helpers, the body's sanitizer policy) goes
          // into chunks of its own, so a page with one headline list does not pay for the article
          // page. (Measured with 16 widgets: with a threshold of 2, the shared chunk was 14.3 kB
          // gzip and that page 31.6 kB; with 5, 11.1 kB and 30.0 kB, in three more files. With the
          // 5 widgets of issue 9, one chunk for everything shared was the smaller page.)
          codeSplitting: { groups: [{ name: 'shared', tags: ['$initial'], minShareCount: 5 }] },
        },
      },
    },
  },
  all: {
    build: {
      ...common,
      lib: { entry: 'src/all.ts', formats: ['iife'], name: 'NewsWidgets', fileName: () => 'news-widgets.all.js' },
      // A classic script cannot import(): every on-demand module is inlined.
      rolldownOptions: { output: { codeSplitting: false } },
    },
    // One file, copied alone: no worker file beside it to read large feeds in.
    resolve: { alias: [{ find: /^\.\/read-off-thread\.js$/, replacement: path.join(src, 'on-demand/feed/read-off-thread.classic.ts') }] },
  },
};

/**
 * The built files in dist/ exactly as they ship, no Vite transform, for the partner demo that
 * loads the classic script (`<script src="/dist/news-widgets.js" defer>`). When a file is missing,
 * a 404 whose text says to run `npm run build`.
 */
function serveDist(): Plugin {
  const dist = path.join(root, 'dist');
  const types: Record<string, string> = {
    '.js': 'text/javascript; charset=utf-8',
    '.map': 'application/json; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.ts': 'text/plain; charset=utf-8',
  };
  return {
    name: 'news-widgets:serve-dist',
    configureServer(server) {
      server.middlewares.use('/dist', (request, response, next) => {
        const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
        const file = path.resolve(dist, `.${pathname}`);
        if (!file.startsWith(dist + path.sep)) return next();
        if (!existsSync(file) || !statSync(file).isFile()) {
          response.statusCode = 404;
          response.setHeader('content-type', 'text/plain; charset=utf-8');
          response.end(`dist${pathname} does not exist yet: run \`npm run build\`, then reload.`);
          return;
        }
        response.setHeader('content-type', types[path.extname(file)] ?? 'application/octet-stream');
        response.setHeader('cache-control', 'no-store');
        response.end(readFileSync(file));
      });
    },
  };
}

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    return {
      root,
      plugins: [serveDist()],
      server: { port: 5173, strictPort: true, watch: { ignored: ['**/dist/**', '**/storybook-static/**', '**/docs/api/**'] } },
      preview: { port: 5173 },
    };
  }
  const build = builds[mode];
  if (!build) throw new Error(`vite build --mode ${mode}: unknown; the modes are ${Object.keys(builds).join(', ')}`);
  // Lit's templates without their indentation and comments, in every file we ship.
  // `base: './'`: the large-feed worker (src/on-demand/feed/read-off-thread.ts) is found next to
  // the module that starts it, wherever the files are served from.
  return {
    ...build,
    root,
    base: './',
    publicDir: false,
    plugins: [minifyTemplates()],
    // Self-contained and minified in every build: an app's bundler copies it as it is.
    worker: { format: 'es', rolldownOptions: { output: { entryFileNames: 'chunks/[name]-[hash].js', minify: true, comments: false } } },
  };
});
