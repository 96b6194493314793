import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { PROCEDURE_NAMES } from '../../src/model/procedure-names.js';
import { atEveryStep, mount } from './mount.js';

interface Layer {
  width: number;
  height: number;
  reasons: string[];
}

const layers = () => executeServerCommand('drawing-layers') as Promise<Layer[] | false>;
const describeLayers = (list: Layer[]) => list.map((l) => `${l.width}×${l.height} ${l.reasons.join(',')}`).join('; ');

/*
 * The drawing is painted into the page's own layer. An opacity on a group over paths with opacities of their own made
 * Chromium composite the group, and give everything drawn over it a layer of its own; a step's frame then rastered the
 * whole drawing again, whatever it changed.
 */
describe('<liver-intervention> composited layers', () => {
  const views: Record<string, string>[] = [{}, { view: 'fluoroscopy' }, { audience: 'patient' }];
  for (const procedure of PROCEDURE_NAMES) {
    it(`paints every step of ${procedure} into the page's layer`, async function () {
      const before = await layers();
      if (before === false) this.skip();
      const problems: string[] = [];
      for (const attrs of views) {
        const el = await mount(800, { procedure, ...attrs });
        await atEveryStep(el, async (step) => {
          const now = (await layers()) as Layer[];
          if (now.length > before.length)
            problems.push(`${JSON.stringify(attrs)} step ${step}: ${now.length} layers (${describeLayers(now)})`);
        });
        el.remove();
      }
      expect(problems, problems.slice(0, 3).join('\n')).to.have.length(0);
    });
  }
});
