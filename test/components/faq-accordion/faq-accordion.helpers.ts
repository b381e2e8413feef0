/** What the faq-accordion tests read and build, shared by the files that test one concern each. */
import { html } from '@open-wc/testing';
import type { FaqAccordion } from '../../../src/components/faq-accordion/faq-accordion.js';
import { SAMPLE_FEED } from '../../../sample/sample-data.js';
import { $$, shadow } from '../../helpers/query.js';
import { mount } from '../../helpers/settle.js';

/** The seed article's questions, in order. */
export const QUESTIONS = [
  'Who did John Coale meet in Minsk?',
  "What is the purpose of John Coale's visit to Belarus?",
  'Who appointed John Coale as an envoy to Belarus?',
  'Where was the meeting between John Coale and Lukashenko shared?',
];

/** The fragment id of the third question. */
export const THIRD_ID = 'faq-who-appointed-john-coale-as-an-envoy-to-belarus';

export const buttons = (el: FaqAccordion) => $$<HTMLButtonElement>(el, '[part~="button"]');
export const panels = (el: FaqAccordion) => $$(el, '[part~="answer"]');
export const openStates = (el: FaqAccordion) => buttons(el).map((button) => button.getAttribute('aria-expanded') === 'true');
/** The index of the focused question (-1 for none): indexes, not elements, keep failure reports small. */
export const focused = (el: FaqAccordion) => buttons(el).indexOf(shadow(el).activeElement as HTMLButtonElement);

/** The seed article's FAQ, rendered. */
export const sampleAccordion = () => mount<FaqAccordion>(html`<faq-accordion .feed=${SAMPLE_FEED}></faq-accordion>`);
