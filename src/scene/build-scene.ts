import type { SceneWords } from './scene-words.js';
import type { Anatomy } from '../model/parse-anatomy.js';
import type { Point } from '../model/anatomy-schema.js';
import type { SampledState } from '../timeline/timeline-types.js';
import { momentDevices } from './moment-devices.js';
import { momentKey } from './moment-key.js';
import { baseKey, buildBase } from './scene-base.js';
import { sceneFrame } from './scene-frame.js';
import { buildLabels } from './scene-labels.js';
import { sceneLocator } from './scene-locator.js';
import { locatorCorner } from './locator-corner.js';
import { filmPresetOf, locatorCornerOf } from '../model/cameras.js';
import { makesEntry, skinEntries } from './skin-entries.js';
import { buildOverlays, type ContrastPaths } from './scene-overlays.js';
import { perAnatomy } from './shape-cache.js';

export { AIM_ARROW } from './scene-marks.js';
import { LAYERS } from '../model/layers.js';
import type { Camera, Scene, SceneBase, SceneDevicePart, SceneLabel, ScenePath } from './scene-types.js';

/** Everything the static scene depends on besides the anatomy. */
export interface SceneInput {
  readonly camera: Camera;
  /**
   * While the camera moves toward a step's preset: the preset, as `camera` will be when it arrives. The drawing is
   * built for it and kept for the whole move (one anatomy and one label layout per move, not one per scale step);
   * only the view box follows `camera`. Default: none (the camera is still).
   */
  readonly settled?: Camera;
  /** Scene box size in CSS px. */
  readonly viewport: { readonly width: number; readonly height: number };
  /** Dilation per duct id, 0–1; ducts not listed use `defaultDilation`. */
  readonly dilation?: Readonly<Record<string, number>>;
  readonly defaultDilation: number;
  readonly gallbladder: 'normal' | 'distended';
  /** Gallbladder distension 0–1: the outline drawn between normal and distended. Default: `gallbladder` (0 or 1). */
  readonly distension?: number;
  readonly labels: boolean;
  /** Hidden structures to show anyway (e.g. the stomach in left access). */
  readonly reveal?: readonly string[];
  /** When set, only these structures are labelled (a step's label set). */
  readonly labelIds?: readonly string[];
  readonly active: string | null;
  /** The procedure's moment: devices, contrast, blockage, gallstones, flow, emphasis. */
  readonly moment?: Pick<
    SampledState,
    | 'devices'
    | 'contrast'
    | 'washout'
    | 'pool'
    | 'obstruction'
    | 'lesions'
    | 'stones'
    | 'inflamed'
    | 'flow'
    | 'bag'
    | 'highlight'
    | 'dim'
    | 'framing'
    | 'stent'
    | 'focus'
  >;
  /** `fluoroscopy` draws what an X-ray shows: contrast and metal dark, soft tissue faint. Default illustration. */
  readonly view?: 'illustration' | 'fluoroscopy';
  /**
   * Plain-language mode: labels use the structures' plain names, and a
   * structure without one (a segment number, T12, the deepest pass) is not labelled.
   */
  readonly fullNames?: boolean;
  /** Label size factor (e.g. 1.3 for the projector theme), placed at that size. Default 1. */
  readonly labelScale?: number;
  /** The drawing's own words (block and device labels, locator note); default English (ENGLISH_WORDS). */
  readonly words?: SceneWords;
}

/**
 * Builds scenes frame after frame, keeping the anatomy drawing while its
 * shape state holds: the same `base` object comes back, and the renderer
 * skips it. The devices are kept the same way
 * while what they are drawn from holds (a still moment, or a step where only
 * a wire moves), so a frame costs only what changed.
 */
export class SceneBuilder {
  private last?: { anatomy: Anatomy; key: string; base: SceneBase };
  private devices?: { key: string; value: SceneDevicePart[] };
  /** Each device's parts in the last frame, while the anatomy's shape state and the scale hold. */
  private parts = { shape: '', byDevice: new Map<string, SceneDevicePart[]>() };
  private overlays?: ScenePath[];
  /** Each duct's contrast path in the last frame, by its exact fill and shape state (the anatomy's own). */
  private contrast = new Map<string, ContrastPaths>();
  /** What the last scene's labels were placed from, and the hovered structures' labels placed among them. */
  private placing?: {
    readonly place: (id: string, standing: readonly SceneLabel[]) => readonly SceneLabel[];
    readonly labels: readonly SceneLabel[];
    readonly hovered: Map<string, readonly SceneLabel[]>;
  };

  /**
   * The scene for one moment built ahead of time, in three slices with a pause between them: the anatomy's shapes,
   * the contrast (kept for the builder that draws this moment), then the rest. A moment built while the browser is
   * idle takes one slice per idle callback, so that no slice makes a long frame on a slow phone. Filling the shared
   * caches first leaves the last slice's build little to do.
   */
  *phases(anatomy: Anatomy, moving: SceneInput): Generator<void, Scene> {
    const input = settledInput(moving);
    const frame = sceneFrame(anatomy, input);
    buildBase(anatomy, input, frame);
    yield;
    // Only the latest moment built ahead is kept: one step's first frame, never enough to overflow the store (which
    // would let it go between this slice and the frame that needs it).
    const early = aheadContrast(anatomy);
    early.clear();
    buildOverlays(anatomy, input, frame, (k, make) => {
      const paths = early.get(k) ?? make();
      early.set(k, paths);
      return paths;
    });
    yield;
    return this.build(anatomy, moving);
  }

  /** The scene for one moment; equal to buildScene's. */
  build(anatomy: Anatomy, moving: SceneInput): Scene {
    const input = settledInput(moving);
    const frame = sceneFrame(anatomy, input);
    const key = baseKey(anatomy, input, frame);
    if (this.last?.anatomy !== anatomy) this.contrast = new Map();
    if (this.last?.anatomy !== anatomy || this.last.key !== key) {
      this.last = { anatomy, key, base: buildBase(anatomy, input, frame) };
      this.devices = undefined;
      this.parts = { shape: '', byDevice: new Map() };
    }
    const moment = input.moment;
    const base = this.last.base;
    // Exact, unlike the base key (rounded to what is visible): a kept overlay or device is what a fresh build gives.
    const shape = `${this.last.key}|${frame.ppu}|${momentKey([input.dilation, input.defaultDilation, input.gallbladder, frame.lesions])}`;
    const lastContrast = this.contrast;
    const byKey = new Map<string, ContrastPaths>();
    const early = aheadContrast(anatomy);
    const fresh = buildOverlays(anatomy, input, frame, (k, make) => {
      const paths = lastContrast.get(k) ?? early.get(k) ?? make();
      byKey.set(k, paths);
      return paths;
    });
    this.contrast = byKey;
    // Overlays that draw the same as the last frame's come back as the same array, so the renderer skips them.
    const overlays = this.overlays && samePaths(this.overlays, fresh) ? this.overlays : fresh;
    this.overlays = overlays;
    const xray = input.view === 'fluoroscopy';
    const deviceKey = `${shape}|${xray}|${momentKey([moment?.devices, moment?.flow, moment?.bag])}`;
    if (moment && this.devices?.key !== deviceKey) {
      const last = this.parts.shape === shape ? this.parts.byDevice : new Map<string, SceneDevicePart[]>();
      const byDevice = new Map<string, SceneDevicePart[]>();
      const keep = (k: string, make: () => SceneDevicePart[]) => {
        const parts = last.get(k) ?? make();
        byDevice.set(k, parts);
        return parts;
      };
      this.devices = {
        key: deviceKey,
        value: momentDevices(moment, frame.ppu, { anatomy, ...frame, shapeKey: shape }, keep, xray),
      };
      this.parts = { shape, byDevice };
    }
    const devices = moment ? this.devices!.value : [];
    // A patient's map keeps off the blockage too: it is what the patient's words are about.
    const lesions = input.fullNames ? overlays.filter((p) => p.paint === 'lesion').map((p) => p.d) : [];
    const framing = moment?.framing && (xray ? filmPresetOf(moment.framing) : moment.framing);
    const first = framing ? locatorCornerOf(framing) : undefined;
    const corner = locatorCorner(input.camera, input.viewport, !!input.fullNames, devices, lesions, first);
    const entries = skinEntries(moment?.devices, moment?.focus);
    const labels = buildLabels(anatomy, input, frame, devices, corner);
    // A hovered label holds while the labels it was placed among do, as they hold while devices move.
    this.placing = {
      place: (id, standing) => buildLabels(anatomy, input, frame, devices, corner, { id, standing }),
      labels,
      hovered: this.placing?.labels === labels ? this.placing.hovered : new Map(),
    };
    return {
      camera: moving.camera,
      ...(moving.settled && { moving: true }),
      base,
      overlays,
      get paths() {
        return inPaintOrder(base.paths, overlays);
      },
      clips: base.clips,
      targets: base.targets,
      labels,
      devices,
      active: input.active,
      view: input.view ?? 'illustration',
      quiet: moment !== undefined,
      locator: sceneLocator(
        moving.camera,
        base.paths,
        input.fullNames,
        entries.active ?? markedEntry(anatomy, input.labelIds),
        input.words?.where,
        makesEntry(moment?.devices),
        corner,
        entries.others,
      ),
    };
  }

  /**
   * The label a hovered (or focused) structure adds to the last scene built: placed alone among that scene's
   * labels, which stay where they are. Empty when the scene names it already, or it takes no label there (labels
   * off, out of view, no plain name for a patient). Kept while the scene's labels are the same.
   */
  hoverLabels(id: string): readonly SceneLabel[] {
    const placing = this.placing;
    if (!placing) return [];
    let labels = placing.hovered.get(id);
    if (!labels) placing.hovered.set(id, (labels = placing.place(id, placing.labels)));
    return labels;
  }
}

/** Mid-move, what is drawn is drawn as at the preset; the view box alone moves. */
const settledInput = (moving: SceneInput): SceneInput =>
  moving.settled ? { ...moving, camera: moving.settled, settled: undefined } : moving;

/** Contrast paths drawn ahead of time, by their exact key: the latest moment built ahead's. */
const aheadContrast = perAnatomy<ContrastPaths>(64);

/** Before a device is in, the skin entry a step names (the right or left entry point). */
function markedEntry(anatomy: Anatomy, ids: readonly string[] | undefined): Point | null {
  const shape = ids
    ?.map((id) => anatomy.byId.get(id))
    .find((s) => s?.kind === 'landmark' && /-entry$/.test(s.id))?.shape;
  return shape?.type === 'point' ? shape.at : null;
}

/** Whether two lists of paths draw the same (paths hold only plain values). */
const samePaths = (a: readonly ScenePath[], b: readonly ScenePath[]): boolean =>
  a.length === b.length && a.every((p, i) => p === b[i] || sameValues(p, b[i]!));

function sameValues(a: object, b: object): boolean {
  const [ka, kb] = [Object.keys(a), Object.keys(b)];
  const values = b as Record<string, unknown>;
  return ka.length === kb.length && ka.every((k) => (a as Record<string, unknown>)[k] === values[k]);
}

/** Base paths and overlays merged: each layer's overlays paint right after its anatomy. */
function inPaintOrder(paths: readonly ScenePath[], overlays: readonly ScenePath[]): ScenePath[] {
  const rank = new Map(LAYERS.map((l, i) => [l, i]));
  const all = [...paths.map((p) => [p, 0] as const), ...overlays.map((p) => [p, 1] as const)];
  // Stable: within a layer, anatomy (0) before overlays (1), each in its own order.
  all.sort((a, b) => (rank.get(a[0].layer) ?? 0) - (rank.get(b[0].layer) ?? 0) || a[1] - b[1]);
  return all.map(([p]) => p);
}

/** Builds the plain, serialisable scene for one moment, from scratch. Pure. */
export function buildScene(anatomy: Anatomy, input: SceneInput): Scene {
  return new SceneBuilder().build(anatomy, input);
}
