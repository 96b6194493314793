import type { Point } from '../../model/anatomy-schema.js';
import { slicePolyline } from '../../model/geometry.js';
import type { DeviceState } from '../../timeline/timeline-types.js';
import { throughBalloon } from './balloon-wire.js';

/** Units beyond a stent's tip over which a wire curves from the stent's axis onto its course (about 1 cm). */
const REJOIN = 30;

/** Where a stent lies, for what rides on its wire: the route it was placed on, the path it is drawn along, its ends. */
export interface StentTrack {
  /** The route the stent was delivered along (the wire's, for a device on the same wire). */
  readonly course: readonly Point[];
  /** The stent's drawn centre line as a path with the route's arc lengths (stentRoute). */
  readonly path: readonly Point[];
  /** Arc lengths of the stent's drawn proximal and distal ends. */
  readonly from: number;
  readonly to: number;
}

const sameCourse = (a: readonly Point[], b: readonly Point[]) =>
  a === b || (a.length === b.length && a.every((p, i) => p[0] === b[i]![0] && p[1] === b[i]![1]));

/**
 * A wire's or catheter's drawn line where it runs through a stent on its own route: down the stent's drawn centre
 * line (a stent is delivered over the wire, so nothing inside it can leave through its wall), then curving
 * smoothly back onto its course beyond the stent's tip; a line that ends inside the stent ends on its axis.
 */
export function rideAlong(line: readonly Point[], device: DeviceState, track: StentTrack): Point[] {
  if (!sameCourse(device.route, track.course)) return [...line];
  const [from, to] = [Math.max(track.from, device.tail), Math.min(track.to, device.tip)];
  if (to - from < 2) return [...line];
  const axis = slicePolyline(track.path, from, to);
  return throughBalloon(line, axis, device.tip <= track.to + 0.5 ? 0 : undefined, REJOIN);
}
