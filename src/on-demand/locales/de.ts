/** German strings of every widget. Loaded on pages in German; English fills any gap. */
import type { Locale } from './locale.js';

const de: Locale = {
  widget: {
    loading: 'Wird geladen…',
    errorTitle: 'Dieser Inhalt konnte nicht geladen werden.',
    retry: 'Erneut versuchen',
    empty: 'Noch nichts zu zeigen.',
    stale: 'Gespeicherter Stand: Die neueste Aktualisierung konnte nicht geladen werden.',
    noSource: 'Diesem Widget wurde kein Feed übergeben.',
    itemMissing: 'Dieser Artikel ist nicht im Feed.',
    sponsored: 'Anzeige',
  },
  'headline-list': {
    empty: 'Noch keine Schlagzeilen.',
    heading: 'Neueste Schlagzeilen',
    viewAll: 'Alle anzeigen',
    loadMore: 'Mehr laden',
    loadingMore: 'Wird geladen…',
    loadMoreError: 'Weitere Schlagzeilen konnten nicht geladen werden.',
    moreShown: 'Weitere Schlagzeilen werden angezeigt.',
    readingTime: '{duration} Lesezeit',
    noMatches: 'Keine Schlagzeilen passen zu den Filtern dieser Liste (Kategorie, Schlagwort oder ausgeschlossene Artikel).',
  },
  'article-card': {
    byline: 'Von {authors}',
    readingTime: '{duration} Lesezeit',
    tags: 'Schlagwörter',
    untitled: 'Artikel ohne Titel',
  },
  'faq-accordion': {
    heading: 'Häufig gestellte Fragen',
    noQuestions: 'Noch keine Fragen.',
  },
  'key-takeaways': {
    heading: 'Das Wichtigste in Kürze',
    showAll: 'Alle {count} anzeigen',
    showFewer: 'Weniger anzeigen',
    opensInNewTab: '(öffnet in einem neuen Tab)',
  },
};

export default de;
