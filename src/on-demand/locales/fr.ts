/** French strings of every widget. Loaded on pages in French; English fills any gap. */
import type { Locale } from './locale.js';

const fr: Locale = {
  widget: {
    loading: 'Chargement…',
    errorTitle: 'Ce contenu n’a pas pu être chargé.',
    retry: 'Réessayer',
    empty: 'Rien à afficher pour le moment.',
    stale: 'Contenu enregistré : la dernière mise à jour n’a pas pu être chargée.',
    noSource: 'Aucun flux n’a été fourni à ce widget.',
    itemMissing: 'Cet article ne figure pas dans le flux.',
    sponsored: 'Sponsorisé',
  },
  'headline-list': {
    empty: 'Aucun titre pour le moment.',
    heading: 'Derniers titres',
    viewAll: 'Tout voir',
    loadMore: 'Charger plus',
    loadingMore: 'Chargement…',
    loadMoreError: 'Impossible de charger d’autres titres.',
    moreShown: 'D’autres titres sont affichés.',
    readingTime: '{duration} de lecture',
    noMatches: 'Aucun titre ne correspond aux filtres de cette liste (catégorie, mot-clé ou articles exclus).',
  },
  'article-card': {
    byline: 'Par {authors}',
    readingTime: '{duration} de lecture',
    tags: 'Mots-clés',
    untitled: 'Article sans titre',
  },
  'faq-accordion': {
    heading: 'Questions fréquentes',
    noQuestions: 'Pas encore de questions.',
  },
  'key-takeaways': {
    heading: 'Points clés',
    showAll: 'Afficher les {count}',
    showFewer: 'Afficher moins',
    opensInNewTab: '(s’ouvre dans un nouvel onglet)',
  },
};

export default fr;
