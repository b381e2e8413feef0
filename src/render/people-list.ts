/**
 * Names of people as a list in the widget's language ("A, B and C", "A, B et C", "A، B و C"),
 * each name a link when the feed gives the person a URL. Intl.ListFormat chooses the words and
 * punctuation between the names; only the names become elements.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatListParts } from '../i18n/intl.js';
import type { NewsAuthor } from '../feed/types.js';

export interface PeopleListOptions {
  /** Names with a URL become links (`rel="author"`). A widget that is one link itself (a card) passes false. */
  readonly links: boolean;
  /** The language of the names (the item's), when it differs from the page's. */
  readonly lang?: string;
}

/** The authors that have a name. */
export const namedPeople = (people: readonly NewsAuthor[]): NewsAuthor[] => people.filter((person) => !!person.name?.trim());

/**
 * The named `people` as a localized list: one `<span part="name">` or `<a part="name link">` per
 * person, each with `dir="auto"` (a Latin name keeps its direction on an Arabic page).
 */
export function renderPeople(people: readonly NewsAuthor[], lang: string, { links, lang: textLang }: PeopleListOptions): unknown[] {
  const named = namedPeople(people);
  let index = 0;
  return formatListParts(
    named.map((person) => person.name!.trim()),
    lang
  ).map((piece) => (piece.type === 'literal' ? piece.value : renderPerson(named[index++], links, textLang)));
}

function renderPerson(person: NewsAuthor, links: boolean, lang: string | undefined): TemplateResult {
  const name = person.name!.trim();
  return links && person.url
    ? html`<a class="name" part="name link" href=${person.url} rel="author" lang=${lang ?? nothing} dir="auto">${name}</a>`
    : html`<span class="name" part="name" lang=${lang ?? nothing} dir="auto">${name}</span>`;
}
