import { expect } from '@open-wc/testing';
import { parseColor } from './contrast-ratio.js';
import { mount, svgOf } from './mount.js';

/** On-screen stroke width of a drawn device part, in px (non-scaling strokes are already px). */
function screenWidth(path: SVGGraphicsElement): number {
  const style = getComputedStyle(path);
  const w = parseFloat(style.strokeWidth);
  return style.vectorEffect === 'non-scaling-stroke' ? w : w * path.getScreenCTM()!.a;
}

/** A paint composited over an opaque backdrop, as 0–255 channels. */
function over(paint: string, backdrop: readonly number[]): number[] {
  const c = parseColor(paint)!;
  return c.rgb.map((v, i) => (v * c.alpha + backdrop[i]! * (1 - c.alpha)) * 255);
}

describe('device weights', () => {
  it('X-ray: the guidewire is a thin sharp line, under half a catheter’s width, without a rim', async () => {
    const el = await mount(720, { procedure: 'stent', step: '6', view: 'fluoroscopy' });
    const svg = svgOf(el);
    const wire = svg.querySelector<SVGGraphicsElement>('.dev-wire')!;
    const catheter = [...svg.querySelectorAll<SVGGraphicsElement>('.dev-casing')].map(screenWidth);
    expect(catheter.length, 'a catheter in this frame').to.be.greaterThan(0);
    expect(screenWidth(wire)).to.be.at.most(Math.min(...catheter) / 2);
    expect(screenWidth(wire), 'still visible').to.be.at.least(1.5);
    const rim = parseColor(getComputedStyle(svg.querySelector('.dev-wire-casing')!).stroke);
    expect(rim === null || rim.alpha === 0, 'no rim widening the wire').to.equal(true);
  });

  it('X-ray: the 22G needle is a fine line, not a broad wedge', async () => {
    const el = await mount(720, { approach: 'right', step: '3', view: 'fluoroscopy' });
    const svg = svgOf(el);
    const metal = svg.querySelector<SVGGraphicsElement>('.dev-metal')!;
    expect(screenWidth(metal)).to.be.at.most(3);
    expect(getComputedStyle(svg.querySelector('.dev-bevel')!).fill, 'bevel drawn as a tick').to.equal('none');
  });

  it('illustration: the wire (darker gold), the sheath (translucent white) and the catheters are told apart', async () => {
    const el = await mount(720, { procedure: 'stent', step: '6' });
    const svg = svgOf(el);
    const contrast = parseColor(getComputedStyle(svg.querySelector('.paint-contrast')!).fill)!.rgb;
    const paint = (selector: string) => over(getComputedStyle(svg.querySelector(selector)!).stroke, contrast);
    const [wire, sheath] = [paint('.dev-wire'), paint('.dev-sheath')];
    // The catheters' lumen colour (no catheter is left in this frame).
    const probe = svg.querySelector<SVGElement>('.dev-sheath')!;
    probe.style.stroke = 'var(--li-catheter)';
    const core = over(getComputedStyle(probe).stroke, contrast);
    probe.style.stroke = '';
    const distance = (a: number[], b: number[]) => Math.hypot(...a.map((v, i) => v - b[i]!));
    expect(distance(wire, sheath), 'wire vs sheath').to.be.greaterThan(60);
    expect(distance(wire, core), 'wire vs catheter').to.be.greaterThan(60);
    expect(
      distance(
        sheath,
        contrast.map((v) => v * 255),
      ),
      'sheath vs contrast',
    ).to.be.greaterThan(60);
  });
});
