import { ArticleCard } from './article-card.js';
// Kept in the entry's .d.ts: the `news-*` events in GlobalEventHandlersEventMap, so `addEventListener('news-select', …)` is typed.
import '../../events/news-events.js';

export { ArticleCard };

ArticleCard.define();
