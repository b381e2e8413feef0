/**
 * An article page rendered on the server with news-widgets/ssr, in plain Node (no framework):
 *
 *   npm run build && node examples/ssr-server/server.js [--port 8080] [--feed sample/feed.json]
 *
 * GET /front       a <news-feed> whose card and headline list share its one inline feed.
 * GET /            the sample article (<news-article>) and a headline list, as HTML with
 *                  Declarative Shadow DOM: readable with JavaScript off; with it on,
 *                  news-widgets/hydrate brings the widgets to life without fetching the feed again.
 * GET /sample/…    the feed's images (and the feed itself, for other pages).
 * GET /modules/…   the browser's modules (the built package and its dependencies), mapped by the
 *                  page's import map: a site with a bundler serves its own bundle instead.
 *
 * The feed is read, normalized and prepared once, then kept until its file changes (a feed from a
 * URL would be asked again with If-None-Match after its max-age). Pages carry an ETag made from
 * the feed's and are cached for `MAX_AGE` seconds; a browser that asks again with If-None-Match gets
 * 304 until the feed changes.
 */
/* global URL, console, process */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareFeed, renderWidget } from 'news-widgets/ssr';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** How long a browser or a CDN may reuse a page before asking again. */
export const MAX_AGE = 60;

/** The prepared feed and its ETag, kept until the file's modification time changes. */
function feedCache(file, url) {
  let cached;
  return async () => {
    const { mtimeMs } = await stat(file);
    if (cached?.mtimeMs !== mtimeMs) {
      const text = await readFile(file, 'utf8');
      cached = { mtimeMs, prepared: prepareFeed(text, { url }), etag: createHash('sha256').update(text).digest('base64url').slice(0, 16) };
    }
    return cached;
  };
}

/** Bare imports of the browser's modules, to the files this server sends under /modules/. */
export const IMPORT_MAP = {
  imports: {
    'news-widgets/hydrate': '/modules/news-widgets/dist/hydrate.js',
    lit: '/modules/lit/index.js',
    'lit/': '/modules/lit/',
    'lit-html': '/modules/lit-html/lit-html.js',
    'lit-html/': '/modules/lit-html/',
    'lit-element/': '/modules/lit-element/',
    '@lit/reactive-element': '/modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/modules/@lit/reactive-element/',
    '@lit/context': '/modules/@lit/context/index.js',
    '@lit-labs/ssr-client/': '/modules/@lit-labs/ssr-client/',
    valibot: '/modules/valibot/dist/index.mjs',
    dompurify: '/modules/dompurify/dist/purify.es.mjs',
  },
};

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** `/`: the first article and a headline list; `/front`: one `<news-feed>` shares its feed with a card and a list. */
async function page(pathname, prepared, url) {
  const { feed } = prepared;
  const article = feed.items[0];
  const [main, related] =
    pathname === '/front'
      ? [
          await renderWidget('news-feed', {
            feed: prepared,
            page: url,
            children: [
              { tag: 'article-card', attributes: { lang: 'en' } },
              { tag: 'headline-list', attributes: { heading: 'Latest', exclude: article?.id, limit: 5, lang: 'en' } },
            ],
          }),
          '',
        ]
      : await Promise.all([
          renderWidget('news-article', { feed: prepared, page: url, attributes: { item: article?.id, lang: 'en' } }),
          renderWidget('headline-list', {
            feed: prepared,
            page: url,
            attributes: { heading: 'More headlines', exclude: article?.id, limit: 5, lang: 'en' },
          }),
        ]);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escape(article?.title ?? feed.title ?? 'News')}</title>
<style>body { margin: 0 auto; max-width: 72rem; padding: 1rem; font-family: system-ui, sans-serif; } headline-list { margin-block-start: 3rem; display: block; }</style>
<script type="importmap">${JSON.stringify(IMPORT_MAP)}</script>
<script type="module">import 'news-widgets/hydrate';</script>
</head>
<body>
<main>${main}</main>
<aside>${related}</aside>
</body>
</html>
`;
}

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

/** A file under `base`, or 404: nothing outside it is ever sent. */
async function sendFile(response, base, relative) {
  const file = path.resolve(base, `.${path.posix.normalize(`/${relative}`)}`);
  if (!file.startsWith(base + path.sep)) return notFound(response);
  try {
    const body = await readFile(file);
    response.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'public, max-age=3600',
    });
    response.end(body);
  } catch {
    notFound(response);
  }
}

function notFound(response) {
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  response.end('Not found');
}

/**
 * The server, not yet listening. `feedFile` is the JSON Feed to show; `onRequest` hears every
 * request's path (a test counts the feed's).
 */
export function createServer({ feedFile = path.join(root, 'sample/feed.json'), onRequest } = {}) {
  let feed;
  const server = http.createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    onRequest?.(pathname);
    try {
      if (pathname === '/' || pathname === '/front') {
        feed ??= feedCache(feedFile, `http://${request.headers.host}/sample/feed.json`);
        const { prepared, etag } = await feed();
        const tag = `"${etag}"`;
        const headers = { etag: tag, 'cache-control': `public, max-age=${MAX_AGE}` };
        if (request.headers['if-none-match'] === tag) {
          response.writeHead(304, headers);
          return response.end();
        }
        const html = await page(pathname, prepared, `http://${request.headers.host}${pathname}`);
        response.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
        return response.end(html);
      }
      if (pathname.startsWith('/sample/')) return await sendFile(response, path.join(root, 'sample'), pathname.slice('/sample/'.length));
      if (pathname.startsWith('/modules/news-widgets/dist/'))
        return await sendFile(response, path.join(root, 'dist'), pathname.slice('/modules/news-widgets/dist/'.length));
      if (pathname.startsWith('/modules/')) return await sendFile(response, path.join(root, 'node_modules'), pathname.slice('/modules/'.length));
      notFound(response);
    } catch (error) {
      console.error(error);
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('The page could not be rendered.');
    }
  });
  return server;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const port = Number(option('--port', 8080));
  const feedFile = path.resolve(option('--feed', path.join(root, 'sample/feed.json')));
  createServer({ feedFile }).listen(port, '127.0.0.1', () => console.log(`http://127.0.0.1:${port}/`));
}
