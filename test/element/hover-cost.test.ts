import { expect } from '@open-wc/testing';
import { mount, settle, svgOf } from './mount.js';

describe('hovering the drawing', () => {
  const cases: Record<string, string>[] = [{ procedure: 'none' }, { procedure: 'ptcd', step: '3' }];
  for (const attrs of cases) {
    it(`${attrs.procedure}: highlights and describes the structure without updating the whole element`, async () => {
      const el = await mount(1280, attrs);
      const details = el.shadowRoot!.querySelector('[part="details"]')!;
      for (const id of ['common-bile-duct', 'liver', 'gallbladder']) {
        const target = svgOf(el).querySelector<SVGPathElement>(`.target[data-id="${id}"]`)!;
        target.dispatchEvent(new PointerEvent('pointerenter'));
        // No element update is queued: the highlight and the details line are written at once.
        expect(el.isUpdatePending, `${id}: element update`).to.equal(false);
        expect(svgOf(el).querySelector(`.layer .is-active[data-id="${id}"]`), id).to.exist;
        expect(svgOf(el).querySelectorAll(`.layer .is-active:not([data-id="${id}"])`), id).to.have.length(0);
        const name = svgOf(el).querySelector(`.target[data-id="${id}"]`)!.getAttribute('aria-label')!;
        expect(details.querySelector('strong')?.textContent, id).to.equal(name);
        target.dispatchEvent(new PointerEvent('pointerleave'));
        expect(el.isUpdatePending, `${id}: element update on leaving`).to.equal(false);
        expect(svgOf(el).querySelector('.layer .is-active'), `${id} left`).to.equal(null);
        expect(details.querySelector('strong'), `${id} left`).to.equal(null);
      }
      // A later element update keeps the details line as the hover left it.
      el.labels = !el.labels;
      await settle(el);
      expect(details.isConnected).to.equal(true);
      expect(details.textContent).to.match(/Tap or point/);
    });
  }
});
