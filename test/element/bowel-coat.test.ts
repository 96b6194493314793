import { expect } from '@open-wc/testing';
import { contrastRatio, parseColor } from './contrast-ratio.js';
import { mount, svgOf } from './mount.js';
import { hue, opacityOf, over } from './seen-paint.js';

/** Saturation (HSL) of a colour, 0–1. */
function saturation(color: string): number {
  const [r, g, b] = parseColor(color)!.rgb;
  const [max, min] = [Math.max(r, g, b), Math.min(r, g, b)];
  const l = (max + min) / 2;
  return max === min ? 0 : (max - min) / (1 - Math.abs(2 * l - 1));
}

// Review, round 8: after contrast had flowed through the stent into the duodenum, D2–D3 still looked mauve in the
// illustration: a pink bowel, not contrast coating it. The coat is contrast: off the bowel's pink (a grey or the
// contrast's own blue), plainly darker than the empty lumen, lighter than the ducts' column; its folds cross it as
// lucent lines.
describe('the bowel coat at a check step, illustration', () => {
  for (const stent of ['mesh', 'plastic'])
    it(`stent (${stent}) check: reads as contrast coating the duodenal folds`, async () => {
      const probe = await mount(720, { procedure: 'stent', stent });
      const last = String(probe.steps.length);
      probe.remove();
      const el = await mount(720, { procedure: 'stent', stent, step: last });
      const svg = svgOf(el);
      const surface = getComputedStyle(el).backgroundColor;
      const coatPath = svg.querySelector('.layer path.paint-contrast[data-id="duodenum"]')!;
      const wall = svg.querySelector('.layer path.paint-tube.casing[data-id="duodenum"]')!;
      const folds = svg.querySelector('.layer path.paint-folds[data-id="duodenum"]')!;
      const duct = svg.querySelector('.layer path.paint-contrast[data-id="common-bile-duct"]')!;
      expect(coatPath && wall && folds && duct, 'coat, wall, folds and duct contrast drawn').to.be.ok;
      const lumen = over(getComputedStyle(wall).fill, opacityOf(wall), surface);
      const coat = over(getComputedStyle(coatPath).fill, opacityOf(coatPath), lumen);
      const column = over(getComputedStyle(duct).fill, opacityOf(duct), surface);
      // The bowel's own colour, resolved to rgb by the browser.
      const probeColour = document.createElement('span');
      probeColour.style.color = getComputedStyle(svg).getPropertyValue('--li-duodenum').trim();
      document.body.append(probeColour);
      const pink = getComputedStyle(probeColour).color;
      probeColour.remove();
      const apart = Math.abs(hue(coat) - hue(over(pink, 1, surface)));
      // Either a near-neutral grey or a hue well away from the bowel's pink: no mauve.
      expect(
        saturation(coat) < 0.05 || Math.min(apart, 360 - apart) >= 60,
        `${coat}: hue ${hue(coat).toFixed(0)}°, saturation ${saturation(coat).toFixed(2)}, not the bowel's pink`,
      ).to.equal(true);
      expect(contrastRatio(coat, lumen), `${coat} on the empty lumen ${lumen}`).to.be.at.least(2.5);
      expect(contrastRatio(column, surface), 'the ducts stay darkest').to.be.greaterThan(contrastRatio(coat, surface));
      const fold = over(getComputedStyle(folds).stroke, opacityOf(folds), coat);
      const lum = (c: string) => parseColor(c)!.rgb.reduce((a, b) => a + b, 0);
      expect(lum(fold), `folds ${fold} lucent on the coat ${coat}`).to.be.greaterThan(lum(coat));
      expect(contrastRatio(fold, coat), 'folds read on the coat').to.be.at.least(1.5);
    });
});
