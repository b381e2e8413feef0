/** Spanish strings of every widget. Loaded on pages in Spanish; English fills any gap. */
import type { Locale } from './locale.js';

const es: Locale = {
  widget: {
    loading: 'Cargando…',
    errorTitle: 'No se pudo cargar este contenido.',
    retry: 'Reintentar',
    empty: 'Nada que mostrar todavía.',
    stale: 'Contenido guardado: no se pudo cargar la última actualización.',
    noSource: 'Este widget no tiene ningún feed.',
    itemMissing: 'Este artículo no está en el feed.',
    sponsored: 'Patrocinado',
    'error-network': 'Comprueba tu conexión y vuelve a intentarlo.',
    'error-http': 'La fuente de noticias no está disponible.',
    'error-timeout': 'Comprueba tu conexión y vuelve a intentarlo.',
  },
  'headline-list': {
    empty: 'Aún no hay titulares.',
    heading: 'Últimos titulares',
    viewAll: 'Ver todo',
    loadMore: 'Cargar más',
    loadingMore: 'Cargando…',
    loadMoreError: 'No se pudieron cargar más titulares.',
    moreShown: 'Se muestran más titulares.',
    readingTime: '{duration} de lectura',
    noMatches: 'Ningún titular coincide con los filtros de esta lista (categoría, etiqueta o artículos excluidos).',
  },
  'article-card': {
    byline: 'Por {authors}',
    readingTime: '{duration} de lectura',
    tags: 'Etiquetas',
    untitled: 'Artículo sin título',
  },
  'faq-accordion': {
    heading: 'Preguntas frecuentes',
    noQuestions: 'Todavía no hay preguntas.',
  },
  'key-takeaways': {
    heading: 'Puntos clave',
    showAll: 'Mostrar los {count}',
    showFewer: 'Mostrar menos',
    opensInNewTab: '(se abre en una pestaña nueva)',
  },
  'article-meta': {
    publishedBy: 'Publicado por {publisher}',
    byline: 'Por {authors}',
    published: 'Publicado: {date}',
    updated: 'Última actualización: {date}',
    readingTime: '{duration} de lectura',
  },
  'article-tags': {
    tags: 'Etiquetas',
    opensInNewTab: '(se abre en una pestaña nueva)',
  },
  'reference-list': {
    heading: 'Referencias',
    opensInNewTab: '(se abre en una pestaña nueva)',
  },
  'quick-summary': {
    heading: 'Resumen rápido',
  },
  'table-of-contents': {
    heading: 'Índice',
  },
  'newsletter-signup': {
    heading: 'Recibe nuestro boletín',
    emailLabel: 'Correo electrónico',
    emailPlaceholder: 'nombre@ejemplo.es',
    subscribe: 'Suscribirse',
    subscribing: 'Suscribiendo…',
    success: '¡Gracias por suscribirte! Revisa tu bandeja de entrada para confirmar tu dirección.',
    emailMissing: 'Escribe tu dirección de correo electrónico.',
    emailInvalid: 'Escribe una dirección de correo válida, como nombre@ejemplo.es.',
    refused: 'La suscripción no se completó. Revisa la dirección e inténtalo de nuevo.',
    failed: 'No hemos podido suscribirte en este momento. Inténtalo de nuevo más tarde.',
    timedOut: 'La suscripción tardó demasiado en responder. Inténtalo de nuevo más tarde.',
    unavailable: 'La suscripción al boletín no está disponible en este momento.',
    honeypotLabel: 'Deja este campo vacío',
  },
  'article-pager': {
    label: 'Artículos anterior y siguiente',
    previous: 'Artículo anterior',
    next: 'Artículo siguiente',
    previousInCategory: 'Artículo anterior en {category}',
    nextInCategory: 'Artículo siguiente en {category}',
  },
  'article-breadcrumbs': {
    label: 'Ruta de navegación',
  },
  'editorial-disclosure': {
    heading: 'Aviso editorial y publicitario',
    readMore: 'Leer más',
    showLess: 'Mostrar menos',
  },
  'news-article': {
    moreFrom: 'Más de {category}',
    moreHeadlines: 'Más titulares',
  },
  'article-body': {
    noBody: 'Este artículo aún no tiene texto.',
    opensInNewTab: '(se abre en una pestaña nueva)',
    bodyCut: 'El resto de este artículo no se muestra aquí.',
    readWhole: 'Leer el artículo completo',
  },
};

export default es;
