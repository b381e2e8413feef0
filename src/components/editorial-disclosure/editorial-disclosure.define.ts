import { EditorialDisclosure } from './editorial-disclosure.js';

export { EditorialDisclosure };

EditorialDisclosure.define();
