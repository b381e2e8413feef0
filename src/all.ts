/**
 * Entry of the all-in-one classic script `dist/news-widgets.all.js`: every widget and language in
 * one file, registered at once, no second request (the script tag that loads widgets on demand is
 * src/loader.ts). A partner site may rename every tag when a name is taken:
 * `<script src=".../news-widgets.all.js" data-prefix="acme" defer>` registers `<acme-headline-list>`
 * and so on.
 */
// First, before Lit runs: a page whose Trusted Types policy stops Lit still gets an error state in each widget.
import './lit-policy-guard.js';
import { defineWidgets } from './widgets.js';

const script = document.currentScript as HTMLScriptElement | null;
defineWidgets({ prefix: script?.dataset.prefix ?? '' });
