import type { LiverIntervention } from '../src/index.ts';

/** The part of a reveal.js deck the binding uses. */
export interface Deck {
  getCurrentSlide(): HTMLElement;
  on(type: string, listener: () => void): void;
}

/**
 * Lets a reveal.js deck drive the widget on its slide: the section's
 * `data-li-step` is the step the slide opens on, and each fragment with a
 * `data-li-step` animates that step when it appears (and steps back when it is
 * hidden again). The presenter's clicker keeps moving the deck; the widget follows.
 */
export function bindDeckSteps(deck: Deck): void {
  const sync = () => {
    const slide = deck.getCurrentSlide();
    const el = slide.querySelector<LiverIntervention>('liver-intervention');
    if (!el) return;
    const shown = [...slide.querySelectorAll<HTMLElement>('.fragment.visible[data-li-step]')].at(-1);
    const step = Number(shown?.dataset.liStep ?? slide.dataset.liStep ?? 1);
    if (step === el.step) return;
    // Forward one step animates, as in the lecture; any other jump shows the step at once.
    if (step === el.step + 1) void el.goTo(step);
    else el.step = step;
  };
  for (const type of ['ready', 'slidechanged', 'fragmentshown', 'fragmenthidden']) deck.on(type, sync);
}
