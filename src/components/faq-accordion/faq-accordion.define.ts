import { FaqAccordion } from './faq-accordion.js';

export { FaqAccordion };

FaqAccordion.define();
