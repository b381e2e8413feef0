import { ArticleBreadcrumbs } from './article-breadcrumbs.js';

export { ArticleBreadcrumbs };

ArticleBreadcrumbs.define();
