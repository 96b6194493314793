import { expect } from '@open-wc/testing';

// Every module is a request in the test server: room for them all in the resource timing buffer, made before the
// widget's modules are imported.
performance.setResourceTimingBufferSize(100000);
const { mount, settle, svgOf } = await import('./mount.js');

/** The files the page has fetched of the stent or balloon drawing (each source file is its own request here). */
const drawingFiles = () =>
  performance
    .getEntriesByType('resource')
    .flatMap((e) => /\/devices\/((stent|balloon)-parts|lazy-stent-struts)\.ts/.exec(e.name)?.[1] ?? []);
/** Whether the page has fetched any of the stent or balloon drawing. */
const fetchedDrawing = () => drawingFiles().length > 0;

/** The default procedure (PTCD), shown at each of its steps in turn. */
async function showEveryPtcdStep() {
  const el = await mount(720);
  for (let step = 1; step <= el.steps.length; step++) {
    el.step = step;
    await settle(el);
  }
  return el;
}

/** The deploy step of the distal stent procedure. */
const DEPLOY = 8;

describe('the stent and balloon drawing (issue 9: the play payload)', () => {
  it('is not fetched while PTCD plays every step', async () => {
    const el = await showEveryPtcdStep();
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
    // Both stent chunks' entries: the stent's own drawing and its struts, fetched side by side.
    expect(drawingFiles(), 'the stent drawing and its struts').to.include.members(['stent-parts', 'lazy-stent-struts']);
    expect(svgOf(el).querySelector('.dev-stent-body'), 'the stent drawn').to.not.equal(null);
    const shown = frames.filter((f) => !f.ptcd);
    expect(shown.length, 'frames of the stent procedure').to.be.greaterThan(0);
    expect(
      shown.every((f) => f.stent),
      'a stent-procedure frame at the deploy step without its stent',
    ).to.equal(true);
  });
});

/** Whether the page has fetched the gallbladder's contrast or stones drawing. */
const fetchedCavity = () =>
  performance.getEntriesByType('resource').some((e) => /\/scene\/(gallstones|cavity-contrast)\.ts/.test(e.name));

describe('the gallbladder’s contrast and stones (issue 9: the play payload)', () => {
  it('are not fetched while PTCD plays every step', async () => {
    await showEveryPtcdStep();
    expect(fetchedCavity(), 'gallstones.ts or cavity-contrast.ts fetched').to.equal(false);
  });

  it('are fetched when the cholecystostomy is chosen, before its steps are shown: no frame lacks its stones', async () => {
    const el = await mount(720);
    const first = el.steps[0]!.title;
    const frames: { before: boolean; stones: number }[] = [];
    const observer = new MutationObserver(() =>
      frames.push({
        before: el.steps[0]!.title === first,
        stones: svgOf(el).querySelectorAll('path.paint-stone').length,
      }),
    );
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true });
    el.setAttribute('procedure', 'cholecystostomy');
    el.step = 4;
    await settle(el);
    observer.disconnect();
    expect(fetchedCavity(), 'the drawing fetched').to.equal(true);
    const shown = frames.filter((f) => !f.before);
    expect(shown.length, 'frames of the cholecystostomy').to.be.greaterThan(0);
    expect(
      shown.map((f) => f.stones),
      'stones in every frame of the cholecystostomy',
    ).to.satisfy((counts: number[]) => counts.every((n) => n === 4));
    expect(
      svgOf(el).querySelector('path.paint-contrast[data-id="gallbladder"]'),
      'contrast given into it',
    ).to.not.equal(null);
  });
});
