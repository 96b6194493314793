import { parseColor } from './contrast-ratio.js';

/** A computed paint, at an opacity, laid over an opaque colour, as an `rgb(…)` string. */
export function over(paint: string, opacity: number, behind: string): string {
  const top = parseColor(paint)!;
  const back = parseColor(behind)!;
  const a = top.alpha * opacity;
  return `rgb(${top.rgb.map((c, i) => Math.round((c * a + back.rgb[i]! * (1 - a)) * 255)).join(', ')})`;
}

/** The opacity an element is painted with: its own and every group's up to the drawing. */
export function opacityOf(node: Element): number {
  let a = 1;
  for (let e: Element | null = node; e && !e.matches('svg'); e = e.parentElement)
    a *= Number(getComputedStyle(e).opacity) * Number(e.getAttribute('opacity') ?? 1);
  return a;
}

/** Hue in degrees of a colour. */
export function hue(color: string): number {
  const [r, g, b] = parseColor(color)!.rgb;
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return 0;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}
