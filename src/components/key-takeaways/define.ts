import { KeyTakeaways } from './key-takeaways.js';

KeyTakeaways.define();
