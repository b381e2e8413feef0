import { ArticleBody } from './article-body.js';

export { ArticleBody };

ArticleBody.define();
