import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LiverIntervention } from '../../src/element/liver-intervention.js';
import { mount, settle, svgOf } from './mount.js';

const opacityOf = (el: LiverIntervention, selector: string) =>
  [...svgOf(el).querySelectorAll(selector)].map((n) => {
    // The dimming is on the path or label itself, or on the group holding it.
    let o = 1;
    for (let e: Element | null = n; e && e !== svgOf(el); e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
    return o;
  });

describe('<liver-intervention> spotlight', () => {
  it('dims everything but the pinned structure and its label', async () => {
    const el = await mount(1280, { procedure: 'none', spotlight: '', selected: 'common-bile-duct' });
    const spot = opacityOf(el, '.layers [data-id="common-bile-duct"]');
    const liver = opacityOf(el, '.layers [data-id="liver"]');
    const others = opacityOf(el, '.labels .label:not([data-id="common-bile-duct"])');
    expect(spot.length).to.be.greaterThan(0);
    expect(Math.min(...spot)).to.equal(1);
    expect(Math.max(...liver)).to.be.below(0.3);
    expect(others.length).to.be.greaterThan(2);
    expect(Math.max(...others)).to.be.below(0.3);
    expect(opacityOf(el, '.labels .label[data-id="common-bile-duct"]')).to.deep.equal([1]);
  });

  it('keeps everything at full strength with nothing pinned or without the attribute', async () => {
    const none = await mount(1280, { procedure: 'none', spotlight: '' });
    const off = await mount(1280, { procedure: 'none', selected: 'common-bile-duct' });
    for (const el of [none, off]) expect(Math.min(...opacityOf(el, '.layers [data-id="liver"]'))).to.equal(1);
  });

  it('follows the structure pinned with Enter, during a procedure too', async () => {
    const el = await mount(1280, { spotlight: '', step: '6' });
    const target = svgOf(el).querySelector<SVGPathElement>('.target[data-id="gallbladder"]')!;
    target.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    // The dimming fades in; read the end state.
    await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
    expect(el.selected).to.equal('gallbladder');
    // Its pooled contrast is diluted (translucent) by design; the spotlight leaves the rest of it at full strength.
    expect(Math.min(...opacityOf(el, '.layers [data-id="gallbladder"]:not(.paint-contrast)'))).to.equal(1);
    expect(Math.max(...opacityOf(el, '.devices .dev'))).to.be.below(0.3);
    await expect(el).to.be.accessible();
  });
});
