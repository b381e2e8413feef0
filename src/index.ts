/**
 * news-widgets: classes, types and helpers, without side effects. Register tags with
 * `import 'news-widgets/define'`, one component with `import 'news-widgets/components/<tag>'`,
 * or call `defineWidgets()` / `SomeWidget.define('my-tag')` yourself.
 */
export { NewsFeedElement } from './components/news-feed/news-feed.js';
export {
  HeadlineList, type HeadlineListDateFormat, type HeadlineListLayout, type HeadlineListStrings,
} from './components/headline-list/headline-list.js';
export {
  ArticleCard, type ArticleCardDateFormat, type ArticleCardLayout, type ArticleCardStrings,
} from './components/article-card/article-card.js';
export { FaqAccordion, type FaqAccordionStrings } from './components/faq-accordion/faq-accordion.js';
export { KeyTakeaways, type KeyTakeawaysStrings } from './components/key-takeaways/key-takeaways.js';
export { NewsItemWidget, NewsWidget, type Theme } from './core/news-widget.js';
export { FeedController, type FeedHost } from './core/feed-controller.js';
export { defineElement, prefixedTag } from './core/define.js';
export { emit, type NewsEvent, type NewsEventDetails, type NewsEventName } from './core/events.js';
export { format, registerLocale, resolveStrings, widgetStrings, type LocaleStrings, type WidgetStrings } from './core/i18n.js';
export type { Locale } from './locales/locale.js';
export { formatDate, formatMinutes, formatRelative } from './core/format.js';
export { siteName } from './core/url.js';
export { safeUrl, type SafeUrlOptions } from './feed/url.js';
export { feedContext, type FeedSource, type FeedState } from './feed/context.js';
export { FeedError, type FeedErrorKind } from './feed/errors.js';
export { DEFAULT_LOAD_OPTIONS, FeedLoader, feedLoader, type LoadedFeed, type LoadOptions } from './feed/load.js';
export { isNewsFeed, normalizeFeed, parseFeedText, type NormalizeOptions } from './feed/normalize.js';
export { parseFeedDate } from './feed/dates.js';
export type * from './feed/types.js';
export { defineWidgets, widgetClasses } from './widgets.js';
