import { NewsArticle } from './news-article.js';

export { NewsArticle };

NewsArticle.define();
