/** Registers every default tag. The only module of the package with a side effect besides `components/<tag>` (and the Trusted Types guard it runs first). */
// First, before Lit runs: a page whose Trusted Types policy stops Lit still gets an error state in each widget.
import './lit-policy-guard.js';
import { defineWidgets } from './widgets.js';
// Kept in define.d.ts (a value import is not): the tags' HTMLElementTagNameMap entries and the `news-*` event maps come with `import 'news-widgets/define'`.
import './widgets.js';
import './events/news-events.js';

defineWidgets();
