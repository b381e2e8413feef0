/**
 * The sample data that stories and browser tests share: the sample feed (made from the seed
 * article, see README.md here), the ids they name, and small placeholder feeds for the cases the
 * sample does not have. Both import this module, so what a story shows is what a test checks.
 */
import sampleFeed from './feed.json' with { type: 'json' };

/** The version URL every feed here declares. */
export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/**
 * Where the sample feed is served, relative to the page: the test server and Storybook both serve
 * this folder at `/sample`, and a relative URL also works in a Storybook built into a subfolder.
 */
export const SAMPLE_FEED_URL = 'sample/feed.json';

/** A URL next to the sample feed that answers 404: the error state. */
export const BROKEN_FEED_URL = 'sample/does-not-exist.json';

/**
 * The sample feed as an object, for `.feed`. It names its own URL, so its relative image paths
 * resolve as they do when a widget loads it from `src`.
 */
export const SAMPLE_FEED = { ...sampleFeed, feed_url: SAMPLE_FEED_URL };

/** The seed article: the sample feed's first item, the one with every part (FAQ, takeaways, image, tags). */
export const SEED_ARTICLE_ID = 'coale-lukashenko-minsk-2026-03-19';

/** A related headline of the sample: a title, an image and a category; no summary, FAQ or takeaways. */
export const TITLE_ONLY_ID = 'israel-reopens-key-gaza-crossing';

type Json = Record<string, unknown>;

/** A JSON Feed with these items. */
export function feedOf(items: Json[], extra: Json = {}) {
  return { version: JSON_FEED_VERSION, items, ...extra };
}

/** The sample feed with the seed article alone, changed by `changes` (an absent key removes a field). */
export function seedArticleFeed(changes: Json) {
  return { ...SAMPLE_FEED, items: [{ ...SAMPLE_FEED.items[0], ...changes }] };
}

/** A feed without items: the empty state. */
export const EMPTY_FEED = feedOf([], { title: 'Headlines' });

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000).toISOString();

/** Headlines the seed article does not have: a sponsored one, a post without a title, a story without a picture, dates to show relatively. */
export const MIXED_FEED = feedOf(
  [
    {
      id: 'rates',
      url: 'https://news.example/markets/rates',
      title: 'Placeholder headline: a story with a picture, dated three hours ago',
      image: 'images/italy-justice-referendum-meloni.svg',
      date_published: hoursAgo(3),
      _news: { category: 'Placeholder', reading_time_minutes: 4 },
    },
    {
      id: 'payments',
      url: 'https://news.example/partners/payments',
      title: 'Placeholder headline: a sponsored story',
      image: 'images/thailand-anutin-reelected-pm.svg',
      date_published: hoursAgo(30),
      _news: { category: 'Partner content', sponsored: true, reading_time_minutes: 5 },
    },
    {
      id: 'note',
      url: 'https://news.example/notes/placeholder',
      content_text:
        'Placeholder text of a short post without a title: the list shows the start of its text instead, cut at a word boundary so it reads well.',
      date_published: hoursAgo(0.5),
    },
    {
      id: 'analysis',
      url: 'https://news.example/analysis/text-only',
      title: 'Placeholder headline: a story without a picture',
      date_published: hoursAgo(200),
      _news: { category: 'Placeholder', reading_time_minutes: 7 },
    },
  ],
  {
    title: 'Placeholder feed',
    home_page_url: 'https://news.example/markets',
    // Relative image paths resolve against feed_url: the sample's own images.
    feed_url: SAMPLE_FEED_URL,
  }
);

/** One article without an image, sponsored, by two authors, dated a few hours ago. */
export const NO_IMAGE_FEED = feedOf(
  [
    {
      id: 'placeholder-no-image',
      url: 'https://news.example/markets/placeholder-no-image',
      title: 'Placeholder headline: a sponsored story without an image',
      summary: 'Placeholder summary: this made-up story shows the card without a picture, with two authors and a relative date.',
      date_published: hoursAgo(3),
      authors: [{ name: 'Example Author' }, { name: 'Second Author' }],
      tags: ['Placeholder', 'Example'],
      _news: { category: 'Placeholder', reading_time_minutes: 4, sponsored: true },
    },
  ],
  { title: 'Placeholder feed' }
);

export type Faq = { question: string; answer: string }[];

/** A feed of one article with these questions; `item` adds fields to the article (e.g. `language`). */
export function faqFeed(faq: Faq, item: Json = {}) {
  return feedOf([{ id: 'faq-story', title: 'FAQ', ...item, _news: { faq } }], { title: 'Headlines' });
}

/** `count` numbered questions, for the thresholds that depend on how many there are. */
export const numberedQuestions = (count: number): Faq =>
  Array.from({ length: count }, (_, i) => ({ question: `Question ${i + 1}?`, answer: `Answer ${i + 1}.` }));

/** Eight questions: more than six, so the answers are not `role="region"` landmarks. */
export const MANY_QUESTIONS_FEED = faqFeed(
  [
    ['When does the offer start?', 'On the first of the month, at midnight local time.'],
    ['Who can take part?', 'Every reader with a free account.\n\nSubscribers get early access a day before.'],
    ['How do I sign up?', 'Open the newsletter page and enter your email address.'],
    ['Can I cancel at any time?', 'Yes, from the link at the bottom of every email.'],
    ['Is my data shared?', 'No. We do not sell or share addresses with third parties.'],
    ['How often are emails sent?', 'Once a day on weekdays, and a longer edition on Sundays.'],
    ['Which languages are available?', 'English, German, French, Spanish and Arabic.'],
    ['Whom do I contact with questions?', 'Write to the reader service; we answer within two working days.'],
  ].map(([question, answer]) => ({ question, answer }))
);

/** The seed FAQ in Arabic, so the whole entry (number, text, chevron) mirrors. */
export const ARABIC_FAQ_FEED = faqFeed(
  [
    { question: 'من التقى جون كول في مينسك؟', answer: 'التقى جون كول بالرئيس البيلاروسي ألكسندر لوكاشينكو في مينسك.' },
    { question: 'ما هدف زيارة جون كول إلى بيلاروس؟', answer: 'يسعى إلى التفاوض على إطلاق سراح سجناء سياسيين في بيلاروس.' },
    { question: 'من كلّف جون كول بهذه المهمة؟', answer: 'كلّفه الرئيس الأمريكي دونالد ترامب بهذه المهمة.' },
  ],
  { language: 'ar' }
);

/**
 * An article whose takeaways cite sources in every way a feed can: by URL only (named by its
 * domain), not at all, with a title; and one takeaway without text, which is skipped.
 */
export const UNTITLED_SOURCES_FEED = feedOf(
  [
    {
      id: 'untitled-sources',
      title: 'Sources without titles',
      language: 'en-GB',
      _news: {
        key_takeaways: [
          {
            text: 'A source without a title is named by its domain, without "www.".',
            source: { url: 'https://www.example.org/reports/2026?x=1' },
          },
          { text: 'A takeaway may also have no source at all.' },
          { text: '', source: { title: 'Nothing to cite', url: 'https://example.net/' } },
          { text: 'Titled sources keep their title.', source: { title: 'The Example Times', url: 'https://news.example.com/a' } },
        ],
      },
    },
  ],
  { title: 'Headlines' }
);

/** Two headlines given as an object, the first with a takeaway: what an app that fetched its own feed passes to `.feed`. */
export const OBJECT_FEED = feedOf(
  [
    {
      id: 'inline-1',
      url: 'https://news.example/inline-1',
      title: 'A feed given as an object through the .feed property',
      summary: 'Every widget inside <news-feed> shows it; nothing is fetched.',
      date_published: '2026-03-19T09:30:00Z',
      _news: { category: 'Headlines', key_takeaways: [{ text: 'Data set once on <news-feed> reaches every widget inside.' }] },
    },
    { id: 'inline-2', url: 'https://news.example/inline-2', title: 'A second headline', date_published: '2026-03-18T12:00:00Z' },
  ],
  { title: 'Headlines' }
);
