import { expect, fixture, html } from '@open-wc/testing';
import { css, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { LineClampController } from '../../src/controllers/line-clamp-controller.js';
import { until } from '../helpers/settle.js';

/** The smallest host: a text clamped to `lines` lines (or none with `empty`), and the controller's verdict after each render. */
class ClampHost extends LitElement {
  static override styles = css`
    p {
      margin: 0;
      line-height: 20px;
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      overflow: hidden;
    }
  `;

  @property() text = '';
  @property({ type: Boolean }) empty = false;
  readonly clamp = new LineClampController(this, { target: () => this.renderRoot.querySelector('p'), lines: () => 2 });
  renders = 0;

  protected override updated(): void {
    this.renders++;
  }

  protected override render() {
    return this.empty ? nothing : html`<p>${this.text}</p>`;
  }
}
customElements.define('test-line-clamp', ClampHost);

const LONG = 'A sentence long enough to need several lines in a narrow box. '.repeat(6);

describe('LineClampController', () => {
  it('assumes the text overflows until it is measured, then tells a short text from a long one', async () => {
    const el = await fixture<ClampHost>(html`<test-line-clamp style="display: block; width: 300px" text="Short."></test-line-clamp>`);
    expect(el.clamp.overflows, 'before the first measurement').to.equal(true);
    await until(() => !el.clamp.overflows, 'a short text was never measured as fitting');
    const renders = el.renders;
    el.text = LONG;
    await until(() => el.clamp.overflows, 'a long text did not overflow');
    expect(el.renders, 'the host rendered again with the new verdict').to.be.greaterThan(renders + 1);
  });

  it('measures again when the box changes size', async () => {
    const el = await fixture<ClampHost>(
      html`<test-line-clamp style="display: block; width: 300px" .text=${LONG.slice(0, 120)}></test-line-clamp>`
    );
    await until(() => el.clamp.overflows, 'narrow: more than two lines');
    el.style.width = '1600px';
    await until(() => !el.clamp.overflows, 'wide: the text fits in two lines');
  });

  it('follows the text element as it comes and goes, and stops watching a removed host', async () => {
    const el = await fixture<ClampHost>(html`<test-line-clamp style="display: block; width: 300px" empty .text=${LONG}></test-line-clamp>`);
    el.empty = false;
    await el.updateComplete;
    await until(() => el.clamp.overflows, 'the new element was measured');
    el.text = 'Short.';
    await until(() => !el.clamp.overflows, 'the new text was measured');
    const parent = el.parentElement!;
    el.remove();
    el.text = LONG;
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(el.clamp.overflows, 'a removed host is not measured').to.equal(false);
    parent.append(el);
    await until(() => el.clamp.overflows, 'measured again once back on the page');
  });
});
