import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { checkSuitability } from '../../src/model/check-suitability.js';
import { pointAtLength, nearestOnPolyline, polylineLength, sampleSpline } from '../../src/model/geometry.js';
import { OBSTRUCTION_NAMES } from '../../src/model/obstruction-names.js';
import { parseProcedure } from '../../src/model/parse-procedure.js';
import { whenHolds } from '../../src/model/when-holds.js';
import { ductSqueeze } from '../../src/scene/duct-squeeze.js';
import { momentLesions } from '../../src/scene/lesion-path.js';
import type { Scene } from '../../src/scene/scene-types.js';
import { tubeWidth } from '../../src/scene/structure-paths.js';
import type { SampledState } from '../../src/timeline/timeline-types.js';
import { anatomy, polylines, sceneOf, stateAt, timelineOf } from './scene-at.js';

/** Device parts dense enough to hide contrast on an X-ray; plastic catheters barely dim it. */
const RADIOPAQUE = new Set(['metal', 'bevel', 'wire', 'wire-casing', 'marker', 'stent-wire', 'balloon', 'bag']);

/**
 * Square units of contrast an X-ray of this scene shows: contrast paths
 * filled inside the camera, less what radiopaque device parts drawn over
 * them hide (rasterised at one pixel per unit).
 */
function visibleContrast(scene: Scene): number {
  const { x, y, w, h } = scene.camera;
  const canvas = new OffscreenCanvas(Math.round(w), Math.round(h));
  const g = canvas.getContext('2d')!;
  g.translate(-x, -y);
  g.fillStyle = '#000';
  for (const p of scene.paths) if (p.paint === 'contrast') g.fill(new Path2D(p.d));
  g.strokeStyle = g.fillStyle = '#fff';
  g.lineCap = g.lineJoin = 'round';
  for (const p of scene.devices) {
    if (!RADIOPAQUE.has(p.part)) continue;
    if (p.width > 0) {
      g.lineWidth = p.width;
      g.stroke(new Path2D(p.d));
    } else g.fill(new Path2D(p.d));
  }
  const data = g.getImageData(0, 0, canvas.width, canvas.height).data;
  let dark = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i]! > 0 && data[i - 1]! < 128) dark++;
  return dark;
}

const variants = Object.keys(BUNDLED_PROCEDURES).flatMap((procedure) =>
  OBSTRUCTION_NAMES.flatMap((obstruction) => {
    const parsed = parseProcedure(BUNDLED_PROCEDURES[procedure], anatomy, `${procedure}.json`);
    return checkSuitability(parsed, obstruction) ? [] : [{ procedure, obstruction, parsed }];
  }),
);

describe('contrast in the X-ray view', () => {
  for (const { procedure, obstruction, parsed } of variants) {
    it(`${procedure}, ${obstruction}: every contrast step shows contrast beyond the devices`, () => {
      const timeline = timelineOf(procedure, { obstruction });
      const variant = { approach: timeline.approach, obstruction, stent: 'mesh' as const };
      for (const step of parsed.steps) {
        if (!whenHolds(step.when, variant)) continue;
        const injects = step.actions.some((a) => a.type === 'contrast' && whenHolds(a.when, variant));
        const state = stateAt(timeline, step.id, 1);
        if (!injects || Object.keys(state.contrast).length === 0) continue;
        // A step that drains the system after its check injection shows the contrast before it washes out.
        const shown = Math.max(
          ...[0.5, 1].map((f) => visibleContrast(sceneOf(stateAt(timeline, step.id, f), 'fluoroscopy'))),
        );
        // At least a 1 cm stretch of a 5 mm duct as drawn (28 × 21 units).
        expect(shown, `${step.id}: square units of contrast in view`).to.be.greaterThan(28 * 21);
      }
    });
  }

  for (const procedure of ['stent', 'internal-drainage']) {
    for (const obstruction of ['distal', 'hilar-1', 'hilar-2', 'hilar-3a', 'hilar-3b', 'hilar-4']) {
      it(`${procedure}, ${obstruction}: the cholangiogram through the drains fills the duct of every drain`, () => {
        const state = stateAt(timelineOf(procedure, { obstruction }), 'cholangiogram', 1);
        const drains = state.devices.filter((d) => d.kind === 'drain');
        expect(drains.length).to.be.greaterThan(0);
        for (const drain of drains) {
          const tip = pointAtLength(drain.route, drain.tip - 4).point;
          const duct = anatomy.structures.find(
            (s) =>
              s.kind === 'duct' && s.shape.type === 'tube' && nearestOnPolyline(s.shape.centerline, tip).distance < 4,
          );
          expect(duct, `${drain.id} lies in a duct`).to.exist;
          expect(state.contrast[duct!.id], `${drain.id}: contrast in ${duct!.id}`).to.exist;
        }
      });
    }
  }

  it('a filled, patent cystic duct fills the gallbladder; a block above it does not', () => {
    const distal = sceneOf(stateAt(timelineOf('stent', { obstruction: 'distal' }), 'cholangiogram', 1));
    expect(distal.paths.some((p) => p.id === 'contrast-gallbladder')).to.equal(true);
    const hilar = sceneOf(stateAt(timelineOf('stent', { obstruction: 'hilar-2' }), 'cholangiogram', 1));
    expect(hilar.paths.some((p) => p.id === 'contrast-gallbladder')).to.equal(false);
  });

  it('a column stopped at a block narrows smoothly over a shoulder', () => {
    const state = stateAt(timelineOf('stent', { obstruction: 'distal' }), 'cholangiogram', 1);
    const [from, to] = state.contrast['common-bile-duct']!;
    expect(to, 'stops above the mass').to.be.lessThan(0.7);
    expect(from).to.be.lessThan(0.01);
    const outline = polylines(sceneOf(state).paths.find((p) => p.id === 'contrast-common-bile-duct')!.d)[0]!;
    const n = outline.length / 2;
    const widths = Array.from({ length: n }, (_, i) => {
      const [a, b] = [outline[i]!, outline[outline.length - 1 - i]!];
      return Math.hypot(a[0] - b[0], a[1] - b[1]);
    });
    const full = widths[Math.floor(n / 2)]!;
    const end = widths.slice(-8);
    for (let i = 1; i < end.length; i++) expect(end[i]!, 'narrows toward the block').to.be.at.most(end[i - 1]! + 0.5);
    expect(end.at(-1)! / full).to.be.within(0.2, 0.45);
    for (let i = 1; i < widths.length; i++)
      expect(
        Math.abs(widths[i]! - widths[i - 1]!),
        `no step along the edge at ${i} of ${widths.map(Math.round).join(' ')}`,
      ).to.be.lessThan(0.2 * full);
  });

  it('no duct narrows and widens again inside one stricture (no sawtooth edge)', () => {
    for (const obstruction of OBSTRUCTION_NAMES) {
      const state = stateAt(timelineOf('ptcd', { obstruction }), 'overview', 1);
      const lesions = momentLesions(state);
      for (const duct of anatomy.structures) {
        if (duct.kind !== 'duct' || !lesions.some((l) => l.duct === duct.id)) continue;
        const shape = { dilation: 1, minWidth: 1, ...ductSqueeze(duct, lesions) };
        let turns = '';
        let last = tubeWidth(duct, 0, shape);
        for (let f = 0.002; f <= 1; f += 0.002) {
          const w = tubeWidth(duct, f, shape);
          const sign = w > last + 0.01 ? '+' : w < last - 0.01 ? '-' : '';
          if (sign && !turns.endsWith(sign)) turns += sign;
          last = w;
        }
        expect(turns, `${obstruction}: ${duct.id} width runs ${turns}`).to.match(/^\+?-?\+?$/);
      }
    }
  });

  it('duodenal contrast is a cast with fold edges, not a flat block', () => {
    const state = stateAt(timelineOf('stent', { obstruction: 'distal' }), 'check', 1);
    const cast = sceneOf(state).paths.find((p) => p.id === 'contrast-duodenum');
    expect(cast, 'contrast in the duodenum').to.exist;
    const outline = polylines(cast!.d)[0]!;
    const spine = sampleSpline((anatomy.byId.get('duodenum')!.shape as { centerline: [number, number][] }).centerline);
    const offsets = outline.slice(0, outline.length / 2).map((p) => nearestOnPolyline(spine, p).distance);
    let folds = 0;
    for (let i = 2; i < offsets.length - 2; i++)
      if (offsets[i]! < offsets[i - 1]! && offsets[i]! <= offsets[i + 1]!) folds++;
    expect(folds, 'fold notches along one edge').to.be.greaterThan(4);
    expect(polylineLength(outline.slice(0, outline.length / 2)), 'runs along the loop').to.be.greaterThan(120);
    // A C, not only D2: the cast's centre runs from the bulb round to the third part.
    const spineArc = (id: string) => nearestOnPolyline(spine, (anatomy.byId.get(id)!.shape as { at: Point }).at).arc;
    const arcs = outline.map((p) => nearestOnPolyline(spine, p).arc);
    expect(Math.min(...arcs), 'reaches back to D1').to.be.at.most(spineArc('duodenum-d1') + 20);
    expect(Math.max(...arcs), 'runs on into D3').to.be.at.least(spineArc('duodenum-d3'));
  });

  it('ducts decompress the same way in both views', () => {
    const timeline = timelineOf('stent', { obstruction: 'distal' });
    const paths = (s: SampledState, view: 'illustration' | 'fluoroscopy') =>
      // Bone is the film's own (it shows every rib whole and the spine's inner marks), and so is the whole duodenum
      // (the illustration opens it over the bile duct and leaves out D1 beyond): compare the rest.
      sceneOf(s, view)
        .paths.filter((p) => p.tone !== 'bone' && p.id !== 'duodenum')
        .map((p) => `${p.id}:${p.d}`);
    const [before, after] = [stateAt(timeline, 'check', 0.3), stateAt(timeline, 'check', 1)];
    expect(paths(after, 'fluoroscopy')).to.deep.equal(paths(after, 'illustration'));
    const width = (s: SampledState) => {
      const d = sceneOf(s).paths.find((p) => p.id === 'common-hepatic-duct')!.d;
      const outline = polylines(d)[0]!;
      return Math.hypot(outline[2]![0] - outline.at(-3)![0], outline[2]![1] - outline.at(-3)![1]);
    };
    expect(width(after)).to.be.lessThan(width(before) * 0.85);
  });
});
