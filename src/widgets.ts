/**
 * The list of default tags and the one function that registers them. Importing this module
 * registers nothing; `define.ts` and the all-in-one script (`all.ts`) call `defineWidgets()`. The
 * script tag (`loader.ts`) keeps its own list of tag names, without the classes.
 */
import { ArticleCard } from './components/article-card/article-card.js';
import { FaqAccordion } from './components/faq-accordion/faq-accordion.js';
import { HeadlineList } from './components/headline-list/headline-list.js';
import { KeyTakeaways } from './components/key-takeaways/key-takeaways.js';
import { ArticleMeta } from './components/article-meta/article-meta.js';
import { ArticleTags } from './components/article-tags/article-tags.js';
import { ReferenceList } from './components/reference-list/reference-list.js';
import { ArticlePager } from './components/article-pager/article-pager.js';
import { ArticleBreadcrumbs } from './components/article-breadcrumbs/article-breadcrumbs.js';
import { EditorialDisclosure } from './components/editorial-disclosure/editorial-disclosure.js';
import { NewsFeedElement } from './components/news-feed/news-feed.js';
import { NewsArticle } from './components/news-article/news-article.js';
import { QuickSummary } from './components/quick-summary/quick-summary.js';
import { TableOfContents } from './components/table-of-contents/table-of-contents.js';
import { ArticleBody } from './components/article-body/article-body.js';
import { NewsletterSignup } from './components/newsletter-signup/newsletter-signup.js';
import { prefixedTag } from './base/register.js';

/** Every element class with a default tag, in the order they are registered. */
export const widgetClasses = [
  NewsFeedElement,
  HeadlineList,
  ArticleCard,
  FaqAccordion,
  KeyTakeaways,
  ArticleMeta,
  ArticleTags,
  ReferenceList,
  ArticlePager,
  ArticleBreadcrumbs,
  EditorialDisclosure,
  NewsArticle,
  QuickSummary,
  TableOfContents,
  ArticleBody,
  NewsletterSignup,
] as const;

/**
 * Registers every default tag (`prefix: 'acme'` gives `acme-headline-list` and so on). Tags
 * already defined are skipped with a warning; returns the tags this call defined.
 */
export function defineWidgets(options: { prefix?: string } = {}): string[] {
  return widgetClasses.map((widget) => prefixedTag(widget.tagName, options.prefix)).filter((tag, index) => widgetClasses[index].define(tag));
}
