/**
 * Guarded registration. A tag that is already defined (another copy of the library, or the
 * host's own element) is left alone with a warning instead of throwing "already been used with
 * this registry", which would break the host page.
 */

/** Registers `constructor` as `name`; returns false (and warns if it is someone else's) when the name is taken. */
export function defineElement(name: string, constructor: CustomElementConstructor): boolean {
  const existing = customElements.get(name);
  if (existing) {
    if (existing !== constructor && !(existing.prototype instanceof constructor)) {
      warnTaken(name);
    }
    return false;
  }
  try {
    customElements.define(name, constructor);
  } catch {
    // A constructor may be registered under one name only: a prefixed name gets its own subclass.
    customElements.define(name, class extends (constructor as typeof HTMLElement) {});
  }
  return true;
}

/** The warning when `name` is someone else's element: theirs is kept (also said by the script tag's loader). */
export function warnTaken(name: string): void {
  console.warn(`news-widgets: <${name}> is already defined by another script; that definition is kept.`);
}

/** `acme` + `headline-list` → `acme-headline-list`; an empty prefix keeps the name. */
export function prefixedTag(tag: string, prefix = ''): string {
  const clean = prefix.trim().toLowerCase().replace(/-+$/, '');
  return clean ? `${clean}-${tag}` : tag;
}
