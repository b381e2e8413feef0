import { QuickSummary } from './quick-summary.js';

export { QuickSummary };

QuickSummary.define();
