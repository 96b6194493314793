import type { Point, Structure } from '../model/anatomy-schema.js';
import { distanceToPolyline, insidePolygon } from '../model/geometry.js';
import { LAYERS } from '../model/layers.js';
import { LANDMARKS } from '../model/landmarks.js';
import { UNITS_PER_LENGTH_MM } from '../model/device-specs.js';
import type { Anatomy } from '../model/parse-anatomy.js';
import type { SceneInput } from './build-scene.js';
import { interiorAnchors, near, region, type AnchorRoom, type Region } from './interior-anchors.js';
import { labelAnchor } from './label-anchor.js';
import { lesionAreas } from './lesion-areas.js';
import type { SceneFrame } from './scene-frame.js';
import { structureGeometry, tubeWidth } from './structure-paths.js';
import { cached, stateKey } from './shape-cache.js';
import { routeId } from './moment-key.js';
import { opensOverDuct, trimmedBowel } from './opened-bowel.js';

/** What may hide a leader's end: anatomy with a body (not the segment overlays, the wall or the markers). */
const COVERING = new Set(['organ', 'duct', 'vessel']);
const SEE_THROUGH = new Set(['segments', 'wall', 'markers']);
/** Shapes with an inside. */
const SHAPED = new Set(['tube', 'outline', 'ellipse', 'band']);
/** Screen px a leader's end keeps from an edge and from what is drawn over it. */
const CLEAR_PX = 3;
/** Units a leader's end keeps from a device's drawn edge or a pigtail's loop (3 mm): nearer, it names the device. */
export const OFF_DEVICE = 3 * UNITS_PER_LENGTH_MM;

/** Anchors found per room (everything but the structure itself and the device lines near it), for the last few rooms:
 * hovering or pinning a structure places the labels again in the same room, and each structure's anchors are the
 * same as before. */
const memos = new WeakMap<Anatomy, Map<string, Map<string, readonly Point[]>>>();
const ROOMS = 4;
/** Anchor sets kept per room: one per structure and the device lines near it, so a moving device adds one a frame. */
const ANCHOR_SETS = 400;
/** Units added to a device line's reach when asking whether it comes near a structure's box. */
const NEAR_MARGIN = 10;

/**
 * A device line by identity (numbered as routes are), with the half width it is drawn at. A device holding still
 * hands back the same arrays (drawn-runs.ts keeps them by their path text); written out, the braid's lines cost more
 * than the anchors they key.
 */
const lineKey = (l: Region & { readonly pad: number }): string => `${l.pad}:${routeId(l.points)}`;

const inView = (p: Point | undefined, c: { x: number; y: number; w: number; h: number }) =>
  !!p && p[0] > c.x && p[0] < c.x + c.w && p[1] > c.y && p[1] < c.y + c.h;

/**
 * The most open point of an outline's part in view: of a 16 × 16 grid over the camera, the point inside it and off
 * every cover that lies farthest from its edge, the covers' edges and the frame's edges. Null if none.
 */
function openest(
  outline: readonly Point[],
  covers: readonly Region[],
  c: { x: number; y: number; w: number; h: number },
): Point | null {
  if (outline.length < 3) return null;
  const edge = region(outline, true);
  let best: Point | null = null;
  let room = 0;
  for (let i = 0; i < 16; i++)
    for (let j = 0; j < 16; j++) {
      const p: Point = [c.x + ((i + 0.5) * c.w) / 16, c.y + ((j + 0.5) * c.h) / 16];
      // A point off the outline's box is outside it, and a cover's box clear of it holds none of it.
      if (!near(edge, p, 0) || !insidePolygon(p, outline)) continue;
      if (covers.some((r) => near(r, p, 0) && insidePolygon(p, r.points))) continue;
      // Nearer the frame's edge than the best so far, a point cannot beat it; edges farther than `d` change nothing.
      let d = Math.min(p[0] - c.x, c.x + c.w - p[0], p[1] - c.y, c.y + c.h - p[1]);
      if (d <= room) continue;
      for (const r of [edge, ...covers]) d = Math.min(d, distanceToPolyline(p, r.points, d));
      if (d > room) [best, room] = [p, d];
    }
  return best;
}

/**
 * For one frame: where each labelled structure's leader may end (see `interiorAnchors`): inside the drawn
 * shape, never on a structure painted over it, a lesion (tumour, sleeve or scar), a device (`lines`, scene units) or the close-up
 * locator (`blocked`). On an X-ray a duct's end keeps to the stretch that holds contrast. Null for what has no
 * inside (a point, a line): its authored point serves. With `beyond`, an authored end that qualifies comes with the
 * others after it.
 */
export function anchorFinder(
  anatomy: Anatomy,
  input: SceneInput,
  frame: SceneFrame,
  /** Drawn device lines, scene units, with the half width each is drawn at (0: the line alone). */
  lines: readonly { readonly line: readonly Point[]; readonly pad: number }[],
  blocked: { x0: number; y0: number; x1: number; y1: number } | null,
  /** The discs formed pigtail loops enclose: no leader ends inside a loop's ring. */
  loops: readonly (readonly Point[])[] = [],
): (s: Structure, beyond?: boolean) => readonly Point[] | null {
  const rank = new Map<string, number>(LAYERS.map((l, i) => [l, i]));
  const order = new Map(anatomy.structures.map((s, i) => [s.id, i]));
  const z = (s: Structure) => (rank.get(s.layer) ?? 0) * 1e4 + (order.get(s.id) ?? 0);
  // Outlines per shape state, kept across frames like the drawn paths.
  const regionOf = (t: Structure): Region => {
    const state = frame.stateOf(t.id);
    return cached(anatomy, t, `anchor-region|${stateKey(state)}`, () => region(structureGeometry(t, state), true));
  };
  const solid = frame.visible.filter(
    (t) => COVERING.has(t.kind) && !SEE_THROUGH.has(t.layer) && SHAPED.has(t.shape.type),
  );
  // A lesion hides what it sleeves or sits on: no other structure's leader ends on it.
  const masses = [...lesionAreas(anatomy, frame), ...loops].map((l) => region(l, true));
  const devices = lines.filter((l) => l.line.length > 1).map((l) => ({ ...region(l.line), pad: l.pad }));
  const rings = loops.map((l) => ({ ...region(l, true), pad: 0 }));
  const room = {
    blocked: blocked
      ? [
          region(
            [
              [blocked.x0, blocked.y0],
              [blocked.x1, blocked.y0],
              [blocked.x1, blocked.y1],
              [blocked.x0, blocked.y1],
            ],
            true,
          ),
        ]
      : [],
    clear: CLEAR_PX / frame.ppu,
    device: Math.max(CLEAR_PX / frame.ppu, OFF_DEVICE),
  };
  const extent = (t: Structure) => {
    const [x0, y0, x1, y1] = regionOf(t).box;
    return (x1 - x0) * (y1 - y0);
  };
  // On an organ, a smaller shape reads as lying on it, whichever is painted first: a leader to the bowel must not
  // end where the eye sees the gallbladder or a bile duct.
  const reads = (t: Structure, s: Structure) => s.kind === 'organ' && extent(t) < extent(s);
  // A clinician's duct name never ends in the gallbladder's silhouette (place-labels.ts: it would read as the
  // gallbladder's), so no such end is offered: the cystic duct's authored end, at its neck, gives way to the stretch
  // between the neck and the common hepatic duct.
  const offBladder = (t: Structure, s: Structure) =>
    !input.fullNames && s.kind === 'duct' && t.id === LANDMARKS.gallbladder;
  const xray = input.view === 'fluoroscopy';
  const contrast = input.moment?.contrast ?? {};
  const washout = input.moment?.washout ?? {};
  let rooms: Map<string, readonly Point[]> | undefined;
  const roomOf = () => {
    const key = stateKey([
      input.camera,
      room.clear,
      solid.map((t) => [t.id, frame.stateOf(t.id)]),
      frame.lesionKey,
      loops,
      blocked,
      xray && [contrast, washout],
      // A clinician's ducts are offered no end in the gallbladder, a patient's are.
      !!input.fullNames,
    ]);
    let memo = memos.get(anatomy);
    if (!memo) memos.set(anatomy, (memo = new Map()));
    let found = memo.get(key);
    if (!found) {
      if (memo.size >= ROOMS) memo.delete(memo.keys().next().value!);
      memo.set(key, (found = new Map()));
    }
    return found;
  };
  // Only device lines that come near a structure can move its ends, so a device moving elsewhere leaves its anchors
  // as they were: while a stent opens in the bile duct, the liver's and the gallbladder's are not sought again.
  return (whole, beyond = false) => {
    if (!whole.label || !SHAPED.has(whole.shape.type) || !COVERING.has(whole.kind)) return null;
    rooms ??= roomOf();
    // A bowel a procedure opens over the bile duct is drawn from the duct on: its leader ends on what is drawn.
    const duct = anatomy.byId.get(LANDMARKS.overlay.over);
    const s = (duct && opensOverDuct(whole, input, frame, duct.id) && trimmedBowel(whole, duct)) || whole;
    // Every end scored lies in the shape's box (a bowel drawn from the duct on, in the whole bowel's); a line farther
    // than its reach from every such point is skipped.
    const [x0, y0, x1, y1] = regionOf(whole).box;
    const near = devices.filter((l) => {
      const d = Math.max(room.clear * 4, room.device) + l.pad + NEAR_MARGIN;
      return l.box[0] < x1 + d && l.box[2] > x0 - d && l.box[1] < y1 + d && l.box[3] > y0 - d;
    });
    const at = `${beyond ? '+' : ''}${whole.id}|${stateKey(frame.stateOf(whole.id))}|${near.map(lineKey).join(';')}`;
    if (rooms.has(at)) return rooms.get(at)!;
    if (rooms.size > ANCHOR_SETS) rooms.clear();
    const found = anchorsOf(s, [...near, ...rings], beyond);
    rooms.set(at, found);
    return found;
  };
  function anchorsOf(s: Structure, lines: AnchorRoom['lines'], beyond: boolean): readonly Point[] {
    const { camera } = input;
    const state = frame.stateOf(s.id);
    const outline = s.shape.type === 'tube' ? [] : structureGeometry(s, state);
    const covers = [
      ...solid.filter((t) => t.id !== s.id && (z(t) > z(s) || reads(t, s) || offBladder(t, s))).map(regionOf),
      ...masses,
    ];
    // An organ whose authored point is out of view: the most open part of it in view, not a point on its edge,
    // where the leader would seem to end on its neighbour (the liver's edge on the gallbladder).
    const prefer =
      (s.kind === 'organ' && !inView(s.label?.to, camera) && openest(outline, covers, camera)) ||
      (labelAnchor(s, camera) ?? [camera.x + camera.w / 2, camera.y + camera.h / 2]);
    const filled = contrast[s.id];
    // An X-ray shows a duct only where contrast fills it.
    const span = xray && s.kind === 'duct' ? (filled && (washout[s.id] ?? 0) < 0.99 ? [filled] : []) : undefined;
    // A duct's square mouth has no cap past its last point: a leader never ends on that edge.
    const width = (f: number) => (state.mouth && f > 0.999 ? 0 : tubeWidth(s, f, state));
    // A duct a device fills all along (a drain in a film's narrow contrast column) has no such place: no label.
    return interiorAnchors(s, outline, width, camera, prefer, { ...room, lines, covers }, span, beyond);
  }
}
