/**
 * Where an article's sections are, for links that lead to them across shadow roots.
 *
 * A heading inside a widget's shadow root (the sanitized body of `<article-body>`) cannot be found
 * with `document.getElementById()`, and a `href="#id"` link outside that root cannot reach it. So a
 * widget that renders sections registers a lookup while it is connected, and a widget that links
 * to sections (`<table-of-contents>`) asks its own root, then the document, then every lookup here.
 *
 * API:
 * - `registerSectionTargets(lookup)`: a provider calls it in `connectedCallback()` with
 *   `(id) => this.renderRoot.querySelector(...)` (or any `(id: string) => HTMLElement | null`); it
 *   returns the function that unregisters it, to call in `disconnectedCallback()`. Registering and
 *   unregistering notify the listeners.
 * - `sectionTargetsChanged()`: a provider calls it after it rendered new sections (its content
 *   arrived late, or another article), so that links re-resolve their targets without a timer.
 * - `findSectionTarget(id, root?)`: the element with that id: in `root` (a shadow root or the
 *   document the asking widget sits in), then in the document, then from the first lookup that
 *   knows it; `null` when none does.
 * - `onSectionTargetsChange(listener)`: calls `listener` after every register, unregister and
 *   `sectionTargetsChanged()`; returns the function that stops listening.
 *
 * The registry lives on `globalThis` under a `Symbol.for()` key, so two copies of this module
 * (a widget from the npm build next to one the loader fetched) still share one list.
 */

/** Finds the element with the given id among the sections a widget rendered, or returns null. */
export type SectionLookup = (id: string) => HTMLElement | null;

interface Registry {
  lookups: Set<SectionLookup>;
  listeners: Set<() => void>;
}

const KEY = Symbol.for('news-widgets.section-targets');
const scope = globalThis as { [KEY]?: Registry };
const registry: Registry = (scope[KEY] ??= { lookups: new Set(), listeners: new Set() });

/** Tells every listener that targets may have appeared, moved or gone. */
export function sectionTargetsChanged(): void {
  for (const listener of [...registry.listeners]) listener();
}

/** Adds a lookup for sections a widget rendered; returns the function that removes it again. */
export function registerSectionTargets(lookup: SectionLookup): () => void {
  registry.lookups.add(lookup);
  sectionTargetsChanged();
  return () => {
    if (registry.lookups.delete(lookup)) sectionTargetsChanged();
  };
}

/** Calls `listener` whenever targets may have changed; returns the function that stops it. */
export function onSectionTargetsChange(listener: () => void): () => void {
  registry.listeners.add(listener);
  return () => registry.listeners.delete(listener);
}

/** The element with the id `id`: in `root`, in the document, then from the registered lookups. */
export function findSectionTarget(id: string, root?: Document | ShadowRoot): HTMLElement | null {
  if (!id) return null;
  const found = root?.getElementById(id) ?? document.getElementById(id);
  if (found) return found;
  for (const lookup of registry.lookups) {
    const target = lookup(id);
    if (target) return target;
  }
  return null;
}
