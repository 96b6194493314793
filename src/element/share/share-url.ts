/** The element state a shared link carries, as attribute name → value (null or the default: left out). */
export type ShareState = Readonly<Record<string, string | number | boolean | null | undefined>>;

/**
 * A short deep link: `base` plus only the attributes that differ from their
 * defaults, named as the embed page reads them (`?procedure=stent&step=4`).
 * Booleans that default on (labels, controls) appear as `off` when off.
 */
export function buildShareUrl(state: ShareState, defaults: ShareState, base: string): string {
  const url = new URL(base);
  url.search = '';
  url.hash = '';
  for (const [name, value] of Object.entries(state)) {
    if (value === null || value === undefined || value === defaults[name]) continue;
    if (value === false) url.searchParams.set(name, 'off');
    else url.searchParams.set(name, value === true ? '' : String(value));
  }
  return url.href.replace(/=(&|$)/g, '$1');
}

/** The element's attributes a link carries; the ones that only apply to one mode are left out otherwise. */
export interface SharedAttributes {
  readonly procedure: string;
  readonly approach: string;
  readonly obstruction: string;
  readonly stent: string;
  readonly view: string;
  readonly audience: string;
  readonly ducts: string;
  readonly camera: string;
  readonly labels: boolean;
  readonly theme?: string | null;
  readonly selected: string | null;
  readonly spotlight: boolean;
}

/** The link state of an element showing `step` (null without a procedure), with each attribute's default. */
export function shareStateOf(
  el: SharedAttributes,
  step: number | null,
  fallbacks: Readonly<Record<string, string>>,
): { state: ShareState; defaults: ShareState } {
  const none = el.procedure === 'none';
  return {
    state: {
      procedure: el.procedure,
      approach: el.approach,
      obstruction: el.obstruction,
      stent: el.procedure === 'stent' ? el.stent : null,
      step,
      view: el.view,
      audience: el.audience,
      ducts: none ? el.ducts : null,
      camera: none ? el.camera : null,
      labels: el.labels,
      theme: el.theme,
      selected: el.selected,
      spotlight: el.spotlight,
    },
    defaults: { ...fallbacks, step: 1, labels: true, spotlight: false },
  };
}
