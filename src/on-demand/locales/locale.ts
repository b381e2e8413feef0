/**
 * The shape of one language's strings: the states every widget shares (`widget`) and each
 * widget's own, keyed by its default tag. Any subset will do; English fills the gaps.
 */
import type { ArticleCardStrings } from '../../components/article-card/article-card.js';
import type { FaqAccordionStrings } from '../../components/faq-accordion/faq-accordion.js';
import type { HeadlineListStrings } from '../../components/headline-list/headline-list.js';
import type { KeyTakeawaysStrings } from '../../components/key-takeaways/key-takeaways.js';
import type { ArticleMetaStrings } from '../../components/article-meta/article-meta.js';
import type { ArticleTagsStrings } from '../../components/article-tags/article-tags.js';
import type { ReferenceListStrings } from '../../components/reference-list/reference-list.js';
import type { QuickSummaryStrings } from '../../components/quick-summary/quick-summary.js';
import type { TableOfContentsStrings } from '../../components/table-of-contents/table-of-contents.js';
import type { ArticlePagerStrings } from '../../components/article-pager/article-pager.js';
import type { ArticleBreadcrumbsStrings } from '../../components/article-breadcrumbs/article-breadcrumbs.js';
import type { EditorialDisclosureStrings } from '../../components/editorial-disclosure/editorial-disclosure.js';
import type { NewsletterSignupStrings } from '../../components/newsletter-signup/newsletter-signup.js';
import type { NewsArticleStrings } from '../../components/news-article/news-article.js';
import type { ArticleBodyStrings } from '../../components/article-body/article-body.js';
import type { WidgetStrings } from '../../i18n/strings.js';

export type Locale = {
  readonly widget?: Partial<WidgetStrings>;
  readonly 'headline-list'?: Partial<HeadlineListStrings>;
  readonly 'article-card'?: Partial<ArticleCardStrings>;
  readonly 'faq-accordion'?: Partial<FaqAccordionStrings>;
  readonly 'key-takeaways'?: Partial<KeyTakeawaysStrings>;
  readonly 'article-meta'?: Partial<ArticleMetaStrings>;
  readonly 'article-tags'?: Partial<ArticleTagsStrings>;
  readonly 'reference-list'?: Partial<ReferenceListStrings>;
  readonly 'quick-summary'?: Partial<QuickSummaryStrings>;
  readonly 'table-of-contents'?: Partial<TableOfContentsStrings>;
  readonly 'article-pager'?: Partial<ArticlePagerStrings>;
  readonly 'article-breadcrumbs'?: Partial<ArticleBreadcrumbsStrings>;
  readonly 'editorial-disclosure'?: Partial<EditorialDisclosureStrings>;
  readonly 'newsletter-signup'?: Partial<NewsletterSignupStrings>;
  readonly 'news-article'?: Partial<NewsArticleStrings>;
  readonly 'article-body'?: Partial<ArticleBodyStrings>;
};
