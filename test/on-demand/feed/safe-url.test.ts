import { expect } from '@open-wc/testing';
import { safeUrl } from '../../../src/on-demand/feed/safe-url.js';

describe('safeUrl', () => {
  it('resolves relative references and keeps only http(s), mailto on request', () => {
    expect(safeUrl('/a?b#c', 'https://site.example/x/')).to.equal('https://site.example/a?b#c');
    expect(safeUrl('img.png', 'https://site.example/x/feed.json')).to.equal('https://site.example/x/img.png');
    expect(safeUrl('javascript:alert(1)', 'https://site.example/')).to.equal(undefined);
    expect(safeUrl(' JaVaScRiPt:alert(1)')).to.equal(undefined);
    expect(safeUrl('data:text/html,x')).to.equal(undefined);
    expect(safeUrl('mailto:a@b.example')).to.equal(undefined);
    expect(safeUrl('mailto:a@b.example', undefined, { mailto: true })).to.equal('mailto:a@b.example');
    expect(safeUrl('http://[bad')).to.equal(undefined);
    expect(safeUrl(7)).to.equal(undefined);
  });
});
