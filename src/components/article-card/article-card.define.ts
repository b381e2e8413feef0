import { ArticleCard } from './article-card.js';

export { ArticleCard };

ArticleCard.define();
