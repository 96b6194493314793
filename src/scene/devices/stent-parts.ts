import type { Point } from '../../model/anatomy-schema.js';
import { deviceWidth } from '../../model/device-specs.js';
import { arcTable } from '../../model/arc-table.js';
import { pointAtLength, slicePolyline } from '../../model/geometry.js';
import type { DeviceState } from '../../timeline/timeline-types.js';
import type { SceneDevicePart } from '../scene-types.js';
import { polygonPath, tubeFrame, type TubeFrame } from '../tube-outline.js';
import type { DeviceContext } from './device-context.js';
import { partsOf, circlesPath, linePath, runsPath } from './device-path.js';
import { stentGeometry, type StentGeometry } from './stent-geometry.js';
import { stentExit, stentRoute } from './stent-route.js';
import { lumenOutlines, stentLumen } from './stent-lumen.js';
import { wireCourse } from './wire-course.js';
import type * as StentStruts from './lazy-stent-struts.js';

export { stentGeometry, type StentGeometry } from './stent-geometry.js';

/** Screen px of a braided stent's wire: a lecture hall still sees it at a 720 px width (illustrator L2). */
const BRAID_PX = 1.5;
/** Screen px of a Z or spiral stent's wire: heavier than the braid's many fine wires. */
const STRUT_PX = 2;
/**
 * Opacity of the far half of each spiral turn, relative to the near half, in both views: still clearly behind, yet
 * strong enough that a projector shows one continuous helix (illustrator B4), and lighter on a film too, for depth.
 */
const SPIRAL_BACK = 0.55;
/** Extra screen px of the dark edge under a spiral's near turns: a shadow line that lifts them off the far turns. */
const SPIRAL_SHADOW_PX = 1;
/** Width of the far half of each spiral turn, relative to the near half. */
const SPIRAL_BACK_WIDTH = 0.8;
/** Screen px of the dark edge either side of a strut, so a pale strut reads on pale tissue and on dark contrast. */
const EDGE_PX = 0.7;

/** Device kinds that are stents (the delivery sheath is not). */
export const STENT_KINDS: ReadonlySet<string> = new Set(['stent-mesh', 'stent-z', 'stent-spiral', 'stent-plastic']);

/**
 * Scene parts for a stent: its outline and wire pattern; until it is fully
 * released, the delivery catheter it is loaded on, with a radiopaque band at
 * each end of the loaded stent. With `xray` (default false), the washed-out lumen. A `second` stent (default
 * false) of a stent-in-stent pair winds its spiral half a turn on, so it crosses the first one's turns.
 * `struts` draws the wire patterns, their bounds and the washout: it is the stent drawing's other chunk
 * (lazy-stent-struts.ts), loaded beside this one, so neither chunk imports the other.
 */
export function stentParts(
  placed: DeviceState,
  ctx: DeviceContext,
  ppu: number,
  struts: typeof StentStruts,
  xray = false,
  second = false,
): SceneDevicePart[] {
  const { braidPattern, spiralPattern, stentWashout, strutBounds, zPattern } = struts;
  if (placed.opacity <= 0 || !STENT_KINDS.has(placed.kind)) return [];
  const device = { ...placed, route: stentRoute(placed, ctx) };
  const g = stentGeometry(device, ctx, ppu, placed.route);
  if (g.distal - g.proximal < 1) return [];
  const span = g.distal - g.proximal;
  const count = Math.max(2, Math.ceil(span / 2));
  const along = arcTable(device.route);
  const line = Array.from({ length: count + 1 }, (_, k) => along(g.proximal + (k / count) * span).point);
  const frame = tubeFrame(line, (f) => g.widthAt(g.proximal + f * span), 1);
  const part = partsOf(device);
  if (g.type === 'plastic') {
    const w = g.widthAt(g.distal);
    // A light, translucent tube inside a thin dark wall: it reads on dark contrast and around the wire.
    return [
      part('casing', linePath(line), w),
      part('plastic', linePath(line), Math.max(w * 0.6, w - 2 / ppu)),
      part('flaps', flaps(frame), 0),
      part('holes', circlesPath(plasticHoles(device, g), w * 0.12), 0),
      part('marker', bands(device.route, [g.proximal + 2, g.distal - 2], w * 1.05), 0),
    ];
  }
  const wire = (g.type === 'mesh' ? BRAID_PX : STRUT_PX) / ppu;
  const edge = (2 * EDGE_PX) / ppu;
  const body = part('stent-body', runsPath([edges(frame)], true), 0);
  // On a film the open lumen is washed out, fading in from the stent's ends.
  const parts = [body, ...(xray ? stentWashout(frame, body) : [])];
  // The part still held lies in the delivery sheath, drawn under the stent: a braid's many wires hid it there. Its
  // translucent wall is laid over the folded stent's inside as well, under the wires and the marker bands, so the stent
  // reads as sheathed up to where it opens.
  if (g.released < 1 && g.openFrom > g.proximal + 1)
    parts.push(
      part('sheath', linePath(slicePolyline(device.route, g.proximal, g.openFrom)), deviceWidth('stent-delivery', ppu)),
    );
  // Over the bowel (its wall, the papilla, its lumen) the stent's own inside carries the stented duct on to its end.
  // Where the stent leaves the last duct, if it does: its inside and its struts' bounds both start from there.
  const exit = stentExit(placed, ctx);
  const lumen = stentLumen(exit, device.route, frame, g.proximal, g.distal, ctx);
  if (lumen)
    parts.unshift(
      ...lumenOutlines(lumen).map(({ outline, strength }, k) => ({
        ...part('stent-lumen', polygonPath(outline), 0),
        id: `${device.id}-stent-lumen-${k}`,
        opacity: placed.opacity * strength,
      })),
    );
  // Past the papilla no strut stands in the pancreas: each keeps to the duct, the bowel's lumen or the papilla.
  const keep = strutBounds(exit, placed, device.route, ctx, g.restWidth);
  if (g.type === 'spiral') {
    const { front, back } = spiralPattern(device.route, g, second, keep);
    // The far side of each turn draws thinner and fainter, so the near side reads as the helix's diagonal band.
    const thin = wire * SPIRAL_BACK_WIDTH;
    const far = { ...part('stent-wire', back, thin), id: `${device.id}-stent-wire-back` };
    const farEdge = { ...part('stent-edge', back, thin + edge), id: `${device.id}-stent-edge-back` };
    parts.push(
      { ...farEdge, opacity: far.opacity * SPIRAL_BACK },
      { ...far, opacity: far.opacity * SPIRAL_BACK },
      part('stent-edge', front, wire + edge + SPIRAL_SHADOW_PX / ppu),
      part('stent-wire', front, wire),
    );
  } else {
    // The braid's many fine wires draw thinner than the few heavier Z struts.
    const d = g.type === 'mesh' ? braidPattern(device.route, g, keep) : zPattern(device.route, g, keep);
    parts.push(part('stent-edge', d, wire + edge), part('stent-wire', d, wire));
  }
  if (g.released < 1) {
    // The delivery catheter's inner shaft runs on the wire (not the released stent's turn into the bowel) through
    // the stent to a tapered tip just beyond it; its radiopaque bands sit on it (illustrator N7).
    const [tail, tip] = g.loaded;
    // On the wire's course (wire-course.ts): down the stent's own path and on from its end into the bowel's lumen.
    const course = wireCourse(placed, ctx, device.route);
    const shaft = slicePolyline(course, Math.max(0, tail - 30), Math.max(tip, g.distal) + 8);
    parts.unshift(part('casing', linePath(shaft), deviceWidth('stent-delivery', ppu) * 0.4));
    parts.push(part('marker', bands(course, [tail, tip], deviceWidth('stent-delivery', ppu)), 0));
  }
  return parts;
}

/** Closed outline from a frame: left edge forward, right edge back; the ends are square to the axis. */
function edges({ spine, normals, halves }: TubeFrame): Point[] {
  const side = (sign: 1 | -1) =>
    spine.map((p, i): Point => [p[0] - sign * normals[i]![1] * halves[i]!, p[1] + sign * normals[i]![0] * halves[i]!]);
  return [...side(1), ...side(-1).reverse()];
}

/** Narrow radiopaque bands square across the route at the given arc lengths, `w` units wide. */
function bands(route: readonly Point[], at: readonly number[], w: number): string {
  return runsPath(
    at.map((s): Point[] => {
      const { point: p, tangent: t } = pointAtLength(route, s);
      const [hx, hy] = [t[0] * 1.5, t[1] * 1.5];
      const [nx, ny] = [(-t[1] * w) / 2, (t[0] * w) / 2];
      return [
        [p[0] - hx + nx, p[1] - hy + ny],
        [p[0] + hx + nx, p[1] + hy + ny],
        [p[0] + hx - nx, p[1] + hy - ny],
        [p[0] - hx - nx, p[1] - hy - ny],
      ];
    }),
    true,
  );
}

/** Side holes near both ends of a plastic stent. */
function plasticHoles(device: DeviceState, g: StentGeometry): Point[] {
  const at = (s: number) => pointAtLength(device.route, s).point;
  return [10, 22, 34].flatMap((d) => [at(g.proximal + d), at(g.distal - d)]);
}

/** Anchoring flaps at both ends of a plastic stent: slivers cut from the wall and lifted outward. */
function flaps(frame: TubeFrame): string {
  const n = frame.spine.length;
  const across = (i: number, u: number): Point => {
    const p = frame.spine[i]!;
    const [tx, ty] = frame.normals[i]!;
    return [p[0] - ty * frame.halves[i]! * u, p[1] + tx * frame.halves[i]! * u];
  };
  const flap = (i: number, toward: number): string => {
    const j = (k: number) => Math.max(0, Math.min(n - 1, i + toward * k));
    return polygonPath([across(i, 0.7), across(j(3), 1.6), across(j(2), 1), across(j(1), 0.7)]);
  };
  return flap(2, 2) + flap(n - 3, -2);
}
