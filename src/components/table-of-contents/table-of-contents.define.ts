import { TableOfContents } from './table-of-contents.js';

export { TableOfContents };

TableOfContents.define();
