import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { distanceToPolyline, polylineLength, sampleSpline, slicePolyline } from '../../src/model/geometry.js';
import { deviceLines } from '../../src/scene/device-lines.js';
import { momentLesions } from '../../src/scene/lesion-path.js';
import { tubeWidth } from '../../src/scene/structure-paths.js';
import { anatomy, sceneAtEnd, timelineOf } from './scene-at.js';

/** Procedures that show the hepaticojejunostomy's ring stricture, step by step. */
const PROCEDURES = ['balloon-dilation', 'internal-drainage'];
/** Screen px the leader's end may lie beyond the scar (the duct's full width plus its thickened wall). */
const NEAR_PX = 8;
/** Screen px the leader's end keeps clear of any device's drawn body. */
const CLEAR_PX = 1;

// Radiologist U4: "Stricture (scar)" floated over the right ducts, its leader hidden under the catheter.
describe('the HJ stricture’s label', () => {
  for (const procedure of PROCEDURES)
    for (const width of [720, 1280])
      it(`${procedure} at ${width} px: every step's leader ends at the stricture, in view beside the devices`, () => {
        const timeline = timelineOf(procedure, { obstruction: 'benign-anastomotic' });
        let seen = 0;
        for (const step of timeline.steps) {
          const { moment, scene } = sceneAtEnd(timeline, step.id, { width });
          const label = scene.labels.find((l) => l.structureId === 'lesion');
          if (!label?.leader) continue;
          seen++;
          const ppu = Math.min(width / scene.camera.w, width / scene.camera.h);
          const ring = momentLesions(moment).find((l) => l.kind === 'ring')!;
          const duct = anatomy.byId.get(ring.duct)!;
          if (duct.shape.type !== 'tube') throw new Error('a ring stricture is in a tube');
          const spine = sampleSpline(duct.shape.centerline);
          const total = polylineLength(spine);
          const stretch = slicePolyline(spine, ring.span[0] * total, ring.span[1] * total);
          const mid = (ring.span[0] + ring.span[1]) / 2;
          const half =
            tubeWidth(duct, mid, {
              dilation: moment.dilation[duct.id] ?? moment.defaultDilation,
              minWidth: 0,
            }) / 2;
          const end: Point = [label.leader[2], label.leader[3]];
          const off = (distanceToPolyline(end, stretch) - half * 1.14) * ppu;
          expect(off, `${step.id}: px beyond the stricture`).to.be.at.most(NEAR_PX);
          const bodies = scene.devices.flatMap((p) => deviceLines([p]).map((l) => [l, p.width / 2] as const));
          // The end and most of the leader lie off every device's drawn body.
          const covered = (p: Point) => bodies.some(([l, w]) => (distanceToPolyline(p, l) - w) * ppu < CLEAR_PX);
          expect(covered(end), `${step.id}: the leader's end under a device`).to.equal(false);
          const [x1, y1, x2, y2] = label.leader;
          const samples = Array.from({ length: 11 }, (_, k): Point => [
            x1 + ((x2 - x1) * k) / 10,
            y1 + ((y2 - y1) * k) / 10,
          ]);
          expect(samples.filter(covered).length, `${step.id}: leader samples under a device`).to.be.at.most(5);
        }
        expect(seen, 'steps naming the stricture').to.be.above(0);
      });
});
