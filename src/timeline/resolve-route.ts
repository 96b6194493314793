import type { Point } from '../model/anatomy-schema.js';
import type { Anatomy } from '../model/parse-anatomy.js';
import { ductLine, nearestSample } from './duct-line.js';

/** A route in scene units, skin first. */
export interface ResolvedRoute {
  readonly points: readonly Point[];
  readonly length: number;
  /** Arc length of each id on the route: a point where it lies, a duct where the route leaves it. */
  readonly stops: Readonly<Record<string, number>>;
  /** Each duct the route runs along: route arc `start`–`end` is duct arc `ductStart` onward. */
  readonly ducts: readonly {
    readonly id: string;
    readonly start: number;
    readonly end: number;
    readonly ductStart: number;
  }[];
}

/**
 * Turns anatomy ids into one polyline: a point structure adds its point; a
 * duct adds its smoothed centreline from the sample nearest the previous
 * route point to the duct's end (its junction). Repeated points are dropped.
 */
export function resolveRoute(ids: readonly string[], anatomy: Anatomy): ResolvedRoute {
  const points: Point[] = [];
  const stops: Record<string, number> = {};
  const ducts: { id: string; start: number; end: number; ductStart: number }[] = [];
  let length = 0;
  const push = (p: Point) => {
    const last = points[points.length - 1];
    if (last && last[0] === p[0] && last[1] === p[1]) return;
    if (last) length += Math.hypot(p[0] - last[0], p[1] - last[1]);
    points.push([p[0], p[1]]);
  };
  for (const id of ids) {
    const s = anatomy.byId.get(id);
    const line = s && ductLine(s);
    if (s?.shape.type === 'point') {
      push(s.shape.at);
    } else if (line && s.kind === 'duct') {
      const last = points[points.length - 1];
      const first = last ? nearestSample(line, last) : 0;
      push(line.points[first]!);
      const start = length;
      line.points.slice(first + 1).forEach(push);
      ducts.push({ id, start, end: length, ductStart: line.cum[first]! });
    } else {
      throw new Error(`route id "${id}" is not a point or a duct`);
    }
    stops[id] = length;
  }
  return { points, length, stops, ducts };
}
