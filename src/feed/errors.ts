/** Why a feed could not be shown. Each kind gets its own sentence for people. */
export type FeedErrorKind = 'network' | 'http' | 'timeout' | 'parse' | 'not-a-feed' | 'too-large';

/**
 * The one error type the data layer throws. `message` is written for a person reading the
 * widget or the console; `kind` and `status` are for code.
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
