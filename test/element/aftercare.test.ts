import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LiverIntervention } from '../../src/element/liver-intervention.js';
import { mount, settle } from './mount.js';

const root = (el: LiverIntervention) => el.shadowRoot!;
const openButton = (el: LiverIntervention) => root(el).querySelector<HTMLButtonElement>('.aftercare-open');
const view = (el: LiverIntervention) => root(el).querySelector<HTMLElement>('section.aftercare');

/** Mounts at the last step and opens the aftercare view with the keyboard. */
async function openAfter(width: number, attrs: Record<string, string>) {
  const el = await mount(width, attrs);
  el.step = el.steps.length;
  await settle(el);
  openButton(el)!.focus();
  await sendKeys({ press: 'Enter' });
  await settle(el);
  return el;
}

/** Where the picture puts the exit site, the bag and the cap, and whether each lies on the trunk. */
function picture(el: LiverIntervention) {
  const svg = root(el).querySelector<SVGSVGElement>('svg.aftercare-picture')!;
  const trunk = svg.querySelector<SVGPathElement>('path.trunk')!;
  const on = (x: number, y: number) => trunk.isPointInFill(new DOMPoint(x, y));
  const exit = svg.querySelector<SVGCircleElement>('circle.exit')!;
  const site = { x: exit.cx.baseVal.value, y: exit.cy.baseVal.value };
  const bag = svg.querySelector<SVGGraphicsElement>('g.bag')?.getBBox();
  return {
    svg,
    site,
    siteOnSkin: on(site.x, site.y),
    bag,
    bagOffBody: bag
      ? [0, 1].every((i) => [0, 1].every((j) => !on(bag.x + i * bag.width, bag.y + j * bag.height)))
      : null,
    cap: svg.querySelector('rect.cap'),
  };
}

describe('<liver-intervention> "What you will see afterwards"', () => {
  it('is offered at the last step only, opens from the keyboard, takes the focus and is announced', async () => {
    const el = await mount(720, { procedure: 'ptcd' });
    expect(openButton(el)).to.equal(null);
    el.step = el.steps.length;
    await settle(el);
    expect(openButton(el)!.textContent).to.match(/Afterwards/);
    const status = root(el).querySelector('[role="status"].visually-hidden')!;
    expect(status.textContent!.trim()).to.equal('');
    openButton(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(view(el)).to.not.equal(null);
    expect(root(el).activeElement?.id).to.equal('aftercare-title');
    expect(status.textContent!.trim()).to.equal('Afterwards: the external drain');
    // The view takes the caption's place.
    expect(root(el).querySelector('[part="caption"]')).to.equal(null);
    expect(view(el)!.getAttribute('aria-labelledby')).to.equal('aftercare-title');
  });

  it('lists the warning signs of the brief: fever, pain, bleeding, a drain that stops, leaks or falls out, jaundice', async () => {
    for (const audience of ['clinician', 'patient']) {
      const el = await openAfter(720, { procedure: 'ptcd', audience });
      const warnings = view(el)!.querySelector('.warnings')!.textContent!;
      for (const sign of [/fever/i, /pain/i, /blood/i, /stops draining/, /leaks/, /falls out/])
        expect(warnings, `${audience}: ${sign}`).to.match(sign);
      expect(warnings).to.match(audience === 'patient' ? /yellow/ : /jaundice/i);
      // What the brief leaves unverified is marked as typical.
      expect(warnings).to.match(audience === 'patient' ? /usual advice/ : /typical/);
      el.remove();
    }
  });

  it('shows the clinician register with the brief’s source tags, the plain one without', async () => {
    const clinician = await openAfter(720, { procedure: 'ptcd' });
    expect(view(clinician)!.textContent).to.match(/\[S30\]/);
    clinician.remove();
    const patient = await openAfter(720, { procedure: 'ptcd', audience: 'patient' });
    expect(view(patient)!.querySelector('h2')!.textContent).to.equal('What you will see afterwards');
    expect(view(patient)!.textContent).to.not.match(/\[S\d/);
    expect(view(patient)!.querySelectorAll('.aftercare-parts li')).to.have.length(4);
  });

  it('draws the exit site on the skin and the bag outside the body, on the side of the route', async () => {
    const right = picture(await openAfter(720, { procedure: 'ptcd', approach: 'right' }));
    expect(right.siteOnSkin).to.equal(true);
    expect(right.bagOffBody).to.equal(true);
    // Patient's right is the viewer's left: the right flank lies left of the midline (x 180).
    expect(right.site.x).to.be.below(120);
    // The bag hangs below the exit site, so bile runs down into it.
    expect(right.bag!.y).to.be.above(right.site.y);
    const left = picture(await openAfter(720, { procedure: 'ptcd', approach: 'left' }));
    expect(left.site.x).to.equal(180);
    expect(left.siteOnSkin).to.equal(true);
    const gallbladder = picture(await openAfter(720, { procedure: 'cholecystostomy', approach: 'transperitoneal' }));
    expect(gallbladder.site.x).to.be.within(120, 170);
    expect(gallbladder.bagOffBody).to.equal(true);
  });

  it('draws a cap and no bag for the capped internal–external drain', async () => {
    const p = picture(await openAfter(720, { procedure: 'internal-drainage' }));
    expect(p.bag).to.equal(undefined);
    expect(p.cap).to.not.equal(null);
  });

  it('closes with Back or Escape, returning the focus, and when the step changes', async () => {
    const el = await openAfter(720, { procedure: 'cholecystostomy' });
    view(el)!.querySelector<HTMLButtonElement>('.aftercare-close')!.click();
    await settle(el);
    expect(view(el)).to.equal(null);
    expect(root(el).activeElement).to.equal(openButton(el));
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(view(el)).to.not.equal(null);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(view(el)).to.equal(null);
    openButton(el)!.click();
    await settle(el);
    el.step = 2;
    await settle(el);
    expect(view(el)).to.equal(null);
    el.step = el.steps.length;
    await settle(el);
    expect(view(el)).to.equal(null);
    expect(openButton(el)).to.not.equal(null);
  });

  it('is not offered by a procedure without aftercare data', async () => {
    const el = await mount(720, { procedure: 'stent' });
    el.step = el.steps.length;
    await settle(el);
    expect(openButton(el)).to.equal(null);
  });

  it('fits a 360 px phone in plain language with no axe violations', async () => {
    const el = await openAfter(360, { procedure: 'ptcd', audience: 'patient' });
    const section = view(el)!;
    expect(section.scrollWidth).to.be.at.most(section.clientWidth + 1);
    const pic = root(el).querySelector('svg.aftercare-picture')!.getBoundingClientRect();
    expect(pic.width).to.be.within(240, 360);
    // Plain words for the sides, the patient's right over the viewer's left.
    const [right, left] = [...root(el).querySelectorAll<SVGTextElement>('svg.aftercare-picture text.side')];
    expect([right!.textContent, left!.textContent]).to.deep.equal(['Your right', 'Your left']);
    expect(right!.getBoundingClientRect().right).to.be.below(left!.getBoundingClientRect().left);
    await expect(el).to.be.accessible();
  });
});
