/** What a reader can operate in the picture: the same selector finds the live control after the hand-over. */
const CONTROLS = 'button,select,input,summary,[tabindex]';

/** Keys the stage and the controls act on; Tab and the rest pass, so focus moves as usual. */
const ACTION_KEYS = /^(Arrow.*|Page.*|Home|End| |Enter|Escape|\[|\]|[fb])$/i;

/** A control's signature: tag, part and accessible name. */
const signature = (el: Element): string =>
  [
    el.localName,
    el.getAttribute('part'),
    el.getAttribute('aria-label') ?? el.textContent?.replace(/\s+/g, ' ').trim(),
  ].join('|');

/** A control's place among `controls`: the controls with its signature, and which one of them it is. */
type Place = [signature: string, nth: number];

const placeOf = (controls: Element[], el: Element): Place => [
  signature(el),
  controls.filter((c) => signature(c) === signature(el)).indexOf(el),
];

const at = (controls: HTMLElement[], [key, nth]: Place): HTMLElement | undefined =>
  controls.filter((c) => signature(c) === key)[nth];

/**
 * Makes the picture's controls honest while the engine loads: the figure is `aria-busy`, each control says it is
 * not ready yet (`aria-disabled`, a progress cursor, a `busyLabel` tooltip), and a click or an action key on one
 * is held and done again on the live control once the element has taken over. `nodes` are the picture's top
 * nodes in `root`. Returns the hand-over, to call as the element is defined: it removes the picture with
 * `removePicture` and, once the element has `rendered`, moves keyboard focus to the live control that stands
 * where the focused one stood and replays the held input there.
 */
export function holdInput(
  root: ShadowRoot,
  nodes: ChildNode[],
  busyLabel: string,
): (removePicture: () => void, rendered?: Promise<unknown>) => Promise<void> {
  const held: [Place, key?: string][] = [];
  const controls = nodes.flatMap((n) =>
    n instanceof Element ? [n, ...n.querySelectorAll(CONTROLS)].filter((c) => c.matches(CONTROLS)) : [],
  ) as HTMLElement[];
  for (const node of nodes) if (node instanceof Element && node.localName === 'figure') node.ariaBusy = 'true';
  for (const control of controls) {
    control.ariaDisabled = 'true';
    control.style.cursor = 'progress';
    control.title = busyLabel;
  }
  const hold = (event: Event): void => {
    const control = controls.find((c) => event.composedPath().includes(c));
    if (!control) return;
    const tag = control.localName;
    if (event instanceof KeyboardEvent) {
      if (!ACTION_KEYS.test(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
      // A button's Enter and Space come again as a click; the stage and the other controls get the key itself.
      if (tag === 'button' || tag === 'summary') return;
      held.push([placeOf(controls, control), event.key]);
    } else if (event.type === 'click' && tag !== 'div') held.push([placeOf(controls, control)]);
    // A press still focuses the control, but nothing in the picture changes under the reader: no menu, no slider.
    if (event.type !== 'mousedown' || tag === 'select' || tag === 'input') event.preventDefault();
  };
  for (const type of EVENTS) root.addEventListener(type, hold, true);

  return async (removePicture, rendered) => {
    for (const type of EVENTS) root.removeEventListener(type, hold, true);
    const active = controls.find((c) => c === root.activeElement);
    const focused = active && placeOf(controls, active);
    removePicture();
    await rendered;
    const live = [...root.querySelectorAll<HTMLElement>(CONTROLS)];
    if (focused) at(live, focused)?.focus({ preventScroll: true });
    for (const [place, key] of held.splice(0)) {
      const target = at(live, place);
      if (key) target?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      else target?.click();
    }
  };
}

const EVENTS = ['click', 'keydown', 'mousedown'];
