import type { Point } from '../../src/model/anatomy-schema.js';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { bundledObstructions, obstructionCase } from '../../src/model/bundled-obstructions.js';
import { caseAnatomy } from '../../src/model/case-anatomy.js';
import { checkSuitability } from '../../src/model/check-suitability.js';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import type { Anatomy } from '../../src/model/parse-anatomy.js';
import { parseAnatomy } from '../../src/model/parse-anatomy.js';
import { parseProcedure } from '../../src/model/parse-procedure.js';
import { buildScene } from '../../src/scene/build-scene.js';
import { sceneInputFor, type ElementView } from '../../src/scene/scene-input.js';
import type { Scene, SceneLabel } from '../../src/scene/scene-types.js';
import { compileTimeline } from '../../src/timeline/compile-timeline.js';
import { sampleTimeline, stepEndTime } from '../../src/timeline/sample-timeline.js';
import type { SampledState, Timeline } from '../../src/timeline/timeline-types.js';
import type { Procedure } from '../../src/model/procedure-schema.js';
import type { StentName } from '../../src/model/stent-names.js';
import { loadDeviceDrawing } from '../../src/scene/devices/lazy-devices.js';
import { loadXrayBones } from '../../src/scene/lazy-xray-bones.js';
import { structureGeometry } from '../../src/scene/structure-paths.js';

// The element loads the stent, balloon and measure drawing before it shows a procedure with them, and the X-ray bones
// before it shows a film; scenes built here draw them too.
await Promise.all([loadDeviceDrawing(), loadXrayBones()]);

/** The default anatomy, parsed once for every sweep. */
export const anatomy = parseAnatomy(DEFAULT_ANATOMY_FILES);

/** One way of looking at a frame: a box `width` px wide (`height` tall, else 0.8 × the width), a view and an audience. */
export interface Look {
  readonly width: number;
  readonly height?: number;
  readonly view: 'illustration' | 'fluoroscopy';
  readonly audience: 'clinician' | 'patient';
  /** Label size factor (1.3: the projector theme); default 1. */
  readonly labelScale?: number;
}

/** A clinician's and a patient's phone, a course page, a laptop and a projector: where a name's place is checked. */
export const PHONE_TO_PROJECTOR: readonly Look[] = [
  { width: 360, height: 350, view: 'illustration', audience: 'clinician' },
  { width: 360, height: 350, view: 'illustration', audience: 'patient' },
  { width: 720, view: 'illustration', audience: 'clinician' },
  { width: 1280, view: 'illustration', audience: 'clinician' },
  { width: 1920, height: 1080, view: 'illustration', audience: 'clinician' },
];

/** A frame of the sweep: the scene, the case's anatomy, screen px per unit, and a name for failure messages. */
export interface SweptFrame {
  readonly what: string;
  readonly scene: Scene;
  readonly anatomy: Anatomy;
  readonly ppu: number;
  readonly moment: SampledState;
}

/** The element's view for a look, framed by `camera` (overview unless given), labels on, nothing hovered. */
export const elementView = (look: Look, camera = 'overview'): ElementView => ({
  size: { width: look.width, height: look.height ?? Math.round(look.width * 0.8) },
  labels: true,
  active: null,
  view: look.view,
  audience: look.audience,
  userView: { k: 1, dx: 0, dy: 0 },
  camera: camera as ElementView['camera'],
  ducts: 'normal',
  ...(look.labelScale ? { labelScale: look.labelScale } : {}),
});

/** The polylines of an SVG path's M/L runs (a curve command ends a run). */
export function runs(d: string): Point[][] {
  const out: Point[][] = [];
  for (const m of d.matchAll(/([ML])\s*(-?[\d.]+)[ ,](-?[\d.]+)|[A-Za-z]/g)) {
    if (m[1] === 'M' || !m[1]) out.push([]);
    if (m[1]) out.at(-1)!.push([Number(m[2]), Number(m[3])]);
  }
  return out.filter((r) => r.length > 1);
}

/** Screen px per scene unit of a scene drawn in a `width` × `height` box. */
export const ppuOf = (scene: Scene, width: number, height: number) =>
  Math.min(width / scene.camera.w, height / scene.camera.h);

/** Moments part-way through each step (issue 8, round 8: leaders and names mid-deployment), with its end. */
export const PART_WAY = [0.35, 0.7, 1] as const;

/**
 * Calls `check` on the end of every step of every bundled procedure, for the default case on each side or route it
 * offers and each obstruction case it suits (on its default side), in each look; returns what the checks return, in
 * order. With `fractions`, at those shares of each step instead (1: its end).
 */
export function sweepSteps<T>(
  looks: readonly Look[],
  check: (frame: SweptFrame) => T[],
  fractions: readonly number[] = [1],
  /** Only procedures and cases this accepts (default all). */
  only: (name: string, obstruction: string | undefined) => boolean = () => true,
  /** The stent a stent procedure places (default its default). */
  stent?: StentName,
): T[] {
  const out: T[] = [];
  const cases = [undefined, ...bundledObstructions().cases.map((c) => c.id)];
  for (const name of Object.keys(BUNDLED_PROCEDURES)) {
    const procedure = parseProcedure(BUNDLED_PROCEDURES[name], anatomy, name);
    for (const obstruction of cases) {
      if (obstruction && checkSuitability(procedure, obstruction)) continue;
      if (!only(name, obstruction)) continue;
      const a = obstruction ? caseAnatomy(anatomy, obstructionCase(obstruction)) : anatomy;
      // The default case on every side or route the procedure offers (a left drain, a transperitoneal
      // cholecystostomy), each obstruction case on its default side.
      const { values, default: first } = procedure.options.approach;
      for (const approach of obstruction ? [first] : values) {
        const timeline = compileTimeline(procedure, anatomy, {
          approach,
          ...(obstruction ? { obstruction } : {}),
          ...(stent ? { stent } : {}),
        });
        const side = `${approach === first ? '' : `/${approach}`}${stent ? `/${stent}` : ''}`;
        timeline.steps.forEach((step, index) => {
          for (const fraction of fractions) {
            const at = fraction >= 1 ? stepEndTime(timeline, index) : step.start + fraction * (step.end - step.start);
            const moment = sampleTimeline(timeline, at);
            const part = fraction >= 1 ? '' : ` ${Math.round(fraction * 100)}%`;
            for (const look of looks) {
              const e = elementView(look);
              const scene = buildScene(a, sceneInputFor(e, moment));
              const what = `${name}${side}/${obstruction ?? 'default'}/${step.id}${part} ${look.view} ${look.audience} ${look.width}`;
              out.push(...check({ what, scene, anatomy: a, ppu: ppuOf(scene, look.width, e.size.height), moment }));
            }
          }
        });
      }
    }
  }
  return out;
}

/** One bundled procedure compiled for one case and side, with the anatomy it is drawn on. */
export interface SweptTimeline {
  readonly name: string;
  readonly procedure: Procedure;
  readonly obstruction: string | undefined;
  readonly anatomy: Anatomy;
  readonly approach: string;
  readonly timeline: Timeline;
}

/** Every bundled procedure, for the default case and each obstruction case it suits, on each side it takes. */
export function sweptTimelines(): SweptTimeline[] {
  const out: SweptTimeline[] = [];
  const cases = [undefined, ...bundledObstructions().cases.map((c) => c.id)];
  for (const name of Object.keys(BUNDLED_PROCEDURES)) {
    const procedure = parseProcedure(BUNDLED_PROCEDURES[name], anatomy, name);
    for (const obstruction of cases) {
      if (obstruction && checkSuitability(procedure, obstruction)) continue;
      const a = obstruction ? caseAnatomy(anatomy, obstructionCase(obstruction)) : anatomy;
      // Each side or route the procedure offers (a cholecystostomy's are transhepatic and transperitoneal).
      for (const approach of procedure.options.approach.values) {
        const timeline = compileTimeline(procedure, anatomy, { approach, ...(obstruction ? { obstruction } : {}) });
        if (timeline.approach === approach) out.push({ name, procedure, obstruction, anatomy: a, approach, timeline });
      }
    }
  }
  return out;
}

/** The gallbladder's outline as a scene draws it (distended or normal), or null where the scene does not draw it. */
export const gallbladderOf = (a: Anatomy, scene: Scene, state: string | undefined): Point[] | null => {
  const s = a.byId.get('gallbladder');
  if (!s || !scene.paths.some((p) => p.structureId === 'gallbladder')) return null;
  return structureGeometry(s, {
    dilation: 1,
    minWidth: 0,
    outlineState: state === 'distended' ? 'distended' : undefined,
  });
};

/**
 * A name's glyphs as drawn (a 0.58 em average advance, cap height to descender), scene units, every line of it.
 * `top` and `bottom` (ems above and below the first baseline, 0.75 and 0.1) let a rule keep a margin.
 */
export function glyphBox(l: SceneLabel, top = 0.75, bottom = 0.1): { x0: number; y0: number; x1: number; y1: number } {
  const w = Math.max(...(l.lines ?? [l.text]).map((t) => t.length)) * l.size * 0.58;
  const x0 = l.align === 'start' ? l.x : l.align === 'end' ? l.x - w : l.x - w / 2;
  const lines = l.lines?.length ?? 1;
  return { x0, y0: l.y - l.size * top, x1: x0 + w, y1: l.y + l.size * (bottom + 1.2 * (lines - 1)) };
}

/** Whether a point lies strictly inside a box. */
export const inBox = ([x, y]: Point, b: { x0: number; y0: number; x1: number; y1: number }): boolean =>
  x > b.x0 && x < b.x1 && y > b.y0 && y < b.y1;
