/** What a reader can operate in the picture: the same selector finds the live control after the hand-over. */
const CONTROLS = 'button, select, input, summary, [tabindex]';

/** Keys the stage and controls act on; Tab and the rest pass so focus moves as usual. */
const ACTION_KEYS = /^(Arrow\w+|Page(Up|Down)|Home|End| |Enter|Escape|\[|\]|[fFbB])$/;

/** A control's name among the controls of its root: tag, part and accessible name, then which one of those. */
function signature(el: Element): string {
  const name = el.getAttribute('aria-label') ?? el.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return `${el.localName}|${el.getAttribute('part') ?? ''}|${name}`;
}

/** Where `el` is among `controls`: its signature, and which one of the controls that share it. */
function locate(controls: Element[], el: Element): Place {
  const key = signature(el);
  return { key, nth: Math.max(0, controls.filter((c) => signature(c) === key).indexOf(el)) };
}

function find(controls: HTMLElement[], at: Place): HTMLElement | undefined {
  return controls.filter((c) => signature(c) === at.key)[at.nth];
}

interface Place {
  key: string;
  nth: number;
}

const EVENTS = ['click', 'keydown', 'pointerdown', 'mousedown'];

type Held = { at: Place } & ({ click: true } | { key: KeyboardEventInit });

/**
 * Makes the picture's controls honest while the engine loads: the figure is `aria-busy`, each control says it is
 * not ready yet (`aria-disabled`, a progress cursor, a `busyLabel` tooltip), and what a reader does to one is held
 * and done again on the live control once the element has taken over. `nodes` are the picture's top nodes in
 * `root`. Returns the hand-over, to call as the element is defined: it removes the picture with `removePicture`
 * and, once the element has `rendered`, moves keyboard focus to the live control that stands where the focused one
 * stood and replays the held input there.
 */
export function holdInput(
  root: ShadowRoot,
  nodes: ChildNode[],
  busyLabel: string,
): (removePicture: () => void, rendered?: Promise<unknown>) => Promise<void> {
  const held: Held[] = [];
  const controls = nodes.flatMap((n) =>
    n instanceof Element ? [...(n.matches(CONTROLS) ? [n] : []), ...n.querySelectorAll(CONTROLS)] : [],
  ) as HTMLElement[];
  for (const node of nodes) if (node instanceof Element && node.localName === 'figure') node.ariaBusy = 'true';
  for (const control of controls) {
    control.setAttribute('aria-disabled', 'true');
    control.style.cursor = 'progress';
    control.title = busyLabel;
  }
  const controlOf = (event: Event): HTMLElement | undefined =>
    event.composedPath().find((n): n is HTMLElement => n instanceof HTMLElement && controls.includes(n));
  const hold = (event: Event): void => {
    const control = controlOf(event);
    if (!control) return;
    if (event instanceof KeyboardEvent) {
      if (!ACTION_KEYS.test(event.key)) return;
      // A button's Enter and Space come again as a click; the stage and other controls get the key itself.
      if (control.localName !== 'button' && control.localName !== 'summary') {
        const { key, code, shiftKey, ctrlKey, altKey, metaKey } = event;
        held.push({ at: locate(controls, control), key: { key, code, shiftKey, ctrlKey, altKey, metaKey } });
      }
    } else if (event.type === 'click' && control.localName !== 'div') {
      held.push({ at: locate(controls, control), click: true });
    }
    // A press still focuses the control, but nothing in the picture changes under the reader: no menu, no slider.
    const moves = control.localName === 'select' || control.localName === 'input';
    if (event.type === 'click' || event instanceof KeyboardEvent || moves) event.preventDefault();
  };
  for (const type of EVENTS) root.addEventListener(type, hold, true);

  return async (removePicture, rendered) => {
    for (const type of EVENTS) root.removeEventListener(type, hold, true);
    const active = root.activeElement;
    const focused = active && controls.includes(active as HTMLElement) ? locate(controls, active) : undefined;
    removePicture();
    await rendered;
    const live = [...root.querySelectorAll<HTMLElement>(CONTROLS)];
    if (focused) find(live, focused)?.focus({ preventScroll: true });
    for (const action of held.splice(0)) {
      const target = find(live, action.at);
      if (!target) continue;
      if ('click' in action) target.click();
      else target.dispatchEvent(new KeyboardEvent('keydown', { ...action.key, bubbles: true, composed: true }));
    }
  };
}
