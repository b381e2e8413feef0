/**
 * Every widget's default tag, `<news-feed>` first: for the code that must know the names without
 * loading Lit (the script-tag loader, the Trusted Types guard of the one-file entries).
 * test/util/widget-tags.test.ts checks that it names exactly the classes of src/widgets.ts.
 */
export const WIDGET_TAGS = [
  'news-feed',
  'headline-list',
  'article-card',
  'faq-accordion',
  'key-takeaways',
  'newsletter-signup',
  'article-meta',
  'article-tags',
  'reference-list',
  'article-pager',
  'article-breadcrumbs',
  'editorial-disclosure',
  'news-article',
  'quick-summary',
  'table-of-contents',
  'article-body',
] as const;

export type WidgetTag = (typeof WIDGET_TAGS)[number];
