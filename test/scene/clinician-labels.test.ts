import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { insidePolygon } from '../../src/model/geometry.js';
import { buildScene } from '../../src/scene/build-scene.js';
import { sceneInputFor, type ElementView } from '../../src/scene/scene-input.js';
import { anatomy, elementView, gallbladderOf, glyphBox, ppuOf, runs, sweepSteps } from './label-sweep.js';
import type { Scene, SceneLabel } from '../../src/scene/scene-types.js';

const WIDTHS = [360, 720, 1280] as const;
type Box = { x0: number; y0: number; x1: number; y1: number };

/** A label's text box, scene units: its glyphs and a little above and below them. */
const boxOf = (l: SceneLabel): Box => glyphBox(l, 0.8, 0.15);

/** Where a label points: its leader's end, else the middle of its text. */
const anchorOf = (l: SceneLabel): Point =>
  l.leader ? [l.leader[2], l.leader[3]] : [(boxOf(l).x0 + boxOf(l).x1) / 2, (boxOf(l).y0 + boxOf(l).y1) / 2];

const inBox = (p: Point, b: Box) => p[0] > b.x0 && p[0] < b.x1 && p[1] > b.y0 && p[1] < b.y1;

/** Whether segment a–b passes through box b (by sampling: device segments are short). */
function segmentInBox(a: Point, c: Point, b: Box): boolean {
  const n = Math.max(1, Math.ceil(Math.hypot(c[0] - a[0], c[1] - a[1]) / 1));
  for (let i = 0; i <= n; i++)
    if (inBox([a[0] + ((c[0] - a[0]) * i) / n, a[1] + ((c[1] - a[1]) * i) / n], b)) return true;
  return false;
}

/** The parts that make a device visible: the shaft, the wire, the stent and the balloon. */
const SOLID = new Set(['metal', 'wire', 'casing', 'stent-wire', 'plastic', 'balloon']);

/** The rules of issue 8 item 6 for one clinician frame; returns the failures. */
function broken(scene: Scene, ppu: number, what: string, gallbladder: Point[] | null, tumour = false): string[] {
  const out: string[] = [];
  // Rib numerals are marks.
  const labels = scene.labels.filter((l) => l.kind !== 'numeral');
  const shrink = (b: Box, by: number): Box => ({ x0: b.x0 + by, y0: b.y0 + by, x1: b.x1 - by, y1: b.y1 - by });
  for (const l of labels) {
    const box = boxOf(l);
    // On a film the block's "Cut-off" names where a duct's contrast stops: on the gallbladder's shadow it would
    // read as the gallbladder's (issue 8, round 8). So would "Tumour" written on it in the illustration (session 24:
    // the printed handout's small pictures); a scar's word may stand there.
    const block = l.structureId === 'lesion' && (what.includes('fluoroscopy') || tumour);
    if ((l.kind === 'duct' || block) && gallbladder) {
      // A grid over the text box: any of it on the gallbladder counts.
      const grid = [0.05, 0.25, 0.5, 0.75, 0.95].flatMap((fx) =>
        [0.1, 0.5, 0.9].map((fy): Point => [box.x0 + fx * (box.x1 - box.x0), box.y0 + fy * (box.y1 - box.y0)]),
      );
      if (insidePolygon(anchorOf(l), gallbladder)) out.push(`${what}: ${l.structureId} points into the gallbladder`);
      if (grid.some((p) => insidePolygon(p, gallbladder)))
        out.push(`${what}: ${l.structureId} sits on the gallbladder`);
    }
    const core = shrink(box, 1 / ppu);
    for (const p of scene.devices)
      if (SOLID.has(p.part) && runs(p.d).some((r) => r.some((q, i) => i > 0 && segmentInBox(r[i - 1]!, q, core))))
        out.push(`${what}: ${l.structureId} on ${p.deviceId} ${p.part}`);
    if (l.leader) {
      const px = Math.hypot(l.leader[2] - l.leader[0], l.leader[3] - l.leader[1]) * ppu;
      if (px > 40.5) out.push(`${what}: ${l.structureId} leader ${px.toFixed(0)} px`);
    }
  }
  const pointing = labels.filter((l) => l.leader);
  for (let i = 0; i < pointing.length; i++)
    for (let j = i + 1; j < pointing.length; j++) {
      const [p, q] = [anchorOf(pointing[i]!), anchorOf(pointing[j]!)];
      const px = Math.hypot(p[0] - q[0], p[1] - q[1]) * ppu;
      if (px < 16) out.push(`${what}: ${pointing[i]!.structureId} and ${pointing[j]!.structureId} leaders meet`);
    }
  return [...new Set(out)];
}

/** Every step end of every suitable procedure × case, both views, at each width (clinician). */
const LOOKS = (['illustration', 'fluoroscopy'] as const).flatMap((view) =>
  WIDTHS.map((width) => ({ width, view, audience: 'clinician' as const })),
);

const element = (width: number, view: 'illustration' | 'fluoroscopy', camera = 'overview'): ElementView =>
  elementView({ width, view, audience: 'clinician' }, camera);

describe('issue 8 item 6: clinician labels over every step, both views, 360/720/1280', () => {
  it('keep duct labels off the gallbladder, labels off devices, leaders ≤ 40 px and ≥ 16 px apart', function () {
    this.timeout(300000);
    const failures: string[] = [];
    failures.push(
      ...sweepSteps(LOOKS, (f) =>
        broken(
          f.scene,
          f.ppu,
          f.what,
          gallbladderOf(f.anatomy, f.scene, f.moment.gallbladder),
          !!f.moment.lesions?.some((l) => l.kind !== 'ring'),
        ),
      ),
    );
    expect(failures.slice(0, 40), `${failures.length} failures`).to.deep.equal([]);
  });
});

describe('issue 8: the patient’s phone and the projector keep labels off devices and apart', () => {
  it('every step, patient 360 and projector 1920 × 1080: no text on a device, leaders ≤ 40 px and ≥ 16 px apart', function () {
    this.timeout(300000);
    const looks = [
      { width: 360, view: 'illustration', audience: 'patient' },
      { width: 1920, height: 1080, view: 'illustration', audience: 'clinician', labelScale: 1.3 },
    ] as const;
    const failures = sweepSteps(looks, (f) => broken(f.scene, f.ppu, f.what, null));
    expect(failures.slice(0, 40), `${failures.length} failures`).to.deep.equal([]);
  });
});

describe('issue 8 item 6: the anatomy explorer keeps a label budget', () => {
  for (const camera of ['overview', 'hilum', 'distal', 'gallbladder'])
    it(`${camera}: at most 10 labels, at most 2 edge arrows`, () => {
      for (const width of WIDTHS)
        for (const view of ['illustration', 'fluoroscopy'] as const) {
          const e = element(width, view, camera);
          const scene = buildScene(anatomy, sceneInputFor(e, undefined));
          const what = `${camera} ${view} ${width}`;
          const labels = scene.labels.filter((l) => l.kind !== 'numeral');
          expect(labels.length, `${what}: labels`).to.be.within(1, 10);
          expect(labels.filter((l) => /[←→↑↓]/.test(l.text)).length, `${what}: edge arrows`).to.be.at.most(2);
        }
    });
});

describe('issue 8 item 6: lecture legibility at 1920 × 1080', () => {
  const crossing = (a: readonly number[], b: readonly number[]) => {
    const side = (p: readonly number[], q: readonly number[], x: number, y: number) =>
      Math.sign((q[0]! - p[0]!) * (y - p[1]!) - (q[1]! - p[1]!) * (x - p[0]!));
    const [p, q, r, s] = [a.slice(0, 2), a.slice(2), b.slice(0, 2), b.slice(2)];
    return (
      side(p, q, r[0]!, r[1]!) * side(p, q, s[0]!, s[1]!) < 0 && side(r, s, p[0]!, p[1]!) * side(r, s, q[0]!, q[1]!) < 0
    );
  };
  for (const scale of [1, 1.3])
    for (const camera of ['overview', 'hilum', 'distal', 'gallbladder'])
      it(`explorer ${camera}${scale > 1 ? ' (projector)' : ''}: 18–20 px text, leaders ≤ 40 px, none crossing`, () => {
        const e = { ...element(1920, 'illustration', camera), size: { width: 1920, height: 1080 }, labelScale: scale };
        const scene = buildScene(anatomy, sceneInputFor(e, undefined));
        const ppu = ppuOf(scene, 1920, 1080);
        const labels = scene.labels.filter((l) => l.kind !== 'numeral');
        for (const l of labels) {
          expect(l.size * ppu, `${l.text} px`).to.be.within(17.9, 20.1);
          if (l.leader)
            expect(
              Math.hypot(l.leader[2] - l.leader[0], l.leader[3] - l.leader[1]) * ppu,
              `${l.text} leader`,
            ).to.be.at.most(40.5);
        }
        const leaders = labels.filter((l) => l.leader).map((l) => l.leader!);
        for (let i = 0; i < leaders.length; i++)
          for (let j = i + 1; j < leaders.length; j++) expect(crossing(leaders[i]!, leaders[j]!)).to.equal(false);
      });
});
