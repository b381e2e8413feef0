import type { Plugin } from 'vite';

/** See minify-templates.mjs. */
export function minifyTemplates(options?: { include?: RegExp }): Plugin;
