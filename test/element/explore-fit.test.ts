import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { LiverIntervention } from '../../src/element/liver-intervention.js';
import { settle, svgOf } from './mount.js';

/** The organs from the liver's dome to D3 and the pancreatic tail, and every label shown. */
const ANATOMY = ['liver', 'gallbladder', 'pancreas', 'ducts', 'duodenum'].map((l) => `.layer-${l} path[data-id]`);

/** The union of the anatomy's and the labels' boxes on screen. */
function anatomyBox(el: LiverIntervention) {
  const svg = svgOf(el);
  const boxes = [...svg.querySelectorAll([...ANATOMY, '.labels text'].join(','))]
    .map((n) => n.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0);
  return {
    left: Math.min(...boxes.map((r) => r.left)),
    top: Math.min(...boxes.map((r) => r.top)),
    right: Math.max(...boxes.map((r) => r.right)),
    bottom: Math.max(...boxes.map((r) => r.bottom)),
  };
}

describe('the anatomy explorer on a wide screen', () => {
  for (const [width, height] of [
    [1920, 1080],
    [1280, 720],
  ] as const)
    it(`at ${width}×${height} shows the whole anatomy and gives the drawing the width the panel leaves`, async () => {
      await setViewport({ width, height });
      // As in fullscreen: the element has the whole screen.
      const box = await fixture<HTMLDivElement>(html`<div style="position:fixed;inset:0"></div>`);
      const el = document.createElement('liver-intervention') as LiverIntervention;
      el.setAttribute('procedure', 'none');
      box.append(el);
      await settle(el);
      const stage = el.shadowRoot!.querySelector('.stage')!.getBoundingClientRect();
      const panel = el.shadowRoot!.querySelector('.text')!.getBoundingClientRect();
      expect(panel.left, 'the panel beside the drawing').to.be.at.least(stage.right);
      expect(stage.bottom, 'the drawing on the screen').to.be.at.most(height + 0.5);
      // The panel holds a hint and a few buttons: a narrow column, the drawing the rest.
      expect(panel.width / width, 'panel share of the width').to.be.at.most(0.25);
      expect(stage.width / (width - panel.width), 'drawing share of the width left').to.be.at.least(0.8);
      // Liver to D3 and the pancreatic tail, with every label, inside the drawing, clear of its edges.
      const margin = 0.015 * stage.height;
      const anatomy = anatomyBox(el);
      expect(anatomy.left - stage.left, 'left').to.be.at.least(margin);
      expect(stage.right - anatomy.right, 'right').to.be.at.least(margin);
      expect(anatomy.top - stage.top, 'top').to.be.at.least(margin);
      expect(stage.bottom - anatomy.bottom, 'bottom (D3)').to.be.at.least(margin);
      expect(anatomy.bottom - anatomy.top, 'the anatomy fills the height').to.be.at.least(0.75 * stage.height);
    });
});
