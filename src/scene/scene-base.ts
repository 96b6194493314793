import type { Structure } from '../model/anatomy-schema.js';
import { LAYERS } from '../model/layers.js';
import { LANDMARKS } from '../model/landmarks.js';
import type { Anatomy } from '../model/parse-anatomy.js';
import { aimPaths, landmarkPaths } from './scene-marks.js';
import type { SceneInput } from './build-scene.js';
import { drawnFraction, type SceneFrame } from './scene-frame.js';
import type { SceneBase, ScenePath, SceneTarget } from './scene-types.js';
import { cached, stateKey } from './shape-cache.js';
import { structurePaths, tubeWidth, type ShapeState } from './structure-paths.js';
import { polygonPath, tubeOutline } from './tube-outline.js';
import { structureTarget } from './structure-target.js';
import { ribCutaway } from './rib-cutaway.js';
import { lazyXrayBones } from './lazy-xray-bones.js';
import { isOpeningBowel, openingDuct } from './opening-duct.js';
import { openedBowel, opensOverDuct } from './opened-bowel.js';
import { resample } from './contrast-paths.js';
import { distance } from '../model/geometry.js';
import { splineOf } from '../model/spline-of.js';
import type { Point } from '../model/anatomy-schema.js';

/**
 * The right access needle's planned track, skin entry to target duct, in the right access framing of the
 * illustration (an X-ray shows the rib shadows it crosses); null elsewhere.
 */
function needleTrack(anatomy: Anatomy, framing: string | undefined): readonly [Point, Point] | null {
  if (framing !== 'right-access') return null;
  const from = anatomy.byId.get(LANDMARKS.aimLine.from)?.shape;
  const to = anatomy.byId.get(LANDMARKS.aimLine.target)?.shape;
  return from?.type === 'point' && to?.type === 'point' ? [from.at, to.at] : null;
}

const layerIndex = new Map(LAYERS.map((l, i) => [l, i]));

/** A rectangle far beyond any camera, in scene units. */
const PLANE = 'M-5000 -5000H6000V6000H-5000Z';

/** Everything the anatomy drawing depends on: equal keys give the same base. */
export function baseKey(anatomy: Anatomy, input: SceneInput, frame: SceneFrame): string {
  // Hovering a faded structure brings it back: only then does the active structure change the anatomy.
  const active = input.active ? anatomy.byId.get(input.active) : undefined;
  return stateKey([
    active && frame.role(active) === 'faded' ? active.id : null,
    frame.chosen ? [...frame.chosen] : null,
    input.view === 'fluoroscopy',
    // A film drawn before its bones' chunk arrived is drawn again with them.
    input.view === 'fluoroscopy' && !!lazyXrayBones(),
    frame.stateOf(''),
    input.distension === undefined ? null : drawnFraction(input.distension, frame.grid.distension),
    input.dilation
      ? Object.entries(input.dilation).map(([id, d]) => [id, drawnFraction(d, frame.grid.dilation)])
      : null,
    input.reveal ?? null,
    frame.order,
    frame.lesionKey,
    input.moment?.highlight ?? null,
    input.moment?.dim ?? null,
    // The framing decides what stays in focus (access steps, whole-picture steps) and the needle track.
    input.moment?.framing ?? null,
    // A patient's drawing leaves out the access plan's marks.
    !!input.fullNames,
    // A procedure's drawing cuts the bowel open over the bile duct.
    input.moment !== undefined,
    // Once a device is in, the double-duct sign fades (stepFocus, via the frame's roles).
    input.moment?.devices.some((d) => d.opacity > 0) ?? false,
  ]);
}

/** The anatomy's paths, clips and hit targets for one shape state. Pure. */
export function buildBase(anatomy: Anatomy, input: SceneInput, frame: SceneFrame): SceneBase {
  const { chosen, stateOf } = frame;
  const highlight = new Set(input.moment?.highlight ?? []);
  const dim = new Set(input.moment?.dim ?? []);
  const paths: ScenePath[] = [];
  const targets: SceneTarget[] = [];
  const clipIds = new Set<string>();
  // The cut-out of each bowel's wall a duct opens into (bowel id → clip id), which its contents share.
  const wallCuts = new Map<string, string>();
  // Clip id → the clip id it nests (both without the `clip-` prefix).
  const nests = new Map<string, string>();
  const xray = input.view === 'fluoroscopy';
  // What only a film shows of the skeleton comes in a chunk of its own (lazy-xray-bones.ts).
  const bones = xray ? lazyXrayBones() : undefined;
  const track = !xray ? needleTrack(anatomy, input.moment?.framing) : null;
  for (const s of frame.visible) {
    const key = stateKey(stateOf(s.id));
    const emphasis: ScenePath['emphasis'] = highlight.has(s.id)
      ? 'highlight'
      : dim.has(s.id)
        ? 'dim'
        : frame.role(s) === 'faded' && s.id !== input.active
          ? 'faded'
          : undefined;
    const opened = bowelOpened(s, input, frame);
    const drawn = cached(
      anatomy,
      s,
      `paths|${key}|${track ? 'cut' : ''}|${opened ? 'opened' : ''}`,
      () =>
        landmarkPaths(anatomy, s) ??
        (track && ribCutaway(s, track)) ??
        (opened ? openedBowel(s, anatomy.byId.get(LANDMARKS.overlay.over)!, stateOf(s.id)) : null) ??
        structurePaths(s, stateOf(s.id)),
    );
    // The illustration keeps the spine to its bodies' soft outlines; only the film shows its inner marks.
    const marks = bones ? cached(anatomy, s, 'vertebra', () => bones.vertebraMarks(s)) : [];
    // A film has no "behind": every shadow adds up, so nothing is drawn dashed there. The illustration draws no
    // spine under the T12 aim point, so its dot would float over the IVC: the hub's arrow shows the direction.
    const flat = xray
      ? [...drawn, ...marks].map((p) => (p.dashed ? { ...p, dashed: false } : p))
      : s.id === LANDMARKS.aimLine.toward
        ? []
        : [...drawn, ...marks];
    // Behind a structure in view (not on a film, where shadows add up), the part under its outline is left out.
    const under = cutOut(s, input, frame);
    if (under) clipIds.add(under);
    if (under && isOpeningBowel(anatomy, s)) wallCuts.set(s.id, under);
    paths.push(
      ...flat.map((p) =>
        emphasis || under ? { ...p, ...(emphasis && { emphasis }), ...(under && { clip: under }) } : p,
      ),
    );
    if (s.clip) clipIds.add(s.clip);
    if (s.label) targets.push(cached(anatomy, s, `target|${key}`, () => structureTarget(s, stateOf(s.id))));
  }
  // A bowel's contents stop short of the bile duct that opens into it: on a film a thin light gap (the walls), in
  // the illustration no tint over the duct where it runs behind the bowel (it would seat a stent in the bowel).
  // Contrast only coats the bowel drawn: its coat and its puffs lie under what the wall lies under (the distended
  // gallbladder over D1–D2) and are cut over the duct as the wall is, so they nest the wall's cut-out. Uncut, the coat
  // brought D2 back over the gallbladder once a stent's release filled it, and lost it in the frames before and the
  // step after: the bowel came and went (review round 8, N2).
  for (const s of frame.visible) {
    const duct = s.kind === 'duct' || s.shape.type !== 'tube' ? null : openingDuct(anatomy, s.id);
    if (!duct || !frame.visible.some((t) => t.id === duct)) continue;
    clipIds.add(`gap-${duct}`);
    const wall = wallCuts.get(s.id);
    if (wall) nests.set(`gap-${duct}`, wall);
  }
  // In a procedure, contrast leaving a device's mouth is a cloud kept inside the bowel it runs into (contrastPuffs):
  // only a bowel a bile duct opens into gets that clip, not every vessel (each outline costs the first frame bytes).
  if (input.moment)
    for (const s of frame.visible)
      if (isOpeningBowel(anatomy, s)) {
        clipIds.add(s.id);
        const wall = wallCuts.get(s.id);
        if (wall) nests.set(s.id, wall);
      }
  // A film shows every rib whole, on both sides, joined to the spine.
  if (bones && frame.visible.some((s) => s.id.startsWith('rib-')))
    paths.push(...cached(anatomy, { id: 'posterior-ribs' }, '', () => bones.posteriorRibs(anatomy)));
  if (chosen?.has(LANDMARKS.aimLine.toward)) paths.push(...aimPaths(anatomy));
  // What runs behind a structure shows through a faint copy of it on top (the CBD behind the pancreas head);
  // without what runs behind (no CBD after a hepaticojejunostomy) there is no copy.
  const { structure, layer, over } = LANDMARKS.overlay;
  const front = anatomy.byId.has(over) ? paths.find((p) => p.structureId === structure) : undefined;
  if (front) paths.push({ ...front, id: `${structure}-front`, paint: 'overlay', layer });
  paths.sort((a, b) => (layerIndex.get(a.layer) ?? 0) - (layerIndex.get(b.layer) ?? 0));
  // Clips are made again with every anatomy build (a step's first frame): kept with the shapes, by shape state.
  const outlineOf = (of: string): string | null => {
    const s: Structure | undefined = anatomy.byId.get(of);
    const state = stateOf(of);
    return s ? cached(anatomy, s, `outline|${stateKey(state)}`, () => structurePaths(s, state)[0]?.d ?? null) : null;
  };
  const clips: SceneBase['clips'][number][] = [];
  const made = new Set<string>();
  const addClip = (id: string): void => {
    if (made.has(id)) return;
    made.add(id);
    const nest = nests.get(id);
    const nested = nest ? { clip: `clip-${nest}` } : {};
    if (id.startsWith('gap-')) {
      const duct = anatomy.byId.get(id.slice('gap-'.length));
      if (duct) {
        const state = stateOf(duct.id);
        const gap = cached(anatomy, duct, `gap|${stateKey(state)}`, () => wallGap(duct, state));
        clips.push({ id: `clip-${id}`, d: `${PLANE}${gap}`, ...nested });
      }
      return;
    }
    if (!id.startsWith('outside-')) {
      const d = outlineOf(id);
      if (d) clips.push({ id: `clip-${id}`, d, ...nested });
      return;
    }
    // Outside outlines: the whole plane with one outline cut out (the renderer clips even-odd), nesting the clip
    // that cuts out the rest. One even-odd path with every outline would show what lies where two overlap (the
    // gallbladder's neck over the bile duct: a stray tick of D1, review round 8).
    const [first, ...rest] = id
      .slice('outside-'.length)
      .split('+')
      .filter((of) => outlineOf(of) !== null);
    if (first === undefined) return;
    const next = rest.length ? `outside-${rest.join('+')}` : null;
    clips.push({ id: `clip-${id}`, d: `${PLANE}${outlineOf(first)!}`, ...(next && { clip: `clip-${next}` }) });
    if (next) addClip(next);
  };
  for (const id of clipIds) addClip(id);
  return { paths, clips, targets };
}

/**
 * The clip id that leaves out what a structure lies under in view (`outside-ID+ID…`), or undefined. Behind its
 * `under` structure a structure is left out; and while a procedure plays, the bowel in front of the bile duct
 * (D1 over the retroduodenal duct) is opened over the duct, so its wall never crosses the duct the devices work in
 * nor tints it. A film has no "behind": nothing is cut there.
 */
function cutOut(s: Structure, input: SceneInput, frame: SceneFrame): string | undefined {
  if (input.view === 'fluoroscopy') return undefined;
  const shown = (id: string) => frame.visible.some((t) => t.id === id);
  const duct = LANDMARKS.overlay.over;
  const ids = [...(s.under && shown(s.under) ? [s.under] : []), ...(bowelOpened(s, input, frame) ? [duct] : [])];
  return ids.length ? `outside-${ids.join('+')}` : undefined;
}

/** Whether a procedure's drawing opens this bowel over the bile duct (see cutOut), so its stretch beyond is left out. */
function bowelOpened(s: Structure, input: SceneInput, frame: SceneFrame): boolean {
  return opensOverDuct(s, input, frame, LANDMARKS.overlay.over);
}

/** Units a bowel's cast keeps clear of the outside of a duct's wall on a film (about 0.7 mm each side). */
const GAP = 2;

/** A duct's outline widened by the gap between its contrast and a bowel's contents. */
function wallGap(s: Structure, state: ShapeState): string {
  if (s.shape.type !== 'tube') return '';
  // Evenly along the arc, as the contrast column is: where a stent holds the duct open below its block the width
  // climbs within a few units, and the spline's uneven samples would put that climb a few units off the column's.
  const even = resample(splineOf(s.shape.centerline), 2);
  if (!state.mouth) return polygonPath(tubeOutline(even, (f) => tubeWidth(s, f, state) + 2 * GAP, true, 1));
  // A duct's square mouth keeps the same gap past its end.
  const [a, b] = [even.at(-2)!, even.at(-1)!];
  const len = distance(b, a) || 1;
  const past: Point = [b[0] + ((b[0] - a[0]) / len) * GAP, b[1] + ((b[1] - a[1]) / len) * GAP];
  const n = even.length;
  return polygonPath(
    tubeOutline([...even, past], (f) => tubeWidth(s, Math.min(1, (f * n) / (n - 1)), state) + 2 * GAP, 'start', 1),
  );
}
