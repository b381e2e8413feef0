/**
 * fast-check arbitraries for feeds (JSON Feed values, items, whole documents), shared by the fuzzing
 * suites (fuzz-readers.test.ts, fuzz-widgets.test.ts): hostile keys (`__proto__`, `constructor`,
 * `prototype`), hostile values (the XSS corpus, markup pieces that once threw), and fields that
 * usually hold their own kind of value but sometimes anything.
 */
import fc from 'fast-check';
import { XSS_VECTORS } from '../fixtures/xss-vectors.js';

/** Keys a hostile feed would use, next to the ones the normalizer reads. */
export const KEY = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'polluted', 'toString', 'valueOf', 'hasOwnProperty', 'length'),
  fc.constantFrom(
    'id',
    'title',
    'url',
    'items',
    'version',
    '_news',
    'content_html',
    'sections',
    'level',
    'authors',
    'tags',
    'faq',
    'next',
    'previous'
  )
);

/** Objects whose own keys are `__proto__` or `constructor.prototype`, as JSON.parse makes them. */
export const POLLUTER = fc.constantFrom(
  ...[
    '{"__proto__":{"polluted":"yes"}}',
    '{"constructor":{"prototype":{"polluted":"yes"}}}',
    '{"__proto__":[1,2],"length":9}',
    '{"prototype":{"polluted":1}}',
  ].map((text) => JSON.parse(text) as unknown)
);

/** HTML that is hostile, or built of the pieces that once threw (SVG and MathML links, nesting, comments). */
export const HTML_PIECE = fc.constantFrom(
  '<svg>',
  '</svg>',
  '<math>',
  '</math>',
  '<a href="/x">',
  '<a href="javascript:x">',
  '</a>',
  '<video src=v>',
  '<q cite=c>',
  '<blockquote cite=c>',
  '<img src=x onerror=y>',
  '<h2>',
  '</h2>',
  '<h3 id=a>',
  '<h4>',
  '<div>',
  '</div>',
  '<p>',
  '<table>',
  '<td>',
  '<template>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '&amp;',
  '&#0;',
  '&#xD800;',
  '&nbsp;',
  'text',
  ' ',
  '\n',
  '<div/>',
  '<svg/>',
  '<source src=s>',
  '<area href=h>'
);
export const HTML = fc.oneof(
  fc.string(),
  fc.constantFrom(...XSS_VECTORS.map((vector) => vector.html)),
  fc.array(HTML_PIECE, { maxLength: 40 }).map((pieces) => pieces.join(''))
);
export const TEXT = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 30 }),
  HTML,
  fc.constantFrom('', ' ', '&amp;amp;', 'Iâ€™m', 'javascript:x', '//x', 'http://[::1')
);

export const { value: VALUE } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 1 }),
    TEXT,
    POLLUTER,
    fc.dictionary(KEY, tie('value'), { maxKeys: 5 }),
    fc.array(tie('value'), { maxLength: 4 })
  ),
}));
/** What may stand in a field: usually its own kind of value, sometimes anything. */
const field = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary }, { weight: 1, arbitrary: VALUE });
const person = fc.record({ name: field(TEXT), url: field(TEXT), avatar: field(TEXT) }, { requiredKeys: [] });
const entries = (record: fc.Arbitrary<unknown>) => field(fc.array(fc.oneof(record, VALUE), { maxLength: 4 }));

export const NEWS_ITEM = fc.record(
  {
    category: field(TEXT),
    reading_time_minutes: field(fc.oneof(fc.double(), fc.integer())),
    image_alt: field(TEXT),
    dateline: field(TEXT),
    credits: field(TEXT),
    key_takeaways: entries(fc.record({ text: field(TEXT), source: field(fc.record({ title: field(TEXT), url: field(TEXT) })) })),
    faq: entries(fc.record({ question: field(TEXT), answer: field(TEXT) })),
    references: entries(fc.record({ title: field(TEXT), url: field(TEXT), publisher: field(TEXT) })),
    sections: entries(fc.record({ id: field(TEXT), title: field(TEXT), level: field(fc.oneof(fc.integer({ min: -2, max: 9 }), fc.double())) })),
    breadcrumbs: entries(fc.record({ title: field(TEXT), url: field(TEXT) })),
    previous: field(fc.record({ title: field(TEXT), url: field(TEXT), id: field(TEXT) })),
    next: field(fc.record({ title: field(TEXT), url: field(TEXT), id: field(fc.integer()) })),
    sponsored: field(fc.boolean()),
  },
  { requiredKeys: [] }
);

export const ITEM = fc.record(
  {
    id: field(fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.constantFrom('__proto__', 'constructor', ' '))),
    url: field(TEXT),
    external_url: field(TEXT),
    title: field(TEXT),
    summary: field(TEXT),
    content_html: field(HTML),
    content_text: field(TEXT),
    image: field(TEXT),
    date_published: field(
      fc.oneof(
        TEXT,
        fc.date({ noInvalidDate: true }).map((date) => date.toISOString())
      )
    ),
    author: field(person),
    authors: entries(person),
    tags: field(fc.oneof(fc.array(VALUE, { maxLength: 4 }), TEXT)),
    language: field(TEXT),
    _news: field(NEWS_ITEM),
    ['__proto__']: POLLUTER,
  },
  { requiredKeys: [] }
);

export const FEED = fc.record(
  {
    version: fc.oneof(fc.constantFrom('https://jsonfeed.org/version/1.1', 'https://jsonfeed.org/version/1'), VALUE),
    title: field(TEXT),
    home_page_url: field(TEXT),
    feed_url: field(TEXT),
    icon: field(TEXT),
    language: field(TEXT),
    authors: entries(person),
    items: field(fc.array(fc.oneof({ weight: 4, arbitrary: ITEM }, { weight: 1, arbitrary: VALUE }), { maxLength: 8 })),
    _news: field(
      fc.record(
        { publisher: field(person), disclosure: field(TEXT), newsletter: field(fc.record({ action: field(TEXT), title: field(TEXT) })) },
        { requiredKeys: [] }
      )
    ),
    constructor: POLLUTER,
  },
  { requiredKeys: [] }
);

/** A generated value as a feed server would deliver it: JSON text, parsed (own `__proto__` keys and all). */
export const asParsedJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value) ?? 'null');
