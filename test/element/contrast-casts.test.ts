import { expect } from '@open-wc/testing';
import { parseColor } from './contrast-ratio.js';
import { mount, svgOf } from './mount.js';

type Rgb = [number, number, number];

/** A path's fill as seen over an opaque backdrop (0–1 channels): its colour at fill-opacity × opacity. */
function seenFill(node: Element, backdrop: Rgb): Rgb {
  const style = getComputedStyle(node);
  const fill = parseColor(style.fill);
  if (!fill) throw new Error(`cannot parse ${style.fill}`);
  const a = fill.alpha * Number(style.fillOpacity) * Number(style.opacity);
  return fill.rgb.map((c, i) => c * a + backdrop[i]! * (1 - a)) as Rgb;
}

/** X-ray density of a grey over the film: how much of the film's brightness it takes away, 0–1. */
const density = (grey: Rgb, film: Rgb) => 1 - grey[0] / film[0];

/** CIE76 colour difference of two sRGB colours (0–1 channels). */
function deltaE(a: Rgb, b: Rgb): number {
  const lab = (rgb: Rgb) => {
    const lin = rgb.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    const [r, g, b2] = lin as Rgb;
    const xyz = [
      (0.4124 * r + 0.3576 * g + 0.1805 * b2) / 0.9505,
      0.2126 * r + 0.7152 * g + 0.0722 * b2,
      (0.0193 * r + 0.1192 * g + 0.9505 * b2) / 1.089,
    ].map((t) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116));
    return [116 * xyz[1]! - 16, 500 * (xyz[0]! - xyz[1]!), 200 * (xyz[1]! - xyz[2]!)];
  };
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!);
}

const backdropOf = (node: Element): Rgb => parseColor(getComputedStyle(node).backgroundColor)!.rgb;

describe('contrast in the bowel and in the ducts', () => {
  it('on a film the bowel cast is at most 0.65 of the duct column’s density, and still shows', async () => {
    const el = await mount(720, { procedure: 'stent', step: '11', view: 'fluoroscopy' });
    const svg = svgOf(el);
    const film = backdropOf(svg.closest('.view-fluoroscopy') ?? svg);
    const duct = density(seenFill(svg.querySelector('.paint-contrast[data-id="common-bile-duct"]')!, film), film);
    const bowel = density(seenFill(svg.querySelector('.paint-contrast.tone-duodenum')!, film), film);
    expect(bowel, `bowel ${bowel.toFixed(2)}, duct ${duct.toFixed(2)}`).to.be.at.most(0.65 * duct);
    expect(bowel).to.be.at.least(0.35 * duct);
  });

  // ΔE76 ≥ 25: well past the ~10 at which two flat fills read as different colours, so gut and bile tube never
  // look like one material, in every theme and for both audiences.
  for (const theme of ['light', 'dark', 'projector'])
    for (const audience of ['clinician', 'patient'])
      it(`in the illustration (${theme}, ${audience}) bowel contents differ clearly from contrast in a duct`, async () => {
        const el = await mount(720, { procedure: 'stent', step: '11', theme, audience });
        const svg = svgOf(el);
        const surface = backdropOf(el);
        const duct = seenFill(svg.querySelector('.paint-contrast[data-id="common-bile-duct"]')!, surface);
        const bowel = seenFill(svg.querySelector('.paint-contrast.tone-duodenum')!, surface);
        const d = deltaE(duct, bowel);
        expect(d, `ΔE ${d.toFixed(1)}`).to.be.at.least(25);
      });

  it('draws the folds of a filled bowel as short lines inside it', async () => {
    const el = await mount(720, { procedure: 'stent', step: '11' });
    const folds = svgOf(el).querySelector('.paint-folds');
    expect(folds, 'fold lines').to.exist;
    expect(getComputedStyle(folds!).fill).to.equal('none');
  });

  it('draws duct edges behind the liver solid under 500 px, dashed on a wider drawing', async () => {
    const dashes = async (width: number) => {
      const el = await mount(width, { procedure: 'internal-drainage', step: '2', obstruction: 'distal' });
      return [...svgOf(el).querySelectorAll('.paint-tube.casing.behind')].map(
        (node) => getComputedStyle(node).strokeDasharray,
      );
    };
    const phone = await dashes(360);
    expect(phone.length).to.be.greaterThan(0);
    expect(phone.filter((d) => d !== 'none')).to.deep.equal([]);
    expect((await dashes(720)).some((d) => d !== 'none')).to.equal(true);
  });
});
