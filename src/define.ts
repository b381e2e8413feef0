/** Registers every default tag. The only module of the package with a side effect besides `components/<tag>`. */
import { defineWidgets } from './widgets.js';
// Kept in define.d.ts (a value import is not): the tags' HTMLElementTagNameMap entries and the `news-*` event maps come with `import 'news-widgets/define'`.
import './widgets.js';
import './events/news-events.js';

defineWidgets();
