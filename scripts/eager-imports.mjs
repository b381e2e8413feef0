/**
 * A Vite plugin for the one-file classic script: every `import('./literal.js')` in our sources
 * becomes a static import, `Promise.resolve(namespace)`. The npm build keeps the dynamic imports
 * (the data layer and the languages download on demand), but a classic script has no second file
 * to fetch: there, lazily initialized modules would only add the bundler's wrappers (about 0.5 kB
 * gzip) and keep code out of tree-shaking.
 */
import { parseSync, Visitor } from 'vite';

export function eagerImports({ include = /\/src\/.*\.ts$/ } = {}) {
  return {
    name: 'news-widgets:eager-imports',
    enforce: 'post', // after the TypeScript transform: plain JavaScript here
    transform(code, id) {
      if (!include.test(id.split('?')[0]) || !code.includes('import(')) return null;
      const edits = [];
      new Visitor({
        ImportExpression(node) {
          if (node.source.type !== 'Literal' || typeof node.source.value !== 'string') return;
          edits.push({ start: node.start, end: node.end, specifier: node.source.value });
        },
      }).visit(parseSync(id, code).program);
      if (!edits.length) return null;
      let result = code;
      const imports = [];
      for (const [index, { start, end, specifier }] of edits.sort((a, b) => b.start - a.start).entries()) {
        const name = `__eager${index}`;
        imports.push(`import * as ${name} from ${JSON.stringify(specifier)};`);
        result = `${result.slice(0, start)}Promise.resolve(${name})${result.slice(end)}`;
      }
      // Import declarations are hoisted wherever they stand: at the end, they keep every line in place.
      return { code: `${result}\n${imports.join('\n')}\n`, map: null };
    },
  };
}
