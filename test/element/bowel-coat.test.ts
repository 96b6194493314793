import { expect } from '@open-wc/testing';
import { contrastRatio, parseColor } from './contrast-ratio.js';
import { mount, svgOf } from './mount.js';

/** A computed colour with alpha, laid over an opaque one: the colour painted. */
function over(top: string, under: string): string {
  const [a, b] = [parseColor(top)!, parseColor(under)!];
  const [r, g, bl] = a.rgb.map((c, i) => Math.round(255 * (c * a.alpha + b.rgb[i]! * (1 - a.alpha))));
  return `rgb(${r}, ${g}, ${bl})`;
}

/**
 * At a check cholangiogram the bowel's coat of contrast reads as contrast, not as the empty bowel's tint: the words
 * say contrast runs into the gut (review N4).
 */
describe('the coat of contrast in the bowel at a check step', () => {
  for (const theme of ['light', 'projector'])
    it(`stands apart from the empty bowel's lumen (${theme})`, async () => {
      const el = await mount(720, { procedure: 'stent', step: '11', theme });
      const svg = svgOf(el);
      const coat = svg.querySelector('.layer .paint-contrast.tone-duodenum[data-id="duodenum"]');
      expect(coat, 'the bowel holds contrast').to.not.equal(null);
      const surface = getComputedStyle(el.shadowRoot!.querySelector('.stage') ?? svg).backgroundColor;
      const ground = parseColor(surface)?.alpha ? surface : 'rgb(255, 255, 255)';
      const wall = svg.querySelector('.layer .paint-tube.casing[data-id="duodenum"]')!;
      const empty = over(getComputedStyle(wall).fill, ground);
      const ratio = contrastRatio(over(getComputedStyle(coat!).fill, ground), empty);
      expect(ratio, `coat against the empty lumen ${empty}`).to.be.at.least(1.6);
    });
});
