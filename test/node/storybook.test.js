// Builds Storybook and checks, for every widget in src/components: it has stories and an autodocs
// page; that page lists every attribute of custom-elements.json with a control; and its default
// story (and its Error story, when there is one) renders in Chromium into a non-empty shadow root
// with no console errors.
// Run with: node --test test/node/   (about 30-60 s: most of it is `storybook build`)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, openPage, serveStatic } from '../server/static.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = (name) => path.join(repoRoot, 'node_modules', '.bin', name);

/** Every widget is a folder of src/components/. */
const widgets = readdirSync(path.join(repoRoot, 'src', 'components'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/**
 * Console errors that are expected, each with the reason. Anything else fails the test. The built
 * Storybook itself logs nothing in the preview frame (no dev-mode or "multiple versions of Lit"
 * warnings, which are warnings anyway), so the list holds only what the stories do on purpose:
 * - An Error story points a widget at a URL that does not exist (sample/sample-data.ts BROKEN_FEED_URL), so
 *   Chromium logs the 404. It is accepted only when that URL really was the one that failed.
 */
const EXPECTED_ERRORS = [{ pattern: /Failed to load resource: the server responded with a status of 404/, url: /does-not-exist/ }];

/** The page's errors minus the expected ones; `failedUrls` are the URLs that answered 4xx/5xx. */
function unexpectedErrors(errors, failedUrls, allowBroken) {
  return errors.filter(
    (message) =>
      !(allowBroken && EXPECTED_ERRORS.some((expected) => expected.pattern.test(message) && failedUrls.some((url) => expected.url.test(url))))
  );
}

/** Records the URLs of the page's failed responses. */
function trackFailures(page) {
  const failedUrls = [];
  page.on('response', (response) => response.status() >= 400 && failedUrls.push(response.url()));
  return failedUrls;
}

let outDir;
let server;
let browser;
/** index.json's entries. */
let entries = [];
/** stories/<tag>/<tag>.stories.ts or a title ending in /<tag>: the stories of a widget. */
const storiesOf = (tag) =>
  entries.filter(
    (entry) => entry.type === 'story' && (entry.importPath.endsWith(`/stories/${tag}/${tag}.stories.ts`) || entry.title.split('/').pop() === tag)
  );

before(async () => {
  // preview.ts imports the manifest; `npm run build` writes it, so only a bare checkout lacks it.
  if (!existsSync(path.join(repoRoot, 'custom-elements.json'))) {
    const analyze = spawnSync('npm', ['run', '--silent', 'analyze'], { cwd: repoRoot, encoding: 'utf8' });
    assert.equal(analyze.status, 0, `npm run analyze failed:\n${analyze.stdout}\n${analyze.stderr}`);
  }
  outDir = mkdtempSync(path.join(tmpdir(), 'news-widgets-storybook-'));
  const build = spawnSync(bin('storybook'), ['build', '--quiet', '-o', outDir], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', NO_COLOR: '1' },
  });
  assert.equal(build.status, 0, `storybook build failed:\n${build.stdout.slice(-4000)}\n${build.stderr.slice(-4000)}`);
  entries = Object.values(JSON.parse(readFileSync(path.join(outDir, 'index.json'), 'utf8')).entries);
  // Browsers ask for /favicon.ico; Storybook ships favicon.svg. An empty answer keeps the log clean.
  server = await serveStatic({ mounts: { '/': outDir }, pages: { '/favicon.ico': '' } });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('storybook', () => {
  test('the widgets are found in src/components', () => {
    assert.ok(widgets.length >= 1, 'no folders in src/components');
  });

  test('the introduction page is built', () => {
    assert.ok(
      entries.some((entry) => entry.type === 'docs' && entry.title === 'Introduction'),
      'no Introduction docs entry'
    );
  });

  for (const tag of widgets) {
    describe(`<${tag}>`, () => {
      test('has stories and an autodocs page', () => {
        const stories = storiesOf(tag);
        assert.ok(stories.length > 0, `no story for <${tag}> (expected stories/${tag}/${tag}.stories.ts)`);
        const title = stories[0].title;
        assert.ok(
          entries.some((entry) => entry.type === 'docs' && entry.title === title && entry.tags?.includes('autodocs')),
          `no autodocs page for "${title}"`
        );
      });

      test('its Docs page lists every attribute of custom-elements.json, each with a control', async (t) => {
        const stories = storiesOf(tag);
        if (stories.length === 0) return t.skip('no stories');
        const attributes = manifestAttributes(tag);
        assert.ok(attributes, `custom-elements.json has no <${tag}>`);
        const docsId = entries.find((entry) => entry.type === 'docs' && entry.title === stories[0].title)?.id;
        if (!docsId) return t.skip('no docs page');
        const { page, report } = await openPage(browser);
        const failedUrls = trackFailures(page);
        try {
          await page.goto(`${server.origin}/iframe.html?id=${encodeURIComponent(docsId)}&viewMode=docs`, { waitUntil: 'load' });
          await page.waitForSelector('.docblock-argstable tbody tr', { timeout: 15_000 });
          /** Row name → whether its Control cell holds an input, select, textarea or "Set …" button. */
          const rows = await page.evaluate(() =>
            Object.fromEntries(
              [...document.querySelectorAll('.docblock-argstable tbody tr')]
                .filter((row) => row.children.length >= 4)
                .map((row) => [row.children[0].textContent.trim(), !!row.children[3].querySelector('input, select, textarea, button')])
            )
          );
          for (const attribute of attributes) {
            assert.ok(attribute in rows, `the Docs page of <${tag}> does not list the attribute "${attribute}"`);
            assert.ok(rows[attribute], `the attribute "${attribute}" of <${tag}> has no control`);
          }
          // The Docs page renders every story of the widget, its Error story too.
          await new Promise((resolve) => setTimeout(resolve, 500));
          assert.deepEqual(unexpectedErrors(report.errors, failedUrls, true), [], 'console errors on the Docs page');
          assert.deepEqual(
            failedUrls.filter((url) => !/does-not-exist/.test(url)),
            [],
            'failed requests on the Docs page'
          );
        } finally {
          await page.close();
        }
      });

      test('renders its default story and its Error story in Chromium without errors', async (t) => {
        const stories = storiesOf(tag);
        if (stories.length === 0) return t.skip('no stories');
        const primary = stories.find((story) => /^default$/i.test(story.name)) ?? stories[0];
        const error = stories.find((story) => story !== primary && /^error$/i.test(story.name));
        for (const story of [primary, error].filter(Boolean)) {
          await t.test(story.name, () => renderStory(tag, story, story === error ? 'error' : 'default'));
        }
      });
    });
  }
});

/** The attribute names custom-elements.json gives for `tag`, or undefined when it has no such element. */
function manifestAttributes(tag) {
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'custom-elements.json'), 'utf8'));
  const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === tag);
  return declaration && (declaration.attributes ?? []).map((attribute) => attribute.name);
}

/** Opens one story alone in the preview frame and checks what it rendered. */
async function renderStory(tag, story, kind) {
  const { page, report } = await openPage(browser);
  const failedRequests = trackFailures(page);
  try {
    await page.goto(`${server.origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`, {
      waitUntil: 'load',
      timeout: 20_000,
    });
    // Rendered: the element is in the story, its shadow root has content, and no widget in the
    // story (the element itself or the widgets inside a <news-feed>) is still loading.
    await page
      .waitForFunction(
        (tagName) => {
          const element = document.querySelector(`#storybook-root ${tagName}`);
          if (!element?.shadowRoot || element.shadowRoot.childElementCount === 0) return false;
          const widgets = [element, ...element.querySelectorAll('*')].filter((node) => node.shadowRoot);
          return widgets.every((widget) => !widget.shadowRoot.querySelector('[aria-busy="true"]'));
        },
        { timeout: 15_000, polling: 100 },
        tag
      )
      .catch(async () => {
        const root = await page.evaluate(() => document.querySelector('#storybook-root')?.outerHTML.slice(0, 600));
        assert.fail(`<${tag}> did not render in story "${story.id}". #storybook-root: ${root}\n${report.errors.join('\n')}`);
      });
    const summary = await page.evaluate((tagName) => {
      const element = document.querySelector(`#storybook-root ${tagName}`);
      /** Every shadow root under `root`, nested ones too. */
      const shadowRoots = (root) =>
        [...root.querySelectorAll('*')].flatMap((node) => (node.shadowRoot ? [node.shadowRoot, ...shadowRoots(node.shadowRoot)] : []));
      const roots = [element.shadowRoot, ...shadowRoots(element.shadowRoot), ...shadowRoots(element)];
      return {
        shadowChildren: element.shadowRoot.childElementCount,
        alerts: roots.reduce((count, root) => count + root.querySelectorAll('[role="alert"]').length, 0),
        errorOverlay: document.body.classList.contains('sb-show-errordisplay'),
      };
    }, tag);
    assert.ok(summary.shadowChildren > 0, `<${tag}> has an empty shadow root`);
    assert.equal(summary.errorOverlay, false, `Storybook shows its error screen for "${story.id}"`);
    if (kind === 'error') assert.ok(summary.alerts > 0, `the Error story of <${tag}> shows no role="alert" error`);
    assert.deepEqual(unexpectedErrors(report.errors, failedRequests, kind === 'error'), [], `console errors in story "${story.id}"`);
    const unexpectedRequests = failedRequests.filter((url) => !(kind === 'error' && /does-not-exist/.test(url)));
    assert.deepEqual(unexpectedRequests, [], `failed requests in story "${story.id}"`);
  } finally {
    await page.close();
  }
}
