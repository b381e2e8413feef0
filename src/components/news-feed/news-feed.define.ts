import { NewsFeedElement } from './news-feed.js';

export { NewsFeedElement };

NewsFeedElement.define();
