/**
 * The Custom Elements Manifest (custom-elements.json at the repo root), read by Storybook's
 * autodocs, IDEs and the `customElements` field of package.json. Run with `npm run analyze`;
 * `npm run build` runs it too.
 *
 * Analyzed: every module under src/ except the entry modules that only register tags
 * (`define.ts`, `components/<tag>/define.ts`, `embed.ts`): they declare nothing to document.
 * `index.ts` stays in, so the manifest lists the package's public exports.
 */

/**
 * Our classes register with `static tagName = '<tag>'` and `static define()`, not with
 * `customElements.define('<tag>', ...)` or `@customElement`, so the analyzer cannot see their
 * tags. This plugin reads the `tagName` static field and records the tag on the class and as a
 * `custom-element-definition` export of its module, as the analyzer would for a literal define.
 */
function staticTagNamePlugin() {
  return {
    name: 'news-widgets:static-tag-name',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const field = declaration.members?.find((member) => member.static && member.name === 'tagName');
          const tag = field?.default?.match(/^['"`]([a-z][a-z0-9._]*-[a-z0-9._-]*)['"`]$/)?.[1];
          if (!tag) continue;
          declaration.tagName ??= tag;
          declaration.customElement = true;
          module.exports ??= [];
          if (!module.exports.some((entry) => entry.kind === 'custom-element-definition' && entry.name === tag)) {
            module.exports.push({
              kind: 'custom-element-definition',
              name: tag,
              declaration: { name: declaration.name, module: module.path },
            });
          }
        }
      }
    },
  };
}

/**
 * The analyzer reads `static properties` but takes every entry for an attribute, `{ state: true }`
 * ones too: drop the attributes of private fields (internal state never has one).
 */
function privateStatePlugin() {
  return {
    name: 'news-widgets:private-state',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules?.flatMap((module) => module.declarations ?? []) ?? []) {
        const internal = new Set(declaration.members?.filter((member) => member.privacy === 'private').map((member) => member.name));
        if (!internal.size) continue;
        declaration.attributes = declaration.attributes?.filter((attribute) => !internal.has(attribute.fieldName));
        for (const member of declaration.members) if (internal.has(member.name)) delete member.attribute;
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/define.ts', 'src/**/*.define.ts', 'src/all.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  // package.json already has "customElements": "./custom-elements.json"; never rewrite it.
  packagejson: false,
  dependencies: false,
  dev: false,
  plugins: [staticTagNamePlugin(), privateStatePlugin()],
};
