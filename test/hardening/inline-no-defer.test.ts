/**
 * An inline feed is read once the element's children exist, whatever the script's loading mode
 * (issue #13, item 6). Real pages from the test server (/api/page), streamed, in a frame: the
 * library loads in `<head>` WITHOUT `defer`, so `<article-card>` is defined, and connected, before
 * the parser reaches its `<script type="application/feed+json">` child; the page pauses there so
 * that a library that arrives a little later (the loader's widget module, an async module) also
 * upgrades the element first. `window.upgradedBeforeChildren` says whether that happened (it must,
 * or the page tests nothing). The same for a `<news-feed>` with an inline feed and a list inside.
 *   all     dist/news-widgets.all.js, a classic script: every tag defined at once
 *   loader  dist/news-widgets.js, a classic script that downloads widget modules
 *   module  src/define.ts (the `.ts` entry) as an async module
 * The dist/ files come from `npm run build` (npm test builds before the browser tests).
 */
import { expect } from '@open-wc/testing';
import { SAMPLE_FEED } from '../../sample/sample-data.js';

type FrameWindow = Window & typeof globalThis & { upgradedBeforeChildren?: boolean };

async function openPage(query: string): Promise<{ frame: HTMLIFrameElement; win: FrameWindow }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  frame.src = `/api/page?${query}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as FrameWindow };
}

/** The text of `selector`'s shadow root in the frame, once it shows something other than a skeleton. */
async function shown(win: FrameWindow, selector: string, timeout = 15_000): Promise<string> {
  const started = performance.now();
  for (;;) {
    const root = win.document.querySelector(selector)?.shadowRoot;
    const text = root?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (root && text && !root.querySelector('[part="skeleton"]')) return text;
    if (performance.now() - started > timeout) throw new Error(`${selector} never rendered (${text || 'no shadow root'})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const firstTitle = SAMPLE_FEED.items[0].title;

describe('an inline feed with the script in <head> without defer', function () {
  this.timeout(40_000);

  for (const [head, pause] of [
    ['all', 300],
    ['loader', 2500],
    ['module', 2500],
  ] as const) {
    it(`${head}: the widget defined before its children reads its inline feed`, async () => {
      const { frame, win } = await openPage(`head=${head}&pause=${pause}`);
      try {
        expect(win.upgradedBeforeChildren, 'the element was upgraded before its children were parsed').to.equal(true);
        const card = await shown(win, '#card');
        expect(card).to.contain(firstTitle);
        expect(win.document.querySelector('#card')!.shadowRoot!.querySelector('[part="message"]'), 'no "no source" message').to.equal(null);
        const list = await shown(win, '#list');
        expect(list).to.contain(firstTitle);
      } finally {
        frame.remove();
      }
    });
  }
});
