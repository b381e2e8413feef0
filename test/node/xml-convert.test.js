// `news-widgets convert <file-or-url>` (bin/news-widgets.js): RSS and Atom in, the JSON Feed 1.1
// the widgets make of them out, from a file or over HTTP (where the Content-Type's charset
// counts), to stdout or --output; clear errors and exit codes for what is not a feed. Runs the
// built dist/convert.js (`npm run build`; npm test builds before the node tests).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = path.join(root, 'bin', 'news-widgets.js');
const fixture = (file) => path.join(root, 'test', 'fixtures', file);
const built = existsSync(path.join(root, 'dist', 'convert.js'));
const skip = built ? false : 'dist/convert.js is missing: run `npm run build` first';

/** Runs the command; resolves with its exit code, stdout and stderr. */
async function run(...args) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

let server;
let origin;

before(async () => {
  // Serves a fixture with the Content-Type given in the query: /<file>?type=<Content-Type>.
  server = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    response.writeHead(200, { 'content-type': url.searchParams.get('type') ?? 'application/octet-stream' });
    response.end(readFileSync(fixture(path.basename(url.pathname))));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});

after(() => new Promise((resolve) => server.close(resolve)));

test('converts an RSS file to JSON Feed 1.1 on stdout, dates in RFC 3339', { skip }, async () => {
  const { code, stdout } = await run('convert', fixture('rss-dates.rss'));
  assert.equal(code, 0);
  const feed = JSON.parse(stdout);
  assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
  assert.equal(feed.title, 'Dates');
  assert.equal(feed.home_page_url, 'https://dates.example/');
  assert.deepEqual(
    feed.items.map((item) => [item.id, item.date_published]),
    [
      ['named-zone', '2003-06-10T13:41:01.000Z'],
      ['no-weekday', '2003-06-10T16:41:00.000Z'],
      ['padded', '2019-05-29T10:16:00.000Z'],
      ['dc-date', '2019-05-29T10:16:00.000Z'],
      ['last-century', '1999-12-31T23:59:59.000Z'],
      ['nonsense', undefined],
    ]
  );
});

test('converts an Atom feed over HTTP, its relative links resolved, into --output', { skip }, async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'news-widgets-convert-'));
  try {
    const output = path.join(dir, 'feed.json');
    const { code, stdout } = await run('convert', `${origin}/atom-bases.atom?type=application/atom%2Bxml`, '--output', output);
    assert.equal(code, 0);
    assert.equal(stdout, '');
    const feed = JSON.parse(readFileSync(output, 'utf8'));
    assert.equal(feed.items[0].url, 'https://bases.example/blog/2024/05/post-1');
    assert.match(feed.items[0].content_html, /src="https:\/\/bases\.example\/media\/pic\.jpg"/);
    assert.equal(feed.next_url, 'https://bases.example/blog/feed.atom?page=2');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("decodes by the URL's Content-Type charset, else the declaration", { skip }, async () => {
  const koi8 = JSON.parse((await run('convert', `${origin}/charset-header-koi8r.rss?type=application/rss%2Bxml;charset=KOI8-R`)).stdout);
  assert.equal(koi8.items[0].title, 'Погода в Москве');
  const gb2312 = JSON.parse((await run('convert', fixture('charset-declared-gb2312.rss'))).stdout);
  assert.equal(gb2312.items[0].title, '北京今天下雪');
});

test('says what came back when it is not a feed, and exits 1; a usage error exits 2', { skip }, async () => {
  const page = await run('convert', `${origin}/html-page.html?type=text/html`);
  assert.equal(page.code, 1);
  assert.match(page.stderr, /This is an HTML page \(served as text\/html\), not a feed\./);
  const broken = await run('convert', fixture('broken.rss'));
  assert.equal(broken.code, 1);
  assert.match(broken.stderr, /not well-formed XML/);
  const usage = await run('convert');
  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /usage: news-widgets convert <file-or-url>/);
});

test('expands no entity and reads no file an entity names', { skip }, async () => {
  const { code, stdout } = await run('convert', fixture('external-entity.atom'));
  assert.equal(code, 0);
  assert.doesNotMatch(stdout, /root:/);
  assert.equal(JSON.parse(stdout).items[0].title, 'Secret: &file; &remote;');
});
