import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { parseProcedure } from '../../src/model/parse-procedure.js';
import { buildScene } from '../../src/scene/build-scene.js';
import { sceneInputFor } from '../../src/scene/scene-input.js';
import type { SceneLabel } from '../../src/scene/scene-types.js';
import { compileTimeline } from '../../src/timeline/compile-timeline.js';
import { sampleTimeline, stepEndTime } from '../../src/timeline/sample-timeline.js';
import { anatomy, elementView, glyphBox, runs, type Look } from './label-sweep.js';

type Box = { x0: number; y0: number; x1: number; y1: number };

/** A label's text box, scene units: its glyphs and a little above and below them. */
const boxOf = (l: SceneLabel): Box => glyphBox(l, 0.8, 0.15);

const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Whether segment a–c passes through box b (sampled every unit). */
function through(a: Point, c: Point, b: Box): boolean {
  const n = Math.max(1, Math.ceil(Math.hypot(c[0] - a[0], c[1] - a[1])));
  return Array.from({ length: n + 1 }, (_, i): Point => [
    a[0] + ((c[0] - a[0]) * i) / n,
    a[1] + ((c[1] - a[1]) * i) / n,
  ]).some(([x, y]) => x > b.x0 && x < b.x1 && y > b.y0 && y < b.y1);
}

const LOOKS: Look[] = [
  { width: 360, view: 'illustration', audience: 'clinician' },
  { width: 720, view: 'illustration', audience: 'clinician' },
  { width: 1920, height: 1080, view: 'illustration', audience: 'clinician', labelScale: 1.3 },
  { width: 360, view: 'illustration', audience: 'patient' },
];

describe('issue 8: the right access steps are not crowded', () => {
  const procedure = parseProcedure(BUNDLED_PROCEDURES.ptcd, anatomy, 'ptcd');
  const timeline = compileTimeline(procedure, anatomy, { approach: 'right' });
  for (const id of ['right-entry', 'right-puncture'])
    it(`${id}: no two labels overlap, and the "toward T12" arrow runs under no other label`, () => {
      const failures: string[] = [];
      const moment = sampleTimeline(
        timeline,
        stepEndTime(
          timeline,
          timeline.steps.findIndex((s) => s.id === id),
        ),
      );
      for (const look of LOOKS) {
        const scene = buildScene(anatomy, sceneInputFor(elementView(look, 'overview'), moment));
        const what = `${look.audience} ${look.width}`;
        const labels = scene.labels;
        for (let i = 0; i < labels.length; i++)
          for (let j = i + 1; j < labels.length; j++)
            if (overlap(boxOf(labels[i]!), boxOf(labels[j]!)))
              failures.push(`${what}: "${labels[i]!.text}" on "${labels[j]!.text}"`);
        const arrow = scene.paths.find((p) => p.id === 'aim-t12');
        for (const run of arrow ? runs(arrow.d) : [])
          for (const l of labels.filter((l) => l.structureId !== 't12-aim'))
            if (run.some((p, k) => k > 0 && through(run[k - 1]!, p, boxOf(l))))
              failures.push(`${what}: the T12 arrow under "${l.text}"`);
      }
      expect(failures).to.deep.equal([]);
    });
});
