import { expect } from '@open-wc/testing';
import type { LiverIntervention } from '../../src/element/liver-intervention.js';
import { mount, settle } from './mount.js';

const handout = (el: LiverIntervention) => el.shadowRoot!.querySelector<HTMLElement>('.handout')!;
const frames = (el: LiverIntervention) => [...handout(el).querySelectorAll('.frame')];
const print = () => dispatchEvent(new Event('beforeprint'));

describe('<liver-intervention> printed handout', () => {
  it('draws nothing until printing, then one frame per step with its drawing and caption', async () => {
    const el = await mount(720, { procedure: 'stent', stent: 'z', obstruction: 'hilar-2' });
    expect(frames(el)).to.have.length(0);
    expect(getComputedStyle(handout(el)).display).to.equal('none');
    print();
    const titles = frames(el)
      .filter((f) => !f.classList.contains('after'))
      .map((f) => f.querySelector('h2')!.textContent!.replace(/^\d+\.\s*/, ''));
    expect(titles).to.deep.equal(el.steps.map((s) => s.title));
    for (const svg of handout(el).querySelectorAll('.frame-picture svg.scene')) {
      expect(svg.querySelectorAll('.layers path').length).to.be.greaterThan(50);
      // Paper has no pointer: no hit targets, so nothing in it acts as a button.
      expect(svg.querySelectorAll('g.targets > *')).to.have.length(0);
    }
    expect(handout(el).querySelectorAll('button, select, input')).to.have.length(0);
    expect(handout(el).textContent).to.match(/Bismuth|hilar/i);
  });

  it('draws each frame at its step’s end: the last frame shows what the last step leaves in place', async () => {
    const el = await mount(720, { procedure: 'ptcd' });
    print();
    const pictures = handout(el).querySelectorAll('.frame-picture svg.scene');
    expect(pictures[0]!.querySelectorAll('g.devices path')).to.have.length(0);
    expect(pictures[pictures.length - 1]!.querySelectorAll('g.devices path').length).to.be.greaterThan(0);
  });

  it('follows the audience, with the aftercare warning signs, and redraws when it changes', async () => {
    const el = await mount(720, { procedure: 'ptcd', audience: 'patient' });
    print();
    expect(frames(el)[0]!.querySelector('h2')!.textContent).to.equal('1. The blocked tubes');
    expect(handout(el).querySelector('.frame.after')!.textContent).to.match(/Tell a nurse or doctor straight away/);
    expect(handout(el).querySelector('.handout-source')!.textContent).to.match(/liver-intervention \(MIT\): http/);
    el.audience = 'clinician';
    await settle(el);
    print();
    expect(frames(el)[0]!.querySelector('h2')!.textContent).to.equal('1. Blocked bile ducts');
  });
});
