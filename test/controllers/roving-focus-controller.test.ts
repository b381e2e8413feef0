import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { RovingFocusController, type RovingFocusOptions } from '../../src/controllers/roving-focus-controller.js';

/** Four buttons in a shadow root, plus a text field that is not one of them. Tests change `options`. */
class RovingHost extends LitElement {
  readonly options: RovingFocusOptions = { items: () => this.buttons };

  constructor() {
    super();
    new RovingFocusController(this, this.options);
  }

  get buttons(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll('button')];
  }

  protected override render(): unknown {
    return html`${['One', 'Two', 'Three', 'Four'].map((label) => html`<button type="button">${label}</button>`)}<input />`;
  }
}
customElements.define('test-roving-focus', RovingHost);

const focused = (el: RovingHost) => el.buttons.indexOf(el.shadowRoot!.activeElement as HTMLButtonElement);

async function press(el: RovingHost, ...keys: string[]): Promise<number[]> {
  const indexes = [];
  for (const key of keys) {
    await sendKeys({ press: key });
    indexes.push(focused(el));
  }
  return indexes;
}

describe('RovingFocusController', () => {
  it('moves with ArrowDown and ArrowUp, wrapping at both ends', async () => {
    const el = await fixture<RovingHost>(html`<test-roving-focus></test-roving-focus>`);
    el.buttons[0].focus();
    expect(await press(el, 'ArrowDown', 'ArrowDown', 'ArrowUp', 'ArrowUp', 'ArrowUp', 'ArrowDown')).to.deep.equal([1, 2, 1, 0, 3, 0]);
  });

  it('moves to the first item with Home and to the last with End', async () => {
    const el = await fixture<RovingHost>(html`<test-roving-focus></test-roving-focus>`);
    el.buttons[1].focus();
    expect(await press(el, 'End', 'Home')).to.deep.equal([3, 0]);
  });

  it('stops at the ends without wrap, and the key does not scroll the page', async () => {
    const el = await fixture<RovingHost>(html`<test-roving-focus></test-roving-focus>`);
    el.options.wrap = false;
    el.buttons[3].focus();
    expect(await press(el, 'ArrowDown')).to.deep.equal([3]);
    const event = new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true, cancelable: true });
    el.buttons[3].dispatchEvent(event);
    expect(event.defaultPrevented).to.equal(true);
    el.buttons[0].focus();
    expect(await press(el, 'ArrowUp')).to.deep.equal([0]);
  });

  it('takes ArrowLeft and ArrowRight when horizontal, mirrored right to left', async () => {
    const el = await fixture<RovingHost>(html`<test-roving-focus></test-roving-focus>`);
    el.options.orientation = 'horizontal';
    el.buttons[0].focus();
    expect(await press(el, 'ArrowRight', 'ArrowLeft', 'ArrowDown')).to.deep.equal([1, 0, 0]);
    el.dir = 'rtl';
    expect(await press(el, 'ArrowLeft', 'ArrowLeft', 'ArrowRight')).to.deep.equal([1, 2, 1]);
    el.options.orientation = 'both';
    expect(await press(el, 'ArrowDown', 'ArrowLeft')).to.deep.equal([2, 3]);
  });

  it('leaves keys alone when focus is not on an item, or with a modifier', async () => {
    const el = await fixture<RovingHost>(html`<test-roving-focus></test-roving-focus>`);
    const input = el.shadowRoot!.querySelector('input')!;
    const fromInput = new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true, cancelable: true });
    input.dispatchEvent(fromInput);
    expect(fromInput.defaultPrevented).to.equal(false);
    el.buttons[0].focus();
    const shifted = new KeyboardEvent('keydown', { key: 'End', shiftKey: true, bubbles: true, composed: true, cancelable: true });
    el.buttons[0].dispatchEvent(shifted);
    expect(shifted.defaultPrevented).to.equal(false);
    expect(focused(el)).to.equal(0);
    expect(await press(el, 'Tab')).to.deep.equal([1]);
  });

  it('stops listening when its host leaves the page', async () => {
    const el = await fixture<RovingHost>(html`<test-roving-focus></test-roving-focus>`);
    const parent = el.parentElement!;
    el.remove();
    const event = new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true, cancelable: true });
    el.buttons[0].dispatchEvent(event);
    expect(event.defaultPrevented).to.equal(false);
    parent.append(el);
    el.buttons[0].focus();
    expect(await press(el, 'End')).to.deep.equal([3]);
  });
});
