import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { distanceToPolyline, insidePolygon, slicePolyline } from '../../src/model/geometry.js';
import { PART_WAY, runs, sweepSteps, type Look, type SweptFrame } from './label-sweep.js';

/** Clinicians' looks: a phone (its stage about square, as the element lays it out), a tablet and a laptop. */
const LOOKS: Look[] = [360, 720, 1280].flatMap((width) =>
  (['illustration', 'fluoroscopy'] as const).map((view) => ({
    width,
    ...(width === 360 ? { height: 360 } : {}),
    view,
    audience: 'clinician' as const,
  })),
);

const PAPILLA = 'major-papilla';
/** Units (about 2 mm) within which a device's course passes through the papilla. */
const THROUGH = 6;

/** Whether a device the step works with (or a stent it leaves) runs through the papilla, in view. */
function crossing(f: SweptFrame): boolean {
  const papilla = f.anatomy.byId.get(PAPILLA);
  if (papilla?.shape.type !== 'point') return false;
  const at: Point = papilla.shape.at;
  const c = f.scene.camera;
  if (at[0] < c.x || at[0] > c.x + c.w || at[1] < c.y || at[1] > c.y + c.h) return false;
  return f.moment.devices.some(
    (d) =>
      d.opacity >= 0.5 &&
      d.route.length > 1 &&
      d.tip > d.tail &&
      distanceToPolyline(at, slicePolyline(d.route, d.tail, d.tip)) < THROUGH,
  );
}

/**
 * Issue 8, round 8: a distal block's steps are about crossing the papilla (measuring down to it, a stent across it):
 * when the step names the papilla and a device runs through it, the papilla keeps its label, beside the device.
 */
describe('issue 8: the papilla is named on distal steps whose device crosses it', () => {
  let missing: string[];
  let onDuct: string[];
  let checked = 0;
  before(function () {
    this.timeout(900000);
    onDuct = [];
    missing = sweepSteps(
      LOOKS,
      (f) => {
        if (!f.moment.labels?.includes(PAPILLA) || !crossing(f)) return [];
        // Known gap: on a phone's stage the internal–external drain's loop fills the duodenum around the papilla,
        // with no room for its name 3 mm off the drain.
        if (/internal-external-drain.* 360$/.test(f.what)) return [];
        checked++;
        const label = f.scene.labels.find((l) => l.structureId === PAPILLA);
        if (!label) return [f.what];
        // Its leader ends on the papilla or the wall beside the exit, never on the bile duct running in the wall above.
        const end = label.leader && ([label.leader[2], label.leader[3]] as Point);
        const ducts = f.scene.paths.filter((p) => p.structureId === 'common-bile-duct' && p.paint === 'tube');
        if (end && ducts.some((p) => runs(p.d).some((r) => insidePolygon(end, r)))) onDuct.push(f.what);
        return [];
      },
      PART_WAY,
      (name, obstruction) => obstruction === 'distal' && name !== 'ptcd',
    );
  });
  it('some steps cross the papilla', () => {
    expect(checked).to.be.greaterThan(20);
  });
  it('each of them names the papilla', () => {
    expect(missing.slice(0, 40), `${missing.length} of ${checked} frames`).to.deep.equal([]);
  });
  // Radiologist (round 8): on a film the word's leader ended 1 cm up the bile duct, naming the duct the papilla.
  it('no leader of it ends on the bile duct', () => {
    expect(onDuct.slice(0, 40), `${onDuct.length} of ${checked} frames`).to.deep.equal([]);
  });
});
