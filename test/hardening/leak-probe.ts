/**
 * What the memory tests (leaks.test.ts) count while widgets come and go:
 * - timers: `setInterval` and `setTimeout` wrapped; a timer is live from its creation until it is
 *   cleared, and a timeout also once it fired;
 * - observers: the `IntersectionObserver`, `ResizeObserver` and `MutationObserver` constructors
 *   replaced by subclasses; each instance's live targets are those observed and not unobserved,
 *   and none after `disconnect()`;
 * - listeners on `document` and `window`: `addEventListener` and `removeEventListener` wrapped, one
 *   entry per target, type, listener and capture (as the DOM counts them), gone when removed, when
 *   a `once` listener ran or when its `signal` aborted;
 * - requests: `fetch` wrapped, each call counted;
 * - elements: `track(element)` keeps a WeakRef and `collect()` forces garbage collection (Chromium
 *   with `--js-flags=--expose-gc`) and returns those still alive.
 * Only what starts between `startProbe()` and `restore()` is counted; each live entry keeps the
 * stack that created it, so a failing test says where the leak began.
 */

type Live = Map<unknown, string>;

/** Stacks, shortened to the frames in our code. */
function origin(): string {
  const stack = new Error().stack ?? '';
  return stack
    .split('\n')
    .slice(3)
    .filter((line) => !line.includes('leak-probe'))
    .slice(0, 6)
    .map((line) => line.trim().replace(/https?:\/\/[^/]+\//, '/'))
    .join(' < ');
}

export interface LeakCounts {
  intervals: number;
  timeouts: number;
  observers: number;
  listeners: number;
}

export interface LeakProbe {
  /** What is still live, with where each began. */
  live(): { intervals: string[]; timeouts: string[]; observers: string[]; listeners: string[] };
  counts(): LeakCounts;
  /** How many times `fetch` was called. */
  readonly fetches: number;
  /** Keeps a weak reference to `element`, under `label` (its tag, say). */
  track(element: Element, label: string): void;
  /** How many elements were tracked. */
  readonly tracked: number;
  /** Forces garbage collection a few times; returns the labels of the tracked elements still alive, with their counts. */
  collect(): Promise<Record<string, number>>;
  /** Weak references to the tracked elements alive now (call after `collect()`). */
  survivors(): WeakRef<Element>[];
  restore(): void;
}

/** gc() as `--js-flags=--expose-gc` gives it. */
export const forceGc = (globalThis as { gc?: () => void }).gc;

const OBSERVERS = ['IntersectionObserver', 'ResizeObserver', 'MutationObserver'] as const;

export function startProbe(): LeakProbe {
  const intervals: Live = new Map();
  const timeouts: Live = new Map();
  /** Per observer: its live targets. */
  const observed = new Map<object, Live>();
  const listeners: Live = new Map();
  const refs: { ref: WeakRef<Element>; label: string }[] = [];
  const undo: (() => void)[] = [];

  // Timers.
  const { setInterval: setI, clearInterval: clearI, setTimeout: setT, clearTimeout: clearT } = window;
  window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = setI(handler, ms, ...args);
    intervals.set(id, `interval ${ms} ms: ${origin()}`);
    return id;
  }) as typeof setInterval;
  window.clearInterval = ((id?: number) => {
    intervals.delete(id);
    clearI(id);
  }) as typeof clearInterval;
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const run =
      typeof handler === 'function'
        ? (...given: unknown[]) => {
            timeouts.delete(id);
            (handler as (...a: unknown[]) => void)(...given);
          }
        : handler;
    const id = setT(run, ms, ...args);
    timeouts.set(id, `timeout ${ms} ms: ${origin()}`);
    return id;
  }) as typeof setTimeout;
  window.clearTimeout = ((id?: number) => {
    timeouts.delete(id);
    clearT(id);
  }) as typeof clearTimeout;
  undo.push(() => Object.assign(window, { setInterval: setI, clearInterval: clearI, setTimeout: setT, clearTimeout: clearT }));

  // Requests: how many the cycles started (a removed widget should start none).
  const { fetch: pageFetch } = window;
  let fetches = 0;
  window.fetch = ((...args: Parameters<typeof fetch>) => {
    fetches++;
    return pageFetch(...args);
  }) as typeof fetch;
  undo.push(() => (window.fetch = pageFetch));

  // Observers.
  for (const name of OBSERVERS) {
    const Original = window[name] as unknown as new (...args: unknown[]) => {
      observe(target: Node, options?: unknown): void;
      unobserve?(target: Element): void;
      disconnect(): void;
    };
    const Counted = class extends Original {
      override observe(target: Node, options?: unknown): void {
        let targets = observed.get(this);
        if (!targets) observed.set(this, (targets = new Map()));
        targets.set(target, `${name}.observe(<${(target as Element).localName ?? target.nodeName}>): ${origin()}`);
        super.observe(target, options);
      }
      override unobserve(target: Element): void {
        observed.get(this)?.delete(target);
        super.unobserve!(target);
      }
      override disconnect(): void {
        observed.delete(this);
        super.disconnect();
      }
    };
    Object.defineProperty(window, name, { value: Counted, configurable: true, writable: true });
    undo.push(() => Object.defineProperty(window, name, { value: Original, configurable: true, writable: true }));
  }

  // Listeners on document and window.
  const ids = new WeakMap<object, number>();
  let next = 0;
  const idOf = (value: object) => ids.get(value) ?? (ids.set(value, ++next), next);
  const capture = (options?: boolean | AddEventListenerOptions) => (typeof options === 'boolean' ? options : !!options?.capture);
  for (const [target, name] of [
    [document, 'document'],
    [window, 'window'],
  ] as const) {
    const { addEventListener: add, removeEventListener: remove } = target;
    const key = (type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions) =>
      `${name}|${type}|${idOf(listener)}|${capture(options)}`;
    target.addEventListener = function (
      this: EventTarget,
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | AddEventListenerOptions
    ) {
      add.call(this, type, listener!, options);
      if (!listener || (typeof options === 'object' && options.signal?.aborted)) return;
      const entry = key(type, listener, options);
      if (listeners.has(entry)) return;
      listeners.set(entry, `${name} ${type} listener: ${origin()}`);
      const forget = () => listeners.delete(entry);
      if (typeof options === 'object') {
        if (options.once) add.call(this, type, forget, { once: true, capture: options.capture });
        options.signal?.addEventListener('abort', forget, { once: true });
      }
    } as typeof target.addEventListener;
    target.removeEventListener = function (
      this: EventTarget,
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | EventListenerOptions
    ) {
      if (listener) listeners.delete(key(type, listener, options));
      remove.call(this, type, listener!, options);
    } as typeof target.removeEventListener;
    undo.push(() => Object.assign(target, { addEventListener: add, removeEventListener: remove }));
  }

  const observerEntries = () => [...observed.values()].flatMap((targets) => [...targets.values()]);
  return {
    live: () => ({
      intervals: [...intervals.values()],
      timeouts: [...timeouts.values()],
      observers: observerEntries(),
      listeners: [...listeners.values()],
    }),
    counts: () => ({ intervals: intervals.size, timeouts: timeouts.size, observers: observerEntries().length, listeners: listeners.size }),
    track(element, label) {
      refs.push({ ref: new WeakRef(element), label });
    },
    get tracked() {
      return refs.length;
    },
    get fetches() {
      return fetches;
    },
    async collect() {
      if (!forceGc) throw new Error('gc() is missing: Chromium needs --js-flags=--expose-gc (web-test-runner.config.js)');
      // A WeakRef's target stays alive until the task that made or read it ends: a task between collections.
      for (let round = 0; round < 6; round++) {
        await new Promise((resolve) => setT(resolve));
        forceGc();
      }
      await new Promise((resolve) => setT(resolve));
      const alive: Record<string, number> = {};
      for (const { ref, label } of refs) if (ref.deref()) alive[label] = (alive[label] ?? 0) + 1;
      return alive;
    },
    survivors() {
      return refs.filter(({ ref }) => ref.deref()).map(({ ref }) => ref);
    },
    restore() {
      for (const step of undo.reverse()) step();
      // The elements are the test's to forget too.
      refs.length = 0;
    },
  };
}
