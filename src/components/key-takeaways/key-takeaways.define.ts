import { KeyTakeaways } from './key-takeaways.js';

export { KeyTakeaways };

KeyTakeaways.define();
