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
    'error-network': 'Bitte die Verbindung prüfen und es erneut versuchen.',
    'error-http': 'Die Nachrichtenquelle ist nicht verfügbar.',
    'error-timeout': 'Bitte die Verbindung prüfen und es erneut versuchen.',
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
  'article-meta': {
    publishedBy: 'Veröffentlicht von {publisher}',
    byline: 'Von {authors}',
    published: 'Veröffentlicht: {date}',
    updated: 'Zuletzt aktualisiert: {date}',
    readingTime: '{duration} Lesezeit',
  },
  'article-tags': {
    tags: 'Schlagwörter',
    opensInNewTab: '(öffnet in einem neuen Tab)',
  },
  'reference-list': {
    heading: 'Quellen',
    opensInNewTab: '(öffnet in einem neuen Tab)',
  },
  'quick-summary': {
    heading: 'Kurz zusammengefasst',
  },
  'table-of-contents': {
    heading: 'Inhaltsverzeichnis',
  },
  'newsletter-signup': {
    heading: 'Unser Newsletter',
    emailLabel: 'E-Mail-Adresse',
    emailPlaceholder: 'name@beispiel.de',
    subscribe: 'Abonnieren',
    subscribing: 'Wird abonniert…',
    success: 'Danke für Ihr Abonnement! Bitte bestätigen Sie Ihre Adresse über die E-Mail in Ihrem Posteingang.',
    emailMissing: 'Bitte geben Sie Ihre E-Mail-Adresse ein.',
    emailInvalid: 'Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de.',
    refused: 'Die Anmeldung hat nicht geklappt. Bitte prüfen Sie die Adresse und versuchen Sie es erneut.',
    failed: 'Die Anmeldung ist gerade nicht möglich. Bitte versuchen Sie es später noch einmal.',
    timedOut: 'Die Anmeldung hat zu lange gedauert. Bitte versuchen Sie es später noch einmal.',
    unavailable: 'Die Newsletter-Anmeldung ist derzeit nicht verfügbar.',
    honeypotLabel: 'Dieses Feld bitte leer lassen',
  },
  'article-pager': {
    label: 'Vorherige und nächste Artikel',
    previous: 'Vorheriger Artikel',
    next: 'Nächster Artikel',
    previousInCategory: 'Vorheriger Beitrag in {category}',
    nextInCategory: 'Nächster Beitrag in {category}',
  },
  'article-breadcrumbs': {
    label: 'Brotkrümelnavigation',
  },
  'editorial-disclosure': {
    heading: 'Hinweis zu Redaktion und Werbung',
    readMore: 'Weiterlesen',
    showLess: 'Weniger anzeigen',
  },
  'news-article': {
    moreFrom: 'Mehr aus {category}',
    moreHeadlines: 'Weitere Schlagzeilen',
  },
  'article-body': {
    noBody: 'Dieser Artikel hat noch keinen Text.',
    opensInNewTab: '(öffnet in einem neuen Tab)',
    bodyCut: 'Der Rest dieses Artikels wird hier nicht angezeigt.',
    readWhole: 'Ganzen Artikel lesen',
  },
};

export default de;
