// The command line (bin/news-widgets.js) as a feed author runs it: `validate` on the sample feed,
// the real feeds in ../shared/real-feeds/json (skipped with a message when absent), broken feeds
// (test/fixtures/cli-*), RSS and a URL; `render` for a static page. Its JSON Schema check is held
// to ajv's verdict on every feed. Needs the build (`npm run build`).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { schemaErrors } from '../../bin/json-schema-check.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = path.join(root, 'bin', 'news-widgets.js');
const fixture = (name) => path.join(root, 'test', 'fixtures', name);
const sampleFile = path.join(root, 'sample', 'feed.json');
const sample = JSON.parse(readFileSync(sampleFile, 'utf8'));
const realFeedsDir = path.resolve(root, '..', 'shared', 'real-feeds', 'json');
const realFeeds = existsSync(realFeedsDir) ? readdirSync(realFeedsDir).filter((name) => name.endsWith('.json')) : [];
const schema = JSON.parse(readFileSync(path.join(root, 'schema', 'news-feed.schema.json'), 'utf8'));

/** Runs the command line; resolves with its exit code, stdout and stderr (it never rejects). */
const run = (...args) =>
  new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr })
    );
  });

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, logger: false });
const ajvValidate = ajv.compile(schema);

test('the build is there', () => {
  assert.ok(existsSync(path.join(root, 'dist', 'ssr.js')), 'dist/ssr.js is missing: run `npm run build` first.');
});

test('validate: the sample feed is valid (exit 0)', async () => {
  const { code, stdout, stderr } = await run('validate', sampleFile);
  assert.equal(code, 0, stderr);
  assert.match(stdout, new RegExp(`${sample.items.length} items the widgets show; valid against the schema and the normalizer`));
});

test('validate: each broken item is printed with its reason, schema errors with their path, exit 1', async () => {
  const { code, stdout } = await run('validate', fixture('cli-broken-items.json'));
  assert.equal(code, 1);
  const lines = stdout.trim().split('\n');
  assert.ok(lines.includes('schema: /items/1 must have "id"'), stdout);
  assert.ok(lines.includes('schema: /items/4/tags must be array, not string'), stdout);
  assert.ok(lines.includes('schema: /items/4/_news/faq/0 must have "answer"'), stdout);
  const dropped = lines.filter((line) => line.startsWith('dropped: '));
  assert.equal(dropped.length, 3, stdout);
  assert.match(dropped[0], /Item 2 was dropped: it has no "id"/);
  assert.match(dropped[1], /Item 3 was dropped: its id "fine" repeats an earlier item's/);
  assert.match(dropped[2], /Item 4 \("bare"\) was dropped: it has no title, text, link or image/);
  // The widgets tolerate item 5's wrong types (they ignore what they cannot read); the schema names them.
  assert.match(lines.at(-1), /2 items the widgets show; 3 schema errors, 3 dropped\.$/);
});

test('validate: JSON cut off in transfer, or no feed at all, is an error on stderr (exit 1)', async () => {
  const cut = await run('validate', fixture('cli-cut-off.json'));
  assert.equal(cut.code, 1);
  assert.match(cut.stderr, /not valid JSON, perhaps cut off/);
  const notAFeed = await run('validate', fixture('not-a-feed.json'));
  assert.equal(notAFeed.code, 1);
  assert.match(notAFeed.stderr, /news-widgets: /);
  const missing = await run('validate', fixture('no-such-file.json'));
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /ENOENT/);
});

test('validate: an RSS feed is read through the converter', async () => {
  const { code, stdout } = await run('validate', fixture('rss-text.rss'));
  assert.match(stdout, /items? the widgets show/);
  assert.ok(code === 0 || /dropped: /.test(stdout), stdout);
  assert.doesNotMatch(stdout, /^schema: /m, 'the JSON Schema is not applied to RSS');
});

test('validate: a feed from a URL', async () => {
  const server = createServer((request, response) => {
    response.writeHead(request.url === '/feed.json' ? 200 : 404, { 'content-type': 'application/feed+json' });
    response.end(request.url === '/feed.json' ? JSON.stringify(sample) : '');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const origin = `http://127.0.0.1:${server.address().port}`;
    const ok = await run('validate', `${origin}/feed.json`);
    assert.equal(ok.code, 0, ok.stderr);
    const gone = await run('validate', `${origin}/gone.json`);
    assert.equal(gone.code, 1);
    assert.match(gone.stderr, /answered 404/);
  } finally {
    server.close();
  }
});

test('usage errors exit 2 with the usage', async () => {
  for (const args of [
    [],
    ['validate'],
    ['frobnicate', sampleFile],
    ['validate', sampleFile, 'extra'],
    ['render', sampleFile],
    ['render', sampleFile, 'headline-list'],
  ]) {
    const { code, stderr } = await run(...args);
    assert.equal(code, 2, args.join(' '));
    assert.match(stderr, /usage: news-widgets convert/);
  }
});

test('validate: the real feeds', { skip: realFeeds.length ? false : `no real feeds at ${realFeedsDir}` }, async () => {
  for (const name of realFeeds) {
    const file = path.join(realFeedsDir, name);
    const { code, stdout, stderr } = await run('validate', file);
    assert.ok(code === 0 || code === 1, `${name}: ${stderr}`);
    assert.match(stdout, /items? the widgets show/, name);
    const problems = stdout.split('\n').filter((line) => /^(schema|dropped): /.test(line));
    assert.equal(code, problems.length ? 1 : 0, `${name}: the exit code says whether anything was printed`);
    console.log(`${name}: exit ${code}, ${problems.length} problem(s)${problems.length ? `, e.g. ${problems[0]}` : ''}`);
  }
});

test('the schema check agrees with ajv on every feed here', () => {
  const documents = [
    sampleFile,
    fixture('cli-broken-items.json'),
    fixture('quirks.json'),
    fixture('hostile.json'),
    ...realFeeds.map((name) => path.join(realFeedsDir, name)),
  ];
  documents.push('inline:broken-author');
  for (const file of documents) {
    const data =
      file === 'inline:broken-author'
        ? { ...sample, authors: [{}], items: [{ id: 'x', title: 'x', _news: { sections: [{ id: 's', title: 't', level: 9 }] } }] }
        : JSON.parse(readFileSync(file, 'utf8'));
    const ours = schemaErrors(schema, data).map((error) => error.path);
    const theirs = ajvValidate(data) ? [] : ajvValidate.errors.map((error) => error.instancePath || '(the document)');
    assert.deepEqual([...new Set(ours)].sort(), [...new Set(theirs)].sort(), path.basename(file));
  }
});

test('the schema check refuses a keyword it does not know, rather than passing it', () => {
  assert.throws(() => schemaErrors({ type: 'object', additionalProperties: false }, {}), /"additionalProperties"/);
});

test('render: a widget as server HTML for a static page', async () => {
  const { code, stdout, stderr } = await run(
    'render',
    sampleFile,
    '--tag',
    'headline-list',
    '--limit',
    '3',
    '--base',
    'https://news.example/feed.json',
    '--heading',
    'Latest'
  );
  assert.equal(code, 0, stderr);
  const shown = stdout.replace(/<script[^]*?<\/script>/g, '');
  assert.match(stdout, /^<!--lit-part[^>]*--><!--lit-node 0--><headline-list [^>]*limit="3"/);
  assert.match(stdout, /<template shadowroot="open" shadowrootmode="open">/);
  for (const item of sample.items.slice(0, 3)) assert.ok(shown.includes(item.title.replace(/'/g, '&#39;')), item.title);
  assert.ok(!shown.includes(sample.items[3].title.replace(/'/g, '&#39;')), 'limit is applied');
  assert.match(shown, /<h2 [^>]*>(<!--[^>]*-->)*Latest</);
  assert.match(stdout, /<script type="application\/feed\+json">/);
  assert.match(stdout, /https:\/\/news\.example\/images\//, 'relative links resolve against --base');
});

test('render: --static leaves the feed out; boolean attributes; an unknown tag is an error', async () => {
  const faq = await run('render', sampleFile, '--tag', 'faq-accordion', '--static', '--expanded', 'all');
  assert.equal(faq.code, 0, faq.stderr);
  assert.doesNotMatch(faq.stdout, /application\/feed\+json/);
  assert.ok(faq.stdout.includes(sample.items[0]._news.faq[0].answer.slice(0, 40)));
  const numbered = await run('render', sampleFile, '--tag', 'key-takeaways', '--numbered');
  assert.match(numbered.stdout, /<key-takeaways [^>]*numbered/);
  const unknown = await run('render', sampleFile, '--tag', 'marquee');
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /<marquee> is not a widget/);
});
