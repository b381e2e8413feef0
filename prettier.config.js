/**
 * Prettier: the style the code was already written in. `npm run format` applies it, `npm test` checks it.
 * What Prettier leaves alone is listed in .prettierignore.
 *
 * @type {import('prettier').Config}
 */
export default {
  singleQuote: true,
  trailingComma: 'es5',
  // Measured on the code as written before the first format: 145 changed the fewest of its lines
  // (140: 269, 145: 172, 150: 184, 160: 225).
  printWidth: 145,
  // Lit's html`` and css`` templates stay as written. Formatting them adds and removes whitespace
  // between tags, which is text the browser renders and the tests read.
  embeddedLanguageFormatting: 'off',
  overrides: [
    // The demo pages are mostly prose, wrapped narrower.
    { files: '*.html', options: { printWidth: 120 } },
  ],
};
