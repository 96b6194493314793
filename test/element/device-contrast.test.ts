import { expect } from '@open-wc/testing';
import { parseColor } from './contrast-ratio.js';
import { mount, svgOf } from './mount.js';

/** CIE lightness L* (0–100) of an sRGB colour given as 0–1 channels. */
function lightness([r, g, b]: readonly number[]): number {
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const y = 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
  return y > 0.008856 ? 116 * Math.cbrt(y) - 16 : 903.3 * y;
}

/** A computed paint laid over an opaque backdrop, with the element's opacity. */
function over(paint: string, opacity: number, backdrop: readonly number[]): number[] {
  const c = parseColor(paint)!;
  const a = c.alpha * opacity;
  return c.rgb.map((v, i) => v * a + backdrop[i]! * (1 - a));
}

/**
 * Whether every tube-shaped device shows, on a contrast-filled duct, a band that stands apart from the contrast:
 * the paint seen halfway between the guidewire's edge and the device's own edge (the wire runs inside it).
 */
async function faintDevices(attrs: Record<string, string>): Promise<string[]> {
  const el = await mount(720, attrs);
  const svg = svgOf(el);
  const contrast = parseColor(getComputedStyle(svg.querySelector('.paint-contrast')!).fill)!.rgb;
  const widthOf = (p: Element) => Number(p.getAttribute('stroke-width') ?? 0);
  const wire = Math.max(0, ...[...svg.querySelectorAll('.dev-wire-casing')].map(widthOf));
  const faint: string[] = [];
  const byDevice = new Map<string, Element[]>();
  for (const p of svg.querySelectorAll('path.dev')) {
    const id = p.getAttribute('data-device')!;
    byDevice.set(id, [...(byDevice.get(id) ?? []), p]);
  }
  for (const [id, parts] of byDevice) {
    const casing = parts.find((p) => p.classList.contains('dev-casing'));
    if (!casing || widthOf(casing) <= wire) continue;
    const r = (wire + widthOf(casing)) / 4;
    const seen = parts.filter((p) => widthOf(p) / 2 > r && getComputedStyle(p).display !== 'none').at(-1)!;
    const style = getComputedStyle(seen);
    const opacity = Number(style.opacity) * Number(seen.getAttribute('opacity') ?? 1);
    const delta = Math.abs(lightness(over(style.stroke, opacity, contrast)) - lightness(contrast));
    if (delta < 10) faint.push(`${id} (${seen.getAttribute('class')}): ΔL* ${delta.toFixed(1)}`);
  }
  return faint;
}

describe('devices on contrast', () => {
  for (const view of ['illustration', 'fluoroscopy'])
    for (const [stent, step] of <const>[
      ['plastic', '8'],
      ['plastic', '10'],
      ['mesh', '8'],
      ['z', '11'],
    ])
      it(`${stent} stent, step ${step}, ${view}: every tube stands apart from the contrast around the wire`, async () => {
        const faint = await faintDevices({ procedure: 'stent', stent, step, view });
        expect(faint).to.deep.equal([]);
      });

  // A drain's pigtail curls over the densest contrast at a hilar block: its lumen must still show.
  for (const attrs of <Record<string, string>[]>[
    { procedure: 'ptcd', step: '10' },
    { procedure: 'internal-drainage', obstruction: 'hilar-2', step: '2' },
    { procedure: 'internal-drainage', obstruction: 'hilar-4', step: '2' },
  ])
    it(`drain pigtail on an X-ray (${Object.values(attrs).join(' ')}): the catheter stands apart from the contrast`, async () => {
      const faint = await faintDevices({ ...attrs, view: 'fluoroscopy' });
      expect(faint).to.deep.equal([]);
    });
});

/** Hue (degrees) and chroma (0–1) of an sRGB colour given as 0–1 channels. */
function hueChroma([r, g, b]: readonly number[]): { hue: number; chroma: number } {
  const [max, min] = [Math.max(r!, g!, b!), Math.min(r!, g!, b!)];
  const chroma = max - min;
  const h =
    chroma === 0
      ? 0
      : max === r
        ? ((g! - b!) / chroma) % 6
        : max === g
          ? (b! - r!) / chroma + 2
          : (r! - g!) / chroma + 4;
  return { hue: (h * 60 + 360) % 360, chroma };
}

describe('stent and wire colours at a type IV hilum', () => {
  it('the wires are gold; both stents are metal greys, no nearer the gold hue, and the second a distinct tint', async () => {
    const el = await mount(720, { procedure: 'stent', stent: 'spiral', obstruction: 'hilar-4', step: '10' });
    const svg = svgOf(el);
    const stroke = (selector: string) => parseColor(getComputedStyle(svg.querySelector(selector)!).stroke)!.rgb;
    const wire = stroke('.dev-wire');
    const first = stroke('.dev-stent-wire:not(.dev-second)');
    const second = stroke('.dev-second.dev-stent-wire');
    const gold = hueChroma(wire);
    expect(gold.hue, 'wire hue').to.be.within(30, 60);
    for (const [name, rgb] of [
      ['first stent', first],
      ['second stent', second],
    ] as const) {
      const { hue, chroma } = hueChroma(rgb);
      const apart = Math.min(Math.abs(hue - gold.hue), 360 - Math.abs(hue - gold.hue));
      expect(
        chroma < 0.12 || apart > 90,
        `${name} is steel, not gold (hue ${hue.toFixed(0)}°, chroma ${chroma.toFixed(2)})`,
      ).to.equal(true);
    }
    const distance = Math.hypot(...first.map((v, i) => (v - second[i]!) * 255));
    expect(distance, 'the two stents differ (RGB distance)').to.be.at.least(40);
  });
});
