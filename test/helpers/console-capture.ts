/**
 * Console capture: what a test logged to console.error and console.warn. The messages still reach
 * the real console (and the test runner's browser log); the capture only keeps a copy.
 */
import { expect } from '@open-wc/testing';

export interface ConsoleCapture {
  /** The arguments of every console.error call since the capture began. */
  readonly errors: unknown[][];
  /** The arguments of every console.warn call since the capture began. */
  readonly warnings: unknown[][];
  /** Puts the console back as it was. */
  restore(): void;
}

/**
 * Starts recording console.error and console.warn. `quiet` keeps warnings off the real console,
 * for tests that cause them on purpose.
 */
export function captureConsole({ quiet = false } = {}): ConsoleCapture {
  const { error, warn } = console;
  const errors: unknown[][] = [];
  const warnings: unknown[][] = [];
  console.error = (...args: unknown[]) => {
    errors.push(args);
    error.apply(console, args);
  };
  console.warn = (...args: unknown[]) => {
    warnings.push(args);
    if (!quiet) warn.apply(console, args);
  };
  return {
    errors,
    warnings,
    restore() {
      console.error = error;
      console.warn = warn;
    },
  };
}

/** Fails when the capture holds a console error, naming them. */
export function expectNoConsoleErrors(capture: ConsoleCapture): void {
  expect(capture.errors, 'console errors').to.deep.equal([]);
}

/**
 * Call inside a `describe`: every test in it fails when it logs a console error. The returned
 * object reads the current test's capture, and `all` keeps what the whole suite logged.
 */
export function failOnConsoleErrors(): { readonly current: ConsoleCapture; readonly all: unknown[][] } {
  let current: ConsoleCapture | undefined;
  const all: unknown[][] = [];
  beforeEach(() => {
    current = captureConsole();
  });
  afterEach(() => {
    current!.restore();
    all.push(...current!.errors);
    expectNoConsoleErrors(current!);
  });
  return {
    get current() {
      if (!current) throw new Error('failOnConsoleErrors(): no test is running');
      return current;
    },
    all,
  };
}
