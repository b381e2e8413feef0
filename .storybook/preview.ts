import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
// Written by `npm run analyze` (the storybook scripts run it first): attributes, properties,
// events, slots, CSS properties and parts of every element, for autodocs and controls.
import manifest from '../custom-elements.json';
// Registers every default tag, as `import 'news-widgets/define'` does for users.
import '../src/define.js';

/** Internals a user never sets: `<news-feed>` fills it in through context. */
const INTERNAL_MEMBERS = new Set(['providedSource']);

interface Member {
  kind?: string;
  name?: string;
  static?: boolean;
  privacy?: string;
  readonly?: boolean;
  attribute?: string;
}

interface Manifest {
  schemaVersion: string;
  modules: { declarations?: { members?: Member[]; cssParts?: { name: string }[] }[] }[];
}

/**
 * What autodocs should offer a user: public, settable instance properties. Static fields
 * (`tagName`), protected hooks for subclasses, getters and fields that have an attribute (listed
 * once, under "attributes", with their control) are left out of the table. CSS parts are named
 * `::part(title)`: Storybook keys every row by its name, and a part called `category` or
 * `heading` would otherwise replace the attribute of that name.
 */
function publicApi(source: Manifest): Manifest {
  const modules = source.modules.map((module) => ({
    ...module,
    declarations: module.declarations?.map((declaration) => ({
      ...declaration,
      members: declaration.members?.filter(
        (member) =>
          member.kind === 'field' &&
          !member.static &&
          !member.privacy &&
          !member.readonly &&
          !member.attribute &&
          !INTERNAL_MEMBERS.has(member.name ?? '')
      ),
      cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
    })),
  }));
  return { ...source, modules };
}

setCustomElementsManifest(publicApi(manifest as unknown as Manifest));

/** Every event the widgets fire, logged in the Actions panel. */
const NEWS_EVENTS = ['news-select', 'news-toggle', 'news-impression', 'news-feed-load', 'news-feed-error'];

// The sample feed links to news.example: a click on a headline is logged (Actions panel) and
// cancelled, as a single-page app would do, so the preview stays on the story.
document.addEventListener('news-select', (event) => event.preventDefault());

type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];
type ArgTypes = ReturnType<ArgTypesEnhancer>;

const camelCase = (name: string) => name.replace(/-([a-z0-9])/g, (_, char: string) => char.toUpperCase());

/**
 * One row, one control per attribute. The manifest names a row by its attribute
 * (`heading-level`); stories and the default render use the property (`headingLevel`). Each
 * dashed attribute row is moved to its property's key, keeping the attribute as the name shown,
 * and merged with what the story says about that arg (its control, options, description).
 * `theme` gets its three values as a control.
 */
const attributeRowsByProperty: ArgTypesEnhancer = (context) => {
  const result: ArgTypes = {};
  for (const [key, argType] of Object.entries(context.argTypes)) {
    const isAttribute = argType.table?.category === 'attributes';
    if (isAttribute && key.includes('-')) {
      const property = camelCase(key);
      const story = context.argTypes[property] ?? {};
      result[property] = {
        ...argType,
        ...story,
        name: key,
        description: story.description ?? argType.description,
        table: { ...argType.table, ...story.table },
      };
    } else if (!(key in result)) {
      result[key] = argType;
    }
  }
  for (const [key, argType] of Object.entries(result)) {
    const category = argType.table?.category;
    // Parts and events are documentation, not settings.
    if (category === 'css shadow parts' || category === 'events') result[key] = { ...argType, control: { disable: true } };
    // CSS custom properties get a control; the decorator sets them on the story's wrapper.
    if (category === 'css custom properties') {
      result[key] = { ...argType, control: { type: /colou?r|accent|background/.test(key) ? 'color' : 'text' } };
    }
  }
  if (result.theme?.table?.category === 'attributes' && !result.theme.options) {
    result.theme = { ...result.theme, control: { type: 'inline-radio' }, options: ['auto', 'light', 'dark'] };
  }
  return result;
};

type ThemeGlobal = 'story' | 'light' | 'dark' | 'auto';
type Direction = 'ltr' | 'rtl';

/** The page behind a widget, per theme: the widgets' own light and dark backgrounds. */
const PAGE = { light: '#ffffff', dark: '#15171c' } as const;
const pageBackground = (theme: string) =>
  theme === 'dark' ? PAGE.dark : theme === 'light' ? PAGE.light : `light-dark(${PAGE.light}, ${PAGE.dark})`;
const colorScheme = (theme: string) => (theme === 'dark' || theme === 'light' ? theme : 'light dark');

/** Every news widget (an element with a `theme` property) in `root`, outside shadow roots. */
function widgetsIn(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('*')].filter((element) => element.localName.includes('-') && 'theme' in element);
}

/**
 * Wraps every story in `<div dir lang>` from the toolbar, and applies the toolbar's theme: as the
 * `theme` arg (stories that bind it) and on every widget in the story (stories that do not).
 */
const withThemeAndDirection: Decorator = (story, context) => {
  const chosen = (context.globals.theme ?? 'story') as ThemeGlobal;
  const direction = (context.globals.direction ?? 'ltr') as Direction;
  const override = chosen !== 'story';
  const theme = override ? chosen : String(context.args.theme ?? 'auto');
  const lang = direction === 'rtl' ? 'ar' : 'en';
  // Values given to the CSS custom property controls, inherited by every widget in the story.
  const tokens = Object.entries(context.args)
    .filter(([key, value]) => key.startsWith('--') && typeof value === 'string' && value.trim() !== '')
    .map(([key, value]) => `${key}: ${String(value)};`)
    .join(' ');
  // A story alone in the frame: the whole page takes the theme's background. On a Docs page each
  // story's wrapper carries it instead.
  const alone = context.viewMode === 'story';
  document.documentElement.style.colorScheme = alone ? colorScheme(theme) : '';
  document.body.style.background = alone ? pageBackground(theme) : '';
  const applyTheme = (element?: Element) => {
    if (!override || !element) return;
    // After the story rendered into the wrapper (the ref fires before the children commit).
    queueMicrotask(() => widgetsIn(element).forEach((widget) => widget.setAttribute('theme', chosen)));
  };
  const content = override && 'theme' in context.args ? story({ args: { ...context.args, theme: chosen } }) : story();
  return html`<div
    class="news-story"
    dir=${direction}
    lang=${lang}
    style="color-scheme: ${colorScheme(theme)}; background: ${pageBackground(theme)}; ${
      context.viewMode === 'docs' ? 'padding: 1rem; border-radius: 0.5rem;' : ''
    } ${tokens}"
    ${ref(applyTheme)}
  >
    ${content}
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withThemeAndDirection, withActions],
  argTypesEnhancers: [attributeRowsByProperty],
  globalTypes: {
    theme: {
      description: 'Theme of every widget in the story',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'story', title: 'As the story sets it' },
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'auto', title: 'Auto (system setting)', icon: 'browser' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction (RTL also sets lang="ar")',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right (en)' },
          { value: 'rtl', title: 'Right to left (ar)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'story', direction: 'ltr' },
  parameters: {
    layout: 'padded',
    actions: { handles: NEWS_EVENTS },
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { toc: true },
    a11y: { test: 'error' },
  },
};

export default preview;
