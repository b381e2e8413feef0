/**
 * Helpers of the Node end-to-end tests (test/node/*.test.js): a small static file server on
 * 127.0.0.1 and headless Chromium through puppeteer-core, with what a test wants to know about
 * a page (console errors, uncaught exceptions, every request it made).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromePath } from '../../scripts/chrome-path.js';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
};

/**
 * Serves `mounts` (URL prefix → directory, e.g. `{ '/': repoRoot }`) and `pages` (URL path →
 * HTML string, served from memory) on a random port of 127.0.0.1. Nothing outside a mount is
 * reachable. Resolves with `{ origin, close(), fault(), hits() }`:
 *   fault(pathname, { delay, fail })  from now on, answer requests for `pathname` (any query)
 *                                     `delay` ms late, and the next `fail` of them with a 503;
 *                                     `fault(pathname)` ends that
 *   hits(pathname)                    how many requests `pathname` has had
 */
export async function serveStatic({ mounts = {}, pages = {} }) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const faults = new Map();
  const hits = new Map();
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url, 'http://localhost');
    hits.set(pathname, (hits.get(pathname) ?? 0) + 1);
    const fault = faults.get(pathname);
    if (fault?.delay) await new Promise((resolve) => setTimeout(resolve, fault.delay));
    if (fault?.fail > 0) {
      fault.fail -= 1;
      response.writeHead(503, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
      response.end(`failing on purpose: ${pathname}`);
      return;
    }
    if (pathname in pages) {
      response.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      response.end(pages[pathname]);
      return;
    }
    const prefix = prefixes.find((candidate) => pathname.startsWith(candidate));
    if (prefix !== undefined) {
      const base = path.resolve(mounts[prefix]);
      const file = path.resolve(base, `.${decodeURIComponent(pathname.slice(prefix.length - 1))}`);
      if ((file === base || file.startsWith(base + path.sep)) && existsSync(file) && statSync(file).isFile()) {
        response.writeHead(200, {
          'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        createReadStream(file).pipe(response);
        return;
      }
    }
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end(`not found: ${pathname}`);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    fault: (pathname, fault) => (fault ? faults.set(pathname, { ...fault }) : faults.delete(pathname)),
    hits: (pathname) => hits.get(pathname) ?? 0,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/** Headless Chromium with the flags every tool here uses (scripts/chrome-path.js). */
export function launchChromium() {
  return puppeteer.launch({
    executablePath: chromePath(),
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}

/**
 * A new page that records console errors and warnings, uncaught exceptions and the URL of every
 * request. `report.errors` joins console errors and page errors.
 */
export async function openPage(browser) {
  const page = await browser.newPage();
  const report = { errors: [], warnings: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') report.errors.push(`console.error: ${message.text()}`);
    if (message.type() === 'warn') report.warnings.push(message.text());
  });
  page.on('pageerror', (error) => report.errors.push(`uncaught: ${error?.message ?? error}`));
  page.on('request', (request) => report.requests.push(request.url()));
  page.on('requestfailed', (request) => {
    // A body read whole through a stream reader (the feed loader counts a feed's bytes as they
    // arrive) is reported by Chromium as aborted, often, though every byte arrived: not a failure.
    if (request.failure()?.errorText === 'net::ERR_ABORTED' && request.response()?.ok()) return;
    report.errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  return { page, report };
}
