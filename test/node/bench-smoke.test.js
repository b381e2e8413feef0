// `npm run bench` is not part of `npm test` (its figures vary between machines); this checks it
// still runs: its smallest sizes, a few runs, every table printed, the widget's markup the same as
// the baseline's (headline-list and the whole article). No timing is asserted, so a loaded machine
// cannot fail it. The page sections (CLS per widget, the partner demo) load dist/: npm test builds first.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';

const root = path.resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);

test('npm run bench runs on the smallest sizes and prints its tables', { timeout: 300_000 }, async () => {
  const { stdout } = await run(process.execPath, ['scripts/bench/bench.mjs', '--quick'], {
    cwd: root,
    timeout: 290_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  for (const expected of [
    /machine\s+.+\d+ cores/,
    /browser\s+\S+/,
    /load\s+[\d.]+ [\d.]+ [\d.]+/,
    /Same markup: .*: yes/,
    /headline-list: .*\n.*frame ratio[\s\S]*?10 items\s+[\d.]+ ms/,
    /faq-accordion: .*\n.*<details> frame[\s\S]*?\d+ questions\s+[\d.]+ ms/,
    /update cost on a rendered list of 10[\s\S]*?lang = "de"\s+[\d.]+ ms\s+[\d.]+ ms\s+yes/,
    /Normalizing a JSON Feed[\s\S]*?100 items\s+100\s+[\d.]+ ms\s+[\d,]+ \/s/,
    /Normalizing RSS 2\.0[\s\S]*?100 items\s+100\s+[\d.]+ ms\s+[\d,]+ \/s\s+100\s/,
    /Normalizing Atom 1\.0[\s\S]*?100 items\s+100\s+[\d.]+ ms\s+[\d,]+ \/s\s+100\s/,
    /script work alone[\s\S]*?10 items\s+[\d.]+ ms\s+[\d.]+ ms\s+[\d.]+×/,
    /Same markup: news-article's shadow DOM.*: yes \(\d+ elements, \d+ shadow roots/,
    /news-article: .*\n.*frame ratio[\s\S]*?sample article\s+[\d.]+ ms/,
    /Memory: \d+ widgets on one page[\s\S]*?round 1\s+[+−][\d,]+ kB\s+\+\d+/,
    /CLS with the feed one second late[\s\S]*?headline-list limit="6"\s+\d\.\d{4}/,
    /partner demo[\s\S]*?without the widgets\s+\d+ ms[\s\S]*?script tag\s+\d+ ms[\s\S]*?npm \(Vite bundle\)\s+\d+ ms/,
    /Goals \(issue 14, item 4\)/,
    /(met|missed)\s+CLS with the feed 1 s late/,
    /(met|missed)\s+partner demo LCP with the widgets, script tag/,
  ]) {
    assert.match(stdout, expected);
  }
});
