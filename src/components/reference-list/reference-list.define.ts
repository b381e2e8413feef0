import { ReferenceList } from './reference-list.js';

export { ReferenceList };

ReferenceList.define();
