import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mount, settle, svgOf } from './mount.js';

/** The anatomy explorer: no procedure. */
const explore = (width: number, attrs: Record<string, string> = {}) => mount(width, { procedure: 'none', ...attrs });

describe('<liver-intervention> interaction', () => {
  it('reaches every labelled structure with the Tab key', async () => {
    const el = await explore(1280);
    const targets = [...svgOf(el).querySelectorAll<SVGPathElement>('.target')];
    const reached = new Set<string>();
    targets[0]!.focus();
    for (let i = 0; i < targets.length + 2; i++) {
      const focused = el.shadowRoot!.activeElement as SVGElement | null;
      if (focused?.classList.contains('target')) reached.add(focused.dataset.id!);
      await sendKeys({ press: 'Tab' });
    }
    expect(reached.size).to.equal(targets.length);
  });

  it('describes a focused structure in the live caption and highlights it', async () => {
    const el = await explore(1280);
    const cbd = svgOf(el).querySelector<SVGPathElement>('.target[data-id="common-bile-duct"]')!;
    cbd.focus();
    await settle(el);
    const caption = el.shadowRoot!.querySelector('[part="details"]')!;
    expect(caption.getAttribute('aria-live')).to.equal('polite');
    expect(caption.textContent).to.contain('Common bile duct');
    expect(svgOf(el).querySelector('.layer .is-active[data-id="common-bile-duct"]')).to.exist;
  });

  it('pins a structure with Enter and fires li-structure', async () => {
    const el = await explore(1280);
    const gb = svgOf(el).querySelector<SVGPathElement>('.target[data-id="gallbladder"]')!;
    gb.focus();
    const fired = oneEvent(el, 'li-structure');
    await sendKeys({ press: 'Enter' });
    const event = (await fired) as CustomEvent<{ id: string }>;
    expect(event.detail.id).to.equal('gallbladder');
    await settle(el);
    expect(el.selected).to.equal('gallbladder');
    expect(el.getAttribute('selected')).to.equal('gallbladder');
  });

  it('zooms in and resets the view', async () => {
    const el = await explore(1280);
    const buttons = [...el.shadowRoot!.querySelectorAll('button')];
    const zoomIn = buttons.find((b) => b.getAttribute('aria-label') === 'Zoom in')!;
    const reset = buttons.find((b) => b.textContent?.trim() === 'Reset view')!;
    expect(reset.getAttribute('aria-disabled')).to.equal('true');
    zoomIn.click();
    await settle(el);
    const width = () => svgOf(el).viewBox.baseVal.width;
    expect(width()).to.be.closeTo(770 / 1.5, 0.01);
    expect(reset.getAttribute('aria-disabled')).to.equal('false');
    reset.click();
    await settle(el);
    expect(width()).to.equal(770);
  });
});
