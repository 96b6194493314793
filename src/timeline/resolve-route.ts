import type { Point } from '../model/anatomy-schema.js';
import type { CaseAnatomy } from '../model/case-anatomy.js';
import { isCavity } from '../model/structure-kinds.js';
import { polygonCentroid, distance } from '../model/geometry.js';
import { ductLine, nearestSample } from './duct-line.js';

/** A route in scene units, skin first. */
export interface ResolvedRoute {
  readonly points: readonly Point[];
  readonly length: number;
  /** Arc length of each id on the route: a point where it lies, a duct or lumen where the route leaves it. */
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
 * Turns ids into one polyline: a point structure or a procedure point
 * (`points`) adds its point; a hollow organ (data/landmarks.json `cavities`: the gallbladder) adds the
 * centroid of its normal outline, a place inside its lumen; a duct adds its smoothed centreline from the
 * sample nearest the previous route point to the duct's end (its junction);
 * a tube that is not a duct (the duodenum) adds its smoothed centreline from
 * the sample nearest the previous point to the sample nearest the next id's
 * point, in either direction (parseProcedure checks that a point follows).
 * Repeated points are dropped. A case's anatomy may stand other ids in for a
 * route id (a hepaticojejunostomy: the jejunal limb for the papilla and the
 * duodenum); the route then also records the replaced id's stop.
 */
export function resolveRoute(
  asked: readonly string[],
  anatomy: CaseAnatomy,
  points: Readonly<Record<string, readonly [number, number]>> = {},
): ResolvedRoute {
  const aliases = anatomy.routeAliases ?? {};
  // Each id to resolve, with the asked id it stands in for when it is the last of its group.
  const ids: string[] = [];
  const standsFor: (string | undefined)[] = [];
  for (const id of asked) {
    const group = aliases[id] ?? [id];
    group.forEach((g, j) => {
      ids.push(g);
      standsFor.push(group !== aliases[id] || j < group.length - 1 ? undefined : id);
    });
  }
  const out: Point[] = [];
  const stops: Record<string, number> = {};
  const ducts: { id: string; start: number; end: number; ductStart: number }[] = [];
  let length = 0;
  const push = (p: Point) => {
    const last = out[out.length - 1];
    if (last && last[0] === p[0] && last[1] === p[1]) return;
    if (last) length += distance(p, last);
    out.push([p[0], p[1]]);
  };
  const pointOf = (id: string | undefined): Point | null => {
    if (id === undefined) return null;
    const own = points[id];
    if (own) return [own[0], own[1]];
    const s = anatomy.byId.get(id);
    if (s?.shape.type === 'point') return s.shape.at;
    // A hollow organ (the gallbladder): the middle of its normal outline, which it keeps when it shrinks.
    return s?.shape.type === 'outline' && isCavity(s) ? polygonCentroid(s.shape.points) : null;
  };
  ids.forEach((id, k) => {
    const s = anatomy.byId.get(id);
    const at = pointOf(id);
    const line = s && ductLine(s);
    if (at) {
      push(at);
    } else if (line && s.kind === 'duct') {
      const last = out[out.length - 1];
      const first = last ? nearestSample(line, last) : 0;
      push(line.points[first]!);
      const start = length;
      line.points.slice(first + 1).forEach(push);
      ducts.push({ id, start, end: length, ductStart: line.cum[first]! });
    } else if (line) {
      const last = out[out.length - 1];
      const next = pointOf(ids[k + 1]);
      const from = last ? nearestSample(line, last) : 0;
      const to = next ? nearestSample(line, next) : line.points.length - 1;
      const step = to >= from ? 1 : -1;
      for (let i = from; i !== to + step; i += step) push(line.points[i]!);
    } else {
      throw new Error(`route id "${id}" is not a point, a duct or a lumen`);
    }
    stops[id] = length;
    const was = standsFor[k];
    if (was) stops[was] = length;
  });
  return { points: out, length, stops, ducts };
}
