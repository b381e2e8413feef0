// Validates the sample feed and real-world JSON Feeds against schema/news-feed.schema.json.
// Run with: node --test test/node/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const realFeedsDir = resolve(repoRoot, '..', 'shared', 'real-feeds', 'json');

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const schema = readJson(join(repoRoot, 'schema', 'news-feed.schema.json'));
const sample = readJson(join(repoRoot, 'sample', 'feed.json'));

// Strict mode, except strictRequired: the author definition's `anyOf: [{ required: ['name'] }, ...]`
// names properties that are declared one level up, which strictRequired cannot see.
const ajvWarnings = [];
const ajv = new Ajv2020({
  allErrors: true,
  strict: true,
  strictRequired: false,
  logger: { log() {}, warn: (...args) => ajvWarnings.push(args.join(' ')), error: console.error },
});
const validate = ajv.compile(schema);

/** Validates `data`; returns ajv's errors (empty when valid). */
function errorsOf(data) {
  return validate(data) ? [] : [...validate.errors];
}

const describe = (errors) => ajv.errorsText(errors, { separator: '\n  ', dataVar: 'feed' });

/** A deep copy of the sample feed, changed by `edit`. */
function sampleWith(edit) {
  const copy = structuredClone(sample);
  edit(copy);
  return copy;
}

test('the schema compiles in strict mode and declares draft 2020-12', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(schema.$id, 'urn:news-widgets:schema:news-feed');
  assert.equal(typeof validate, 'function');
  assert.deepEqual(ajvWarnings, [], 'ajv warned while compiling the schema');
});

test('sample/feed.json is valid', () => {
  const errors = errorsOf(sample);
  assert.deepEqual(errors, [], `sample/feed.json is invalid:\n  ${describe(errors)}`);
});

test('a feed without items is invalid', () => {
  const errors = errorsOf(sampleWith((feed) => delete feed.items));
  assert.ok(
    errors.some((e) => e.keyword === 'required' && e.params.missingProperty === 'items'),
    describe(errors)
  );
});

test('an item without id is invalid', () => {
  const errors = errorsOf(sampleWith((feed) => delete feed.items[1].id));
  assert.ok(
    errors.some((e) => e.keyword === 'required' && e.instancePath === '/items/1' && e.params.missingProperty === 'id'),
    describe(errors)
  );
});

test('an FAQ entry whose question is not a string is invalid', () => {
  const errors = errorsOf(sampleWith((feed) => (feed.items[0]._news.faq[0].question = 42)));
  assert.ok(
    errors.some((e) => e.keyword === 'type' && e.instancePath === '/items/0/_news/faq/0/question'),
    describe(errors)
  );
});

test('a key takeaway without text is invalid', () => {
  const errors = errorsOf(sampleWith((feed) => (feed.items[0]._news.key_takeaways[1] = { source: { url: 'https://news.example/' } })));
  assert.ok(
    errors.some((e) => e.keyword === 'required' && e.instancePath === '/items/0/_news/key_takeaways/1' && e.params.missingProperty === 'text'),
    describe(errors)
  );
});

// Real feeds that break the JSON Feed spec, and the instance-path fragments their errors must
// mention. A file listed here must fail for (at least) these reasons; any other file must pass.
const knownQuirks = {
  // `tags` is a comma-separated string (sometimes ""), and `external_url` is sometimes null.
  'rose.json': ['/tags', '/external_url'],
};

test('real-world JSON Feeds validate, or fail only for their documented quirks', async (t) => {
  if (!existsSync(realFeedsDir)) {
    t.skip('../shared/real-feeds not found');
    return;
  }
  const files = readdirSync(realFeedsDir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  assert.ok(files.length > 0, `no .json files in ${realFeedsDir}`);
  for (const name of files) {
    await t.test(name, () => {
      const errors = errorsOf(readJson(join(realFeedsDir, name)));
      const quirks = knownQuirks[name];
      if (!quirks) {
        assert.deepEqual(errors, [], `${name} is invalid:\n  ${describe(errors)}`);
        return;
      }
      assert.ok(errors.length > 0, `${name} is listed with quirks ${quirks.join(', ')} but is valid`);
      for (const quirk of quirks) {
        assert.ok(
          errors.some((e) => e.instancePath.includes(quirk)),
          `${name}: expected an error at a path containing ${quirk}, got:\n  ${describe(errors)}`
        );
      }
      const unexplained = errors.filter((e) => !quirks.some((quirk) => e.instancePath.includes(quirk)));
      assert.deepEqual(unexplained, [], `${name} has errors beyond its known quirks:\n  ${describe(unexplained)}`);
    });
  }
});
