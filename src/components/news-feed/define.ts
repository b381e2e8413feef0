import { NewsFeedElement } from './news-feed.js';

NewsFeedElement.define();
