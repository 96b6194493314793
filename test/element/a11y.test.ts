import { expect } from '@open-wc/testing';
import { mount } from './mount.js';

/** The anatomy explorer: no procedure. */
const explore = (width: number, attrs: Record<string, string> = {}) => mount(width, { procedure: 'none', ...attrs });

describe('<liver-intervention> accessibility', () => {
  for (const [width, attrs] of [
    [360, {}],
    [1280, { ducts: 'dilated' }],
    [1280, { selected: 'common-bile-duct', camera: 'hilum' }],
  ] as const) {
    it(`has no axe violations at ${width} px ${JSON.stringify(attrs)}`, async () => {
      const el = await explore(width, attrs);
      await expect(el).to.be.accessible();
    });
  }

  it('gives the drawing a title and a description', async () => {
    const el = await explore(360);
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect(svg.querySelector('title')!.textContent).to.match(/liver/i);
    expect(svg.querySelector('desc')!.textContent).to.match(/right is on your left/);
  });
});
