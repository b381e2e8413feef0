import { expect } from '@open-wc/testing';
import { countWords, decodeEntities, plainParagraphs, plainText, repairMojibake } from '../../../src/on-demand/feed/feed-text.js';

describe('text helpers', () => {
  it('decodes entities once and never interprets tags', () => {
    expect(decodeEntities('&amp;amp; &lt;b&gt; &#8217; &#x2019; &hellip;')).to.equal('&amp; <b> ’ ’ …');
    expect(decodeEntities('<img src=x onerror=alert(1)>')).to.equal('<img src=x onerror=alert(1)>');
    expect(decodeEntities('</textarea><b>x</b>')).to.equal('</textarea><b>x</b>');
  });

  it('repairs mojibake but never damages correct Latin-1 text', () => {
    expect(repairMojibake('Iâ€™m')).to.equal('I’m');
    expect(repairMojibake('FÃ¼r')).to.equal('Für');
    expect(repairMojibake('Café Ã la carte')).to.equal('Café Ã la carte');
    expect(repairMojibake('Plain ASCII')).to.equal('Plain ASCII');
  });

  it('makes one clean line, or paragraphs', () => {
    expect(plainText('  Lots   of\n space  ')).to.equal('Lots of space');
    expect(plainText('   ')).to.equal(undefined);
    expect(plainText(42)).to.equal(undefined);
    expect(plainParagraphs('One\n one.\n\n\n Two. ')).to.equal('One one.\n\nTwo.');
  });

  it('counts words across scripts', () => {
    expect(countWords('three short words')).to.equal(3);
    expect(countWords('中文字')).to.equal(3);
  });
});
