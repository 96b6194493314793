import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { UNITS_PER_LENGTH_MM, UNITS_PER_MM } from '../../src/model/device-specs.js';
import {
  distanceToPolyline,
  insidePolygon,
  nearestOnPolyline,
  pointAtLength,
  sampleSpline,
} from '../../src/model/geometry.js';
import { STENT_SPECS } from '../../src/model/stent-specs.js';
import { stentGeometry, zRingCount } from '../../src/scene/devices/stent-geometry.js';
import { stentRoute } from '../../src/scene/devices/stent-route.js';
import type { SampledState } from '../../src/timeline/timeline-types.js';
import { anatomy, contextOf, laterMoments, polylines, pxPerUnit, sceneOf } from './scene-at.js';

const METAL = ['mesh', 'z', 'spiral'] as const;
const STENTS = [...METAL, 'plastic'] as const;
const VIEWS = ['illustration', 'fluoroscopy'] as const;
const duodenum = anatomy.byId.get('duodenum')!.shape;
const mark = anatomy.byId.get('major-papilla')!.shape;
if (duodenum.type !== 'tube' || mark.type !== 'point') throw new Error('duodenum, papilla');
const papilla = mark.at;
const bowel = sampleSpline(duodenum.centerline);
/** The D2 lumen: the bowel's tube inside its drawn wall strip (about 0.7 mm). */
const lumen = duodenum.diameter.normal / 2 - 3;
const inLumen = (p: Point) => nearestOnPolyline(bowel, p).distance <= lumen + 1;
/** Down D2 at the papilla (caudal). */
const caudal = pointAtLength(bowel, nearestOnPolyline(bowel, papilla).arc).tangent;

/** The stent as placed and drawn in one view: its drawn centreline, geometry and strut runs. */
function placed(state: SampledState, stent: (typeof STENTS)[number], view: (typeof VIEWS)[number]) {
  const device = state.devices.find((d) => d.kind === `stent-${stent}`)!;
  const ctx = contextOf(state);
  const route = stentRoute(device, ctx);
  const g = stentGeometry({ ...device, route }, ctx, pxPerUnit(state), device.route);
  const scene = sceneOf(state, view);
  const runs = scene.devices
    .filter((p) => p.deviceId === device.id && p.part === 'stent-wire')
    .flatMap((p) => polylines(p.d));
  return { route, g, scene, runs, papilla: nearestOnPolyline(route, papilla).arc };
}

/** The common bile duct's drawn outline (its wall) in the illustration of a state. */
const ductOutline = (state: SampledState): Point[] =>
  sceneOf(state)
    .paths.filter((p) => p.structureId === 'common-bile-duct' && p.paint === 'tube')
    .flatMap((p) => polylines(p.d).flat());

// Radiologist N2, illustrator A1 (round 6): below a metal stent's block the held-open duct ran on 0.5–1 cm past the
// papilla as a round pouch, the papilla mound inside it; the duct ends at the papilla, its mouth on the D2 wall.
describe('the common bile duct ends at the papilla', () => {
  for (const stent of STENTS)
    for (const view of VIEWS)
      it(`${stent}, ${view}: no duct wall or duct contrast point lies past the papilla along D2`, () => {
        for (const { id, state } of laterMoments(stent, 'distal')) {
          const scene = sceneOf(state, view);
          // Round 8: a metal stent's own dark inside is drawn over the bowel from its wall on, so the duct's mouth,
          // square to the duct, shows only up to the papilla; under that stretch it is hidden, and within a mm of
          // it (the duct wall's thickness) it is the lip of the mouth around the stent.
          const covers = scene.devices.filter((p) => p.part === 'stent-lumen').flatMap((p) => polylines(p.d));
          const hidden = (q: Point) =>
            covers.some((run) => insidePolygon(q, run) || distanceToPolyline(q, [...run, run[0]!]) <= UNITS_PER_MM);
          const paths = scene.paths.filter(
            // The lumen a stent holds open through the tumour is repainted over it: an overlay, not the duct's end.
            (p) =>
              p.structureId === 'common-bile-duct' &&
              !p.id.startsWith('lumen-') &&
              (p.paint === 'tube' || p.paint === 'contrast'),
          );
          if (view === 'illustration') expect(paths.length, `${id}: duct drawn`).to.be.greaterThan(0);
          for (const p of paths) {
            const points = polylines(p.d).flat();
            const seen = points.filter((q) => !hidden(q));
            const along = seen.map((q) => (q[0] - papilla[0]) * caudal[0] + (q[1] - papilla[1]) * caudal[1]);
            expect(Math.max(...along) / UNITS_PER_MM, `${id}: ${p.paint} past the papilla (mm)`).to.be.at.most(1.5);
            const near = distanceToPolyline(papilla, [...points, points[0]!]);
            expect(near / UNITS_PER_MM, `${id}: ${p.paint} end from the papilla (mm)`).to.be.at.most(1.5);
          }
        }
      });
});

// Radiologist N1 and N2, illustrator A1 (round 6): the metal stents' last 5–10 mm turned ~75° over a bend tighter
// than their width, so the inner side folded and the last ring, braid cell or helix turn stuck out through the
// duct wall as a tab or a hook; on X-ray the end lay in a lucent halo beside the D2 cast.
describe('a transpapillary metal stent ends as a regular tube in the D2 lumen', () => {
  for (const stent of METAL)
    for (const view of VIEWS)
      it(`${stent}, ${view}: struts within its radius of a gently bent axis, inside the duct or the D2 lumen`, () => {
        const nominal = STENT_SPECS[stent].openMm * UNITS_PER_MM;
        const passage = nominal / 2 + 2;
        for (const { id, state } of laterMoments(stent, 'distal')) {
          const { route, g, runs, papilla: at } = placed(state, stent, view);
          const outline = ductOutline(state);
          for (const p of runs.flat()) {
            const { arc, distance } = nearestOnPolyline(route, p);
            // The local radius: a ring spans its own slot, across which a waist's shoulder may change the width.
            const widthNear = (d: number) => g.widthAt(Math.max(g.proximal, Math.min(g.distal, arc + d)));
            const half = Math.max(widthNear(-8), widthNear(0), widthNear(8)) / 2;
            expect(distance, `${id}: strut ${p} off the axis at ${arc.toFixed(0)}`).to.be.at.most(half * 1.1 + 1);
            // Through the papilla itself (one stent radius around it) the stent crosses the duodenal wall.
            if (arc < at - 5 * UNITS_PER_LENGTH_MM || Math.hypot(p[0] - papilla[0], p[1] - papilla[1]) < passage)
              continue;
            const inside = insidePolygon(p, outline) || distanceToPolyline(p, outline) <= 1.5 || inLumen(p);
            expect(inside, `${id}: strut ${p} in the duct or D2`).to.equal(true);
          }
          // The axis's bend radius over each 12-unit stretch, from 10 mm above the papilla to the end.
          for (let s = at - 10 * UNITS_PER_LENGTH_MM; s + 12 <= g.distal; s += 2) {
            const [a, b] = [pointAtLength(route, s).tangent, pointAtLength(route, s + 12).tangent];
            const turn = Math.acos(Math.min(1, a[0] * b[0] + a[1] * b[1]));
            expect(turn > 0 ? 12 / turn : Infinity, `${id}: bend radius at ${s.toFixed(0)}`).to.be.at.least(nominal);
          }
          const end = pointAtLength(route, g.distal).point;
          expect(inLumen(end), `${id}: end ${end} in the D2 lumen`).to.equal(true);
        }
      });

  for (const stent of STENTS)
    it(`${stent}: on X-ray its end overlaps the D2 contrast cast, with no lucent gap around it`, () => {
      let casts = 0;
      for (const { id, state } of laterMoments(stent, 'distal')) {
        const { route, g, scene } = placed(state, stent, 'fluoroscopy');
        const cast = scene.paths.filter((p) => p.structureId === 'duodenum' && p.paint === 'contrast');
        if (!cast.length) continue;
        casts++;
        const end = pointAtLength(route, g.distal).point;
        expect(
          cast.some((p) => polylines(p.d).some((run) => insidePolygon(end, run))),
          `${id}: end ${end} in the cast`,
        ).to.equal(true);
        const duct = ductOutline(state);
        const gap = Math.min(...duct.map((q) => Math.hypot(q[0] - end[0], q[1] - end[1])));
        expect(insidePolygon(end, duct) ? 0 : gap, `${id}: end clear of the duct's wall gap`).to.be.above(3);
      }
      expect(casts, 'check frames with a D2 cast').to.be.greaterThan(0);
    });
});

// Illustrator A4 (round 6): below the tumour the Z rings broke into loose diagonals and a stray "Z" glyph; each
// Z-body is a closed hoop, its bends on two crown lines square to its own axis, narrower in the waist, never broken.
describe('every Z ring is a closed hoop', () => {
  for (const view of VIEWS)
    it(`${view}: each ring's bends alternate between two crown lines and span its full width`, () => {
      for (const { id, state } of laterMoments('z', 'distal')) {
        const { g, runs, route } = placed(state, 'z', view);
        const rings = runs.filter((run) => run.length > 2);
        expect(rings.length, `${id}: rings`).to.equal(zRingCount(g.distal - g.proximal, g.restWidth));
        for (const [r, ring] of rings.entries()) {
          const mean = (pts: Point[]): Point => [
            pts.reduce((t, p) => t + p[0], 0) / pts.length,
            pts.reduce((t, p) => t + p[1], 0) / pts.length,
          ];
          const [a, b] = [mean(ring.filter((_, j) => j % 2 === 0)), mean(ring.filter((_, j) => j % 2 === 1))];
          const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
          expect(len, `${id}: ring ${r} height`).to.be.above(0.5);
          const axis: Point = [(b[0] - a[0]) / len, (b[1] - a[1]) / len];
          for (const [j, p] of ring.entries()) {
            const crown = j % 2 ? b : a;
            const off = (p[0] - crown[0]) * axis[0] + (p[1] - crown[1]) * axis[1];
            expect(Math.abs(off), `${id}: ring ${r} bend ${j} off its crown line`).to.be.at.most(1);
          }
          const across = ring.map((p) => p[0] * -axis[1] + p[1] * axis[0]);
          const centre = nearestOnPolyline(route, mean(ring)).arc;
          const width = Math.max(...across) - Math.min(...across);
          expect(width, `${id}: ring ${r} across`).to.be.at.least(0.9 * 0.98 * g.widthAt(centre));
        }
      }
    });
});
