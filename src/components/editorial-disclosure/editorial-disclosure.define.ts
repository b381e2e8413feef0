import { EditorialDisclosure } from './editorial-disclosure.js';
// Kept in the entry's .d.ts: the `news-*` events in GlobalEventHandlersEventMap, so `addEventListener('news-select', …)` is typed.
import '../../events/news-events.js';

export { EditorialDisclosure };

EditorialDisclosure.define();
