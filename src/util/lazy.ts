/**
 * Code loaded on demand, once per page: `lazy(() => import(…))` gives a
 * function whose first call starts the download and whose every call returns that same promise,
 * so all widgets on a page share one module.
 *
 * The one failure rule: a failed download is forgotten, so the next call (a Retry button, the
 * next widget to ask) downloads again. What a failure means to the caller (an error state,
 * English instead of a translation, no JSON-LD) is the caller's to decide.
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}
