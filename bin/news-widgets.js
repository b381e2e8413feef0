#!/usr/bin/env node
/**
 * The news-widgets command line.
 *
 *   news-widgets convert <file-or-url> [--output <file>]
 *
 * Reads an RSS 2.0, RSS 0.9x, RSS 1.0 (RDF) or Atom 1.0 feed (or a JSON Feed) from a file or an
 * http(s) URL and writes the JSON Feed 1.1 that the widgets make of it: to stdout, or to
 * `--output`. Host that file on your own origin when the feed's server sends no CORS headers
 * (docs/feed-format.md, "CORS"). The bytes are decoded as the widgets decode them (a URL's
 * Content-Type charset, else the XML declaration, else a BOM, else UTF-8 or Windows-1252), and the
 * XML is read by @xmldom/xmldom, which never expands or fetches entities. Exits 1 with a
 * message on stderr when the input is not a feed, 2 on a usage error.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';

const USAGE = 'usage: news-widgets convert <file-or-url> [--output <file>]';

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
  const outputAt = rest.findIndex((arg) => arg === '--output' || arg === '-o');
  const output = outputAt >= 0 ? rest[outputAt + 1] : undefined;
  if (command !== 'convert' || !source || (outputAt >= 0 && !output) || rest.length !== (outputAt >= 0 ? 2 : 0)) {
    console.error(USAGE);
    return 2;
  }
  // The built module (npm run build): the same code the widgets run in the browser.
  const { convertFeed } = await import('../dist/convert.js');
  const { bytes, url, contentType } = await read(source);
  const json = `${JSON.stringify(convertFeed(bytes, url, contentType, DOMParser), null, 2)}\n`;
  if (output) await writeFile(output, json);
  else process.stdout.write(json);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(`news-widgets: ${error.message}`);
    process.exitCode = 1;
  }
);
