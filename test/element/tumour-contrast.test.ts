import { expect } from '@open-wc/testing';
import { contrastRatio, parseColor } from './contrast-ratio.js';
import { mount, svgOf } from './mount.js';

type Rgba = { rgb: [number, number, number]; alpha: number };

const css = (c: Rgba) => `color(srgb ${c.rgb.join(' ')})`;
const mix = (a: Rgba, b: Rgba, k: number): Rgba => ({
  rgb: a.rgb.map((v, i) => v + (b.rgb[i]! - v) * k) as [number, number, number],
  alpha: a.alpha + (b.alpha - a.alpha) * k,
});
/** `top` laid over an opaque `under`, with `alpha` more opacity from the element and its groups. */
const over = (top: Rgba, under: Rgba, alpha: number): Rgba => mix(under, { ...top, alpha: 1 }, top.alpha * alpha);

/** The product of the element's and its ancestors' opacity up to the SVG. */
function groupOpacity(el: Element): number {
  let k = 1;
  for (let e: Element | null = el; e && e.tagName !== 'svg'; e = e.parentElement)
    k *= Number(getComputedStyle(e).opacity);
  return k;
}

/**
 * The colour at each of a grid of points inside a drawn tumour: its solid fill, or its radial gradient (over the
 * path's bounding box, as SVG draws it by default) at that point.
 */
function tumourColours(path: SVGPathElement, above: readonly SVGGeometryElement[]): Rgba[] {
  const style = getComputedStyle(path);
  const fillOpacity = Number(style.fillOpacity);
  const solid = parseColor(style.fill);
  const box = path.getBBox();
  const stops = solid
    ? []
    : [...path.ownerSVGElement!.querySelectorAll(`#${/#([^")]+)/.exec(style.fill)![1]!} stop`)].map((s) => {
        const c = getComputedStyle(s);
        const colour = parseColor(c.stopColor)!;
        return {
          at: Number(s.getAttribute('offset')),
          colour: { ...colour, alpha: colour.alpha * Number(c.stopOpacity) },
        };
      });
  const out: Rgba[] = [];
  for (let i = 0; i < 40; i++)
    for (let j = 0; j < 40; j++) {
      const x = box.x + ((i + 0.5) / 40) * box.width;
      const y = box.y + ((j + 0.5) / 40) * box.height;
      const p = new DOMPoint(x, y);
      if (!path.isPointInFill(p) || above.some((a) => a.isPointInFill(p))) continue;
      let colour = solid;
      if (!colour) {
        const t = Math.min(1, Math.hypot((x - box.x) / box.width - 0.5, (y - box.y) / box.height - 0.5) / 0.5);
        const k = stops.findIndex((s) => s.at >= t);
        const [a, b] = [stops[Math.max(0, k - 1)]!, stops[k]!];
        colour = mix(a.colour, b.colour, b.at > a.at ? (t - a.at) / (b.at - a.at) : 0);
      }
      out.push({ ...colour, alpha: colour.alpha * fillOpacity });
    }
  return out;
}

// Illustrator L1 (round 4): the hilar cholangiocarcinoma was the faintest object on the slide, a brownish-red at
// 30–40 % over the liver pink (median contrast ratio 1.8 to the liver fill). Its hue is close to the liver's, so its
// value must carry it: what shows of it (the median of its area outside the ducts) stands off the liver fill by a
// contrast ratio of at least 2.5 in every theme, near the pancreatic-head mass's core over the pale pancreas (2.9).
describe('the hilar tumour against the liver', () => {
  for (const theme of ['light', 'dark', 'projector'])
    it(`${theme}: the Bismuth IV tumour's body has a contrast ratio ≥ 2.5 to the liver fill`, async () => {
      const el = await mount(720, {
        procedure: 'internal-drainage',
        obstruction: 'hilar-4',
        step: '2',
        ...(theme !== 'light' && { theme }),
      });
      const svg = svgOf(el);
      const tumour = svg.querySelector<SVGPathElement>('.layer-ducts path.paint-lesion')!;
      const liver = svg.querySelector<SVGPathElement>('path.tone-liver.paint-fill')!;
      expect(tumour, 'the sleeve').to.exist;
      const ground = parseColor(getComputedStyle(liver).fill)!;
      expect(ground.alpha, 'an opaque liver fill').to.equal(1);
      const alpha = groupOpacity(tumour);
      // What shows of it: not the ducts drawn over it.
      const ducts = [...svg.querySelectorAll<SVGPathElement>('.layer-ducts path.paint-tube.body')];
      const ratios = tumourColours(tumour, ducts)
        .map((c) => contrastRatio(css(over(c, ground, alpha)), css(ground)))
        .sort((a, b) => a - b);
      expect(ratios.length, 'points inside the tumour').to.be.greaterThan(20);
      const median = ratios[Math.floor(ratios.length / 2)]!;
      expect(median, 'median contrast ratio of the tumour to the liver').to.be.at.least(2.5);
    });
});
