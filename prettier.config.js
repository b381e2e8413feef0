/**
 * Prettier: the style the code was already written in. `npm run format` applies it, `npm test` checks it.
 * What Prettier leaves alone is listed in .prettierignore.
 *
 * @type {import('prettier').Config}
 */
export default {
  singleQuote: true,
  trailingComma: 'es5',
  // Measured on the tree as written: 145 changes the fewest lines (140: 297, 145: 232, 150: 244).
  printWidth: 145,
  // Lit's html`` and css`` templates stay as written. Formatting them adds and removes whitespace
  // between tags, which is text the browser renders and the tests read.
  embeddedLanguageFormatting: 'off',
  overrides: [
    // The demo pages are mostly prose, wrapped narrower.
    { files: '*.html', options: { printWidth: 120 } },
  ],
};
