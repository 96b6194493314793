import { expect } from '@open-wc/testing';
import { buildScene, SceneBuilder } from '../../src/scene/build-scene.js';
import type { SceneLabel } from '../../src/scene/scene-types.js';
import { inputAt, loadProcedure } from './scene-fixture.js';

const at = (l: SceneLabel) => [Math.round(l.x * 100) / 100, Math.round(l.y * 100) / 100];

describe('a hovered structure’s label, placed alone among the step’s labels', () => {
  for (const procedure of ['ptcd', 'stent'])
    it(`${procedure}: named as before, mostly where a whole layout with it active put it, never lost`, () => {
      const loaded = loadProcedure(procedure);
      let [labelled, moved, lost] = [0, 0, 0];
      const wrong: string[] = [];
      for (const step of loaded.timeline!.steps) {
        const builder = new SceneBuilder();
        const resting = builder.build(loaded.anatomy, inputAt(loaded, step.end));
        for (const { structureId: id } of resting.targets) {
          const extra = builder.hoverLabels(id);
          expect(builder.hoverLabels(id), `${step.id} ${id}: the same label when hovered again`).to.equal(extra);
          const now = [...resting.labels, ...extra].filter((l) => l.id === `label-${id}`);
          expect(now.length, `${step.id} ${id}: at most one label`).to.be.at.most(1);
          if (extra.length)
            expect(
              resting.labels.some((l) => l.id === `label-${id}`),
              `${step.id} ${id}: added once`,
            ).to.equal(false);
          // Before: the whole layout placed again with the hovered structure active.
          const before = buildScene(loaded.anatomy, inputAt(loaded, step.end, id)).labels.find(
            (l) => l.structureId === id,
          );
          if (!before) continue;
          labelled++;
          if (!now[0]) {
            lost++;
            continue;
          }
          if (now[0].text !== before.text) wrong.push(`${step.id} ${id}: “${now[0].text}”, was “${before.text}”`);
          if (at(now[0]).join() !== at(before).join()) moved++;
        }
      }
      expect(wrong).to.deep.equal([]);
      // The step's own labels stay where they are now, so a hovered name finds another spot only where the whole
      // layout used to push them aside for it; rarely none at all. (3%: which names find no room shifts with every
      // change to where the step's own names stand. Scoring names by the duct width they cover, the stent procedure
      // lost 18 of 681 against 15, PTCD 11 of 842 against 13, mostly different names: vessels and pancreas parts.
      // 13% placed elsewhere: a hovered name keeps off the standing names' rows and its leader off them, where the
      // whole layout placed it first and moved them instead; PTCD 87 -> 104 of 842, the stent procedure 76 -> 85.)
      expect(moved / labelled, `${moved} of ${labelled} placed elsewhere`).to.be.below(0.13);
      expect(lost / labelled, `${lost} of ${labelled} with no room`).to.be.below(0.03);
    });
});
