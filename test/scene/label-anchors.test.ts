import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { bundledObstructions, obstructionCase } from '../../src/model/bundled-obstructions.js';
import { caseAnatomy } from '../../src/model/case-anatomy.js';
import { checkSuitability } from '../../src/model/check-suitability.js';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import { distanceToPolyline } from '../../src/model/geometry.js';
import type { Anatomy } from '../../src/model/parse-anatomy.js';
import { parseAnatomy } from '../../src/model/parse-anatomy.js';
import { parseProcedure } from '../../src/model/parse-procedure.js';
import { buildScene } from '../../src/scene/build-scene.js';
import { sceneInputFor, type ElementView } from '../../src/scene/scene-input.js';
import type { Scene, SceneLabel } from '../../src/scene/scene-types.js';
import { compileTimeline } from '../../src/timeline/compile-timeline.js';
import { sampleTimeline, stepEndTime } from '../../src/timeline/sample-timeline.js';

const anatomy = parseAnatomy(DEFAULT_ANATOMY_FILES);

/** Anatomy with a body: what a leader may name, and what may hide another structure's leader end. */
const BODIES = new Set(['organ', 'duct', 'vessel']);
const SEE_THROUGH = new Set(['segments', 'wall', 'markers']);
const FILLED = new Set(['fill', 'tube', 'band', 'mound']);
/** The parts that make a device visible. */
const SOLID = new Set(['metal', 'wire', 'casing', 'stent-wire', 'plastic', 'balloon']);

// The rendered shapes are asked with the SVG engine itself (isPointInFill), one element per path.
const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
document.body.append(svg);
const elements = new Map<string, SVGPathElement>();
function fills(d: string, [x, y]: Point): boolean {
  let path = elements.get(d);
  if (!path) {
    path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', d);
    svg.append(path);
    if (elements.size > 3000) {
      for (const p of elements.values()) p.remove();
      elements.clear();
    }
    elements.set(d, path);
  }
  return path.isPointInFill(new DOMPoint(x, y));
}

/** The area of a path's bounding box. */
function extent(d: string): number {
  fills(d, [0, 0]);
  const box = elements.get(d)!.getBBox();
  return box.width * box.height;
}

/** The polylines of an SVG path's M/L runs (a curve command ends a run). */
function runs(d: string): Point[][] {
  const out: Point[][] = [];
  for (const m of d.matchAll(/([ML])\s*(-?[\d.]+)[ ,](-?[\d.]+)|[A-Za-z]/g)) {
    if (m[1] === 'M' || !m[1]) out.push([]);
    if (m[1]) out.at(-1)!.push([Number(m[2]), Number(m[3])]);
  }
  return out.filter((r) => r.length > 1);
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

const element = (
  width: number,
  view: 'illustration' | 'fluoroscopy',
  audience: 'clinician' | 'patient',
  camera = 'overview',
): ElementView => ({
  size: { width, height: Math.round(width * 0.8) },
  labels: true,
  active: null,
  view,
  audience,
  userView: { k: 1, dx: 0, dy: 0 },
  camera: camera as ElementView['camera'],
  ducts: 'normal',
});

/** Every step end of every suitable procedure × case: clinician views at 360 and 1280, the patient's phone. */
function sweep(check: (scene: Scene, a: Anatomy, ppu: number, what: string) => string[]): string[] {
  const out: string[] = [];
  const cases = [undefined, ...bundledObstructions().cases.map((c) => c.id)];
  const looks = [
    ...(['illustration', 'fluoroscopy'] as const).flatMap((view) =>
      [360, 1280].map((width) => ({ width, view, audience: 'clinician' as const })),
    ),
    { width: 360, view: 'illustration' as const, audience: 'patient' as const },
  ];
  for (const name of Object.keys(BUNDLED_PROCEDURES)) {
    const procedure = parseProcedure(BUNDLED_PROCEDURES[name], anatomy, name);
    for (const obstruction of cases) {
      if (obstruction && checkSuitability(procedure, obstruction)) continue;
      const a = obstruction ? caseAnatomy(anatomy, obstructionCase(obstruction)) : anatomy;
      const timeline = compileTimeline(procedure, anatomy, {
        approach: 'right',
        ...(obstruction ? { obstruction } : {}),
      });
      timeline.steps.forEach((step, index) => {
        const moment = sampleTimeline(timeline, stepEndTime(timeline, index));
        for (const { width, view, audience } of looks) {
          const e = element(width, view, audience);
          const scene = buildScene(a, sceneInputFor(e, moment));
          const ppu = Math.min(width / scene.camera.w, e.size.height / scene.camera.h);
          out.push(
            ...check(scene, a, ppu, `${name}/${obstruction ?? 'default'}/${step.id} ${view} ${audience} ${width}`),
          );
        }
      });
    }
  }
  return out;
}

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
});
