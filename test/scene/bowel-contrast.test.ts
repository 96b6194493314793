import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { distanceToPolyline, sampleSpline } from '../../src/model/geometry.js';
import type { Scene } from '../../src/scene/scene-types.js';
import { anatomy, polylines, sceneOf, stateAt, timelineOf } from './scene-at.js';

const duodenum = anatomy.byId.get('duodenum')!.shape as { centerline: Point[] };
const spine = sampleSpline(duodenum.centerline);

/** The outline points of a structure's contrast in a scene, or none. */
const contrastOf = (scene: Scene, id: string): Point[] =>
  (polylines(scene.paths.find((p) => p.id === `contrast-${id}`)?.d ?? '')[0] ?? []) as Point[];
/** How wide a bowel's contrast gets: twice its furthest point from the centre line, in units. */
const widest = (outline: readonly Point[]) => Math.max(0, ...outline.map((p) => 2 * distanceToPolyline(p, spine)));

/** Whether p lies inside a closed polygon (even–odd). */
function inside(p: Point, polygon: readonly Point[]): boolean {
  let hit = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [a, b] = [polygon[i]!, polygon[j]!];
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) hit = !hit;
  }
  return hit;
}

describe('contrast in the duodenum past a distal block', () => {
  const timeline = timelineOf('stent', { obstruction: 'distal' });
  const deploy = timeline.steps.find((s) => s.id === 'deploy')!;
  // The stent opens over 7 s from 1.6 s into the 10 s step.
  const deployed = (f: number) => (1600 + f * 7000) / (deploy.end - deploy.start);
  const full = widest(contrastOf(sceneOf(stateAt(timeline, 'check', 1), 'fluoroscopy'), 'duodenum'));
  // The measure step's injection from above the block ends 7.4 s into its 9.5 s (the marker catheter then goes back
  // across into D2, where a catheter injecting fills the bowel wide).
  const measure = timeline.steps.find((s) => s.id === 'measure')!;
  const fromAbove = 7400 / (measure.end - measure.start);

  it('is only a trickle while the block is not crossed by an open stent, and a full cast once it is', () => {
    expect(full, 'the check fills the loop').to.be.greaterThan(20);
    for (const [step, f] of [
      ['measure', fromAbove],
      ['deploy', deployed(0.35)],
    ] as const) {
      const shown = contrastOf(sceneOf(stateAt(timeline, step, f), 'fluoroscopy'), 'duodenum');
      expect(
        widest(shown),
        `${step} at ${f.toFixed(2)}: widest D2 contrast of a full ${full.toFixed(1)}`,
      ).to.be.at.most(0.4 * full);
    }
    const open = contrastOf(sceneOf(stateAt(timeline, 'deploy', 1), 'fluoroscopy'), 'duodenum');
    expect(widest(open), 'the stent open').to.be.at.least(0.9 * full);
  });

  it('fills wide through a plastic stent too, which does not widen the block but drains through its own tube', () => {
    const plastic = timelineOf('stent', { obstruction: 'distal', stent: 'plastic' });
    for (const view of ['fluoroscopy', 'illustration'] as const) {
      const shown = contrastOf(sceneOf(stateAt(plastic, 'check', 1), view), 'duodenum');
      expect(widest(shown), `${view}: the check after a plastic stent`).to.be.at.least(0.9 * full);
    }
  });

  it('keeps a light gap (the duct and bowel walls) between the bile duct column and the D2 cast on a film', () => {
    const scene = sceneOf(stateAt(timeline, 'check', 1), 'fluoroscopy');
    const path = scene.paths.find((p) => p.id === 'contrast-duodenum')!;
    const cast = contrastOf(scene, 'duodenum');
    const duct = contrastOf(scene, 'common-bile-duct');
    expect(cast.length * duct.length).to.be.greaterThan(0);
    // The cast shows outside its clip's cut-out (the clip is the plane less an outline, drawn even-odd).
    const cut = polylines(scene.clips.find((c) => c.id === `clip-${path.clip}`)?.d ?? '').slice(1) as Point[][];
    const shown = (p: Point) => inside(p, cast) && !cut.some((hole) => inside(p, hole));
    const edge = (p: Point) => Math.min(...cut.map((line) => distanceToPolyline(p, [...line, line[0]!])));
    const touching = duct.filter(
      (p) => shown(p) || (edge(p) < 1 && (inside(p, cast) || distanceToPolyline(p, [...cast, cast[0]!]) < 1)),
    );
    expect(
      touching.length,
      `duct outline points on the cast: ${touching.map((p) => `${p.join(',')} in=${cut.some((h) => inside(p, h))} e=${edge(p).toFixed(2)}`).join(' ')}`,
    ).to.equal(0);
  });

  it('leaves the bile duct behind the bowel untinted in the illustration, so a stent in it never seems to lie in the bowel', () => {
    const cbd = sampleSpline((anatomy.byId.get('common-bile-duct')!.shape as { centerline: Point[] }).centerline);
    for (const [step, f] of [
      ['deploy', 1],
      ['check', 1],
    ] as const) {
      const scene = sceneOf(stateAt(timeline, step, f), 'illustration');
      const path = scene.paths.find((p) => p.id === 'contrast-duodenum');
      const cast = contrastOf(scene, 'duodenum');
      expect(cast.length, `${step}: the bowel holds contrast`).to.be.greaterThan(0);
      const cut = polylines(scene.clips.find((c) => c.id === `clip-${path!.clip}`)?.d ?? '').slice(1) as Point[][];
      const covered = cbd.filter((p) => inside(p, cast) && !cut.some((hole) => inside(p, hole)));
      expect(covered.length, `${step}: duct centre points under the bowel's contents`).to.equal(0);
    }
  });
});
