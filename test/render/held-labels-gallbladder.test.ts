import { expect } from '@open-wc/testing';
import { insidePolygon } from '../../src/model/geometry.js';
import { SceneBuilder } from '../../src/scene/build-scene.js';
import { structureGeometry } from '../../src/scene/structure-paths.js';
import { glyphBox } from '../scene/label-sweep.js';
import { inputAt, loadProcedure } from './scene-fixture.js';

// Review (session 33): a projector's drainage step replayed from its end held the end's layout, placed beside the
// emptied gallbladder, so half-way through "Common bile duct" lay on the still distended one. A layout that holds
// while the gallbladder empties is placed off its distended outline.
describe('names held while the gallbladder empties', () => {
  for (const size of [
    { width: 1540, height: 1080 },
    { width: 1000, height: 800 },
    { width: 800, height: 779 },
  ])
    it(`${size.width} px: no duct's name on the gallbladder as drawn, played forward or replayed from the end`, () => {
      const loaded = loadProcedure('ptcd');
      const view = { ...loaded, view: { ...loaded.view, size } };
      const step = loaded.timeline!.steps.find((s) => s.id === 'drainage')!;
      const gallbladder = loaded.anatomy.byId.get('gallbladder')!;
      const builder = new SceneBuilder();
      const found: string[] = [];
      let changing = 0;
      // Forward through the step, then from its end back to each fraction again (a replay keeps the builder).
      const fractions = [0, 0.2, 0.4, 0.5, 0.6, 0.8, 1, 0.5, 0.3, 0.6];
      for (const f of fractions) {
        const input = inputAt(view, step.start + f * (step.end - step.start));
        const scene = builder.build(loaded.anatomy, input);
        const mix = input.distension ?? 0;
        if (mix > 0 && mix < 1) changing++;
        const drawn = structureGeometry(gallbladder, {
          dilation: 1,
          minWidth: 0,
          ...(mix > 0 && mix < 1
            ? { outlineState: 'distended', outlineMix: mix }
            : { outlineState: input.gallbladder === 'distended' ? 'distended' : undefined }),
        });
        for (const l of scene.labels.filter((x) => x.kind === 'duct')) {
          const b = glyphBox(l);
          const spots = [0.05, 0.5, 0.95].flatMap((fx) =>
            [0.2, 0.8].map((fy): [number, number] => [b.x0 + fx * (b.x1 - b.x0), b.y0 + fy * (b.y1 - b.y0)]),
          );
          if (spots.some((p) => insidePolygon(p, drawn))) found.push(`${f}: "${l.text}" on the gallbladder`);
        }
      }
      expect(changing, 'frames while it empties').to.be.at.least(3);
      expect(found).to.deep.equal([]);
    });
});
