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
    'error-network': 'Vérifiez votre connexion et réessayez.',
    'error-http': 'La source d’actualités est indisponible.',
    'error-timeout': 'Vérifiez votre connexion et réessayez.',
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
  'article-meta': {
    publishedBy: 'Publié par {publisher}',
    byline: 'Par {authors}',
    published: 'Publié : {date}',
    updated: 'Dernière mise à jour : {date}',
    readingTime: '{duration} de lecture',
  },
  'article-tags': {
    tags: 'Mots-clés',
    opensInNewTab: '(s’ouvre dans un nouvel onglet)',
  },
  'reference-list': {
    heading: 'Références',
    opensInNewTab: '(s’ouvre dans un nouvel onglet)',
  },
  'quick-summary': {
    heading: 'Résumé rapide',
  },
  'table-of-contents': {
    heading: 'Table des matières',
  },
  'newsletter-signup': {
    heading: 'Recevez notre lettre d’information',
    emailLabel: 'Adresse e-mail',
    emailPlaceholder: 'nom@exemple.fr',
    subscribe: 'S’abonner',
    subscribing: 'Abonnement en cours…',
    success: 'Merci de votre abonnement ! Consultez votre boîte de réception pour confirmer votre adresse.',
    emailMissing: 'Saisissez votre adresse e-mail.',
    emailInvalid: 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.',
    refused: 'L’inscription n’a pas abouti. Vérifiez l’adresse et réessayez.',
    failed: 'Impossible de vous inscrire pour le moment. Veuillez réessayer plus tard.',
    timedOut: 'L’inscription a mis trop de temps à répondre. Veuillez réessayer plus tard.',
    unavailable: 'L’inscription à la lettre d’information n’est pas disponible pour le moment.',
    honeypotLabel: 'Laissez ce champ vide',
  },
  'article-pager': {
    label: 'Articles précédent et suivant',
    previous: 'Article précédent',
    next: 'Article suivant',
    previousInCategory: 'Article précédent dans {category}',
    nextInCategory: 'Article suivant dans {category}',
  },
  'article-breadcrumbs': {
    label: 'Fil d’Ariane',
  },
  'editorial-disclosure': {
    heading: 'Déclaration éditoriale et publicitaire',
    readMore: 'Lire la suite',
    showLess: 'Afficher moins',
  },
  'news-article': {
    moreFrom: 'Plus de {category}',
    moreHeadlines: 'Autres titres',
  },
  'article-body': {
    noBody: 'Cet article n’a pas encore de texte.',
    opensInNewTab: '(s’ouvre dans un nouvel onglet)',
    bodyCut: 'La suite de cet article n’est pas affichée ici.',
    readWhole: 'Lire l’article en entier',
  },
};

export default fr;
