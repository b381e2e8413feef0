/**
 * Entry of the one-file classic script `dist/news-widgets.js`. A partner site may rename every
 * tag when a name is taken: `<script src=".../news-widgets.js" data-prefix="acme" defer>`
 * registers `<acme-headline-list>` and so on.
 */
import { defineWidgets } from './widgets.js';

const script = document.currentScript as HTMLScriptElement | null;
defineWidgets({ prefix: script?.dataset.prefix ?? '' });
