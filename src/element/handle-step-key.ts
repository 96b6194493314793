/** The part of the element the step and presenter keys drive. */
export interface StepKeyTarget {
  readonly step: number;
  readonly steps: readonly unknown[];
  readonly playing?: boolean;
  play(): Promise<void>;
  pause(): void;
  next(): Promise<void>;
  previous(): Promise<void>;
  goTo(step: number): Promise<void>;
  toggleBlank(): void;
  toggleFullscreen(): Promise<void>;
}

const NAVIGATION = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End'];

/** Keys the focused control needs for itself (a button's Space, a slider's arrows); `null`: all of them. */
function ownKeys(origin: EventTarget | undefined): readonly string[] | null {
  if (!(origin instanceof HTMLElement)) return [];
  const tag = origin.tagName;
  if (tag === 'BUTTON' || tag === 'SUMMARY') return [' ', 'Enter'];
  if (tag === 'INPUT' && (origin as HTMLInputElement).type === 'range') return NAVIGATION;
  if (tag === 'SELECT' || tag === 'TEXTAREA' || tag === 'INPUT' || origin.isContentEditable) return null;
  return [];
}

/**
 * Clicker, keyboard and presenter keys, for events from inside the widget (or
 * any while it is full screen). A handled key stops there, so a slide deck
 * around the widget does not move as well; every other key reaches the page.
 */
export function handleStepKey(e: KeyboardEvent, el: StepKeyTarget): void {
  if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
  // On a right-to-left page Next sits on the left and points left: the arrow keys follow it.
  const rtl = el instanceof Element && el.matches(':dir(rtl)');
  const actions: Record<string, () => void> = {
    [rtl ? 'ArrowLeft' : 'ArrowRight']: () => void el.next(),
    ArrowDown: () => void el.next(),
    PageDown: () => void el.next(),
    [rtl ? 'ArrowRight' : 'ArrowLeft']: () => void el.previous(),
    ArrowUp: () => void el.previous(),
    PageUp: () => void el.previous(),
    Home: () => void el.goTo(1),
    End: () => void el.goTo(el.steps.length),
    ' ': () => (el.playing ? el.pause() : void el.play()),
    b: () => el.toggleBlank(),
    '.': () => el.toggleBlank(),
    f: () => void el.toggleFullscreen(),
  };
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  const action = actions[key];
  const own = ownKeys(e.composedPath()[0]);
  if (!action || own === null || own.includes(key)) return;
  e.preventDefault();
  e.stopPropagation();
  action();
}
