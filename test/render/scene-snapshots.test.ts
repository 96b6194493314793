import { SceneRenderer } from '../../src/render/render-scene.js';
import { buildScene } from '../../src/scene/build-scene.js';
import { freshSvg, inputAt, loadProcedure, normalisedSvg } from './scene-fixture.js';
import { matchSnapshot } from './snapshot-file.js';

// Key moments: the end of chosen steps (by id) of each procedure, in both views for PTCD.
const KEY_STEPS: readonly { procedure: string; view?: 'fluoroscopy'; steps: readonly number[] }[] = [
  { procedure: 'ptcd', steps: [0, 3, -1] },
  { procedure: 'ptcd', view: 'fluoroscopy', steps: [-1] },
  { procedure: 'stent', steps: [-1] },
  { procedure: 'balloon-dilation', steps: [-1] },
  { procedure: 'internal-drainage', steps: [-1] },
];

/** Scene data with numbers rounded to what is visible, one entry a line. */
function serialised(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 1000) / 1000 : v), 1);
}

describe('scene and render snapshots (`npm run snapshots` regenerates them)', () => {
  for (const { procedure, view, steps } of KEY_STEPS) {
    const loaded = loadProcedure(procedure, view ? { view } : {});
    const all = loaded.timeline!.steps;
    for (const index of steps) {
      const step = all.at(index)!;
      const name = `${procedure}${view ? `-${view}` : ''}-${step.id}`;

      it(`${name}: scene data`, async () => {
        await matchSnapshot(
          `${name}.scene.json`,
          serialised({ ...buildScene(loaded.anatomy, inputAt(loaded, step.end)), base: undefined }),
        );
      });

      it(`${name}: rendered SVG`, async () => {
        const svg = freshSvg();
        new SceneRenderer(svg, 'li0', { onActivate: () => undefined }).render(
          buildScene(loaded.anatomy, inputAt(loaded, step.end)),
        );
        await matchSnapshot(`${name}.svg.txt`, normalisedSvg(svg));
      });
    }
  }
});
