import { LAYERS } from '../model/anatomy-schema.js';
import type { Anatomy } from '../model/parse-anatomy.js';
import type { CaseAnatomy } from '../model/case-anatomy.js';
import { labelBudgetFor, labelFontPx, labelPriorityFor } from './label-style.js';
import { pixelsPerUnit } from '../model/cameras.js';
import type { Structure } from '../model/anatomy-schema.js';
import type { Camera, Scene, ScenePath, SceneLabel, SceneTarget } from './scene-types.js';
import { structurePaths, type ShapeState } from './structure-paths.js';
import { placeLabels } from './place-labels.js';
import { slicePolyline } from '../model/geometry.js';
import { structureTarget } from './structure-target.js';
import { contrastPath } from './contrast-paths.js';
import { gallbladderCast } from './gallbladder-cast.js';
import { momentDevices } from './moment-devices.js';
import { joinSleeves, lesionPath, momentLesions } from './lesion-path.js';
import { ductSqueeze } from './duct-squeeze.js';
import { lesionLabel } from './lesion-label.js';
import { cached, stateKey } from './shape-cache.js';
import { stepFocus } from './step-focus.js';
import { pairedSides } from './paired-sides.js';
import { locatorBox, sceneLocator } from './scene-locator.js';
import { papillaMound } from './papilla-mound.js';
import { ribNumerals } from './rib-numerals.js';
import { polygonPath } from './tube-outline.js';
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
    'devices' | 'contrast' | 'obstruction' | 'lesions' | 'flow' | 'bag' | 'highlight' | 'dim' | 'framing'
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
}

const layerIndex = new Map(LAYERS.map((l, i) => [l, i]));
/** Cache slot for label layouts (keyed like a structure). */
const LABELS = { id: 'labels' };

/** Length of the 'toward T12' arrow, units (about 1.3 cm). */
export const AIM_ARROW = 36;

/**
 * Right access aim: the planned path (dotted = planned, composition §15) from
 * the skin entry to the target duct only, so it never crosses the hilum, and
 * the direction toward the T12 body as a short solid arrow just above the
 * needle at the skin, where the hub is held.
 */
function aimPaths(anatomy: Anatomy): ScenePath[] {
  const entry = anatomy.byId.get('right-entry')?.shape;
  const target = anatomy.byId.get('right-target')?.shape;
  const t12 = anatomy.byId.get('t12-aim')?.shape;
  if (entry?.type !== 'point' || target?.type !== 'point' || t12?.type !== 'point') return [];
  const [x0, y0] = entry.at;
  const dir = Math.sign(t12.at[0] - x0) || 1;
  const [ax, ay] = [x0 - 14 * dir, y0 - 13];
  const bx = ax + AIM_ARROW * dir;
  const head = `M${bx - 7 * dir},${ay - 4.5}L${bx},${ay}L${bx - 7 * dir},${ay + 4.5}`;
  const base = { structureId: 't12-aim', layer: 'markers', tone: 'reference', dashed: false } as const;
  return [
    { ...base, id: 'aim-path', paint: 'planned', d: `M${x0},${y0}L${target.at[0]},${target.at[1]}` },
    { ...base, id: 'aim-t12', paint: 'arrow', d: `M${ax},${ay}L${bx},${ay}${head}` },
  ];
}

/**
 * Point landmarks with a mark of their own shape: a papilla (a point on a
 * bowel) is a small mound on the bowel wall; a point inside another point
 * landmark (the ampulla within the papilla) adds no second mark, so the pair
 * never reads as a figure 8. Null for every other structure.
 */
function landmarkPaths(anatomy: Anatomy, s: Structure): ScenePath[] | null {
  if (s.shape.type !== 'point' || s.kind !== 'landmark' || !s.parent) return null;
  const parent = anatomy.byId.get(s.parent);
  if (parent?.shape.type === 'point') return [];
  const mound = parent?.kind === 'organ' ? papillaMound(s.shape.at, parent) : null;
  if (!mound) return null;
  return [
    {
      id: s.id,
      structureId: s.id,
      layer: 'duodenum',
      tone: 'duodenum',
      paint: 'mound',
      d: polygonPath(mound),
      dashed: false,
    },
  ];
}

/**
 * Marks that are not labels (outside the label budget; labels keep clear of
 * them): rib numbers in right access steps, and "T12" at the aim arrow's
 * head, so the arrow reads "→ T12" at every size.
 */
function numerals(anatomy: Anatomy, chosen: ReadonlySet<string> | null, size: number, plain: boolean): SceneLabel[] {
  const out = chosen?.has('right-entry') ? ribNumerals(anatomy, size) : [];
  const entry = anatomy.byId.get('right-entry')?.shape;
  // Vertebral levels are for clinicians; a patient's drawing keeps the arrow without "T12".
  if (chosen?.has('t12-aim') && entry?.type === 'point' && !plain) {
    const [x, y] = entry.at;
    out.push({
      id: 'numeral-t12',
      structureId: 't12-aim',
      kind: 'numeral',
      text: 'T12',
      x: x - 14 + AIM_ARROW + 3,
      y: y - 13 + size * 0.36,
      align: 'start',
      size,
      leader: null,
    });
  }
  return out;
}

const inFrame = ([x, y]: readonly number[], c: Camera) => x! > c.x && x! < c.x + c.w && y! > c.y && y! < c.y + c.h;

/** Builds the plain, serialisable scene for one moment. Pure. */
export function buildScene(anatomy: Anatomy, input: SceneInput): Scene {
  const ppu = pixelsPerUnit(input.camera, input.viewport.width, input.viewport.height);
  // Label size and budget follow the drawing's size on screen, not its container's width.
  const drawnWidth = Math.min(input.viewport.width, (input.viewport.height * input.camera.w) / input.camera.h);
  const labelSize = (labelFontPx(drawnWidth, !input.labelIds) * (input.labelScale ?? 1)) / ppu;
  const maxPriority = labelPriorityFor(drawnWidth);
  // Normal peripheral ducts stay at least 2.5 px wide (composition §13).
  const minWidth = 2.5 / ppu;
  const reveal = new Set(input.reveal ?? []);
  // A label for a structure surgery removed names its stand-in (a hepaticojejunostomy: the CBD → the jejunal limb).
  const aliases = (anatomy as CaseAnatomy).routeAliases ?? {};
  const order = input.labelIds?.flatMap((id) => (anatomy.byId.has(id) ? [id] : (aliases[id] ?? []).slice(-1)));
  const chosen = order ? new Set(order) : null;
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
  // A step shows what it is about: the rest fades, and the skeleton waits for the access steps. An X-ray shows
  // what it shows: bone in every frame, nothing faded.
  const access = moment?.framing === 'right-access' || moment?.framing === 'left-access';
  const role =
    chosen && moment && input.view !== 'fluoroscopy'
      ? stepFocus(anatomy, new Set([...chosen, ...highlight]), access)
      : () => 'focus';
  const visible = anatomy.structures.filter(
    (s) => (!s.hidden || reveal.has(s.id) || chosen?.has(s.id)) && role(s) !== 'hidden',
  );
  for (const s of visible) {
    const state = stateOf(s.id);
    const key = stateKey(state);
    const emphasis: ScenePath['emphasis'] = highlight.has(s.id)
      ? 'highlight'
      : dim.has(s.id)
        ? 'dim'
        : role(s) === 'faded' && s.id !== input.active
          ? 'faded'
          : undefined;
    const drawn = cached(anatomy, s, `paths|${key}`, () => landmarkPaths(anatomy, s) ?? structurePaths(s, state));
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
    if (input.labels && shown && (!input.fullNames || s.plainName)) labelled.push(s);
  }
  // Step label sets keep the step's order (most important first); the structure being explored always stays.
  if (order) labelled.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  else labelled.sort((a, b) => (a.label?.priority ?? 3) - (b.label?.priority ?? 3));
  const budget = labelBudgetFor(drawnWidth);
  const activeAt = labelled.findIndex((s) => s.id === input.active);
  if (activeAt >= budget) labelled.splice(budget - 1, 0, ...labelled.splice(activeAt, 1));
  labelled.splice(budget);
  // Name the block wherever a step has room for one more label.
  const lesion =
    lesions[0] && input.labels && chosen && labelled.length < budget ? lesionLabel(lesions[0], anatomy) : null;
  // …when it is in view: an edge arrow to a block elsewhere only distracts from an access step.
  const block = lesion?.label?.to && inFrame(lesion.label.to, input.camera) ? lesion : null;
  // Labels keep off ducts, vessels and devices where they can (composition §14). They are placed once per
  // framing and device set, not every frame, so they hold still while devices move.
  const devicesIn = (moment?.devices ?? []).map((d) => d.id).join(',');
  if (block) labelled.push(block);
  const marks = input.labels ? numerals(anatomy, chosen, labelSize, !!input.fullNames) : [];
  // The T12 arrow carries its own "T12": no separate label for it.
  const t12 = labelled.findIndex((l) => l.id === 't12-aim');
  if (t12 >= 0 && marks.some((m) => m.structureId === 't12-aim')) labelled.splice(t12, 1);
  const labelKey = stateKey([
    input.camera,
    labelSize,
    labelled.map((s) => s.id),
    devicesIn,
    input.fullNames,
    lesionKey,
    input.viewport,
    marks.map((m) => m.id),
  ]);
  const labels = cached(anatomy, LABELS, labelKey, () => {
    const obstacles = [
      ...visible.flatMap((s) => (s.shape.type === 'tube' && s.layer !== 'duodenum' ? [s.shape.centerline] : [])),
      ...(moment?.devices ?? []).map((d) => slicePolyline(d.route, d.tail, d.tip).filter((_, i) => i % 3 === 0)),
    ];
    const sides = cached(anatomy, { id: 'sides' }, '', () => pairedSides(anatomy));
    return placeLabels(
      labelled,
      input.camera,
      labelSize,
      3 / ppu,
      obstacles,
      input.fullNames,
      !chosen,
      marks,
      40 / ppu,
      sides,
      [locatorBox(input.camera, input.viewport)].filter((b) => b !== null),
    );
  });
  paths.push(...contrasts);
  if (chosen?.has('t12-aim')) paths.push(...aimPaths(anatomy));
  // The intrapancreatic bile duct runs behind the head: a faint pancreas over it says so (composition §7).
  // After a hepaticojejunostomy there is no such duct, and the jejunal limb lies in front.
  const pancreas = anatomy.byId.has('common-bile-duct') ? paths.find((p) => p.structureId === 'pancreas') : undefined;
  if (pancreas) paths.push({ ...pancreas, id: 'pancreas-front', paint: 'overlay', layer: 'duodenum' });
  const lesionPaths = lesions.flatMap((lesion, i) => {
    const duct = anatomy.byId.get(lesion.duct);
    const path = duct ? lesionPath(lesion, duct, stateOf(duct.id), i) : null;
    return path ? [path] : [];
  });
  paths.push(...joinSleeves(lesionPaths));
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
    labels: [...labels.map((l) => (filled(l) ? l : { ...l, unfilled: true })), ...marks],
    targets,
    devices: moment ? momentDevices(moment, ppu, { anatomy, lesions, stateOf }) : [],
    active: input.active,
    view: input.view ?? 'illustration',
    quiet: moment !== undefined,
    locator: sceneLocator(input.camera, paths),
  };
}
