/**
 * Reading a widget the way a test needs to: through its shadow root. Every helper takes the host
 * element and a selector inside its shadow root.
 */

/** The element's open shadow root; a widget always has one. */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
}

/** The first match in the shadow root, or null. */
export function $<E extends Element = HTMLElement>(el: Element, selector: string): E | null {
  return shadow(el).querySelector<E>(selector);
}

/** Every match in the shadow root, as an array. */
export function $$<E extends Element = HTMLElement>(el: Element, selector: string): E[] {
  return [...shadow(el).querySelectorAll<E>(selector)];
}

/** Whether the shadow root has a match. */
export function has(el: Element, selector: string): boolean {
  return $(el, selector) !== null;
}

/** A node's text as a reader sees it: runs of white space made one space, trimmed. */
export function textOf(node: Node | null | undefined): string | undefined {
  return node?.textContent?.replace(/\s+/g, ' ').trim();
}

/** The text of the first match (see textOf), undefined when nothing matches. */
export function text(el: Element, selector: string): string | undefined {
  return textOf($(el, selector));
}

/** The text of every match (see textOf). */
export function texts(el: Element, selector: string): string[] {
  return $$(el, selector).map((node) => textOf(node)!);
}

/** All the text of the shadow root (see textOf). */
export function shadowText(el: Element): string {
  return textOf(shadow(el))!;
}
