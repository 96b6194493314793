import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { distanceToPolyline } from '../../src/model/geometry.js';
import type { Anatomy } from '../../src/model/parse-anatomy.js';
import { buildScene } from '../../src/scene/build-scene.js';
import { sceneInputFor, type ElementView } from '../../src/scene/scene-input.js';
import { anatomy, elementView, runs, sweepSteps, type Look } from './label-sweep.js';
import type { Scene, SceneLabel } from '../../src/scene/scene-types.js';
import type { SampledState } from '../../src/timeline/timeline-types.js';
import { fills, pathElement } from './path-fill.js';

/** Anatomy with a body: what a leader may name, and what may hide another structure's leader end. */
const BODIES = new Set(['organ', 'duct', 'vessel']);
const SEE_THROUGH = new Set(['segments', 'wall', 'markers']);
const FILLED = new Set(['fill', 'tube', 'band', 'mound']);
/** The parts that make a device visible. */
const SOLID = new Set(['metal', 'wire', 'casing', 'stent-wire', 'plastic', 'balloon']);

/** The area of a path's bounding box. */
function extent(d: string): number {
  const box = pathElement(d).getBBox();
  return box.width * box.height;
}

/** Whether a label is shown: an X-ray hides organ and vessel labels and those of ducts without contrast. */
const shown = (l: SceneLabel, scene: Scene) =>
  scene.view !== 'fluoroscopy' || (l.kind !== 'organ' && l.kind !== 'vessel' && !l.unfilled);

/** Where each shown anatomy label's leader ends wrongly in one frame. */
function misplaced(scene: Scene, a: Anatomy, ppu: number, what: string): string[] {
  const out: string[] = [];
  const paths = scene.paths;
  const lines = scene.devices.filter((p) => SOLID.has(p.part)).flatMap((p) => runs(p.d));
  for (const l of scene.labels) {
    const s = a.byId.get(l.structureId);
    if (!l.leader || !s || !BODIES.has(s.kind) || !shown(l, scene)) continue;
    const end: Point = [l.leader[2], l.leader[3]];
    const own = paths.findIndex((p) => p.structureId === s.id && FILLED.has(p.paint) && fills(p.d, end));
    if (own < 0) {
      if (paths.some((p) => p.structureId === s.id && FILLED.has(p.paint)))
        out.push(`${what}: "${l.text}" ends outside ${s.id}`);
      continue;
    }
    // Another body's painted shape under the end.
    const body = (p: (typeof paths)[number]) => {
      const t = a.byId.get(p.structureId);
      return (
        p.structureId !== s.id &&
        t !== undefined &&
        BODIES.has(t.kind) &&
        !SEE_THROUGH.has(p.layer) &&
        FILLED.has(p.paint) &&
        fills(p.d, end)
      );
    };
    const over = paths.slice(own + 1).find(body);
    if (over) out.push(`${what}: "${l.text}" ends on ${over.structureId}`);
    // On an organ, a smaller body painted before it still reads as lying on it (the gallbladder on the bowel).
    const under = s.kind === 'organ' && paths.slice(0, own).find((p) => body(p) && extent(p.d) < extent(paths[own]!.d));
    if (under) out.push(`${what}: "${l.text}" ends on ${under.structureId}, which reads as lying on it`);
    if (lines.some((r) => distanceToPolyline(end, r) < 1.5 / ppu)) out.push(`${what}: "${l.text}" ends on a device`);
  }
  return out;
}

/** On an X-ray, where a shown duct label's leader ends outside the contrast in it. */
function unopacified(scene: Scene, what: string): string[] {
  if (scene.view !== 'fluoroscopy') return [];
  return scene.labels.flatMap((l) => {
    if (l.kind !== 'duct' || !l.leader || !shown(l, scene)) return [];
    const end: Point = [l.leader[2], l.leader[3]];
    const casts = scene.paths.filter((p) => p.structureId === l.structureId && p.paint === 'contrast');
    return casts.some((p) => fills(p.d, end)) ? [] : [`${what}: "${l.text}" names a duct with no contrast there`];
  });
}

/** Whether any of the paths fills a point within r units of p (a disc sampled on three rings). */
const fillsNear = (ds: readonly string[], [x, y]: Point, r: number) =>
  [0, r / 2, r].some((k) =>
    Array.from({ length: k ? 12 : 1 }, (_, i): Point => [
      x + k * Math.cos((i * Math.PI) / 6),
      y + k * Math.sin((i * Math.PI) / 6),
    ]).some((q) => ds.some((d) => fills(d, q))),
  );

/**
 * On an X-ray, labels that name what only contrast shows, where it does not show it: a point of the biliary tree
 * (the papilla) with no contrast or device within 12 units (4 mm), a cut-off whose leader does not end on the last
 * contrast of a column (within 3 units).
 */
function invisible(scene: Scene, a: Anatomy, what: string, lesion: string | undefined): string[] {
  if (scene.view !== 'fluoroscopy') return [];
  const casts = scene.paths.filter((p) => p.paint === 'contrast').map((p) => p.d);
  const lines = scene.devices.filter((p) => SOLID.has(p.part)).flatMap((p) => runs(p.d));
  const stents = scene.devices.filter((p) => p.part === 'stent-body').map((p) => p.d);
  const out: string[] = [];
  for (const l of scene.labels) {
    if (!shown(l, scene)) continue;
    const s = a.byId.get(l.structureId);
    if (s?.kind === 'landmark' && s.tone === 'bile' && s.shape.type === 'point') {
      const at = s.shape.at;
      if (!fillsNear(casts, at, 12) && !lines.some((r) => distanceToPolyline(at, r) <= 12))
        out.push(`${what}: "${l.text}" on a point no contrast or device reaches`);
    }
    if (l.id === 'label-lesion' && lesion !== 'ring') {
      // A block still shut is seen where its contrast column stops; one opened shows by the contrast, the
      // radiopaque stent holding it open, or the catheter running through it.
      const end: [number, number] | null = l.leader ? [l.leader[2], l.leader[3]] : null;
      const opened = /^Stricture/.test(l.text);
      const seen =
        !!end &&
        (fillsNear(casts, end, 3) ||
          (opened && (fillsNear(stents, end, 3) || lines.some((r) => distanceToPolyline(end, r) <= 4))));
      if (!seen) out.push(`${what}: "${l.text}" ends off the contrast${opened ? ' and off the devices' : ''}`);
    }
  }
  return out;
}

const element = (
  width: number,
  view: 'illustration' | 'fluoroscopy',
  audience: 'clinician' | 'patient',
  camera = 'overview',
): ElementView => elementView({ width, view, audience }, camera);

/** Clinician views at 360 and 1280, the patient's phone. */
const LOOKS: Look[] = [
  ...(['illustration', 'fluoroscopy'] as const).flatMap((view) =>
    [360, 1280].map((width) => ({ width, view, audience: 'clinician' as const })),
  ),
  { width: 360, view: 'illustration', audience: 'patient' },
];

/** Every step end of every suitable procedure × case in each of LOOKS. */
const sweep = (check: (scene: Scene, a: Anatomy, ppu: number, what: string, moment: SampledState) => string[]) =>
  sweepSteps(LOOKS, (f) => check(f.scene, f.anatomy, f.ppu, f.what, f.moment));

describe('issue 8: every leader ends inside the structure it names', () => {
  it('in every step, both views, clinician and patient: inside its drawn shape, off what covers it and off devices', function () {
    this.timeout(300000);
    const failures = sweep(misplaced);
    expect(failures.slice(0, 40), `${failures.length} failures`).to.deep.equal([]);
  });

  it('in the anatomy explorer, every camera, 360 to 1920', () => {
    const failures: string[] = [];
    for (const camera of ['overview', 'hilum', 'distal', 'gallbladder'])
      for (const width of [360, 1280, 1920])
        for (const audience of ['clinician', 'patient'] as const) {
          const e = element(width, 'illustration', audience, camera);
          const scene = buildScene(anatomy, sceneInputFor(e, undefined));
          const ppu = Math.min(width / scene.camera.w, e.size.height / scene.camera.h);
          failures.push(...misplaced(scene, anatomy, ppu, `${camera} ${audience} ${width}`));
        }
    expect(failures, `${failures.length} failures`).to.deep.equal([]);
  });

  it('on an X-ray, a named duct holds contrast where its leader ends', function () {
    this.timeout(300000);
    const failures = sweep((scene, _a, _ppu, what) => unopacified(scene, what));
    expect(failures.slice(0, 40), `${failures.length} failures`).to.deep.equal([]);
  });

  it('on an X-ray, the papilla shows only where contrast or a device reaches it, a cut-off on the last contrast', function () {
    this.timeout(300000);
    const failures = sweep((scene, a, _ppu, what, moment) =>
      invisible(scene, a, what, (moment.lesions ?? [])[0]?.kind),
    );
    expect(failures.slice(0, 40), `${failures.length} failures`).to.deep.equal([]);
  });
});
