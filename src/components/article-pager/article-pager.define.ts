import { ArticlePager } from './article-pager.js';
// Kept in the entry's .d.ts: the `news-*` events in GlobalEventHandlersEventMap, so `addEventListener('news-select', …)` is typed.
import '../../events/news-events.js';

export { ArticlePager };

ArticlePager.define();
