import { expect } from '@open-wc/testing';
import { mount, svgOf } from './mount.js';

/** A colour in any CSS syntax as 0–1 red, green, blue. */
function rgbOf(colour: string): number[] {
  const g = new OffscreenCanvas(1, 1).getContext('2d')!;
  g.fillStyle = colour;
  g.fillRect(0, 0, 1, 1);
  return [...g.getImageData(0, 0, 1, 1).data.slice(0, 3)].map((v) => v / 255);
}

/** The brightest channel (0–1) of a colour. */
const level = (colour: string) => Math.max(...rgbOf(colour));

describe('contrast medium in the illustration', () => {
  it('is a dark blue-grey over the green duct in the illustration, the full dark tone on the X-ray', async () => {
    const drawn = await mount(720, { procedure: 'stent', step: '8' });
    const svg = svgOf(drawn);
    const duct = svg.querySelector('.paint-contrast[data-id="common-bile-duct"]')!;
    const raw = level(getComputedStyle(svg).getPropertyValue('--li-contrast'));
    const fill = rgbOf(getComputedStyle(duct).fill);
    expect(level(getComputedStyle(duct).fill), 'lighter than the raw contrast').to.be.greaterThan(raw + 0.08);
    expect(fill[1]!, 'tinted by the green duct').to.be.greaterThan(fill[0]!);
    const xray = await mount(720, { procedure: 'stent', step: '8', view: 'fluoroscopy' });
    const film = svgOf(xray);
    const dark = getComputedStyle(film.querySelector('.paint-contrast[data-id="common-bile-duct"]')!).fill;
    expect(level(dark)).to.be.at.most(level(getComputedStyle(film).getPropertyValue('--li-contrast')) + 0.01);
  });

  it('stays black in the high-contrast theme', async () => {
    const el = await mount(720, { procedure: 'stent', step: '8', theme: 'high-contrast' });
    const duct = svgOf(el).querySelector('.paint-contrast[data-id="common-bile-duct"]')!;
    expect(level(getComputedStyle(duct).fill)).to.be.lessThan(0.05);
  });

  it('fades with a faded gallbladder: no dark veil over an organ the step is not about', async () => {
    const el = await mount(720, { procedure: 'stent', step: '8' });
    const svg = svgOf(el);
    const wall = svg.querySelector('.layer path.paint-fill[data-id="gallbladder"]')!;
    expect(wall.classList.contains('is-faded'), 'the step fades the gallbladder').to.equal(true);
    const pool = svg.querySelector<SVGPathElement>('.paint-contrast[data-id="gallbladder"]')!;
    // The opacity attribute is a presentation attribute: the computed opacity is what is painted.
    expect(Number(getComputedStyle(pool).opacity)).to.be.at.most(0.2);
  });
});
