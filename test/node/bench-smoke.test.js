// `npm run bench` is not part of `npm test` (its figures vary between machines); this checks it
// still runs: its smallest sizes, a few runs, every table printed, the widget's markup the same as
// the baseline's. No timing is asserted, so a loaded machine cannot fail it.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';

const root = path.resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);

test('npm run bench runs on the smallest sizes and prints its tables', { timeout: 120_000 }, async () => {
  const { stdout } = await run(process.execPath, ['scripts/bench/bench.mjs', '--quick'], { cwd: root, timeout: 110_000 });
  for (const expected of [
    /machine\s+.+\d+ cores/,
    /browser\s+\S+/,
    /load\s+[\d.]+ [\d.]+ [\d.]+/,
    /Same markup: .*: yes/,
    /headline-list: .*\n.*frame ratio[\s\S]*?10 items\s+[\d.]+ ms/,
    /faq-accordion: .*\n.*<details> frame[\s\S]*?\d+ questions\s+[\d.]+ ms/,
    /update cost on a rendered list of 10[\s\S]*?lang = "de"\s+[\d.]+ ms\s+[\d.]+ ms\s+yes/,
    /Normalizing a JSON Feed[\s\S]*?100 items\s+100\s+[\d.]+ ms\s+[\d,]+ \/s/,
    /Goals \(issue 14, item 4\)/,
  ]) {
    assert.match(stdout, expected);
  }
});
