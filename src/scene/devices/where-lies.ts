import type { Point } from '../../model/anatomy-schema.js';
import type { Anatomy } from '../../model/parse-anatomy.js';
import type { DeviceState } from '../../timeline/timeline-types.js';
import { routeId } from '../moment-key.js';
import { perAnatomy } from '../shape-cache.js';

/** Answers kept per anatomy, all let go when full: a step's moves ask for a few hundred places. */
const memos = perAnatomy<unknown>(256);

/**
 * What depends only on where a device lies on its route (its route, ends and kind) and on the anatomy's fixed
 * geometry, made once per place: a stent's path and its wire's course hold while it opens and are asked for by
 * every part threaded through it, each frame (issue 9). `what` names the question; an answer that also depends on
 * the anatomy's shape state carries the device context's `shapeKey` in it.
 */
export function whereLies<T>(
  anatomy: Anatomy,
  what: string,
  device: Pick<DeviceState, 'route' | 'tip' | 'tail' | 'kind'>,
  make: () => T,
  /** Another line the answer depends on (by identity), if any. */
  also?: readonly Point[],
): T {
  const memo = memos(anatomy);
  const key = `${what}|${routeId(device.route)}|${also ? routeId(also) : ''}|${device.tip}|${device.tail}|${device.kind}`;
  if (memo.has(key)) return memo.get(key) as T;
  const value = make();
  memo.set(key, value);
  return value;
}
