/** The part of the element the step keys drive. */
interface StepKeyTarget {
  readonly step: number;
  readonly steps: readonly unknown[];
  play(): Promise<void>;
  pause(): void;
  next(): Promise<void>;
  previous(): Promise<void>;
  goTo(step: number): Promise<void>;
}

/**
 * Clicker and keyboard keys, handled only for events from inside the widget
 * (the focused scene), so the host page keeps every other key.
 */
export function handleStepKey(e: KeyboardEvent, el: StepKeyTarget & { readonly playing?: boolean }): void {
  if (e.altKey || e.ctrlKey || e.metaKey) return;
  const actions: Record<string, () => void> = {
    ArrowRight: () => void el.next(),
    PageDown: () => void el.next(),
    ArrowLeft: () => void el.previous(),
    PageUp: () => void el.previous(),
    Home: () => void el.goTo(1),
    End: () => void el.goTo(el.steps.length),
    ' ': () => (el.playing ? el.pause() : void el.play()),
  };
  const action = actions[e.key];
  if (!action) return;
  e.preventDefault();
  action();
}
