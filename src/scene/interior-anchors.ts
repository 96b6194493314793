import type { Point, Structure } from '../model/anatomy-schema.js';
import { distanceToPolyline, insidePolygon, distance } from '../model/geometry.js';
import type { Camera } from './scene-types.js';
import { tubeFrame } from './tube-outline.js';
import { lineBounds } from './line-bounds.js';

/** A polyline or outline with its bounding box, so far-off ones are skipped quickly. */
export interface Region {
  readonly points: readonly Point[];
  readonly box: readonly [x0: number, y0: number, x1: number, y1: number];
}

/**
 * A region over points; `closed` repeats the first point so distances reach the closing edge. The box is kept per
 * points array (line-bounds.ts): a device's lines are asked for again each frame while it holds still.
 */
export function region(points: readonly Point[], closed = false): Region {
  const { x0, y0, x1, y1 } = lineBounds(points);
  const line = closed && points.length > 2 ? [...points, points[0]!] : points;
  return { points: line, box: [x0, y0, x1, y1] };
}

/** What a leader's end keeps clear of, in scene units. */
export interface AnchorRoom {
  /** Outlines of structures drawn over this one: the end never lies in one. */
  readonly covers: readonly Region[];
  /** Drawn device lines, each with its drawn half width (`pad`): the end keeps `clear` beyond each one's edge. */
  readonly lines: readonly (Region & { readonly pad?: number })[];
  /** Areas hidden by something else (the close-up locator). */
  readonly blocked: readonly Region[];
  /** Clearance from an edge, a cover or a device, scene units (a few screen px). */
  readonly clear: number;
  /** Least distance from a device's drawn edge, scene units (3 mm: an end nearer reads as naming the device). */
  readonly device?: number;
}

/** Places farther from the preferred point offered after the nearest six, and the least units between them. */
const FARTHER = 4;
const SPREAD = 24;

/** Units over which a contrast column that stops short narrows (as contrast-paths.ts draws it). */
const SHOULDER = 20;

/** Whether p lies within `d` of the region's box (else it lies farther than `d` from every point of it). */
export const near = (r: Region, p: Point, d: number) =>
  p[0] > r.box[0] - d && p[0] < r.box[2] + d && p[1] > r.box[1] - d && p[1] < r.box[3] + d;

/**
 * Where a structure's leader may end, best first: points inside its drawn shape (a tube's band, an organ's
 * outline), off whatever is drawn over it and off devices, in view. Points well clear of every edge come
 * first, nearest `prefer`; then the rest by clearance. `outline` is the drawn outline (for tubes: unused);
 * `widthAt` a tube's drawn width at a fraction along it; `span` the stretches of a tube (arc fractions) that
 * may take the end (on an X-ray, the filled ones). Empty when nothing qualifies. An authored end that qualifies is
 * the only one given, unless `beyond` (default false) asks for the others too, after it.
 */
export function interiorAnchors(
  s: Structure,
  outline: readonly Point[],
  widthAt: (f: number) => number,
  camera: Camera,
  prefer: Point,
  room: AnchorRoom,
  span?: readonly (readonly [number, number])[],
  beyond = false,
): Point[] {
  const { clear } = room;
  const off = room.device ?? clear;
  const inView = (p: Point) =>
    p[0] > camera.x + clear &&
    p[0] < camera.x + camera.w - clear &&
    p[1] > camera.y + clear &&
    p[1] < camera.y + camera.h - clear;
  /** Clearance at p given its clearance from the structure's own edge; ≤ 0 = not a place for the end. */
  const score = (p: Point, edge: number): number => {
    if (!inView(p) || room.blocked.some((b) => near(b, p, 0) && insidePolygon(p, b.points))) return -Infinity;
    let c = Math.min(edge, clear * 3);
    for (const r of room.covers) {
      if (!near(r, p, c)) continue;
      if (insidePolygon(p, r.points)) return -Infinity;
      c = Math.min(c, distanceToPolyline(p, r.points, c));
    }
    for (const r of room.lines) {
      const pad = r.pad ?? 0;
      const reach = Math.max(c + clear, off) + pad;
      if (!near(r, p, reach)) continue;
      // A line a unit or more beyond reach changes nothing: its distance is not needed.
      const d = distanceToPolyline(p, r.points, reach + 1) - pad;
      if (d < off) return -Infinity;
      c = Math.min(c, d - clear);
    }
    return c;
  };
  /** Places inside the shape with their clearance from its edge, and the most any of them has. */
  const spots: [Point, number][] = [];
  let authored = false;
  if (s.shape.type === 'tube') {
    // On an X-ray the contrast fills a little less than the lumen.
    const { spine, normals, halves } = tubeFrame(s.shape.centerline, (f) => widthAt(f) * (span ? 0.8 : 1));
    const arcs = spine.map((_, i) => (i ? distance(spine[i]!, spine[i - 1]!) : 0));
    arcs.forEach((_, i) => i && (arcs[i]! += arcs[i - 1]!));
    const total = arcs.at(-1) || 1;
    // A column that stops short narrows at its end: the leader's end keeps to the full-width stretch.
    const filled = (i: number) =>
      !span ||
      span.some(
        ([a, b]) =>
          arcs[i]! >= a * total + (a > 0.01 ? SHOULDER : clear) &&
          arcs[i]! <= b * total - (b < 0.99 ? SHOULDER : clear),
      );
    // An authored end on the band, in a filled stretch and clear of devices, stays.
    const dist = spine.map((c) => distance(c, prefer));
    const at = dist.indexOf(Math.min(...dist));
    if (filled(at) && dist[at]! < halves[at]! * 0.5 && score(prefer, halves[at]! - dist[at]!) > 0) {
      if (!beyond) return [prefer];
      authored = true;
    }
    spine.forEach((c, i) => {
      const [tx, ty] = normals[i]!;
      const h = halves[i]!;
      if (filled(i))
        for (const k of [0, 0.45, -0.45]) spots.push([[c[0] - ty * h * k, c[1] + tx * h * k], h * (1 - Math.abs(k))]);
    });
  } else if (outline.length > 2) {
    const own = region(outline, true);
    // An authored end well inside and clear of everything stays.
    const edge = insidePolygon(prefer, outline) ? distanceToPolyline(prefer, own.points) : 0;
    if (edge > 0 && score(prefer, edge) >= clear * 2) {
      if (!beyond) return [prefer];
      authored = true;
    }
    const [x0, y0] = [Math.max(own.box[0], camera.x), Math.max(own.box[1], camera.y)];
    const [x1, y1] = [Math.min(own.box[2], camera.x + camera.w), Math.min(own.box[3], camera.y + camera.h)];
    const step = Math.max(x1 - x0, y1 - y0) / 28;
    for (let x = x0 + step / 2; x < x1; x += step)
      for (let y = y0 + step / 2; y < y1; y += step)
        if (insidePolygon([x, y], outline)) spots.push([[x, y], distanceToPolyline([x, y], own.points)]);
  }
  // Nearest the preferred point first, scored only until six good ones are found.
  const far = (p: Point) => distance(p, prefer);
  spots.sort((a, b) => far(a[0]) - far(b[0]));
  const want = Math.min(clear * 2, 0.5 * Math.max(0, ...spots.map(([, e]) => e)));
  const scored: [Point, number][] = [];
  let found = 0;
  for (const [p, edge] of spots) {
    const c = score(p, edge);
    scored.push([p, c]);
    if (c >= want && c > 0 && ++found >= 6) break;
  }
  const good = scored.filter(([, c]) => c >= want && c > 0).map(([p]) => p);
  // Then a few farther along (up a duct, past a loop or a crowd of names near its authored point), spread apart.
  for (const [p, edge] of spots.slice(scored.length)) {
    if (good.length >= 6 + FARTHER) break;
    const c = score(p, edge);
    if (c >= want && c > 0 && good.every((q) => distance(q, p) >= SPREAD)) good.push(p);
  }
  if (authored) return [prefer, ...good.filter((p) => distance(p, prefer) > 0)];
  if (good.length) return good;
  // Nowhere clear (a duct threaded by a drain all along): the least crowded points inside, still off the device.
  return scored
    .filter(([, c]) => c > -clear / 2)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([p]) => p);
}
