import type { Structure } from '../model/anatomy-schema.js';
import { pixelsPerUnit } from '../model/cameras.js';
import { LANDMARKS } from '../model/landmarks.js';
import type { CaseAnatomy } from '../model/case-anatomy.js';
import type { Anatomy } from '../model/parse-anatomy.js';
import type { Lesion } from '../timeline/timeline-types.js';
import type { SceneInput } from './build-scene.js';
import { ductMouths, ductSqueeze, heldStretches, heldWidth, stretchKey } from './duct-squeeze.js';
import { labelBudgetFor, labelFontPx, labelPriorityFor } from './label-style.js';
import { stepFocus, type FocusRole } from './step-focus.js';
import { momentLesions } from './lesion-path.js';
import { cached, stateKey } from './shape-cache.js';
import type { ShapeState } from './structure-paths.js';

/** What every part of one frame's scene derives from its input. */
export interface SceneFrame {
  /** Screen px per scene unit. */
  readonly ppu: number;
  /** Label font size, in units. */
  readonly labelSize: number;
  /** Highest label priority shown at this size (without a step's label set). */
  readonly maxPriority: number;
  /** How many labels fit at this size. */
  readonly budget: number;
  /** Width of the drawing on screen, px. */
  readonly drawnWidth: number;
  /** A structure's part in the step: focus, faded (plays no part) or hidden (the skeleton outside access steps). */
  readonly role: (s: Structure) => FocusRole;
  readonly lesions: readonly Lesion[];
  readonly lesionKey: string;
  /** A step's label set, when it has one, in the step's order (ids a surgery removed name their stand-in). */
  readonly order: readonly string[] | null;
  readonly chosen: ReadonlySet<string> | null;
  /** The structures drawn, in file order. */
  readonly visible: readonly Structure[];
  readonly stateOf: (id: string) => ShapeState;
  /** Steps of the way each shape change is drawn in (sceneGrids). */
  readonly grid: { readonly dilation: number; readonly distension: number };
}

/**
 * A shape change as drawn (duct calibre from normal to dilated, a gallbladder from distended to normal): on a grid
 * of `steps` steps of the way (sceneGrids), so a decompressing system rebuilds the anatomy a few dozen times over
 * its step, not every frame.
 */
export const drawnFraction = (fraction: number, steps: number): number => Math.round(fraction * steps) / steps;

/** Screen px the widest duct's calibre changes by in one step of its grid, at most (half a pixel each wall). */
const GRID_PX = 1;
/** Steps on a grid at most (and always the gallbladder's): its finest, where a shape change is smooth at any size. */
const FINEST_GRID = 64;
/** Steps on the ducts' grid at least: a small drawing still shrinks its ducts in steps, not in a few jumps. */
const COARSEST_GRID = 16;

/**
 * The shape-change grids at this scale. Duct calibre takes as few steps as keep each jump of the widest duct under
 * GRID_PX on screen, COARSEST_GRID to FINEST_GRID: a calibre step rebuilds every duct (about 7 ms of script at
 * CPU×1), so a phone's drawing takes fewer than a projector's. A gallbladder's outline, whose points move up to about
 * 90 units between its states, keeps FINEST_GRID steps: a step of it redraws one outline.
 */
export function sceneGrids(anatomy: Anatomy, ppu: number): { readonly dilation: number; readonly distension: number } {
  const span = cached(anatomy, { id: 'calibre-span' }, '', () =>
    Math.max(
      0,
      ...anatomy.structures.map((s) =>
        s.shape.type === 'tube' ? s.shape.diameter.dilated - s.shape.diameter.normal : 0,
      ),
    ),
  );
  const dilation = Math.min(FINEST_GRID, Math.max(COARSEST_GRID, Math.ceil((span * ppu) / GRID_PX)));
  return { dilation, distension: FINEST_GRID };
}

/** Scale, lesions and each structure's shape state for one frame. Pure. */
export function sceneFrame(anatomy: Anatomy, input: SceneInput): SceneFrame {
  const ppu = pixelsPerUnit(input.camera, input.viewport.width, input.viewport.height);
  // Label size and budget follow the drawing's size on screen, not its container's width.
  const drawnWidth = Math.min(input.viewport.width, (input.viewport.height * input.camera.w) / input.camera.h);
  const drawnHeight = Math.min(input.viewport.height, (input.viewport.width * input.camera.h) / input.camera.w);
  // Normal peripheral ducts stay at least 2.5 px wide (composition §13). The scale is taken in steps of
  // 1/16 octave (±2%) so that a camera move rebuilds the anatomy a few times, not every frame.
  const minWidth = 2.5 / 2 ** (Math.round(Math.log2(ppu) * 16) / 16);
  const lesions = momentLesions(input.moment);
  // A metal stent holding the duct open below its block changes the duct's shape like a lesion does.
  const held = heldWidth(input.moment?.devices);
  // Only along the stents' own stretches, never past their ends.
  const stretches = held > 0 ? heldStretches(input.moment?.devices) : [];
  const lesionKey = `${stateKey(lesions)}|${held}|${stretchKey(stretches)}`;
  const squeezes = new Map(
    anatomy.structures
      .filter((s) => s.kind === 'duct')
      .map(
        (s) =>
          [s.id, cached(anatomy, s, `squeeze|${lesionKey}`, () => ductSqueeze(s, lesions, held, stretches))] as const,
      ),
  );
  const mouths = cached(anatomy, { id: 'duct-mouths' }, '', () => ductMouths(anatomy));
  const reveal = new Set(input.reveal ?? []);
  // A label for a structure surgery removed names its stand-in (a hepaticojejunostomy: the CBD → the jejunal limb).
  const aliases = (anatomy as CaseAnatomy).routeAliases ?? {};
  const order = input.labelIds?.flatMap((id) => (anatomy.byId.has(id) ? [id] : (aliases[id] ?? []).slice(-1))) ?? null;
  const chosen = order ? new Set(order) : null;
  // A step shows what it is about: the rest fades, and the skeleton waits for the access steps. An X-ray shows
  // what it shows: bone in every frame, nothing faded.
  const moment = input.moment;
  const access = moment?.framing === 'right-access' || moment?.framing === 'left-access';
  const grid = sceneGrids(anatomy, ppu);
  const mix = drawnFraction(input.distension ?? 0, grid.distension);
  // On the whole-picture steps, what the case's text describes stays in focus: a distended gallbladder
  // (Courvoisier) and a dilated duct of another organ (the pancreatic duct of a double-duct sign). A close-up step
  // is about its device, so they fade there like the rest.
  // Once a device is in, the picture is about it: the other organ's duct (the double-duct sign) fades even on the
  // whole-picture steps, so it never outweighs the bile duct and the devices (review, round 8).
  const overview = moment?.framing === 'overview';
  const working = moment?.devices.some((d) => d.opacity > 0) ?? false;
  const shown = overview
    ? [
        ...(mix > 0 || input.gallbladder === 'distended' ? [LANDMARKS.gallbladder] : []),
        ...Object.keys(input.dilation ?? {}).filter(
          (id) =>
            drawnFraction(input.dilation?.[id] ?? 0, grid.dilation) > 0 &&
            !(working && anatomy.byId.get(id)?.tone === 'pancreatic-duct'),
        ),
      ]
    : [];
  // The pancreas's own ducts play a part only when the case dilates them (a double-duct sign): at normal calibre
  // (a hilar block) they fade with the rest even when a step names them, unless it points at them.
  const idle = (id: string) =>
    anatomy.byId.get(id)?.tone === 'pancreatic-duct' &&
    drawnFraction(input.dilation?.[id] ?? input.defaultDilation, grid.dilation) === 0 &&
    !moment?.highlight?.includes(id);
  const role: (s: Structure) => FocusRole =
    chosen && moment && input.view !== 'fluoroscopy'
      ? stepFocus(anatomy, new Set([...chosen].filter((id) => !idle(id)).concat(moment.highlight ?? [], shown)), access)
      : () => 'focus';
  const outlineStates = cached(
    anatomy,
    { id: 'outline-states' },
    '',
    () => new Set(anatomy.structures.filter((s) => s.shape.type === 'outline' && s.shape.states).map((s) => s.id)),
  );
  return {
    ppu,
    grid,
    // The projector theme scales labels up, to the same 20 px ceiling.
    labelSize: Math.min(20, labelFontPx(Math.max(drawnWidth, drawnHeight)) * (input.labelScale ?? 1)) / ppu,
    budget: labelBudgetFor(drawnWidth),
    drawnWidth,
    maxPriority: labelPriorityFor(drawnWidth),
    lesions,
    lesionKey,
    order,
    chosen,
    role,
    visible: anatomy.structures.filter(
      (s) => (!s.hidden || reveal.has(s.id) || (chosen?.has(s.id) && !offPicture(input, s))) && role(s) !== 'hidden',
    ),
    stateOf: (id) => ({
      dilation: drawnFraction(input.dilation?.[id] ?? input.defaultDilation, grid.dilation),
      // A gallbladder that empties shrinks smoothly from its distended outline to the normal one. Only a
      // shape with outline states carries the mix, so the rest keep their cached geometry meanwhile.
      // The mix is kept to the base key's grid (drawnFraction), so a reused base equals a fresh one.
      ...(mix > 0 && mix < 1
        ? anatomy.byId.get(id)?.shape.type === 'outline' && outlineStates.has(id)
          ? { outlineState: 'distended', outlineMix: mix }
          : { outlineState: 'distended' }
        : { outlineState: input.gallbladder === 'distended' ? 'distended' : undefined }),
      minWidth,
      ...squeezes.get(id),
      ...(mouths.has(id) && { mouth: true }),
    }),
  };
}

/**
 * A mark of the access plan with no everyday name (the deepest pass, a target point): a step's label set shows it
 * to a clinician; a patient would see an unexplained ring.
 */
const planningMark = (s: Structure) =>
  s.hidden && s.kind === 'landmark' && s.tone === 'reference' && s.shape.type === 'point' && !s.plainName;

/**
 * Whether a planning mark stays out of this picture: a patient's drawing, and a film, which shows nothing of it (its
 * label would point at an unmarked spot). A film keeps the aim toward T12: it is drawn there as its arrow.
 */
const offPicture = (input: SceneInput, s: Structure) =>
  planningMark(s) && (!!input.fullNames || (input.view === 'fluoroscopy' && s.id !== LANDMARKS.aimLine.toward));
