/**
 * The page inside the Trusted Types test's iframe (article-body.trusted-types.test.ts): its CSP
 * requires Trusted Types and allows only the `news-widgets` and `lit-html` policies. It renders the
 * hostile corpus on the path the iframe's name asks for and leaves the outcome on `window.result`.
 */
import { XSS_VECTORS } from '../../fixtures/xss-vectors.js';

const violations: string[] = [];
// The probe below is meant to be refused: its report is not one of the widget's.
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.sample}`));
const ran: number[] = [];
(window as { __xss?: (n: number) => void }).__xss = (n) => void ran.push(n);
if (window.name === 'dompurify') delete (Element.prototype as { setHTML?: unknown }).setHTML;

const { sanitizerPath } = await import('../../../src/render/article-body-html.js');
await import('../../../src/components/article-body/article-body.define.js');

const el = document.createElement('article-body');
el.feed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Hostile bodies',
  items: [{ id: 'hostile', content_html: `<h2 id="first">First</h2>${XSS_VECTORS.map((vector) => `<div>${vector.html}</div>`).join('')}` }],
} as never;
document.body.append(el);
const started = Date.now();
while (!el.shadowRoot?.querySelector('[part="content"]') && Date.now() - started < 5000) await new Promise((resolve) => setTimeout(resolve, 20));
await new Promise((resolve) => setTimeout(resolve, 200));
const content = el.shadowRoot?.querySelector('[part="content"]');
/** Whether the CSP is in force: a plain string at an HTML sink throws. */
let enforced = false;
try {
  document.createElement('div').innerHTML = '<b>x</b>';
} catch {
  enforced = true;
}
(window as { result?: unknown }).result = {
  enforced,
  path: sanitizerPath(),
  heading: content?.querySelector('h2')?.id,
  scripts: content?.querySelectorAll('script, iframe, object, embed, form').length,
  handlers: [...(content?.querySelectorAll('*') ?? [])].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length,
  ran,
  violations,
};
