import type { LiverIntervention } from '../src/index.ts';

/** The element attributes that make up a shareable state, in URL order. */
export const STATE_KEYS = [
  'procedure',
  'step',
  'approach',
  'stent',
  'obstruction',
  'view',
  'audience',
  'labels',
  'lang',
];

/** Display-only attributes an embed URL may also set; they are read but never written back. */
export const EXTRA_KEYS = ['controls', 'ducts', 'camera', 'selected', 'theme', 'spotlight'];

/** Sets the element's attributes from a query string; only known names pass, the element validates values. */
export function applyState(el: LiverIntervention, search: string, keys: readonly string[] = STATE_KEYS): void {
  const params = new URLSearchParams(search);
  for (const name of keys) {
    const value = params.get(name);
    if (value !== null) el.setAttribute(name, value);
  }
}

/** The element's current state as query parameters (labels as `on`/`off`; `lang` only when the element has one). */
export function stateParams(el: LiverIntervention): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of STATE_KEYS) {
    if (name === 'labels') params.set(name, el.labels ? 'on' : 'off');
    else if (name === 'lang') {
      if (el.lang) params.set(name, el.lang);
    } else if (name === 'step') params.set(name, String(el.step));
    else params.set(name, String(el.getAttribute(name) ?? el[name as keyof LiverIntervention]));
  }
  return params;
}

/**
 * Keeps the page URL equal to the element's state with `history.replaceState`, keeping any other parameters;
 * `onChange` runs after each update. A browser that forbids rewriting the URL only loses the sharing.
 */
export function keepStateInUrl(el: LiverIntervention, onChange?: () => void): void {
  const write = () => {
    const params = new URLSearchParams(location.search);
    for (const [name, value] of stateParams(el)) params.set(name, value);
    const query = `?${params}`;
    if (query !== location.search) {
      try {
        history.replaceState(history.state, '', query);
      } catch {
        // Some sandboxes forbid history access; the state still works, it just is not in the URL.
      }
    }
    onChange?.();
  };
  new MutationObserver(write).observe(el, { attributes: true, attributeFilter: STATE_KEYS });
  void el.updateComplete.then(write);
}
