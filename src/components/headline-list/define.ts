import { HeadlineList } from './headline-list.js';

HeadlineList.define();
