/**
 * Plugins of the Custom Elements Manifest analyzer (custom-elements-manifest.config.mjs) that make
 * custom-elements.json right for the tools that read it from the published package: editors,
 * Storybook, the JSX/Vue/Svelte type generators. Each fills one gap the analyzer leaves:
 *
 * - `tagDefinitions`: the `custom-element-definition` export of each module with a tagged class;
 * - `eventTypes`: each `news-*` event's `type`, from the one list of event details (src/events);
 * - `cssDefaults`: each CSS custom property's `default`, from its JSDoc "(default: …)" or else from
 *   the `var(--name, fallback)` that uses it in the styles, so the figure cannot drift from the CSS;
 * - `publishedPaths` (last): module paths and references that resolve in the published package.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (file) => readFileSync(path.join(root, file), 'utf8');

/** The tagged classes of a manifest: `[module, declaration]` pairs. */
function* elements(manifest) {
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) if (declaration.tagName) yield [module, declaration];
  }
}

/**
 * The analyzer takes `@tagname` for the class's tag, but writes the module's
 * `custom-element-definition` export (the schema's "this module makes the tag available") only
 * for a literal `customElements.define()` or `@customElement`; our classes register through the
 * guarded `static define()`, called by `<tag>.define.ts`. This adds the export as the analyzer
 * would for a literal define.
 */
export function tagDefinitions() {
  return {
    name: 'news-widgets:tag-definitions',
    packageLinkPhase({ customElementsManifest }) {
      for (const [module, { name, tagName }] of elements(customElementsManifest)) {
        module.exports ??= [];
        module.exports.push({ kind: 'custom-element-definition', name: tagName, declaration: { name, module: module.path } });
      }
    },
  };
}

/** The event names of `NewsEventDetails` in src/events/news-events.ts. */
function newsEventNames() {
  const source = read('src/events/news-events.ts');
  const body = source.slice(source.indexOf('interface NewsEventDetails'), source.indexOf('\n}', source.indexOf('interface NewsEventDetails')));
  return new Set([...body.matchAll(/^\s*'(news-[a-z-]+)'\s*:/gm)].map((match) => match[1]));
}

/**
 * An event's type as users write it: `CustomEvent<NewsEventDetails['news-select']>`, the same type
 * `GlobalEventHandlersEventMap` gives `addEventListener('news-select', …)`. An event of ours the
 * detail list does not know fails the analysis: its detail would be undocumented.
 */
export function eventTypes() {
  return {
    name: 'news-widgets:event-types',
    packageLinkPhase({ customElementsManifest }) {
      const known = newsEventNames();
      for (const [, declaration] of elements(customElementsManifest)) {
        for (const event of declaration.events ?? []) {
          if (!known.has(event.name))
            throw new Error(`${declaration.tagName} fires ${event.name}, which src/events/news-events.ts does not declare`);
          event.type ??= { text: `CustomEvent<NewsEventDetails['${event.name}']>` };
        }
      }
    },
  };
}

/** `(default: \`4px\`)`, `(default \`0.5rem\`)` or `(default: the theme accent)` in a description. */
const DESCRIBED_DEFAULT = /\(default:?\s+([^)]*)\)/;

/** Every `var(--name, fallback)` of the given CSS sources: name → fallback, private `--_x` resolved to their public token. */
function cssFallbacks(sources) {
  const fallbacks = new Map();
  for (const source of sources) {
    // Fallbacks nest one level at most (`light-dark(#fff, #000)`, `var(--_accent)`).
    for (const [, name, fallback] of source.matchAll(/var\((--[\w-]+),\s*((?:[^()]|\([^()]*(?:\([^()]*\))?[^()]*\))+)\)/g)) {
      if (!fallbacks.has(name)) fallbacks.set(name, fallback.trim());
    }
  }
  // `--_accent: var(--news-color-accent, …)` makes `var(--_accent)` read as the public token.
  const privates = new Map();
  for (const source of sources) {
    for (const [, name, token] of source.matchAll(/(--_[\w-]+):\s*var\((--news-[\w-]+)/g)) privates.set(name, token);
  }
  const readable = (value) => value.replace(/var\((--_[\w-]+)\)/g, (whole, name) => (privates.has(name) ? `var(${privates.get(name)})` : whole));
  return new Map([...fallbacks].map(([name, fallback]) => [name, readable(fallback)]));
}

/** The styles a widget's CSS properties are read from: the shared base's and the widget's own. */
function stylesOf(module) {
  const sources = [read('src/base/styles.ts')];
  const styles = module.path.replace(/\.ts$/, '.styles.ts');
  try {
    sources.push(read(styles));
  } catch {
    // A widget without a styles file of its own (news-feed) has only the shared tokens.
  }
  sources.push(read(module.path));
  return sources;
}

/** Each CSS custom property gets its `default`: quoted in its JSDoc, else the fallback in the CSS, else the JSDoc's words. */
export function cssDefaults() {
  return {
    name: 'news-widgets:css-defaults',
    packageLinkPhase({ customElementsManifest }) {
      for (const [module, declaration] of elements(customElementsManifest)) {
        const fallbacks = cssFallbacks(stylesOf(module));
        for (const property of declaration.cssProperties ?? []) {
          if (property.default !== undefined) continue;
          const described = property.description?.match(DESCRIBED_DEFAULT)?.[1].trim();
          // A value the JSDoc quotes (`4px`) wins; prose ("the theme accent") only when the CSS has no fallback.
          const quoted = described?.match(/^`([^`]+)`$/)?.[1];
          const value = quoted ?? fallbacks.get(property.name) ?? described;
          if (value === undefined) throw new Error(`${declaration.tagName}: ${property.name} has no default in its JSDoc or its CSS`);
          property.default = value;
        }
      }
    },
  };
}

/** `src/components/<tag>/<tag>.ts` → the published module that exports the class and defines the tag. */
const componentModule = (source) => source.match(/^src\/components\/([\w-]+)\/\1\.ts$/)?.[1];

/**
 * The analyzer writes source paths (`src/components/headline-list/headline-list.ts`), which the
 * package's `exports` map does not let anyone import, and references relative to the exporting
 * file (`./components/...js`, `/src/base/...js`). This keeps the modules a user can import, under
 * their published paths: each widget's `dist/components/<tag>.js` (exports the class, defines the
 * tag: what the schema's definition export means) and `dist/index.js` (the public API). The other
 * source modules are internal: their classes are documented through the elements that inherit
 * from them (the analyzer already copied the inherited members in). A reference to one of those
 * points at `dist/index.js` when the index exports the name, and otherwise keeps only the name.
 */
export function publishedPaths() {
  return {
    name: 'news-widgets:published-paths',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const published = new Map([['src/index.ts', 'dist/index.js']]);
      for (const module of manifest.modules) {
        const tag = componentModule(module.path);
        if (tag && module.declarations?.some((declaration) => declaration.tagName)) published.set(module.path, `dist/components/${tag}.js`);
      }
      const index = manifest.modules.find((module) => module.path === 'src/index.ts');
      const fromIndex = new Set((index?.exports ?? []).map((entry) => entry.name));

      /** A reference's module as written by the analyzer, as a source path (`src/...ts`). */
      const sourcePath = (module, from) => {
        const resolved = module.startsWith('.') ? path.posix.join(path.posix.dirname(from), module) : module.replace(/^\//, '');
        return resolved.replace(/\.js$/, '.ts');
      };
      const relink = (reference, from) => {
        if (!reference || typeof reference.module !== 'string' || reference.package) return;
        const target = published.get(sourcePath(reference.module, from));
        if (target) reference.module = target;
        else if (fromIndex.has(reference.name)) reference.module = 'dist/index.js';
        else delete reference.module;
      };
      const visit = (value, from) => {
        if (Array.isArray(value)) value.forEach((entry) => visit(entry, from));
        else if (value && typeof value === 'object') {
          if (typeof value.module === 'string' && typeof value.name === 'string') relink(value, from);
          for (const key of Object.keys(value)) if (key !== 'module') visit(value[key], from);
        }
      };
      manifest.modules = manifest.modules.filter((module) => published.has(module.path));
      for (const module of manifest.modules) {
        visit(module.declarations, module.path);
        visit(module.exports, module.path);
        module.path = published.get(module.path);
      }
    },
  };
}
