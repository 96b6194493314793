import type { Point } from '../model/anatomy-schema.js';
import { locatorBox, type Box, type LocatorCorner } from './scene-locator.js';
import type { Camera, SceneDevicePart } from './scene-types.js';
import { apart, lineBounds } from './line-bounds.js';
import { drawnRuns } from './drawn-runs.js';

/** The corners the locator may take, in order of preference: the patient's left top first (where readers look for it). */
const CORNERS: readonly LocatorCorner[] = ['top-right', 'top-left', 'bottom-right', 'bottom-left'];

/** Parts that are not a device's body: an ultrasound beam fills half the view, the body wall and halo frame tubing. */
const BACKDROP = new Set<SceneDevicePart['part']>(['beam', 'scan-line', 'skin', 'halo', 'flow', 'bile']);

/**
 * Parts inside a stent's body outline, which stands for them: a braid's wires are new each frame while it opens,
 * and reading their hundreds of segments cost more than the rest of the frame's devices together.
 */
const INSIDE_BODY = new Set<SceneDevicePart['part']>(['stent-wire', 'stent-edge', 'stent-lumen', 'washout']);

/** Screen px kept between the locator and a device: a pigtail just clear of it still reads as whole. */
const CLEAR_PX = 4;

/**
 * The corner where the close-up's locator hides the least of the devices and the lesion (none, wherever one is
 * free): the first free corner in order of preference (`first`, then `CORNERS`), else the one over the shortest
 * stretch of them. A patient's torso map (`plain`) is measured with its words under it. Measured at the preset view
 * (`camera`), so the locator keeps its corner while the camera moves.
 */
export function locatorCorner(
  camera: Camera,
  viewport: { readonly width: number; readonly height: number },
  plain: boolean,
  parts: readonly SceneDevicePart[],
  /** The lesion's outlines (a tumour, a sleeve or a scar); default none. */
  lesions: readonly string[] = [],
  /** The corner to try first (the step's preset names it, where the usual one covers what it frames); default none. */
  first?: LocatorCorner,
): LocatorCorner {
  const key = `${camera.x},${camera.y},${camera.w},${camera.h},${viewport.width},${viewport.height},${plain},${lesions.join()},${first}`;
  const kept = memo.get(parts);
  if (kept?.key === key) return kept.corner;
  const order = first ? [first, ...CORNERS.filter((c) => c !== first)] : CORNERS;
  const corner = leastCovered(camera, viewport, plain, parts, lesions, order);
  memo.set(parts, { key, corner });
  return corner;
}

/** Screen px kept between the locator and the lesion: room for the block's word beside it. */
const LESION_ROOM_PX = 40;

/** The last answer per parts array: the scene builder hands back the same array while the devices hold. */
const memo = new WeakMap<readonly SceneDevicePart[], { key: string; corner: LocatorCorner }>();

function leastCovered(
  camera: Camera,
  viewport: { readonly width: number; readonly height: number },
  plain: boolean,
  parts: readonly SceneDevicePart[],
  lesions: readonly string[],
  order: readonly LocatorCorner[],
): LocatorCorner {
  const ppu = Math.min(viewport.width / camera.w, viewport.height / camera.h);
  // A lesion is measured as a part as wide as the room its word needs.
  const width = (2 * (LESION_ROOM_PX - CLEAR_PX)) / ppu;
  const blocks = lesions.map((d): SceneDevicePart => ({
    deviceId: 'lesion',
    id: 'lesion',
    part: 'casing',
    d,
    width,
    opacity: 1,
  }));
  // Each part's outline is read once, when the first corner shows a locator at all.
  let shown: { runs: readonly (readonly Point[])[]; pad: number }[] | undefined;
  let best = order[0]!;
  let least = Infinity;
  for (const corner of order) {
    const box = locatorBox(camera, viewport, plain, corner);
    if (!box) return best;
    shown ??= [...parts, ...blocks]
      .filter((p) => p.opacity > 0 && !BACKDROP.has(p.part) && !INSIDE_BODY.has(p.part))
      .map((p) => ({ runs: partOutline(p), pad: p.width / 2 + CLEAR_PX / ppu }));
    const cover = shown.reduce((n, p) => n + covered(p.runs, box, p.pad), 0);
    if (cover === 0) return corner;
    if (cover < least) [best, least] = [corner, cover];
  }
  return best;
}

/** How many of a part's segments (its outline's runs) come within `pad` of the box. */
function covered(runs: readonly (readonly Point[])[], box: Box, pad: number): number {
  const b = { x0: box.x0 - pad, y0: box.y0 - pad, x1: box.x1 + pad, y1: box.y1 + pad };
  let n = 0;
  for (const run of runs) {
    // A run whose bounds lie clear of the box has no segment in it.
    if (apart(lineBounds(run), b)) continue;
    for (let i = 1; i < run.length; i++) if (crosses(run[i - 1]!, run[i]!, b)) n++;
  }
  return n;
}

/**
 * Outlines read, by path: while a stent opens, the wire, sheath and drain keep their paths from frame to frame,
 * though the scene builds new parts. Bounded by the characters of the paths kept (the outlines take a few times
 * that); a path longer than a tenth of it (a braid's wires, new each frame) is read and not kept.
 */
const outlines = new Map<string, readonly (readonly Point[])[]>();
const KEPT_CHARS = 100_000;
let keptChars = 0;

function partOutline({ d }: SceneDevicePart): readonly (readonly Point[])[] {
  let runs = outlines.get(d);
  if (runs) return runs;
  // Drawn just now from points: they are known (a closed run ends back on its start, a run of one point is a dot).
  const known = drawnRuns(d);
  if (known)
    return known.runs.map((run) => (known.closed ? [...run, run[0]!] : run.length === 1 ? [run[0]!, run[0]!] : run));
  runs = outline(d);
  if (d.length > KEPT_CHARS / 10) return runs;
  for (const old of outlines.keys()) {
    if (keptChars + d.length <= KEPT_CHARS) break;
    outlines.delete(old);
    keptChars -= old.length;
  }
  outlines.set(d, runs);
  keptChars += d.length;
  return runs;
}

/**
 * A path's points as runs: M, L and Q points (a curve's control point keeps its hull), and a dot's arc as the
 * square around it; Z closes a run.
 */
function outline(d: string): Point[][] {
  const runs: Point[][] = [];
  let at: Point = [0, 0];
  for (const m of d.matchAll(/([MLQZa])([^MLQZa]*)/g)) {
    const n = (m[2] ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (m[1] === 'M') runs.push([]);
    if (m[1] === 'a') {
      const [r, x] = [n[0]!, at[0] + n[0]!];
      runs.push([
        [x - r, at[1] - r],
        [x + r, at[1] - r],
        [x + r, at[1] + r],
        [x - r, at[1] + r],
        [x - r, at[1] - r],
      ]);
      continue;
    }
    if (m[1] === 'Z') {
      const run = runs.at(-1);
      if (run?.length) run.push(run[0]!);
      continue;
    }
    for (let i = 0; i + 1 < n.length; i += 2) runs.at(-1)?.push((at = [n[i]!, n[i + 1]!]));
  }
  return runs.map((r) => (r.length === 1 ? [r[0]!, r[0]!] : r));
}

/** Whether the segment p–q touches the box (Liang–Barsky clipping). */
function crosses([px, py]: Point, [qx, qy]: Point, b: Box): boolean {
  let [t0, t1] = [0, 1];
  const dx = qx - px;
  const dy = qy - py;
  // The four edges in turn, without a list of them per segment (thousands a frame while a stent opens).
  for (let k = 0; k < 4; k++) {
    const p = k === 0 ? -dx : k === 1 ? dx : k === 2 ? -dy : dy;
    const q = k === 0 ? px - b.x0 : k === 1 ? b.x1 - px : k === 2 ? py - b.y0 : b.y1 - py;
    if (p === 0) {
      if (q < 0) return false;
    } else if (p < 0) t0 = Math.max(t0, q / p);
    else t1 = Math.min(t1, q / p);
  }
  return t0 <= t1;
}
