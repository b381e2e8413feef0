/** What the news-article tests share: waiting for the parts, and reading them in order. */
import { ARTICLE_PARTS, type ArticlePart } from '../../../src/components/news-article/news-article-parts.js';
import { $, $$ } from '../../helpers/query.js';
import { isRendered, settle, until } from '../../helpers/settle.js';

export { ARTICLE_PARTS };

/** Every part of the seed article: the sample has data for each one. */
export const EVERY_PART: readonly ArticlePart[] = ARTICLE_PARTS;

/** The part elements in the article's shadow root, in document order, as their part names. */
export function partOrder(el: Element): string[] {
  const selector = ARTICLE_PARTS.map((name) => `[part~="${name}"]`).join(', ');
  return $$(el, selector).map((node) => ARTICLE_PARTS.find((name) => node.part.contains(name))!);
}

/** The element of a part in the article's shadow root, or null. */
export function partOf<E extends Element = HTMLElement>(el: Element, name: ArticlePart): E | null {
  return $<E>(el, `[part~="${name}"]`);
}

/**
 * Waits until the article shows `parts` (each a rendered widget, or its own markup) and
 * everything has settled.
 */
export async function articleReady<E extends Element>(el: E, parts: readonly ArticlePart[] = EVERY_PART, timeout = 8000): Promise<E> {
  await until(
    () =>
      isRendered(el) &&
      parts.every((name) => {
        const part = partOf(el, name);
        return !!part && (!part.localName.includes('-') || isRendered(part));
      }),
    `<${el.localName}> did not show the parts ${parts.join(', ')}`,
    timeout
  );
  return settle(el);
}

/** Every element of the composed tree under `root` (shadow roots included), in document order. */
export function composed(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      if (child.localName === 'style') continue;
      out.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(root);
  return out;
}

/** The headings of the article as a reader's outline: `h<level> text`, shadow roots included. */
export function outline(el: Element): string[] {
  return composed(el.shadowRoot!)
    .filter((node) => /^h[1-6]$/.test(node.localName) && (node as HTMLElement).offsetParent !== null)
    .map((node) => `${node.localName} ${node.textContent!.replace(/\s+/g, ' ').trim()}`);
}
