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
    'error-network': 'Impossible d’accéder au flux.',
    'error-http': 'Le serveur du flux a répondu par une erreur.',
    'error-timeout': 'Le flux a mis trop de temps à arriver.',
    'error-parse': 'Le flux est endommagé ou incomplet et ne peut pas être lu.',
    'error-too-large': 'Le flux est trop volumineux pour ce widget.',
    'error-not-a-feed': 'Ce document n’est pas un flux.',
    'error-empty': 'Le document est vide : ce n’est pas un flux.',
    'error-html': 'Ceci est une page HTML, pas un flux. Utilisez l’adresse du flux RSS, Atom ou JSON du site.',
    'error-xml': 'Ceci est un document XML d’un autre type, pas un flux RSS ou Atom.',
    'error-text': 'Ceci est du texte brut, pas un flux.',
    'error-json': 'Ceci est du JSON, mais pas un JSON Feed.',
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
