import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mount, settle, svgOf } from './mount.js';

/** The anatomy explorer: no procedure. */
const explore = (width: number, attrs: Record<string, string> = {}) => mount(width, { procedure: 'none', ...attrs });

describe('<liver-intervention> interaction', () => {
  it('reaches every structure with ] and [ from the drawing, which is one tab stop', async () => {
    const el = await explore(1280);
    const targets = [...svgOf(el).querySelectorAll<SVGPathElement>('.target')];
    for (const t of targets) expect(t.getAttribute('tabindex'), t.dataset.id).to.equal('-1');
    el.shadowRoot!.querySelector<HTMLElement>('.stage')!.focus();
    const focusedId = () => (el.shadowRoot!.activeElement as SVGElement | null)?.dataset?.id;
    const reached = new Set<string>();
    for (let i = 0; i < targets.length; i++) {
      await sendKeys({ press: ']' });
      reached.add(focusedId()!);
    }
    expect(reached.size).to.equal(targets.length);
    await sendKeys({ press: ']' });
    expect(focusedId(), 'wraps to the first').to.equal(targets[0]!.dataset.id);
    await sendKeys({ press: '[' });
    expect(focusedId(), 'back to the last').to.equal(targets.at(-1)!.dataset.id);
    await sendKeys({ press: 'Escape' });
    expect(el.shadowRoot!.activeElement?.classList.contains('stage')).to.equal(true);
  });

  it('reaches the playback controls from the drawing in a few Tab presses, and says how to explore it', async () => {
    const el = await mount(1280, { procedure: 'ptcd', step: '3' });
    const stage = el.shadowRoot!.querySelector<HTMLElement>('.stage')!;
    expect(stage.getAttribute('aria-label')).to.match(/\] and \[/);
    stage.focus();
    let presses = 0;
    const playback = () => el.shadowRoot!.activeElement?.closest('.transport');
    while (!playback() && presses < 100) {
      await sendKeys({ press: 'Tab' });
      presses++;
    }
    expect(presses).to.be.at.most(3);
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.equal('Previous step');
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
    const width = () => svgOf(el).viewBox.baseVal.width;
    // The explorer's framing: the overview, or the whole anatomy on a stage wider than it.
    const framed = width();
    expect(framed).to.be.oneOf([770, 780]);
    zoomIn.click();
    await settle(el);
    expect(width()).to.be.closeTo(framed / 1.5, 0.01);
    expect(reset.getAttribute('aria-disabled')).to.equal('false');
    reset.click();
    await settle(el);
    expect(width()).to.equal(framed);
  });
});
