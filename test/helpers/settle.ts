/**
 * Waiting for a widget to settle: its feed task done, Lit's render finished (its own and that of
 * the widgets nested in it), or a condition met within a timeout.
 */
import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/** An element that renders asynchronously, as every Lit element does. */
interface Updating extends Element {
  readonly updateComplete: Promise<boolean>;
}

const isUpdating = (node: Element): node is Updating => 'updateComplete' in node;

/** Every element under `root`, and under the shadow roots of those elements, at any depth. */
function descendants(root: Element | ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((child) => (child.shadowRoot ? [child, ...descendants(child.shadowRoot)] : [child]));
}

/** The element and every element nested in it, in its light DOM and in its shadow root. */
const subtree = (el: Element): Element[] => [el, ...descendants(el), ...(el.shadowRoot ? descendants(el.shadowRoot) : [])];

/**
 * Resolves once the element and every widget nested in it have rendered with nothing more
 * pending (an update can request another one; this waits for that too, a few rounds at most).
 */
export async function settle<E extends Element>(el: E): Promise<E> {
  for (let round = 0; round < 10; round += 1) {
    const done = await Promise.all(
      subtree(el)
        .filter(isUpdating)
        .map((widget) => widget.updateComplete)
    );
    if (done.every(Boolean)) break;
  }
  return el;
}

/** Resolves after `count` animation frames (observers and layout have had their turn). */
export async function frames(count = 1): Promise<void> {
  for (let i = 0; i < count; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Resolves once `condition` holds (it may return a promise), failing with `message` after `timeout` ms. */
export function until(condition: () => unknown, message = 'the condition never held', timeout = 5000): Promise<void> {
  return waitUntil(condition, message, { timeout });
}

/** A widget still loading its feed shows a skeleton. */
const LOADING = '[part~="skeleton"]';
/** What a widget shows once its feed task is over: its content, a message, the empty state or an error. */
const SHOWN = '[part~="base"], [part~="message"], [part~="empty"], [part~="error"]';

/** Whether the widget shows its feed or a final state (key-takeaways hides itself with `empty`). */
export function isRendered(el: Element): boolean {
  const root = el.shadowRoot;
  return !!root && !root.querySelector(LOADING) && (!!root.querySelector(SHOWN) || el.hasAttribute('empty'));
}

/** Waits until the widget shows its feed or a final state, then until it has settled. */
export async function rendered<E extends Element>(el: E, timeout = 5000): Promise<E> {
  await until(() => isRendered(el), `<${el.localName}> did not render its feed or a state`, timeout);
  return settle(el);
}

/**
 * Resolves when the finite animations and transitions in the element's shadow roots have finished
 * (a skeleton's pulse never ends and is left running): what a check of colours or boxes, such as
 * axe's contrast rule, must not read halfway (a FAQ answer opening fades in over 0.2 s).
 */
export async function animationsDone(el: Element): Promise<void> {
  const roots = subtree(el).flatMap((node) => (node.shadowRoot ? [node.shadowRoot] : []));
  const running = roots
    .flatMap((root) => root.getAnimations())
    .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
  await Promise.all(running.map((animation) => animation.finished.catch(() => undefined)));
}

/** `fixture()` from @open-wc/testing, then rendered() and its opening animations done: a widget on the page with its feed shown. */
export async function mount<E extends Element>(template: TemplateResult): Promise<E> {
  const el = await rendered(await fixture<E>(template));
  await animationsDone(el);
  return el;
}
