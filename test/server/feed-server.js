/**
 * A real HTTP feed server for the browser tests, mounted in Web Test Runner's dev server.
 * Tests talk to it over fetch like a widget would; nothing in our code is mocked.
 *
 *   /api/feed?key=K[&body=sample/feed.json][&type=T][&delay=ms][&status=S][&fail=N][&failAfter=N][&retryAfter=s][&etag=E]
 *     key        counts requests per test (see /api/hits)
 *     body       a file under sample/ or test/fixtures/ (default sample/feed.json), sent as its bytes
 *     type       the Content-Type header to send (default application/feed+json), charset and all
 *     delay      wait before answering
 *     status     always answer this status (no body)
 *     fail       answer `failStatus` (default 503) to the first N requests, then the body
 *     failAfter  answer the body to the first N requests, then `failStatus`
 *     retryAfter send Retry-After with failures
 *     etag       send this ETag and answer 304 to a matching If-None-Match
 *   /api/hits?key=K      -> { hits, conditional, times } (and `sent`, `total`, `closedEarly` for the two below)
 *   /api/bomb?key=K[&mb=600][&pace=ms]  a gzip bomb: `mb` MiB of spaces (600 by default), about 1 kB
 *     on the wire per MiB (0.6 MB for 600), sent with Content-Encoding: gzip and a JSON Feed type,
 *     `pace` ms between the MiB (0 by default); `sent` counts the MiB written before the client left
 *   /api/slow?key=K[&body=sample/feed.json][&parts=10][&every=100][&cors=1]  a body that streams
 *     slowly: the file in `parts` pieces, `every` ms apart
 *   /api/page?head=all|loader|module|npm[&pause=ms][&tt=names][&body=inline|sources]  an HTML page, streamed:
 *     its head loads the library WITHOUT defer (`all`: dist/news-widgets.all.js, `loader`:
 *     dist/news-widgets.js, both classic scripts; `module`: src/define.ts as an async module); the
 *     body (`inline`, default) opens `<article-card id="card">` and `<news-feed id="feed">`, waits `pause` ms
 *     (0 by default) so the library can define them before their children are parsed, notes in
 *     `window.upgradedBeforeChildren` whether it did, then sends their inline feeds; `sources` is a
 *     headline list, an article card, a FAQ and an article body with `src`. `tt` sends Content-Security-Policy:
 *     require-trusted-types-for 'script'; trusted-types <tt>.
 *   /api/feed?...&cors=1  (any route above) also sends Access-Control-Allow-Origin: * (without it a
 *     request from another origin, localhost vs 127.0.0.1, fails as CORS)
 *   /real-feeds/index.json -> { available, files: { json: [...], tricky: [...], rss, atom, news } }
 *   /real-feeds/<dir>/<file>[?type=T] -> the bytes of the file from ../shared/real-feeds (never copied
 *     into the repo), as Content-Type T, else the one its site sends (test/fixtures/real-feed-types.json,
 *     from news/PROVENANCE.md), else one by extension with no charset (as many feed servers send)
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const realFeeds = path.resolve(root, '../shared/real-feeds');
const hits = new Map();

/** The Content-Type each news site in ../shared/real-feeds sends ("served as" in news/PROVENANCE.md). */
const SERVED_AS = JSON.parse(await readFile(path.join(root, 'test', 'fixtures', 'real-feed-types.json'), 'utf8'));

/** What a feed server sends for each file extension, without a charset. */
const FEED_TYPES = {
  '.json': 'application/json',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.rdf': 'application/rdf+xml',
  '.xml': 'application/xml',
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function listRealFeeds() {
  try {
    const dirs = {};
    for (const dir of ['json', 'tricky', 'rss', 'atom', 'news']) {
      dirs[dir] = (await readdir(path.join(realFeeds, dir))).filter((file) => !file.endsWith('.md')).sort();
    }
    return { available: true, files: dirs };
  } catch {
    return { available: false, files: {} };
  }
}

/** Only files below sample/ and test/fixtures/ may be served as bodies. */
function bodyPath(name) {
  const file = path.resolve(root, name);
  const allowed = [path.join(root, 'sample'), path.join(root, 'test', 'fixtures')];
  if (!allowed.some((dir) => file.startsWith(dir + path.sep))) throw new Error(`body not allowed: ${name}`);
  return file;
}

/**
 * The pieces of a gzip file of `mb` MiB of spaces, built without compressing 600 MiB: one MiB
 * compressed alone and ended with a full flush (byte-aligned, nothing refers back past it) is
 * repeated `mb` times, then the final block and the trailer (CRC-32 and length of the whole).
 */
function gzipBomb(mb) {
  const mib = Buffer.alloc(1 << 20, 32);
  const block = deflateRawSync(mib, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  let crc = 0;
  for (let i = 0; i < mb; i++) crc = crc32(mib, crc);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE((mb * (1 << 20)) >>> 0, 4);
  return { head: Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]), block, tail: Buffer.concat([deflateRawSync(Buffer.alloc(0)), trailer]) };
}
const bombs = new Map();

/** Streams `pieces` (each a Buffer) `every` ms apart; the key's record counts what was written and whether the client left first. */
function stream(ctx, record, pieces, every) {
  record.sent = 0;
  record.total = pieces.length;
  record.closedEarly = false;
  ctx.res.once('close', () => (record.closedEarly = record.sent < record.total));
  async function* paced() {
    for (const piece of pieces) {
      if (ctx.res.destroyed) return;
      if (every) await sleep(every);
      record.sent += 1;
      yield piece;
    }
  }
  ctx.body = Readable.from(paced());
}

const HEADS = {
  all: '<script src="/dist/news-widgets.all.js"></script>',
  loader: '<script src="/dist/news-widgets.js"></script>',
  module: '<script type="module" async src="/src/define.ts"></script>',
  npm: '<script type="module" async src="/dist/define.js"></script>',
};

async function page(ctx, q) {
  if (q.has('tt')) ctx.set('Content-Security-Policy', `require-trusted-types-for 'script'; trusted-types ${q.get('tt')}`);
  ctx.set('Content-Type', 'text/html; charset=utf-8');
  ctx.set('Cache-Control', 'no-store');
  // `window.logged`: what the page logged (console.error, console.warn) and every uncaught error, for the test to read.
  const recorder = `<script>window.logged = []; for (const k of ['error', 'warn']) { const f = console[k]; console[k] = (...a) => { logged.push(k + ': ' + a.map(String).join(' ')); f.apply(console, a); }; } addEventListener('error', (e) => logged.push('uncaught: ' + e.message));</script>`;
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>page</title>${recorder}${HEADS[q.get('head') ?? 'all']}</head><body>`;
  if (q.get('body') === 'sources') {
    const sources = ['headline-list', 'article-card', 'faq-accordion', 'article-body']
      .map((tag) => `<${tag} src="/sample/feed.json"></${tag}>`)
      .join('');
    ctx.body = `${head}${sources}</body></html>`;
    return;
  }
  const feed = (await readFile(bodyPath('sample/feed.json'), 'utf8')).replaceAll('</', '<\\/');
  const inline = `<script type="application/feed+json">${feed}</script>`;
  const pause = Number(q.get('pause') ?? 0);
  async function* parts() {
    yield `${head}<article-card id="card">`;
    if (pause) await sleep(pause);
    yield `<script>window.upgradedBeforeChildren = !!document.getElementById('card').shadowRoot</script>${inline}</article-card>`;
    yield `<news-feed id="feed">`;
    if (pause) await sleep(pause / 2);
    yield `${inline}<headline-list id="list" limit="2"></headline-list></news-feed></body></html>`;
  }
  ctx.body = Readable.from(parts());
}

export async function feedServer(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (url.searchParams.has('cors')) ctx.set('Access-Control-Allow-Origin', '*');
  if (url.pathname === '/api/page') return page(ctx, url.searchParams);
  if (url.pathname === '/api/bomb' || url.pathname === '/api/slow') {
    const q = url.searchParams;
    const record = { hits: 0, conditional: 0, times: [], ...hits.get(q.get('key') ?? 'default') };
    hits.set(q.get('key') ?? 'default', record);
    record.hits += 1;
    record.times.push(Date.now());
    ctx.set('Content-Type', 'application/feed+json');
    ctx.set('Cache-Control', 'no-store');
    if (url.pathname === '/api/slow') {
      const body = await readFile(bodyPath(q.get('body') ?? 'sample/feed.json'));
      const parts = Number(q.get('parts') ?? 10);
      const size = Math.ceil(body.length / parts);
      const pieces = Array.from({ length: parts }, (_, i) => body.subarray(i * size, (i + 1) * size));
      stream(ctx, record, pieces, Number(q.get('every') ?? 100));
      return;
    }
    const mb = Number(q.get('mb') ?? 600);
    if (!bombs.has(mb)) bombs.set(mb, gzipBomb(mb));
    const { head, block, tail } = bombs.get(mb);
    ctx.set('Content-Encoding', 'gzip');
    // The first MiB goes with the header, the last with the trailer: `sent` counts MiB.
    const pieces = Array.from({ length: mb }, (_, i) =>
      i === 0 ? Buffer.concat([head, block]) : i === mb - 1 ? Buffer.concat([block, tail]) : block
    );
    stream(ctx, record, pieces, Number(q.get('pace') ?? 0));
    return;
  }
  if (url.pathname === '/api/hits') {
    const record = hits.get(url.searchParams.get('key')) ?? { hits: 0, conditional: 0, times: [] };
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(record);
    return;
  }
  if (url.pathname === '/api/feed') {
    const q = url.searchParams;
    const key = q.get('key') ?? 'default';
    const record = hits.get(key) ?? { hits: 0, conditional: 0, times: [] };
    hits.set(key, record);
    record.hits += 1;
    record.times.push(Date.now());
    const n = record.hits;
    if (q.has('delay')) await sleep(Number(q.get('delay')));
    const failStatus = Number(q.get('failStatus') ?? 503);
    const failing = (q.has('fail') && n <= Number(q.get('fail'))) || (q.has('failAfter') && n > Number(q.get('failAfter')));
    if (q.has('status') || failing) {
      ctx.status = q.has('status') ? Number(q.get('status')) : failStatus;
      if (q.has('retryAfter')) ctx.set('Retry-After', q.get('retryAfter'));
      ctx.body = `error ${ctx.status}`;
      return;
    }
    const etag = q.get('etag');
    if (etag) {
      ctx.set('ETag', etag);
      if (ctx.get('If-None-Match') === etag) {
        record.conditional += 1;
        ctx.status = 304;
        return;
      }
    }
    ctx.body = await readFile(bodyPath(q.get('body') ?? 'sample/feed.json'));
    ctx.set('Content-Type', q.get('type') ?? 'application/feed+json');
    return;
  }
  if (url.pathname === '/real-feeds/index.json') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(await listRealFeeds());
    return;
  }
  if (url.pathname.startsWith('/real-feeds/')) {
    const file = path.resolve(realFeeds, decodeURIComponent(url.pathname.slice('/real-feeds/'.length)));
    if (!file.startsWith(realFeeds + path.sep)) {
      ctx.status = 403;
      return;
    }
    try {
      ctx.body = await readFile(file);
      const name = path.relative(realFeeds, file).split(path.sep).join('/');
      ctx.set('Content-Type', url.searchParams.get('type') ?? SERVED_AS[name] ?? FEED_TYPES[path.extname(file)] ?? 'application/octet-stream');
    } catch {
      ctx.status = 404;
    }
    return;
  }
  return next();
}
