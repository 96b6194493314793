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
