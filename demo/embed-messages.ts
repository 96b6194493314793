import type { LiverIntervention } from '../src/index.ts';

/** The `source` every message to or from the embed page carries. */
export const MESSAGE_SOURCE = 'liver-intervention';

/**
 * Posts the page's content height (CSS pixels) to the parent as
 * `{ source: 'liver-intervention', type: 'resize', height }` whenever it changes. Nothing else is sent.
 */
export function postHeight(): void {
  if (window.parent === window) return;
  let last = -1;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ source: MESSAGE_SOURCE, type: 'resize', height }, '*');
  };
  new ResizeObserver(send).observe(document.documentElement);
  send();
}

/**
 * The origin named by `command-origin` in the page URL, or null. It must be a bare origin
 * (`https://lms.example.edu`, no path); anything else is ignored with a warning.
 */
export function commandOrigin(search: string): string | null {
  const named = new URLSearchParams(search).get('command-origin');
  if (named === null) return null;
  try {
    const origin = new URL(named).origin;
    if (origin === named && origin !== 'null') return origin;
  } catch {
    // Falls through to the warning below.
  }
  console.warn(
    `liver-intervention embed: ignoring command-origin "${named}"; give a bare origin like https://example.edu`,
  );
  return null;
}

/**
 * Accepts `{ source, type: 'goto', step }`, `{ source, type: 'play' }` and `{ source, type: 'pause' }` from the
 * parent window, only when their origin equals `origin` exactly. Anything else is ignored.
 */
export function acceptCommands(el: LiverIntervention, origin: string): void {
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (event.origin !== origin || event.source !== window.parent) return;
    const data = event.data;
    if (typeof data !== 'object' || data === null) return;
    const { source, type, step } = data as Record<string, unknown>;
    if (source !== MESSAGE_SOURCE) return;
    if (type === 'play') void el.play();
    else if (type === 'pause') el.pause();
    else if (type === 'goto' && Number.isInteger(step) && (step as number) >= 1) void el.goTo(step as number);
  });
}
