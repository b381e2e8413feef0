/**
 * Visible strings: English defaults, translations per language, and per-widget overrides through
 * the `strings` property. Dates, numbers and durations come from Intl, so tables stay short.
 */

/** Strings every widget shows for its states. */
export interface WidgetStrings {
  loading: string;
  errorTitle: string;
  retry: string;
  empty: string;
  stale: string;
  noSource: string;
  itemMissing: string;
  sponsored: string;
}

/** English is complete; other languages may translate any subset and fall back to English. */
export type Translations<S> = { readonly en: S } & { readonly [lang: string]: Partial<S> | undefined };

export const widgetTranslations: Translations<WidgetStrings> = {
  en: {
    loading: 'Loading…',
    errorTitle: 'This content could not be loaded.',
    retry: 'Try again',
    empty: 'Nothing to show yet.',
    stale: 'Showing saved content: the latest update could not be loaded.',
    noSource: 'No feed was given to this widget.',
    itemMissing: 'This article is not in the feed.',
    sponsored: 'Sponsored',
  },
  de: {
    loading: 'Wird geladen…',
    errorTitle: 'Dieser Inhalt konnte nicht geladen werden.',
    retry: 'Erneut versuchen',
    empty: 'Noch nichts zu zeigen.',
    stale: 'Gespeicherter Stand: Die neueste Aktualisierung konnte nicht geladen werden.',
    noSource: 'Diesem Widget wurde kein Feed übergeben.',
    itemMissing: 'Dieser Artikel ist nicht im Feed.',
    sponsored: 'Anzeige',
  },
  fr: {
    loading: 'Chargement…',
    errorTitle: 'Ce contenu n’a pas pu être chargé.',
    retry: 'Réessayer',
    empty: 'Rien à afficher pour le moment.',
    stale: 'Contenu enregistré : la dernière mise à jour n’a pas pu être chargée.',
    noSource: 'Aucun flux n’a été fourni à ce widget.',
    itemMissing: 'Cet article ne figure pas dans le flux.',
    sponsored: 'Sponsorisé',
  },
  es: {
    loading: 'Cargando…',
    errorTitle: 'No se pudo cargar este contenido.',
    retry: 'Reintentar',
    empty: 'Nada que mostrar todavía.',
    stale: 'Contenido guardado: no se pudo cargar la última actualización.',
    noSource: 'Este widget no tiene ningún feed.',
    itemMissing: 'Este artículo no está en el feed.',
    sponsored: 'Patrocinado',
  },
  ar: {
    loading: 'جارٍ التحميل…',
    errorTitle: 'تعذّر تحميل هذا المحتوى.',
    retry: 'أعد المحاولة',
    empty: 'لا يوجد ما يُعرض بعد.',
    stale: 'محتوى محفوظ: تعذّر تحميل آخر تحديث.',
    noSource: 'لم يُعطَ هذا العنصر أي موجز.',
    itemMissing: 'هذه المقالة غير موجودة في الموجز.',
    sponsored: 'محتوى مموَّل',
  },
};

/** `de-AT` falls back to `de`, then to English, key by key; overrides win over everything. */
export function resolveStrings<S extends object>(translations: Translations<S>, lang: string, overrides?: Partial<S>): S {
  const tag = lang.toLowerCase();
  const base = tag.split('-')[0];
  return { ...translations.en, ...translations[base], ...translations[tag], ...overrides };
}

/** Fills `{name}` placeholders: format('Show all {count}', { count: 5 }). */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
