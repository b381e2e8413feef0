import { HeadlineList } from './headline-list.js';

export { HeadlineList };

HeadlineList.define();
