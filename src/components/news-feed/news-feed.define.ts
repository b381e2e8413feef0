import { NewsFeedElement } from './news-feed.js';
// Kept in the entry's .d.ts: the `news-*` events in GlobalEventHandlersEventMap, so `addEventListener('news-select', …)` is typed.
import '../../events/news-events.js';

export { NewsFeedElement };

NewsFeedElement.define();
