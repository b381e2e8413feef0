import { expect, fixture, html } from '@open-wc/testing';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { until } from '../../helpers/settle.js';

/** The strict policy of a partner page: same-origin scripts, and Trusted Types for every HTML sink. */
const CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types news-widgets lit-html";

interface Result {
  enforced: boolean;
  path: string;
  heading?: string;
  scripts: number;
  handlers: number;
  ran: number[];
  violations: string[];
}

/** Renders the hostile corpus in an iframe whose CSP requires Trusted Types, on the path `name` says (`dompurify` takes setHTML away first). */
async function underTrustedTypes(name: string): Promise<Result> {
  const page = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${CSP}">
    <script type="module" src="/test/components/article-body/article-body-tt-page.ts"></script>`;
  const frame = await fixture<HTMLIFrameElement>(html`<iframe name=${name} srcdoc=${page}></iframe>`);
  await until(() => (frame.contentWindow as { result?: Result } | null)?.result, 'the frame never rendered', 10000);
  return (frame.contentWindow as unknown as { result: Result }).result;
}

/**
 * Trusted Types violations, if any. The page's CSP also blocks (and reports, as `script-src-attr`)
 * the hostile markup's inline handlers while it is parsed in inert documents: blocked twice, never run.
 */
const trustedTypesViolations = (result: Result) =>
  result.violations.filter((violation) => !violation.startsWith('script-src-attr') && !violation.includes('<b>x</b>'));

describe('article-body under require-trusted-types-for', () => {
  failOnConsoleErrors();

  for (const path of ['native', 'dompurify']) {
    it(`renders the hostile corpus on the ${path} path, with no Trusted Types violation`, async () => {
      const result = await underTrustedTypes(path);
      expect(trustedTypesViolations(result)).to.deep.equal([]);
      expect({ ...result, violations: [] }).to.deep.equal({
        enforced: true,
        path,
        heading: 'first',
        scripts: 0,
        handlers: 0,
        ran: [],
        violations: [],
      });
    });
  }
});
