/**
 * The error state of a widget whose code never ran, drawn without Lit by the code that noticed (the
 * script-tag loader when a download fails, the Trusted Types guard when the page's policy stops
 * Lit): an alert with its sentence and, where trying again can help, a button. It lives in a shadow
 * root of its own, so the page's CSS leaves it alone, and it uses the widgets' colour tokens.
 */

/**
 * The box's sentence and button in the languages the widgets ship, the words of their error state
 * (widgetStrings `errorTitle` and `retry`, src/on-demand/locales; test/util/error-box.test.ts keeps
 * them the same): the code that draws this box runs where no widget could download its strings.
 */
const WORDS: Readonly<Record<string, readonly [title: string, retry: string]>> = {
  en: ['This content could not be loaded.', 'Try again'],
  de: ['Dieser Inhalt konnte nicht geladen werden.', 'Erneut versuchen'],
  fr: ['Ce contenu n’a pas pu être chargé.', 'Réessayer'],
  es: ['No se pudo cargar este contenido.', 'Reintentar'],
  ar: ['تعذّر تحميل هذا المحتوى.', 'أعد المحاولة'],
};

/** The language a widget in `element` would speak: its own `lang` or its nearest ancestor's, as the widgets read it. */
function languageOf(element: Element): string {
  const lang = (element.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase().split('-')[0];
  return lang in WORDS ? lang : 'en';
}

const styles = new CSSStyleSheet();
styles.replaceSync(`
:host{all:initial;display:block;color-scheme:inherit}
div{display:grid;gap:.5em;justify-items:start;padding:1em;border:1px solid var(--news-color-danger,light-dark(#a4262c,#ff8a8f));border-radius:var(--news-radius,.5em);font:var(--news-font-size,medium)/1.5 var(--news-font-family,system-ui,sans-serif);color:var(--news-color-text,light-dark(#16181d,#eceef2))}
p{margin:0;font-weight:600;color:var(--news-color-danger,light-dark(#a4262c,#ff8a8f))}
button{font:inherit;font-size:.875em;min-block-size:24px;padding:.375em .875em;border-radius:999px;border:1px solid var(--news-color-accent,light-dark(#0b5cad,#7ab8ff));background:none;color:var(--news-color-accent,light-dark(#0b5cad,#7ab8ff));cursor:pointer}
button:focus-visible{outline:2px solid var(--news-color-focus,light-dark(#0b5cad,#7ab8ff));outline-offset:2px}
`);

/**
 * The box for `element`, in its language: an alert saying that the content could not be loaded,
 * and a "Try again" button calling `retry` when one is given.
 */
export function errorBox(element: Element, retry?: () => void): HTMLElement {
  const lang = languageOf(element);
  const [title, again] = WORDS[lang];
  const box = document.createElement('div');
  const shadow = box.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = [styles];
  const alert = document.createElement('div');
  alert.setAttribute('role', 'alert');
  alert.lang = lang;
  alert.dir = 'auto';
  const sentence = document.createElement('p');
  sentence.textContent = title;
  alert.append(sentence);
  if (retry) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = again;
    button.addEventListener('click', retry);
    alert.append(button);
  }
  shadow.append(alert);
  return box;
}
