import { ArticleTags } from './article-tags.js';

export { ArticleTags };

ArticleTags.define();
