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
    'error-network': 'No se pudo acceder al feed.',
    'error-http': 'El servidor del feed respondió con un error.',
    'error-timeout': 'El feed tardó demasiado en llegar.',
    'error-parse': 'El feed está dañado o incompleto y no se puede leer.',
    'error-too-large': 'El feed es demasiado grande para este widget.',
    'error-not-a-feed': 'Este documento no es un feed.',
    'error-empty': 'El documento está vacío: no es un feed.',
    'error-html': 'Esta es una página HTML, no un feed. Hace falta la dirección del feed RSS, Atom o JSON del sitio.',
    'error-xml': 'Este es un documento XML de otro tipo, no un feed RSS ni Atom.',
    'error-text': 'Esto es texto sin formato, no un feed.',
    'error-json': 'Esto es JSON, pero no un JSON Feed.',
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
};

export default es;
