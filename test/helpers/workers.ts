/**
 * Counts the workers the page starts while `work` runs, and how many answered, with `Worker`
 * wrapped; or makes starting one fail as a page can: refused at once (as Trusted Types refuse a
 * URL), or its code missing (a 404). For the large-feed worker (src/on-demand/feed/read-off-thread.ts).
 */
export type WorkerStart = 'normal' | 'refused' | 'missing';

export async function withWorkers<T>(start: WorkerStart, work: () => Promise<T>): Promise<{ result: T; started: number; answered: number }> {
  const Original = globalThis.Worker;
  let started = 0;
  let answered = 0;
  globalThis.Worker = class extends Original {
    constructor(url: string | URL, options?: WorkerOptions) {
      if (start === 'refused') throw new TypeError("This document requires 'TrustedScriptURL' assignment.");
      super(start === 'missing' ? new URL('/no-such-worker.js', location.href) : url, options);
      started++;
      this.addEventListener('message', () => answered++);
    }
  };
  try {
    return { result: await work(), started, answered };
  } finally {
    globalThis.Worker = Original;
  }
}
