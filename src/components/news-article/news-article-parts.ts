/**
 * The parts of `<news-article>`: their names (for `hide` and the named slots), in the seed page's
 * order, and, for the parts that are widgets of their own, how to download their module. Nothing
 * here imports a part statically: each `import()` is a separate chunk, fetched the first time an
 * article on the page renders that part, so a partner page with one widget never pays for the
 * article page, and an article page never pays for a part it hides or replaces.
 */
import { defineElement, prefixedTag, warnTaken } from '../../base/register.js';
import { lazy } from '../../util/lazy.js';

/** Every part, in the order the article page shows them. */
export const ARTICLE_PARTS = [
  'breadcrumbs',
  'category',
  'headline',
  'meta',
  'image',
  'tags',
  'summary',
  'toc',
  'body',
  'credits',
  'takeaways',
  'references',
  'faq',
  'newsletter',
  'pager',
  'related',
  'disclosure',
] as const;

export type ArticlePart = (typeof ARTICLE_PARTS)[number];

/** What a part's module exports: a widget class with its default tag. */
export interface PartWidget extends CustomElementConstructor {
  readonly tagName: string;
}

/** A part that is a widget: its default tag and the download of its class. */
interface PartModule {
  readonly tag: string;
  readonly load: () => Promise<PartWidget>;
}

const loadMeta = () => import('../article-meta/article-meta.js').then((module) => module.ArticleMeta);

const part = (tag: string, load: () => Promise<PartWidget>): PartModule => ({ tag, load: lazy(load) });

/**
 * The parts that are widgets. The others (category, headline, image) are a line of
 * markup each, rendered by the article itself.
 */
export const PART_MODULES: Partial<Record<ArticlePart, PartModule>> = {
  breadcrumbs: part('article-breadcrumbs', () =>
    import('../article-breadcrumbs/article-breadcrumbs.js').then((module) => module.ArticleBreadcrumbs)
  ),
  meta: part('article-meta', loadMeta),
  tags: part('article-tags', () => import('../article-tags/article-tags.js').then((module) => module.ArticleTags)),
  summary: part('quick-summary', () => import('../quick-summary/quick-summary.js').then((module) => module.QuickSummary)),
  toc: part('table-of-contents', () => import('../table-of-contents/table-of-contents.js').then((module) => module.TableOfContents)),
  body: part('article-body', () => import('../article-body/article-body.js').then((module) => module.ArticleBody)),
  // The credits under the body are `<article-meta show="credits">`: the same module as the meta line.
  credits: part('article-meta', loadMeta),
  takeaways: part('key-takeaways', () => import('../key-takeaways/key-takeaways.js').then((module) => module.KeyTakeaways)),
  references: part('reference-list', () => import('../reference-list/reference-list.js').then((module) => module.ReferenceList)),
  faq: part('faq-accordion', () => import('../faq-accordion/faq-accordion.js').then((module) => module.FaqAccordion)),
  newsletter: part('newsletter-signup', () => import('../newsletter-signup/newsletter-signup.js').then((module) => module.NewsletterSignup)),
  pager: part('article-pager', () => import('../article-pager/article-pager.js').then((module) => module.ArticlePager)),
  related: part('headline-list', () => import('../headline-list/headline-list.js').then((module) => module.HeadlineList)),
  disclosure: part('editorial-disclosure', () =>
    import('../editorial-disclosure/editorial-disclosure.js').then((module) => module.EditorialDisclosure)
  ),
};

/**
 * The tag `widget` is rendered as: the name it is already registered under (by the page, the
 * script tag or another article), else its default tag with the article's own prefix
 * (`acme-news-article` gives `acme-article-body`), registered now. Undefined when that name
 * belongs to another element: the part is then left out, after defineElement's warning.
 */
export function partTagName(widget: PartWidget, prefix: string): string | undefined {
  const existing = customElements.getName?.(widget);
  if (existing) return existing;
  const name = prefixedTag(widget.tagName, prefix);
  defineElement(name, widget);
  const defined = customElements.get(name);
  return defined === widget || defined?.prototype instanceof widget ? name : undefined;
}

/**
 * Whether the part's name (its default tag with the article's prefix) already belongs to an
 * element that is not one of ours, such as the page's own `<headline-list>`: then the part is left
 * out, with the usual warning, before its code is downloaded. Ours are known by their static
 * `tagName` and `define()`; a widget class registered under that name (by the script tag or the
 * page) is used as it is.
 */
export function nameTakenByOther(tag: string, prefix: string): boolean {
  const name = prefixedTag(tag, prefix);
  const defined = customElements.get(name) as { tagName?: unknown; define?: unknown } | undefined;
  const taken = !!defined && !(defined.tagName === tag && typeof defined.define === 'function');
  if (taken) warnTaken(name);
  return taken;
}

/** Parts whose download failed: each says so once per page, however many articles ask. */
const reported = new Set<string>();

export function reportPartFailure(tag: string, error: unknown): void {
  if (reported.has(tag)) return;
  reported.add(tag);
  console.warn(`news-widgets: the <${tag}> part of the article could not be loaded; the article shows without it.`, error);
}
