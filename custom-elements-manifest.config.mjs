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
 * tag names from each class's `@tagname` JSDoc.
 */

/**
 * The one thing the analyzer does not do for us. It takes `@tagname` for the class's `tagName`,
 * but writes the module's `custom-element-definition` export (the schema's "this module makes
 * the tag available") only for a literal `customElements.define()` or `@customElement`, and our
 * classes register through the guarded `static define()` instead. This adds that export for
 * every class with a tag, as the analyzer would for a literal define.
 */
function tagDefinitionPlugin() {
  return {
    name: 'news-widgets:tag-definition',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const { name, tagName } of module.declarations ?? []) {
          if (!tagName) continue;
          module.exports ??= [];
          module.exports.push({ kind: 'custom-element-definition', name: tagName, declaration: { name, module: module.path } });
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/define.ts', 'src/**/*.define.ts', 'src/all.ts', 'src/loader.ts', 'src/base/register.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  // package.json already has "customElements": "./custom-elements.json"; never rewrite it.
  packagejson: false,
  dependencies: false,
  dev: false,
  plugins: [tagDefinitionPlugin()],
};
