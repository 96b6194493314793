import { LAYERS } from '../model/anatomy-schema.js';
import type { Anatomy } from '../model/parse-anatomy.js';
import { labelFontPx, labelPriorityFor } from './label-style.js';
import { pixelsPerUnit } from '../model/cameras.js';
import type { Structure } from '../model/anatomy-schema.js';
import type { Camera, Scene, ScenePath, SceneTarget } from './scene-types.js';
import { structurePaths, type ShapeState } from './structure-paths.js';
import { placeLabels } from './place-labels.js';
import { slicePolyline } from '../model/geometry.js';
import { structureTarget } from './structure-target.js';
import { contrastPath } from './contrast-paths.js';
import { gallbladderCast } from './gallbladder-cast.js';
import { momentDevices } from './moment-devices.js';
import { lesionPath, momentLesions } from './lesion-path.js';
import { ductSqueeze } from './duct-squeeze.js';
import { lesionLabel } from './lesion-label.js';
import { cached, stateKey } from './shape-cache.js';
import type { SampledState } from '../timeline/timeline-types.js';

/** Everything the static scene depends on besides the anatomy. */
export interface SceneInput {
  readonly camera: Camera;
  /** Scene box size in CSS px. */
  readonly viewport: { readonly width: number; readonly height: number };
  /** Dilation per duct id, 0–1; ducts not listed use `defaultDilation`. */
  readonly dilation?: Readonly<Record<string, number>>;
  readonly defaultDilation: number;
  readonly gallbladder: 'normal' | 'distended';
  readonly labels: boolean;
  /** Hidden structures to show anyway (e.g. the stomach in left access). */
  readonly reveal?: readonly string[];
  /** When set, only these structures are labelled (a step's label set). */
  readonly labelIds?: readonly string[];
  readonly active: string | null;
  /** The procedure's moment: devices, contrast, blockage, flow, emphasis. */
  readonly moment?: Pick<
    SampledState,
    'devices' | 'contrast' | 'obstruction' | 'lesions' | 'flow' | 'bag' | 'highlight' | 'dim'
  >;
  /** `fluoroscopy` draws what an X-ray shows: contrast and metal dark, soft tissue faint. Default illustration. */
  readonly view?: 'illustration' | 'fluoroscopy';
  /** Label with full names instead of abbreviations (plain-language mode). */
  readonly fullNames?: boolean;
}

const layerIndex = new Map(LAYERS.map((l, i) => [l, i]));
/** Cache slot for label layouts (keyed like a structure). */
const LABELS = { id: 'labels' };

/**
 * The planned needle path for right access: horizontal from the skin entry
 * toward the T12 body (dotted = planned, composition §15).
 */
function aimLine(anatomy: Anatomy): ScenePath | null {
  const entry = anatomy.byId.get('right-entry')?.shape;
  const target = anatomy.byId.get('t12-aim')?.shape;
  if (entry?.type !== 'point' || target?.type !== 'point') return null;
  const [x0, y] = entry.at;
  const d = `M${x0},${y}L${target.at[0] - 20},${y}`;
  return {
    id: 'aim-t12',
    structureId: 't12-aim',
    layer: 'markers',
    tone: 'reference',
    paint: 'planned',
    d,
    dashed: false,
  };
}

/** Builds the plain, serialisable scene for one moment. Pure. */
export function buildScene(anatomy: Anatomy, input: SceneInput): Scene {
  const ppu = pixelsPerUnit(input.camera, input.viewport.width, input.viewport.height);
  // Label size and budget follow the drawing's size on screen, not its container's width.
  const drawnWidth = Math.min(input.viewport.width, (input.viewport.height * input.camera.w) / input.camera.h);
  const labelSize = labelFontPx(drawnWidth) / ppu;
  const maxPriority = labelPriorityFor(drawnWidth);
  // Normal peripheral ducts stay at least 2.5 px wide (composition §13).
  const minWidth = 2.5 / ppu;
  const reveal = new Set(input.reveal ?? []);
  const chosen = input.labelIds ? new Set(input.labelIds) : null;
  const paths: ScenePath[] = [];
  const labelled: Structure[] = [];
  const contrasts: ScenePath[] = [];
  const targets: SceneTarget[] = [];
  const clipIds = new Set<string>();
  const moment = input.moment;
  const lesions = momentLesions(moment);
  const lesionKey = stateKey(lesions);
  const squeezes = new Map(
    anatomy.structures
      .filter((s) => s.kind === 'duct')
      .map((s) => [s.id, cached(anatomy, s, `squeeze|${lesionKey}`, () => ductSqueeze(s, lesions))] as const),
  );
  const highlight = new Set(moment?.highlight ?? []);
  const dim = new Set(moment?.dim ?? []);
  const stateOf = (id: string): ShapeState => ({
    dilation: input.dilation?.[id] ?? input.defaultDilation,
    outlineState: input.gallbladder === 'distended' ? 'distended' : undefined,
    minWidth,
    ...squeezes.get(id),
  });
  const visible = anatomy.structures.filter((s) => !s.hidden || reveal.has(s.id) || chosen?.has(s.id));
  for (const s of visible) {
    const state = stateOf(s.id);
    const key = stateKey(state);
    const emphasis: ScenePath['emphasis'] = highlight.has(s.id) ? 'highlight' : dim.has(s.id) ? 'dim' : undefined;
    const drawn = cached(anatomy, s, `paths|${key}`, () => structurePaths(s, state));
    paths.push(...drawn.map((p) => (emphasis ? { ...p, emphasis } : p)));
    const filled = moment?.contrast[s.id];
    const contrast = filled ? contrastPath(s, filled, state) : null;
    // Contrast paints after every duct wall, so joined ducts fill as one tree.
    if (contrast) contrasts.push({ ...contrast, layer: 'ducts' });
    // Contrast that has run up the whole cystic duct fills the gallbladder.
    const cast =
      s.id === 'gallbladder' && (moment?.contrast['cystic-duct']?.[0] ?? 1) < 0.02 ? gallbladderCast(s, state) : null;
    if (cast) contrasts.push(cast);
    if (s.clip) clipIds.add(s.clip);
    if (!s.label) continue;
    targets.push(cached(anatomy, s, `target|${key}`, () => structureTarget(s, state)));
    // The structure being explored always shows its name.
    const shown = s.id === input.active || (chosen ? chosen.has(s.id) : (s.label.priority ?? 3) <= maxPriority);
    if (input.labels && shown) labelled.push(s);
  }
  // Name the block wherever a step has room for one more label.
  const block =
    lesions[0] && input.labels && chosen && labelled.length < 6
      ? lesionLabel(lesions[0], anatomy, !!input.fullNames)
      : null;
  // Step label sets keep the step's order (most important first).
  if (chosen) labelled.sort((a, b) => input.labelIds!.indexOf(a.id) - input.labelIds!.indexOf(b.id));
  else labelled.sort((a, b) => (a.label?.priority ?? 3) - (b.label?.priority ?? 3));
  // Labels keep off ducts, vessels and devices where they can (composition §14). They are placed once per
  // framing and device set, not every frame, so they hold still while devices move.
  const devicesIn = (moment?.devices ?? []).map((d) => d.id).join(',');
  if (block) labelled.push(block);
  const labelKey = stateKey([
    input.camera,
    labelSize,
    labelled.map((s) => s.id),
    devicesIn,
    input.fullNames,
    lesionKey,
  ]);
  const labels = cached(anatomy, LABELS, labelKey, () => {
    const obstacles = [
      ...visible.flatMap((s) => (s.shape.type === 'tube' && s.layer !== 'duodenum' ? [s.shape.centerline] : [])),
      ...(moment?.devices ?? []).map((d) => slicePolyline(d.route, d.tail, d.tip).filter((_, i) => i % 3 === 0)),
    ];
    return placeLabels(labelled, input.camera, labelSize, 3 / ppu, obstacles, input.fullNames, !chosen);
  });
  paths.push(...contrasts);
  const aim = chosen?.has('t12-aim') ? aimLine(anatomy) : null;
  if (aim) paths.push(aim);
  // The intrapancreatic bile duct runs behind the head: a faint pancreas over it says so (composition §7).
  const pancreas = paths.find((p) => p.structureId === 'pancreas');
  if (pancreas) paths.push({ ...pancreas, id: 'pancreas-front', paint: 'overlay', layer: 'duodenum' });
  for (const [i, lesion] of lesions.entries()) {
    const duct = anatomy.byId.get(lesion.duct);
    const path = duct ? lesionPath(lesion, duct, stateOf(duct.id), i) : null;
    if (path) paths.push(path);
  }
  paths.sort((a, b) => (layerIndex.get(a.layer) ?? 0) - (layerIndex.get(b.layer) ?? 0));
  const clips = [...clipIds].flatMap((id) => {
    const s = anatomy.byId.get(id);
    const drawn = s ? structurePaths(s, stateOf(id))[0] : undefined;
    return drawn ? [{ id: `clip-${id}`, d: drawn.d }] : [];
  });
  const filled = (l: (typeof labels)[number]) => l.kind !== 'duct' || !moment || moment.contrast[l.structureId];
  return {
    camera: input.camera,
    paths,
    clips,
    labels: labels.map((l) => (filled(l) ? l : { ...l, unfilled: true })),
    targets,
    devices: moment ? momentDevices(moment, ppu, { anatomy, lesions, stateOf }) : [],
    active: input.active,
    view: input.view ?? 'illustration',
    quiet: moment !== undefined,
  };
}
