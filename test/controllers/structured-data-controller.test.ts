import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { StructuredDataController } from '../../src/controllers/structured-data-controller.js';
import { captureConsole } from '../helpers/console-capture.js';
import { until } from '../helpers/settle.js';

/** A writer module as the JSON-LD modules are: it keeps one script with `data` as its text. */
const writer = {
  write(host: HTMLElement, script: HTMLScriptElement | undefined, data: string): HTMLScriptElement {
    const element = script ?? document.createElement('script');
    element.type = 'application/ld+json';
    element.textContent = JSON.stringify({ name: data });
    host.append(element);
    return element;
  },
};

/** Describes `name` (nothing when empty); counts the downloads of its writer. */
class DataHost extends LitElement {
  @property({ attribute: 'structured-data', type: Boolean }) structuredData = false;
  @property() name = '';
  downloads = 0;
  fail = false;

  constructor() {
    super();
    new StructuredDataController(this, {
      name: 'test',
      download: async () => {
        this.downloads += 1;
        if (this.fail) throw new Error('offline');
        return writer;
      },
      data: () => this.name || undefined,
      write: (module, script, name) => module.write(this, script, name),
    });
  }
}
customElements.define('test-structured-data', DataHost);

const scripts = (el: Element) => [...el.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent);

describe('StructuredDataController', () => {
  it('downloads nothing and writes nothing until structured-data is on and there is something to describe', async () => {
    const el = await fixture<DataHost>(html`<test-structured-data name="A"></test-structured-data>`);
    expect(el.downloads).to.equal(0);
    el.structuredData = true;
    el.name = '';
    await el.updateComplete;
    expect(el.downloads).to.equal(0);
    expect(scripts(el)).to.deep.equal([]);
  });

  it('writes one script, keeps it current, and removes it when switched off or taken off the page', async () => {
    const el = await fixture<DataHost>(html`<test-structured-data structured-data name="A"></test-structured-data>`);
    await until(() => scripts(el).length === 1, 'no JSON-LD');
    expect(scripts(el)).to.deep.equal(['{"name":"A"}']);
    el.name = 'B';
    await el.updateComplete;
    expect(scripts(el)).to.deep.equal(['{"name":"B"}']);
    const parent = el.parentElement!;
    el.remove();
    expect(scripts(el)).to.deep.equal([]);
    parent.append(el);
    expect(scripts(el)).to.deep.equal(['{"name":"B"}']);
    el.structuredData = false;
    await el.updateComplete;
    expect(scripts(el)).to.deep.equal([]);
    expect(el.downloads, 'the writer is downloaded once').to.equal(1);
  });

  it('leaves the page without JSON-LD when the writer cannot be downloaded, with one warning', async () => {
    const capture = captureConsole();
    try {
      const el = document.createElement('test-structured-data') as DataHost;
      el.fail = true;
      el.name = 'A';
      el.structuredData = true;
      const other = document.createElement('test-structured-data') as DataHost;
      Object.assign(other, { fail: true, name: 'B', structuredData: true });
      document.body.append(el, other);
      await until(() => capture.warnings.length > 0, 'no warning');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(scripts(el)).to.deep.equal([]);
      expect(capture.warnings.map(([message]) => message)).to.deep.equal(['news-widgets: the test structured data could not be loaded.']);
      el.remove();
      other.remove();
    } finally {
      capture.restore();
    }
  });
});
