import { expect } from '@open-wc/testing';
import { siteName } from '../../../src/util/site-name.js';
import { safeUrl } from '../../../src/on-demand/feed/safe-url.js';
import { formatDate, formatMinutes, formatRelative } from '../../../src/i18n/intl.js';
import { parseFeedDate } from '../../../src/on-demand/feed/parse-date.js';
import { slugify } from '../../../src/util/text.js';
import { countWords, decodeEntities, plainParagraphs, plainText, repairMojibake } from '../../../src/on-demand/feed/feed-text.js';

describe('parseFeedDate', () => {
  const cases: [string, string | undefined][] = [
    ['2026-03-19T00:00:00Z', '2026-03-19T00:00:00.000Z'],
    ['2017-06-14T10:05:00-07:00', '2017-06-14T17:05:00.000Z'],
    ['2017-06-14T10:05:00.250+0200', '2017-06-14T08:05:00.250Z'],
    ['2018-01-06T08:00', '2018-01-06T08:00:00.000Z'],
    ['2018-01-06', '2018-01-06T00:00:00.000Z'],
    ['Wed, 29 May 2019 10:16:00 GMT', '2019-05-29T10:16:00.000Z'],
    ['  Thu, 6 Sep 2018 14:03:00 -0000 \r\n', '2018-09-06T14:03:00.000Z'],
    ['Mon, 24 Sep 2018 19:42:40 -0300', '2018-09-24T22:42:40.000Z'],
    ['Tue, 10 Jun 03 09:41:01 EDT', '2003-06-10T13:41:01.000Z'],
    ['Seg, 24 Set 2018 19:42:40 -0300', undefined],
    ['2020/1/10 14:33:00', undefined],
    ['2019-02-31T10:00:00Z', undefined],
    ['2019-13-01', undefined],
    ['yesterday', undefined],
    ['', undefined],
  ];
  for (const [input, expected] of cases) {
    it(`reads ${JSON.stringify(input)} as ${expected ?? 'absent'}`, () => expect(parseFeedDate(input)).to.equal(expected));
  }
  it('ignores values that are not strings', () => {
    expect(parseFeedDate(1700000000)).to.equal(undefined);
    expect(parseFeedDate(null)).to.equal(undefined);
  });
});

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

  it('slugifies headings for fragment ids', () => {
    expect(slugify("Lukashenko's Stance and Global Issues")).to.equal('lukashenko-s-stance-and-global-issues');
    expect(slugify('Über uns')).to.equal('uber-uns');
    expect(slugify('!!!')).to.equal('section');
  });
});

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

  it('names a site by its host', () => {
    expect(siteName('https://www.theguardian.com/world')).to.equal('theguardian.com');
    expect(siteName('not a url')).to.equal('not a url');
  });
});

describe('formatting with Intl', () => {
  it('formats dates in the widget language', () => {
    expect(formatDate('2026-03-19T00:00:00Z', 'en-US')).to.equal('March 19, 2026');
    expect(formatDate('2026-03-19T00:00:00Z', 'de')).to.equal('19. März 2026');
    expect(formatDate('2026-03-19T00:00:00Z', 'en_US')).to.match(/2026/);
    // A calendar day stays that day whatever the reader's zone; a real instant follows the zone.
    expect(formatDate('2026-03-19T00:00:00.000Z', 'en-US')).to.equal('March 19, 2026');
    const offset = new Date('2026-03-19T23:30:00Z').getTimezoneOffset();
    const local = new Date(Date.parse('2026-03-19T23:30:00Z') - offset * 60_000).getUTCDate();
    expect(formatDate('2026-03-19T23:30:00Z', 'en-US')).to.equal(`March ${local}, 2026`);
  });

  it('formats relative times and durations', () => {
    const now = Date.parse('2026-03-19T12:00:00Z');
    expect(formatRelative('2026-03-19T09:00:00Z', 'en', now)).to.equal('3 hours ago');
    expect(formatRelative('2026-03-18T12:00:00Z', 'en', now)).to.equal('yesterday');
    expect(formatMinutes(3, 'en')).to.equal('3 min');
  });
});
