import { expect } from '@open-wc/testing';
import { mount, svgOf } from './mount.js';

const SKELETON = ['rib-10', 'rib-11', 'vertebra-t12', 'sternum', 'costal-margin-right', 'inferior-vena-cava'];
const painted = (svg: SVGSVGElement, id: string) => svg.querySelector(`.layer path[data-id="${id}"]`);
/** Opacity as painted: the product of the element's and its ancestors' opacity. */
function opacityOf(el: Element | null): number {
  let o = 1;
  for (let e = el; e && e instanceof SVGElement; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
  return o;
}
/** Alpha of a computed colour (`rgba(…)`, `color(srgb … / a)` or opaque). */
function alphaOf(color: string): number {
  if (color === 'none' || color === 'transparent') return 0;
  const slash = /\/\s*([\d.]+)\)$/.exec(color);
  if (slash) return Number(slash[1]);
  const rgba = /rgba\([^)]*,\s*([\d.]+)\)$/.exec(color);
  return rgba ? Number(rgba[1]) : 1;
}

describe('step focus (art direction: each step shows what it is about)', () => {
  it('shows ribs, spine, sternum, costal margin and IVC only in access steps', async () => {
    const access = svgOf(await mount(720, { procedure: 'ptcd', approach: 'right', step: '2' }));
    for (const id of SKELETON.filter((id) => id !== 'sternum')) expect(painted(access, id), `${id} in access`).to.exist;
    for (const step of ['1', '5', '11']) {
      const svg = svgOf(await mount(720, { procedure: 'ptcd', step }));
      for (const id of SKELETON) expect(painted(svg, id), `${id} in step ${step}`).to.equal(null);
    }
  });

  it('keeps bone in every X-ray frame: the skeleton rule is for the illustration', async () => {
    const svg = svgOf(await mount(720, { procedure: 'ptcd', step: '5', view: 'fluoroscopy' }));
    for (const id of ['rib-10', 'vertebra-t12']) expect(painted(svg, id), `${id} on the X-ray`).to.exist;
    expect(svg.querySelector('.layer .is-faded')).to.equal(null);
  });

  it('fades anatomy that plays no part to about 40% and mutes uninvolved vessels; named parts stay', async () => {
    const svg = svgOf(await mount(720, { procedure: 'stent', stent: 'mesh', step: '8' }));
    const gallbladder = svg.querySelector('.layer .body[data-id="gallbladder"]');
    expect(opacityOf(gallbladder)).to.be.closeTo(0.4, 0.05);
    const portal = svg.querySelector<SVGPathElement>('.layer .body[data-id="portal-vein"]')!;
    expect(opacityOf(portal)).to.be.closeTo(0.4, 0.05);
    expect(portal.classList.contains('is-faded')).to.equal(true);
    for (const id of ['common-bile-duct', 'pancreas', 'duodenum']) {
      expect(opacityOf(svg.querySelector(`.layer .body[data-id="${id}"]`)), id).to.equal(1);
    }
  });

  it('draws the duodenum over the deploying stent as an outline with a faint fill, devices on top', async () => {
    const el = await mount(720, { procedure: 'stent', stent: 'mesh', step: '8' });
    const svg = svgOf(el);
    const casing = svg.querySelector('.layer-duodenum .casing path[data-id="duodenum"]')!;
    const body = svg.querySelector('.layer-duodenum .body path[data-id="duodenum"]')!;
    expect(opacityOf(casing)).to.equal(1);
    // Faint enough to read as bowel, not a veil: it is opened over the bile duct (no tint there), devices lie on top.
    expect(alphaOf(getComputedStyle(casing).fill)).to.be.at.most(0.25);
    expect(casing.getAttribute('clip-path') ?? '', 'opened over the bile duct').to.include('common-bile-duct');
    expect(alphaOf(getComputedStyle(body).fill)).to.equal(0);
    const front = svg.querySelector('.layer path[data-id="pancreas"].paint-overlay');
    if (front) expect(alphaOf(getComputedStyle(front).fill)).to.be.at.most(0.15);
    const order = [...svg.querySelector('.viewport')!.children].map((c) => c.getAttribute('class'));
    expect(order.indexOf('devices')).to.be.greaterThan(order.indexOf('layers'));
    expect(svg.querySelectorAll('.devices path').length).to.be.greaterThan(0);
  });

  // Review round 8, N2: faded to 40 % on top of its faint procedure paint, the duodenum under the papilla was gone on
  // a projector (a cholecystostomy's drain, the left PTCD's drain).
  for (const [name, query] of [
    ['cholecystostomy drain', { procedure: 'cholecystostomy', approach: 'transhepatic', step: '7' }],
    ['left PTCD drain', { procedure: 'ptcd', approach: 'left', step: '9' }],
  ] as const)
    it(`keeps a faded duodenum's outline legible in a procedure (${name})`, async () => {
      const svg = svgOf(await mount(720, query));
      const casing = svg.querySelector('.layer-duodenum .casing path[data-id="duodenum"]')!;
      expect(casing.classList.contains('is-faded'), 'the step fades the bowel').to.equal(true);
      expect(opacityOf(casing)).to.be.at.least(0.7);
    });
});
