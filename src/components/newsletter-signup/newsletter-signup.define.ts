import { NewsletterSignup } from './newsletter-signup.js';
// Kept in the entry's .d.ts: the `news-*` events in GlobalEventHandlersEventMap, so `addEventListener('news-select', …)` is typed.
import '../../events/news-events.js';

export { NewsletterSignup };

NewsletterSignup.define();
