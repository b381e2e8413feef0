/** Why a feed could not be shown. Each kind gets its own sentence for people. */
export type FeedErrorKind = 'network' | 'http' | 'timeout' | 'parse' | 'not-a-feed' | 'too-large';

/**
 * What came back instead of a feed (a `not-a-feed` error's `details.found`): nothing, an HTML
 * page, an XML document of another kind (its `details.root` names the root element), text of
 * another kind, or JSON that is not a JSON Feed.
 */
export type NotAFeedFound = 'empty' | 'html' | 'xml' | 'text' | 'json';

/**
 * What the error box's sentence is chosen by: `details.found` when the error has one, else `kind`.
 * Each reason has a string `error-<reason>` in the widget strings (see WidgetStrings).
 */
export type FeedErrorReason = FeedErrorKind | NotAFeedFound;

/**
 * The one error type the data layer throws. `message` is English, written for a developer reading
 * the console or an event; `kind` and `details` are for code, and let a widget say it in the
 * reader's language.
 */
export class FeedError extends Error {
  override readonly name = 'FeedError';

  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly details: {
      readonly url?: string;
      readonly status?: number;
      /** How long the server asked us to wait (Retry-After), in milliseconds. */
      readonly retryAfterMs?: number;
      /** What came back instead of a feed (`not-a-feed` only). */
      readonly found?: NotAFeedFound;
      /** The root element of an XML document that is no feed (`found: 'xml'`), as written: `urlset`, `rdf:RDF`. */
      readonly root?: string;
      /** How many bytes of the document were read when it was refused (`too-large` only). */
      readonly size?: number;
      readonly cause?: unknown;
    } = {}
  ) {
    super(message, { cause: details.cause });
  }

  get status(): number | undefined {
    return this.details.status;
  }

  /** Network failures, timeouts, 5xx and 429 may succeed on a later try; the rest will not. */
  get retryable(): boolean {
    if (this.kind === 'network' || this.kind === 'timeout') return true;
    const status = this.details.status ?? 0;
    return this.kind === 'http' && (status >= 500 || status === 429);
  }
}

/** Wraps anything thrown into a FeedError so callers handle a single type. */
export function toFeedError(error: unknown, url?: string): FeedError {
  if (error instanceof FeedError) return error;
  return new FeedError('network', `The feed could not be reached${url ? ` (${url})` : ''}.`, {
    url,
    cause: error,
  });
}
