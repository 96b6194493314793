import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { fills } from './path-fill.js';
import { tubeWidth } from '../../src/scene/structure-paths.js';
import { anatomy, contextOf, laterMoments, polylines, sceneOf } from './scene-at.js';

const NEAR: readonly Point[] = [
  [0, 0],
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
];

/**
 * In a hilar type IV Y the stents' wires lie in the lumen they hold open, drawn over the tumour: never on the tumour
 * beside it (review, issue 8: the spiral's zig-zags stuck out of the duct at the Y). Measured on the drawn wires'
 * points inside the tumour: the topmost of tumour, lumen and contrast painted there is never the tumour.
 */
describe('the hilar Y: stent wires lie inside the stented lumen, not on the tumour', () => {
  for (const stent of ['spiral', 'mesh', 'z'] as const)
    it(`${stent}: no wire point inside the tumour is painted on tumour`, () => {
      let checked = 0;
      for (const { id, state } of laterMoments(stent, 'hilar-4')) {
        const scene = sceneOf(state);
        const painted = scene.paths.filter((p) => ['lesion', 'contrast', 'tube'].includes(p.paint));
        const lesions = painted.filter((p) => p.paint === 'lesion');
        const out: string[] = [];
        for (const wire of scene.devices.filter((p) => p.part === 'stent-wire'))
          for (const line of polylines(wire.d))
            for (const at of line as Point[]) {
              if (!lesions.some((l) => fills(l.d, at))) continue;
              checked++;
              // A wire centre within 1 unit (0.35 mm, less than a drawn wire's width) of the lumen lies on its edge.
              const onTumour = NEAR.every(([dx, dy]) => {
                const q: Point = [at[0] + dx, at[1] + dy];
                return [...painted].reverse().find((p) => fills(p.d, q))?.paint === 'lesion';
              });
              if (onTumour) out.push(`${wire.deviceId} at ${at.map((v) => v.toFixed(0))}`);
            }
        expect(out, `${id}: wire points on the tumour`).to.deep.equal([]);
      }
      expect(checked, 'wire points inside the tumour').to.be.at.least(50);
    });

  for (const stent of ['spiral', 'mesh', 'z'] as const)
    it(`${stent}: the common hepatic duct is held open only along the stents, meeting the CBD at its own calibre`, () => {
      const chd = anatomy.byId.get('common-hepatic-duct')!;
      const cbd = anatomy.byId.get('common-bile-duct')!;
      for (const { id, state } of laterMoments(stent, 'hilar-4')) {
        const ctx = contextOf(state);
        // The stents end in the CHD above the junction: below them no square block as wide as a stent.
        const end = tubeWidth(chd, 1, ctx.stateOf(chd.id));
        expect(end, `${id}: CHD width at the junction`).to.be.at.most(tubeWidth(cbd, 0, ctx.stateOf(cbd.id)) + 1);
      }
    });
});
