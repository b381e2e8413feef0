/**
 * The import graph of built ES modules, read from the files themselves (parsed, not guessed):
 * what `npm run size` adds up for a page and what the Node tests check about the split between
 * static and on-demand code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSync } from 'vite';

/**
 * A built module's imports: `static` (import and export … from), `dynamic` (import() of a string
 * literal), as absolute paths, and `bare`, the package names it leaves to the app (`lit`, ...);
 * `moduleSyntax`: whether it has import/export statements (a classic script cannot).
 */
export function importsOf(file) {
  const code = readFileSync(file, 'utf8');
  const { module } = parseSync(file, code);
  const specifiers = [
    ...module.staticImports.map((entry) => entry.moduleRequest.value),
    ...module.staticExports.flatMap((entry) => entry.entries.map((item) => item.moduleRequest?.value)).filter(Boolean),
  ];
  const dynamic = module.dynamicImports
    .map(({ moduleRequest }) => /^(['"`])([^'"`]*)\1$/.exec(code.slice(moduleRequest.start, moduleRequest.end))?.[2])
    .filter(Boolean);
  const resolve = (specifier) => path.resolve(path.dirname(file), specifier);
  const relative = (specifier) => specifier.startsWith('.');
  return {
    code,
    moduleSyntax: module.hasModuleSyntax,
    static: [...new Set(specifiers.filter(relative).map(resolve))],
    dynamic: [...new Set(dynamic.filter(relative).map(resolve))],
    bare: [...new Set(specifiers.filter((specifier) => !relative(specifier)))],
  };
}

/** Every file `entry` loads through static imports, itself included, except those in `loaded`. */
export function staticClosure(entry, loaded = new Set()) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || loaded.has(file)) return;
    seen.add(file);
    importsOf(file).static.forEach(visit);
  };
  visit(entry);
  return seen;
}

/**
 * The parts `files` loads on demand: each import() target (also those of the parts themselves,
 * such as a data layer that imports an XML reader when it needs one) → the files it adds to `files`.
 */
export function onDemandParts(files) {
  const parts = new Map();
  const visit = (from) => {
    for (const file of from) {
      for (const target of importsOf(file).dynamic) {
        if (files.has(target) || parts.has(target)) continue;
        parts.set(target, staticClosure(target, files));
        visit(parts.get(target));
      }
    }
  };
  visit(files);
  return parts;
}
