/**
 * Attributes that change the picture, with the values that still show the default view (PTCD, step 1, right
 * approach, illustration, clinician text, labels and controls on). Any other value, `selected` or `src` do not.
 */
const DEFAULT_VALUES: Record<string, readonly string[]> = {
  procedure: ['ptcd'],
  obstruction: ['distal'],
  view: ['illustration'],
  step: ['1'],
  approach: ['right'],
  audience: ['clinician'],
  labels: ['', 'on', 'true', 'yes', '1'],
  controls: ['', 'on', 'true', 'yes', '1'],
  theme: ['light', 'dark'],
  blank: ['off', 'false', 'no', '0'],
  spotlight: ['off', 'false', 'no', '0'],
  ducts: ['normal'],
  camera: ['overview'],
  selected: [],
  src: [],
};

/**
 * True when `host` would show the default view in English, left to right, from the bundled data: the only view
 * the prebuilt first frame draws.
 */
export function showsDefaultView(host: HTMLElement): boolean {
  for (const [name, values] of Object.entries(DEFAULT_VALUES)) {
    const value = host.getAttribute(name);
    if (value !== null && !values.includes(value.trim().toLowerCase())) return false;
  }
  const lang = host.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
  return (
    /^(en([-_].*)?)?$/i.test(lang.trim()) &&
    getComputedStyle(host).direction !== 'rtl' &&
    !host.querySelector('script[type="application/json"]')
  );
}
