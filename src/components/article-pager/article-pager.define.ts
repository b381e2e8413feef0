import { ArticlePager } from './article-pager.js';

export { ArticlePager };

ArticlePager.define();
