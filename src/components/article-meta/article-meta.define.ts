import { ArticleMeta } from './article-meta.js';

export { ArticleMeta };

ArticleMeta.define();
