/** Parses a computed colour (`rgb(…)`, `rgba(…)` or `color(srgb …)`) to 0–1 channels and alpha. */
export function parseColor(value: string): { rgb: [number, number, number]; alpha: number } | null {
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)$/.exec(value);
  if (srgb) return { rgb: [+srgb[1]!, +srgb[2]!, +srgb[3]!], alpha: srgb[4] ? +srgb[4] : 1 };
  const rgb = /^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? \/? ?([\d.]+))?\)$/.exec(value);
  if (rgb) return { rgb: [+rgb[1]! / 255, +rgb[2]! / 255, +rgb[3]! / 255], alpha: rgb[4] ? +rgb[4] : 1 };
  return null;
}

const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = ([r, g, b]: readonly number[]) => 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);

/** WCAG contrast ratio of two opaque computed colours. */
export function contrastRatio(a: string, b: string): number {
  const [x, y] = [parseColor(a), parseColor(b)];
  if (!x || !y) throw new Error(`cannot parse ${a} or ${b}`);
  const [l1, l2] = [luminance(x.rgb), luminance(y.rgb)].sort((p, q) => q - p);
  return (l1! + 0.05) / (l2! + 0.05);
}
