import { expect } from '@open-wc/testing';
import { countWords, decodeEntities, htmlText, plainParagraphs, plainText, repairMojibake } from '../../../src/on-demand/feed/feed-text.js';

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

  it('reads the text of an HTML body without a DOM: paragraphs, entities once, no tags, comments or scripts', () => {
    expect(htmlText('<h2>Title</h2><p>One &amp; <b>t</b>wo.</p><ul><li>A</li><li>B<br>C</li></ul>')).to.equal(
      'Title\n\nOne & two.\n\nA\n\nB\n\nC'
    );
    expect(htmlText('<div><p>One</p>Two</div>'), 'text after a block is a paragraph of its own').to.equal('One\n\nTwo');
    expect(htmlText('<p title="a > b" data-x=\'<p>\'>Kept</p>'), 'a > inside a quoted attribute').to.equal('Kept');
    expect(htmlText('a<!-- <p>hidden</p> -->b<!-->c<!--->d<!-- open')).to.equal('abcd');
    expect(htmlText('<script>var p = "<p>x</p>";</script><style>p{}</style><template><p>t</p></template>Seen<SCRIPT>x</SCRIPT >')).to.equal(
      'Seen'
    );
    expect(htmlText('1 < 2 and 3 <4 </ 5> <?php x ?>&lt;b&gt;')).to.equal('1 < 2 and 3 <4 <b>');
    expect(htmlText('&am<i></i>p; &amp;amp;'), 'entities decoded per text, once').to.equal('&amp; &amp;');
    expect(htmlText('<p>Iâ€™m</p><p>   </p>')).to.equal('I’m');
    expect(htmlText('<img src=x onerror=alert(1)><p>')).to.equal(undefined);
    expect(htmlText('<script>never closed <p>text</p>')).to.equal(undefined);
  });
});
