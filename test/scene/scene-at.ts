import type { Point } from '../../src/model/anatomy-schema.js';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import { parseAnatomy, type Anatomy } from '../../src/model/parse-anatomy.js';
import { parseProcedure } from '../../src/model/parse-procedure.js';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import type { StentName } from '../../src/model/stent-names.js';
import { buildScene } from '../../src/scene/build-scene.js';
import { ductMouths, ductSqueeze, heldStretches, heldWidth } from '../../src/scene/duct-squeeze.js';
import { momentLesions } from '../../src/scene/lesion-path.js';
import { sceneInputFor, type ElementView } from '../../src/scene/scene-input.js';
import type { DeviceContext } from '../../src/scene/devices/device-context.js';
import type { Scene } from '../../src/scene/scene-types.js';
import type { SceneWords } from '../../src/scene/scene-words.js';
import { compileTimeline } from '../../src/timeline/compile-timeline.js';
import { sampleTimeline, stepEndTime } from '../../src/timeline/sample-timeline.js';
import type { SampledState, Timeline } from '../../src/timeline/timeline-types.js';
import { VIEW } from '../render/scene-fixture.js';
import { loadDeviceDrawing } from '../../src/scene/devices/lazy-devices.js';
import { loadXrayBones } from '../../src/scene/lazy-xray-bones.js';

// The element loads the stent, balloon, measure and gallbladder-cavity drawing before it shows a procedure with them, and the X-ray bones
// before it shows a film; scenes built here draw them too.
await Promise.all([loadDeviceDrawing(), loadXrayBones()]);

export const anatomy = parseAnatomy(DEFAULT_ANATOMY_FILES);
/** The scene's zoom in these tests: a 720 px box. */
export const VIEWPORT = { width: 720, height: 700 } as const;

/** A clinician's labelled illustration of the whole overview in a `width` × `height` px stage, nothing hovered. */
export const overviewView = (width: number, height: number, ducts: 'normal' | 'dilated'): ElementView => ({
  size: { width, height },
  labels: true,
  active: null,
  view: 'illustration',
  audience: 'clinician',
  userView: { k: 1, dx: 0, dy: 0 },
  camera: 'overview',
  ducts,
});

/** Compiles a bundled procedure for one variant (right approach unless given). */
export function timelineOf(
  procedure: string,
  options: { obstruction?: string; stent?: StentName; approach?: 'right' | 'left' } = {},
): Timeline {
  const parsed = parseProcedure(BUNDLED_PROCEDURES[procedure], anatomy, `${procedure}.json`);
  return compileTimeline(parsed, anatomy, { approach: 'right', ...options });
}

/** The sampled state `fraction` of the way through step `id`. */
export function stateAt(timeline: Timeline, id: string, fraction: number): SampledState {
  const step = timeline.steps.find((s) => s.id === id);
  if (!step) throw new Error(`no step ${id}`);
  return sampleTimeline(timeline, step.start + fraction * (step.end - step.start));
}

/** Every moment of a stent procedure from the end of deployment on: 100 % of the deploy step and the end of each later step. */
export function laterMoments(stent: StentName, obstruction: string): { id: string; state: SampledState }[] {
  const timeline = timelineOf('stent', { stent, obstruction });
  const deploy = stent === 'plastic' ? 'deploy-plastic' : 'deploy';
  const from = timeline.steps.findIndex((s) => s.id === deploy);
  const later = timeline.steps.slice(from + 1).map((s, i) => ({
    id: s.id,
    state: sampleTimeline(timeline, stepEndTime(timeline, from + 1 + i)),
  }));
  return [{ id: `${deploy} 100%`, state: stateAt(timeline, deploy, 1) }, ...later];
}

/**
 * The scene the element builds for a sampled state, in one view; without labels unless `labels` (then the step's
 * label set, with plain names for `fullNames`, in the drawing's `words` of a language).
 */
export function sceneOf(
  state: SampledState,
  view: 'illustration' | 'fluoroscopy' = 'illustration',
  options: {
    labels?: boolean;
    fullNames?: boolean;
    words?: SceneWords;
    viewport?: { readonly width: number; readonly height: number };
  } = {},
): Scene {
  // Each language has its own (translated) anatomy, and with it its own label cache.
  return buildScene(options.words ? { ...anatomy } : anatomy, {
    camera: state.camera,
    viewport: options.viewport ?? VIEWPORT,
    dilation: state.dilation,
    defaultDilation: state.defaultDilation,
    gallbladder: state.gallbladder,
    distension: state.distension,
    labels: !!options.labels,
    ...(options.labels && { labelIds: state.labels }),
    reveal: state.reveal,
    active: null,
    moment: state,
    view,
    fullNames: options.fullNames,
    words: options.words,
  });
}

/**
 * The scene the element builds at the end of step `id`, in a square box `width` px wide (default 1280), framed by
 * the step's camera, nothing hovered; labels on unless `labels` is false.
 */
export function sceneAtEnd(
  timeline: Timeline,
  id: string,
  options: { anatomy?: Anatomy; width?: number; labels?: boolean; audience?: 'clinician' | 'patient' } = {},
): { moment: SampledState; scene: Scene } {
  const index = timeline.steps.findIndex((s) => s.id === id);
  if (index < 0) throw new Error(`no step ${id}`);
  const moment = sampleTimeline(timeline, stepEndTime(timeline, index));
  const width = options.width ?? 1280;
  const view = {
    ...VIEW,
    size: { width, height: width },
    labels: options.labels ?? true,
    audience: options.audience ?? VIEW.audience,
  };
  return { moment, scene: buildScene(options.anatomy ?? anatomy, sceneInputFor(view, moment)) };
}

/** The device-drawing context the scene uses for a state. */
const mouths = ductMouths(anatomy);

export function contextOf(state: SampledState): DeviceContext {
  const lesions = momentLesions(state);
  return {
    anatomy,
    lesions,
    stateOf: (id: string) => ({
      dilation: state.dilation[id] ?? state.defaultDilation,
      outlineState: state.gallbladder === 'distended' ? 'distended' : undefined,
      minWidth: 2.5 / pxPerUnit(state),
      ...ductSqueeze(anatomy.byId.get(id)!, lesions, heldWidth(state.devices), heldStretches(state.devices)),
      // As the scene draws it: a duct opening into the bowel narrows into its mouth, cut square to the bowel.
      ...(mouths.has(id) && { mouth: true }),
    }),
  };
}

/** Screen px per scene unit for a state's camera in the test viewport. */
export function pxPerUnit(state: SampledState): number {
  return Math.min(VIEWPORT.width / state.camera.w, VIEWPORT.height / state.camera.h);
}

/** A polyline sampled every unit along it (its own points kept): a narrow window between two bends still sees it. */
export function everyUnit(run: readonly Point[]): Point[] {
  return run.flatMap((p, i) => {
    const q = run[i + 1];
    if (!q) return [p];
    const n = Math.max(1, Math.ceil(Math.hypot(q[0] - p[0], q[1] - p[1])));
    return Array.from({ length: n }, (_, k): Point => [p[0] + ((q[0] - p[0]) * k) / n, p[1] + ((q[1] - p[1]) * k) / n]);
  });
}

/** The polylines of an SVG path made of M/L commands (Z closes nothing here). */
export function polylines(d: string): [number, number][][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((run) =>
      run
        .replace(/Z/g, '')
        .split('L')
        .map((p) => p.split(',').map(Number) as [number, number]),
    );
}
