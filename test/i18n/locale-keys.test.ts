/**
 * Every built-in language translates every string: the shared ones (`widget`, with a reader's
 * sentence for each reason English has one) and each widget's own, with no key English lacks (a typo
 * would silently show English) and the same `{placeholders}` as English.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { FeedErrorReason } from '../../src/feed/errors.js';
import { widgetStrings } from '../../src/i18n/strings.js';
import ar from '../../src/on-demand/locales/ar.js';
import de from '../../src/on-demand/locales/de.js';
import es from '../../src/on-demand/locales/es.js';
import fr from '../../src/on-demand/locales/fr.js';
import type { Locale } from '../../src/on-demand/locales/locale.js';
import { widgetClasses } from '../../src/widgets.js';

const LOCALES: Readonly<Record<string, Locale>> = { ar, de, es, fr };

/** Every reason, checked by the type: a new FeedErrorKind or NotAFeedFound fails the type check here until it is listed. */
const REASONS: Record<FeedErrorReason, true> = {
  network: true,
  http: true,
  timeout: true,
  parse: true,
  'not-a-feed': true,
  'too-large': true,
  empty: true,
  html: true,
  xml: true,
  text: true,
  json: true,
};

/**
 * The shared strings, as English has them: readers get a second sentence only for the reasons they
 * can act on (network, timeout, http); the others are the page author's to fix (src/i18n/strings.ts).
 */
const widgetKeys = Object.keys(widgetStrings).sort();

/** Each widget's English strings (shared and own), by its default tag. */
const english = new Map(
  widgetClasses
    .filter((widget) => widget.tagName !== 'news-feed')
    .map((widget) => [
      widget.tagName,
      (document.createElement(widget.tagName) as unknown as { englishStrings: Record<string, string> }).englishStrings,
    ])
);

const placeholders = (value: string | undefined) => [...(value ?? '').matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the built-in languages', () => {
  for (const [lang, locale] of Object.entries(LOCALES)) {
    describe(lang, () => {
      it('has every shared string, a reader sentence for exactly the reasons English has one, and nothing else', () => {
        expect(Object.keys(locale.widget ?? {}).sort()).to.deep.equal(widgetKeys);
        for (const reason of Object.keys(REASONS) as FeedErrorReason[]) {
          const key = `error-${reason}` as const;
          expect(key in locale.widget!, reason).to.equal(key in widgetStrings);
          expect(placeholders(locale.widget![key]), reason).to.deep.equal([]);
        }
      });

      it('has a table for every widget with strings, and no other', () => {
        expect(
          Object.keys(locale)
            .filter((table) => table !== 'widget')
            .sort()
        ).to.deep.equal([...english.keys()].sort());
      });

      for (const [tag, strings] of english) {
        it(`translates every string of <${tag}>, with the placeholders English has`, () => {
          const table: Readonly<Record<string, string>> = locale[tag as keyof Locale] ?? {};
          const own = Object.keys(strings).filter(
            (key) => !(key in widgetStrings) || strings[key] !== widgetStrings[key as keyof typeof widgetStrings]
          );
          expect(
            Object.keys(table).filter((key) => !(key in strings)),
            'keys English lacks'
          ).to.deep.equal([]);
          expect(
            own.filter((key) => !(key in table)),
            'untranslated'
          ).to.deep.equal([]);
          for (const key of Object.keys(table)) expect(placeholders(table[key]), key).to.deep.equal(placeholders(strings[key]));
        });
      }
    });
  }
});
