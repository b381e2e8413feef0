/**
 * The Custom Elements Manifest (custom-elements.json at the repo root), read by Storybook's
 * autodocs, IDEs and the `customElements` field of package.json. Run with `npm run analyze`;
 * `npm run build` runs it too.
 *
 * Analyzed: every module under src/ except the entry modules that only register tags
 * (`define.ts`, `components/<tag>/<tag>.define.ts`, `all.ts`, `loader.ts`): they declare nothing to document;
 * and `base/register.ts`, whose `customElements.define(name, …)` calls the analyzer would take
 * for an element named `name`. `index.ts` stays in, so the manifest lists the package's public
 * exports. Properties come from the `@property()` and `@state()` decorators (`litelement` mode),
 * tag names from each class's `@tagname` JSDoc. The plugins (scripts/manifest-plugins.mjs) fill
 * what the analyzer leaves out: definition exports, event types, CSS defaults, published paths.
 * Then the editor data is made from the finished manifest, into dist/editor/ (published):
 * VS Code's HTML and CSS custom data, and JetBrains' web-types (package.json `web-types`).
 */
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';
import { cssDefaults, eventTypes, publishedPaths, tagDefinitions } from './scripts/manifest-plugins.mjs';

// `parsedType` is a type alias spelled out (`HeadlineListLayout` → `'list' | 'grid' | 'compact'`), so editors offer the values.
const editorData = { outdir: 'dist/editor', descriptionSrc: 'description', typesSrc: 'parsedType', hideLogs: true };

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/define.ts', 'src/**/*.define.ts', 'src/all.ts', 'src/loader.ts', 'src/base/register.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  // package.json already has "customElements": "./custom-elements.json"; never rewrite it.
  packagejson: false,
  dependencies: false,
  dev: false,
  // The type parser needs the TypeScript program to resolve aliases.
  overrideModuleCreation({ ts, globs }) {
    return getTsProgram(ts, globs, 'tsconfig.build.json')
      .getSourceFiles()
      .filter((file) => globs.some((glob) => file.fileName.includes(glob)));
  },
  plugins: [
    typeParserPlugin(),
    tagDefinitions(),
    eventTypes(),
    cssDefaults(),
    publishedPaths(),
    customElementVsCodePlugin({ ...editorData, htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json' }),
    customElementJetBrainsPlugin({ ...editorData, webTypesFileName: 'web-types.json', packageJson: false }),
  ],
};
