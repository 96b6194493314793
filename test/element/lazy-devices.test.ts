import { expect } from '@open-wc/testing';

// Every module is a request in the test server: room for them all in the resource timing buffer, made before the
// widget's modules are imported.
performance.setResourceTimingBufferSize(100000);
const { mount, settle, svgOf } = await import('./mount.js');

/** Whether the page has fetched the stent or balloon drawing (each source file is its own request here). */
const fetchedDrawing = () =>
  performance.getEntriesByType('resource').some((e) => /\/devices\/(stent|balloon)-parts\.ts/.test(e.name));

/** The deploy step of the distal stent procedure. */
const DEPLOY = 8;

describe('the stent and balloon drawing (issue 9: the play payload)', () => {
  it('is not fetched while PTCD plays every step', async () => {
    const el = await mount(720);
    for (let step = 1; step <= el.steps.length; step++) {
      el.step = step;
      await settle(el);
    }
    expect(el.procedure).to.equal('ptcd');
    expect(fetchedDrawing(), 'stent-parts or balloon-parts fetched').to.equal(false);
  });

  it('is fetched when the stent procedure is chosen, before its steps are shown: no frame lacks the stent', async () => {
    const el = await mount(720);
    const titles = () => el.steps.map((s) => s.title).join('|');
    const ptcd = titles();
    // Every picture drawn after the switch: either PTCD's still (the data is pending) or one with the stent in it.
    const frames: { ptcd: boolean; stent: boolean }[] = [];
    const observer = new MutationObserver(() =>
      frames.push({ ptcd: titles() === ptcd, stent: !!svgOf(el).querySelector('.dev-stent-body') }),
    );
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true });
    el.setAttribute('procedure', 'stent');
    el.step = DEPLOY;
    await settle(el);
    observer.disconnect();
    expect(fetchedDrawing(), 'the drawing fetched').to.equal(true);
    expect(svgOf(el).querySelector('.dev-stent-body'), 'the stent drawn').to.not.equal(null);
    const shown = frames.filter((f) => !f.ptcd);
    expect(shown.length, 'frames of the stent procedure').to.be.greaterThan(0);
    expect(
      shown.every((f) => f.stent),
      'a stent-procedure frame at the deploy step without its stent',
    ).to.equal(true);
  });
});
