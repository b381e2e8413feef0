#!/usr/bin/env node
/**
 * The news-widgets command line.
 *
 *   news-widgets convert <file-or-url> [--output <file>]
 *   news-widgets validate <file-or-url>
 *   news-widgets render <file-or-url> --tag <tag> [--base <url>] [--static] [--<attribute> <value> …]
 *
 * `convert` reads an RSS 2.0, RSS 0.9x, RSS 1.0 (RDF) or Atom 1.0 feed (or a JSON Feed) from a file or an
 * http(s) URL and writes the JSON Feed 1.1 that the widgets make of it: to stdout, or to
 * `--output`. Host that file on your own origin when the feed's server sends no CORS headers
 * (docs/feed-format.md, "CORS"). The bytes are decoded as the widgets decode them (a URL's
 * Content-Type charset, else the XML declaration, else a BOM, else UTF-8 or Windows-1252), and the
 * XML is read by @xmldom/xmldom, which never expands or fetches entities.
 *
 * `validate` is what a feed author runs before publishing: a JSON Feed is checked against
 * schema/news-feed.schema.json, then read by the widgets' own normalizer (an RSS or Atom feed
 * through the converter first); each schema error and each item the widgets would leave out is
 * printed with its reason. Exits 0 when the feed is fine, 1 when it has errors.
 *
 * `render` prints a widget rendered on the server (news-widgets/ssr) for a static page: the
 * element with its Declarative Shadow DOM, readable without JavaScript, and its feed inline for
 * news-widgets/hydrate (`--static` leaves the feed out). `--base` is where the feed is published
 * (its relative links resolve against it; a URL source is its own base). Every other
 * `--name value` is an attribute (`--limit 5`, `--heading-level 3`; `--numbered` alone is true).
 *
 * Every command exits 1 with a message on stderr when the input cannot be read or is not a feed,
 * 2 on a usage error.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import { schemaErrors } from './json-schema-check.js';

const USAGE = `usage: news-widgets convert <file-or-url> [--output <file>]
       news-widgets validate <file-or-url>
       news-widgets render <file-or-url> --tag <tag> [--base <url>] [--static] [--<attribute> <value> ...]`;

/** The bytes, the URL relative links resolve against, and the Content-Type (none for a file). */
async function read(source) {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source, {
      headers: { Accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.1' },
    });
    if (!response.ok) throw new Error(`${source} answered ${response.status} ${response.statusText}`.trim());
    return {
      bytes: new Uint8Array(await response.arrayBuffer()),
      url: response.url || source,
      contentType: response.headers.get('Content-Type'),
    };
  }
  return { bytes: new Uint8Array(await readFile(source)), url: pathToFileURL(path.resolve(source)).href, contentType: null };
}

async function main(args) {
  const [command, source, ...rest] = args;
  if (!source || source.startsWith('--')) return usage();
  if (command === 'convert') return convert(source, rest);
  if (command === 'validate') return rest.length ? usage() : validate(source);
  if (command === 'render') return render(source, rest);
  return usage();
}

function usage() {
  console.error(USAGE);
  return 2;
}

async function convert(source, rest) {
  const outputAt = rest.findIndex((arg) => arg === '--output' || arg === '-o');
  const output = outputAt >= 0 ? rest[outputAt + 1] : undefined;
  if ((outputAt >= 0 && !output) || rest.length !== (outputAt >= 0 ? 2 : 0)) return usage();
  // The built module (npm run build): the same code the widgets run in the browser.
  const { convertFeed } = await import('../dist/convert.js');
  const { bytes, url, contentType } = await read(source);
  const json = `${JSON.stringify(convertFeed(bytes, url, contentType, DOMParser), null, 2)}\n`;
  if (output) await writeFile(output, json);
  else process.stdout.write(json);
  return 0;
}

/** The schema, next to this file in the package. */
const schemaFile = new URL('../schema/news-feed.schema.json', import.meta.url);

async function validate(source) {
  const [{ convertFeed }, { prepareFeed }] = await Promise.all([import('../dist/convert.js'), import('../dist/ssr.js')]);
  const { bytes, url, contentType } = await read(source);
  // JSON Feed as written (a parse error says where); RSS and Atom as the widgets convert them.
  const json = convertFeed(bytes, url, contentType, DOMParser);
  const fromXml = !/^\s*[[{]/.test(new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, ''));
  const problems = fromXml ? [] : schemaErrors(JSON.parse(await readFile(schemaFile, 'utf8')), json);
  for (const { path, message } of problems) console.log(`schema: ${path} ${message}`);
  const { feed, dropped } = prepareFeed(json, { url: /^https?:/i.test(url) ? url : undefined });
  for (const item of dropped) console.log(`dropped: ${item.reason}`);
  const errors = problems.length + dropped.length;
  const what = fromXml ? 'the converted feed (RSS/Atom: no JSON Schema check)' : 'the schema';
  console.log(
    `${source}: ${feed.items.length} item${feed.items.length === 1 ? '' : 's'} the widgets show; ` +
      (errors
        ? `${problems.length} schema error${problems.length === 1 ? '' : 's'}, ${dropped.length} dropped.`
        : `valid against ${what} and the normalizer.`)
  );
  return errors ? 1 : 0;
}

async function render(source, rest) {
  const attributes = {};
  let tag;
  let base;
  let inline = true;
  for (let at = 0; at < rest.length; at++) {
    const arg = rest[at];
    if (!arg.startsWith('--') || arg === '--') return usage();
    const name = arg.slice(2);
    const value = rest[at + 1] !== undefined && !rest[at + 1].startsWith('--') ? rest[++at] : true;
    if (name === 'tag') tag = value;
    else if (name === 'base') base = value;
    else if (name === 'static' && value === true) inline = false;
    else attributes[name] = value;
  }
  if (typeof tag !== 'string' || base === true) return usage();
  const { renderWidget } = await import('../dist/ssr.js');
  const { bytes, url } = await read(source);
  const html = await renderWidget(tag, {
    feed: bytes,
    url: typeof base === 'string' ? base : /^https?:/i.test(url) ? url : undefined,
    attributes,
    inline,
  });
  process.stdout.write(`${html}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(`news-widgets: ${error.message}`);
    process.exitCode = 1;
  }
);
