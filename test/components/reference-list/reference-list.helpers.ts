/** Test data the reference-list tests share. */
import { feedOf } from '../../../sample/sample-data.js';

/** References with links, with and without a publisher. */
export const LINKED_REFERENCES_FEED = feedOf([
  {
    id: 'linked',
    title: 'Linked',
    language: 'en-GB',
    _news: {
      references: [
        { title: 'Human rights in Belarus', url: 'https://en.wikipedia.org/wiki/Human_rights_in_Belarus', publisher: 'Wikipedia' },
        { title: 'A reference without a link', publisher: 'Example Press' },
        { title: 'A report | The Example Times', url: 'https://example.com/report', publisher: 'The Example Times' },
      ],
    },
  },
]);
