/**
 * news-widgets: classes, types and helpers, without side effects. Register tags with
 * `import 'news-widgets/define'`, one component with `import 'news-widgets/components/<tag>'`,
 * or call `defineWidgets()` / `SomeWidget.define('my-tag')` yourself.
 */
export { NewsFeedElement } from './components/news-feed/news-feed.js';
export {
  HeadlineList,
  type HeadlineListDateFormat,
  type HeadlineListLayout,
  type HeadlineListStrings,
} from './components/headline-list/headline-list.js';
export {
  ArticleCard,
  type ArticleCardDateFormat,
  type ArticleCardLayout,
  type ArticleCardStrings,
} from './components/article-card/article-card.js';
export { FaqAccordion, type FaqAccordionStrings } from './components/faq-accordion/faq-accordion.js';
export { KeyTakeaways, type KeyTakeawaysStrings } from './components/key-takeaways/key-takeaways.js';
export {
  NewsletterSignup,
  type NewsletterSignupResult,
  type NewsletterSignupStatus,
  type NewsletterSignupStrings,
} from './components/newsletter-signup/newsletter-signup.js';
export { ArticleBody, type ArticleBodyStrings } from './components/article-body/article-body.js';
export { ArticleMeta, ARTICLE_META_PARTS, type ArticleMetaPart, type ArticleMetaStrings } from './components/article-meta/article-meta.js';
export { ArticleTags, type ArticleTagsStrings } from './components/article-tags/article-tags.js';
export { ReferenceList, type ReferenceListStrings } from './components/reference-list/reference-list.js';
export { QuickSummary, type QuickSummaryStrings } from './components/quick-summary/quick-summary.js';
export { TableOfContents, type TableOfContentsStrings } from './components/table-of-contents/table-of-contents.js';
export { ArticlePager, type ArticlePagerStrings } from './components/article-pager/article-pager.js';
export { ArticleBreadcrumbs, type ArticleBreadcrumbsStrings } from './components/article-breadcrumbs/article-breadcrumbs.js';
export { EditorialDisclosure, type EditorialDisclosureStrings } from './components/editorial-disclosure/editorial-disclosure.js';
export { NewsArticle, type ArticlePart, type NewsArticleStrings } from './components/news-article/news-article.js';
export { NewsItemWidget, NewsWidget, type Theme } from './base/news-widget.js';
export { FeedController, type FeedHost } from './controllers/feed-controller.js';
export { defineElement, prefixedTag } from './base/register.js';
export { emit, type NewsEvent, type NewsEventDetails, type NewsEventName } from './events/news-events.js';
export { format, registerLocale, resolveStrings, widgetStrings, type LocaleStrings, type WidgetStrings } from './i18n/strings.js';
export type { Locale } from './on-demand/locales/locale.js';
export { formatDate, formatMinutes, formatRelative } from './i18n/intl.js';
export { siteName } from './util/site-name.js';
export {
  findSectionTarget,
  onSectionTargetsChange,
  registerSectionTargets,
  sectionTargetsChanged,
  type SectionLookup,
} from './util/section-targets.js';
export { safeUrl, type SafeUrlOptions } from './on-demand/feed/safe-url.js';
export { feedContext, type FeedSource, type FeedState } from './feed/context.js';
export { FeedError, type FeedErrorKind } from './feed/errors.js';
export { DEFAULT_LOAD_OPTIONS, FeedLoader, feedLoader, type LoadedFeed, type LoadOptions } from './on-demand/feed/load.js';
export { normalizeFeed, parseFeedText, type NormalizeOptions } from './on-demand/feed/normalize.js';
export { isNewsFeed } from './feed/brand.js';
export { parseFeedDate } from './on-demand/feed/parse-date.js';
export type * from './feed/types.js';
export { defineWidgets, widgetClasses } from './widgets.js';
