import { expect } from '@open-wc/testing';
import { ManualClock } from './manual-clock.js';
import { mount, settle } from './mount.js';

type Target = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

/** Tracks the listeners added to `target` while spying and not removed since. */
function spyListeners(target: Target) {
  const live: { type: string; fn: unknown; capture: boolean }[] = [];
  const add = target.addEventListener.bind(target);
  const remove = target.removeEventListener.bind(target);
  const capture = (options?: boolean | EventListenerOptions) =>
    typeof options === 'object' ? Boolean(options.capture) : Boolean(options);
  target.addEventListener = (
    type: string,
    fn: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) => {
    if (!live.some((l) => l.type === type && l.fn === fn && l.capture === capture(options)))
      live.push({ type, fn, capture: capture(options) });
    add(type, fn, options);
  };
  target.removeEventListener = (
    type: string,
    fn: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ) => {
    const i = live.findIndex((l) => l.type === type && l.fn === fn && l.capture === capture(options));
    if (i >= 0) live.splice(i, 1);
    remove(type, fn, options);
  };
  return {
    count: () => live.length,
    restore: () => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    },
  };
}

/** Counts observers that are observing something, by wrapping the constructor. */
function spyObservers<T extends 'ResizeObserver' | 'IntersectionObserver' | 'MutationObserver'>(name: T) {
  const Original = window[name];
  const watching = new Set<object>();
  class Spy extends (Original as unknown as new (cb: never) => { observe(...a: unknown[]): void; disconnect(): void }) {
    override observe(...args: unknown[]) {
      watching.add(this);
      super.observe(...args);
    }
    override disconnect() {
      watching.delete(this);
      super.disconnect();
    }
  }
  (window as unknown as Record<string, unknown>)[name] = Spy;
  return {
    count: () => watching.size,
    restore: () => ((window as unknown as Record<string, unknown>)[name] = Original),
  };
}

describe('a removed widget holds on to nothing', () => {
  it('no page listener and no observer outlives it, playing or not', async () => {
    const spies = [
      spyListeners(window),
      spyListeners(document),
      spyObservers('ResizeObserver'),
      spyObservers('IntersectionObserver'),
      spyObservers('MutationObserver'),
    ];
    try {
      for (const procedure of ['ptcd', 'none']) {
        const el = await mount(500, { procedure });
        el.clock = new ManualClock();
        el.scrollIntoView();
        if (procedure === 'ptcd') void el.play();
        await settle(el);
        expect(
          spies.some((s) => s.count() > 0),
          `${procedure}: something is watched while shown`,
        ).to.equal(true);
        el.parentElement!.remove();
        await Promise.resolve();
        spies.forEach((s, i) => expect(s.count(), `${procedure}: spy ${i} after removal`).to.equal(0));
      }
    } finally {
      spies.forEach((s) => s.restore());
    }
  });
});
