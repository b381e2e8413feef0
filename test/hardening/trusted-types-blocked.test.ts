/**
 * When the page's Trusted Types policy blocks the library's code (issue #13, item 6): each widget
 * shows its error state, or, when nothing can render, the loader's failure box, and the console
 * names the policies to allow. Real pages from the test server (/api/page?body=sources: a headline
 * list, an article card, a FAQ and an article body with `src`), sent with
 * `Content-Security-Policy: require-trusted-types-for 'script'; trusted-types <names>`, in a frame;
 * `window.logged` holds what the page logged (console.error, console.warn, uncaught errors).
 *   - `news-widgets` without `lit-html`, with the loader (dist/news-widgets.js): every widget
 *     module fails as Lit creates its policy; each element shows the loader's error box, and the
 *     console says `trusted-types lit-html news-widgets`.
 *   - the same with the all-in-one file (dist/news-widgets.all.js) or the npm entry (src/define.ts,
 *     and dist/define.js as the package ships it):
 *     the script stops as Lit loads, but its first module (src/lit-policy-guard.ts) ran before Lit
 *     and heard the refusal: each element shows the error box, without "Try again" (only the
 *     page's policy can fix it), and the console names the policies once.
 *   - `lit-html` without `news-widgets`: no widget stays in its loading state: those that need no
 *     HTML sink show their feed, the article body (it parses HTML through that policy) its text or
 *     its error state; the console names the policies, once.
 *   - both names allowed: every widget renders, nothing is logged.
 * The dist/ files come from `npm run build` (npm test builds before the browser tests).
 */
import { expect } from '@open-wc/testing';

type FrameWindow = Window & typeof globalThis & { logged: string[] };

const TAGS = ['headline-list', 'article-card', 'faq-accordion', 'article-body'];
const ALLOW = 'trusted-types lit-html news-widgets';

async function openPage(query: string): Promise<{ frame: HTMLIFrameElement; win: FrameWindow }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  frame.src = `/api/page?body=sources&${query}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as FrameWindow };
}

async function until(condition: () => boolean, message: string | (() => string), timeout = 15_000): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeout) throw new Error(typeof message === 'string' ? message : message());
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The loader's error box in `element` (a div with its own shadow root holding role="alert"), as text. */
const box = (element: Element) => element.querySelector(':scope > div')?.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? '';

/** A widget that has rendered and is no longer loading: its feed, its error state or its text. */
const endedInState = (element: Element) =>
  !!element.shadowRoot && !element.shadowRoot.querySelector('[part="skeleton"]') && !!element.shadowRoot.textContent!.trim();

describe('a page whose Trusted Types policy blocks the library', function () {
  this.timeout(40_000);

  it('loader, `news-widgets` without `lit-html`: each widget shows the error box, the console names the policies', async () => {
    const { frame, win } = await openPage('head=loader&tt=news-widgets');
    try {
      const elements = TAGS.map((tag) => win.document.querySelector(tag)!);
      await until(() => elements.every((element) => box(element).length > 0), 'every element shows the loader error box');
      for (const element of elements) {
        expect(box(element), element.localName).to.contain('This content could not be loaded.');
        expect(win.customElements.get(element.localName), element.localName).to.equal(undefined);
      }
      await until(() => win.logged.some((line) => line.includes(ALLOW)), `the console names the policies: ${win.logged.join('\n')}`);
      const named = win.logged.filter((line) => line.includes(ALLOW));
      expect(named, 'said once, not per widget').to.have.length(1);
      expect(named[0]).to.contain('"lit-html"');
    } finally {
      frame.remove();
    }
  });

  for (const head of ['all', 'module', 'npm']) {
    it(`${head}, \`news-widgets\` without \`lit-html\`: each widget shows the error box (no Try again), the console names the policies`, async () => {
      const { frame, win } = await openPage(`head=${head}&tt=news-widgets`);
      try {
        const elements = TAGS.map((tag) => win.document.querySelector(tag)!);
        await until(
          () => elements.every((element) => box(element).length > 0),
          () => `every element shows the error box: ${win.logged.join('\n')}`
        );
        for (const element of elements) {
          expect(box(element), element.localName).to.equal('This content could not be loaded.');
          expect(element.querySelector(':scope > div')!.shadowRoot!.querySelector('button'), 'only the page can fix it: no Try again').to.equal(
            null
          );
          expect(win.customElements.get(element.localName), element.localName).to.equal(undefined);
        }
        const named = win.logged.filter((line) => line.includes(ALLOW));
        expect(named, `the console names the policies, once: ${win.logged.join('\n')}`).to.have.length(1);
        expect(named[0]).to.contain('"lit-html"');
      } finally {
        frame.remove();
      }
    });
  }

  it('loader, `lit-html` without `news-widgets`: no widget stays loading, the console names the policies once', async () => {
    const { frame, win } = await openPage('head=loader&tt=lit-html');
    try {
      const elements = TAGS.map((tag) => win.document.querySelector(tag)!);
      await until(
        () => elements.every(endedInState),
        () =>
          `every widget ends in a state: ${elements.map((element) => `${element.localName}: ${element.shadowRoot?.textContent?.trim().slice(0, 60)}`).join('; ')}\n${win.logged.join('\n')}`
      );
      // The list, the card and the FAQ need no HTML sink and show their feed; the article body shows its text or its error state.
      for (const element of elements.slice(0, 3)) expect(element.shadowRoot!.querySelector('[part="error"]'), element.localName).to.equal(null);
      await until(() => win.logged.some((line) => line.includes(ALLOW)), `the console names the policies: ${win.logged.join('\n')}`);
      const named = win.logged.filter((line) => line.includes(ALLOW));
      expect(named).to.have.length(1);
      expect(named[0]).to.contain('"news-widgets"');
    } finally {
      frame.remove();
    }
  });

  it('loader, both names allowed: every widget renders and nothing is logged', async () => {
    const { frame, win } = await openPage(`head=loader&tt=${encodeURIComponent('lit-html news-widgets')}`);
    try {
      const elements = TAGS.map((tag) => win.document.querySelector(tag)!);
      await until(() => elements.every(endedInState), 'every widget renders');
      for (const element of elements) expect(element.shadowRoot!.querySelector('[part="error"]'), element.localName).to.equal(null);
      expect(win.logged.filter((line) => !line.startsWith('warn: Lit is in dev mode'))).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
