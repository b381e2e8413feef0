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
