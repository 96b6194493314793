import { DEVICE_SPECS, deviceWidth, drawsAs, holesLength, loopRadius } from '../../model/device-specs.js';
import type { Point } from '../../model/anatomy-schema.js';
import { pointAtLength, polylineLength, slicePolyline } from '../../model/geometry.js';
import type { DeviceState } from '../../timeline/timeline-types.js';
import type { SceneDevicePart } from '../scene-types.js';
import { partsOf, circlesPath, deviceCenterline, endTangent, linePath, rotate, runsPath } from './device-path.js';
import { pigtailLoop } from './pigtail-loop.js';
import { roundCorners } from './round-corners.js';
import { throughBalloon } from './balloon-wire.js';
import { lesionsOnRoute, type DeviceContext } from './device-context.js';
import { X_RAY_LUMEN } from './x-ray-lumen.js';
import { keepRunsOf } from '../drawn-runs.js';

/** Archetypes drawn as a catheter: a casing, a lighter core and a tip marker. */
const CATHETERS = new Set([
  'catheter',
  'angled-catheter',
  'marker-catheter',
  'drain',
  'across-drain',
  'balloon-catheter',
  'stent-delivery',
  'pusher',
]);
const PIGTAILS = new Set(['drain', 'across-drain']);
/** Across a planned path's skin mark, units (about 3 mm): a pen's cross, larger than the plan's dots. */
const SKIN_MARK = 9;
/**
 * How far short of its target a planned path's dots stop, units (about 3 mm): a needle laid along the plan ends in
 * a bevel narrower than the dots, which showed past its point.
 */
const PLAN_SHORT = 8;
/** Side-hole radius as a fraction of the catheter's width: small dots, well inside the wall. */
export const HOLE_RADIUS = 0.1;

/** The last rounded shaft drawn on each route: a wire holds still while a stent it runs through opens. */
const shafts = new WeakMap<readonly Point[], { key: string; line: readonly Point[] }>();

/** A device's drawn centreline with its corners rounded (callers copy it before changing it). */
function roundedShaft(route: readonly Point[], tail: number, tip: number, hub: number): readonly Point[] {
  const key = `${tail}|${tip}|${hub}`;
  const last = shafts.get(route);
  if (last?.key === key) return last.line;
  const line = roundCorners(deviceCenterline(route, tail, tip, hub));
  shafts.set(route, { key, line });
  return line;
}

/**
 * Scene parts for one device at its sampled state; `ppu` = screen px per unit. With `balloon` (the axis of
 * an inflatable balloon on the route), wires and the balloon catheter run down that axis and out of its tip. `ride`
 * reroutes a wire's or catheter's rounded line through the stents on its route.
 */
export function deviceParts(
  device: DeviceState,
  ppu: number,
  ctx: DeviceContext,
  balloon?: readonly Point[],
  ride?: (line: readonly Point[], device: DeviceState) => Point[],
): SceneDevicePart[] {
  const draws = drawsAs(device.kind);
  const spec = DEVICE_SPECS[device.kind];
  if (device.opacity <= 0 || !spec || draws === 'probe' || draws === 'stent') return [];
  const part = partsOf(device);
  // A plan is no device: its dotted line runs along the route, drawn as far as planned, from a cross marked on the skin.
  if (draws === 'planned-path') {
    const [x, y] = device.route[0]!;
    const k = SKIN_MARK / 2;
    const cross = runsPath([
      [
        [x - k, y - k],
        [x + k, y + k],
      ],
      [
        [x - k, y + k],
        [x + k, y - k],
      ],
    ]);
    return [
      part('planned', linePath(slicePolyline(device.route, device.tail, device.tip - PLAN_SHORT)), 0),
      part('skin-mark', cross, 0),
    ];
  }
  const w = deviceWidth(device.kind, ppu);
  // Wires and catheters bend in smooth curves where the route turns into the next duct; the needle stays straight.
  let line =
    draws === 'needle'
      ? deviceCenterline(device.route, device.tail, device.tip, spec.hub)
      : roundedShaft(device.route, device.tail, device.tip, spec.hub);
  // Threaded over the wire a stent lies on, wires and catheters run down the stent and on from its end (wire-course.ts).
  if (ride && (draws === 'wire' || (CATHETERS.has(draws) && draws !== 'angled-catheter'))) line = ride(line, device);
  const ballooned = balloon && (draws === 'wire' || device.kind === 'balloon-catheter');
  if (ballooned) line = throughBalloon(line, balloon, device.kind === 'balloon-catheter' ? 4 : undefined);
  const parts: SceneDevicePart[] = [];
  if (draws === 'angled-catheter' && device.tip > 20) {
    // The angled tip: the last few mm bend about 40° off the shaft.
    const t = endTangent(line);
    const end = line[line.length - 1]!;
    const bent = rotate(t, -40);
    line = [
      ...line.slice(0, -1),
      [end[0] - t[0] * 6, end[1] - t[1] * 6],
      [end[0] - t[0] * 6 + bent[0] * 12, end[1] - t[1] * 6 + bent[1] * 12],
    ];
  }
  if (PIGTAILS.has(draws)) {
    line = [
      ...line,
      ...pigtailLoop(device.route, device.tip, device.curl, undefined, loopRadius(device.kind)).slice(1),
    ];
  }
  const d = linePath(line);
  if (draws === 'needle') {
    const total = polylineLength(line);
    const bevel = Math.min(total, w * 3);
    parts.push(
      part('metal', linePath(slicePolyline(line, 0, total - bevel)), w),
      // Left open: filled it is the bevel; stroked (X-ray) it is a tick across the shaft and the oblique cut.
      part('bevel', linePath(bevelTip(line, w, bevel)), 0),
      part('hub', linePath([line[0]!, pointAtLength(line, 16).point]), w * 3.2),
    );
  } else if (draws === 'wire') {
    // A light core with a dark rim keeps the wire visible over contrast-filled ducts.
    const path = d + floppyTip(line, w);
    keepRunsOf(path, d);
    parts.push(part('wire-casing', path, w + 1.6 / ppu), part('wire', path, w));
  } else if (CATHETERS.has(draws)) {
    // A sheath is a clear, thin-walled tube: its lumen draws translucent white, not the catheters' cream.
    const lumen = device.kind === 'sheath' ? 'sheath' : 'core';
    parts.push(part('casing', d, w), part(lumen, d, Math.max(w - 2 / ppu, w * 0.45)));
    // On an X-ray a catheter shows as two walls either side of a lighter lumen (the core is the illustration's).
    if (lumen === 'core') parts.push(part('lumen', d, w * X_RAY_LUMEN));
    // A measuring catheter carries a band every centimetre (28 units) over its last 8 cm; others one tip marker.
    const marks = draws === 'marker-catheter' ? 9 : 1;
    // A balloon catheter's markers are the balloon's own.
    const markerAt = Array.from({ length: ballooned ? 0 : marks }, (_, k) => device.tip - 4 - k * 28)
      .filter((s) => s >= device.tail)
      .map((s) => pointAtLength(device.route, s).point);
    parts.push(part('marker', circlesPath(markerAt, w * 0.36), 0));
    if (draws === 'drain') {
      parts.push(part('holes', circlesPath(sideHoles(line, w, holesLength(device.kind)), w * HOLE_RADIUS), 0));
    }
    if (draws === 'across-drain') {
      parts.push(part('holes', circlesPath(acrossBlockHoles(device, line, w, ctx), w * HOLE_RADIUS), 0));
    }
  }
  return parts;
}

/** The needle's sharp end: across the shaft to the heel of the oblique cut, then along the cut to the point. */
function bevelTip(line: readonly Point[], w: number, length: number): Point[] {
  const tip = line[line.length - 1]!;
  const [tx, ty] = endTangent(line);
  const h = w / 2;
  const back: Point = [tip[0] - tx * length, tip[1] - ty * length];
  return [
    [back[0] - ty * h, back[1] + tx * h],
    [back[0] + ty * h, back[1] - tx * h],
    [tip[0] - ty * h, tip[1] + tx * h],
  ];
}

/** A soft J-curl at a wire's tip: its floppy end bends as it meets a wall. */
function floppyTip(line: readonly Point[], w: number): string {
  const end = line[line.length - 1]!;
  const t = endTangent(line);
  const n: Point = [-t[1], t[0]];
  const k = 7 + w;
  const c1: Point = [end[0] + t[0] * k, end[1] + t[1] * k];
  const e: Point = [end[0] + t[0] * k * 0.6 + n[0] * k, end[1] + t[1] * k * 0.6 + n[1] * k];
  const r = (x: number) => Math.round(x * 10) / 10;
  return `Q${r(c1[0])},${r(c1[1])} ${r(e[0])},${r(e[1])}`;
}

/**
 * An internal–external drain has side holes in two groups: above the block
 * (draining the dilated ducts) and below it (into the duodenum), plus the loop.
 */
function acrossBlockHoles(device: DeviceState, line: readonly Point[], w: number, ctx: DeviceContext): Point[] {
  const [block] = lesionsOnRoute(device.route, ctx);
  if (!block || device.tip < block.to) return sideHoles(line, w);
  const step = Math.max(12, w * 1.6);
  const holes: Point[] = [];
  for (let s = block.from - 10; s > block.from - 80 && s > device.tail; s -= step)
    holes.push(pointAtLength(device.route, s).point);
  for (let s = block.to + 10; s < device.tip; s += step) holes.push(pointAtLength(device.route, s).point);
  return [...holes, ...sideHoles(line, w).slice(0, 6)];
}

/** Side holes every few mm along the drain's last `span` units (by default its loop and the shaft's last 3 cm). */
function sideHoles(line: readonly Point[], w: number, span = 150): Point[] {
  const total = polylineLength(line);
  const holes: Point[] = [];
  for (let s = total - 6; s > total - span && s > 0; s -= Math.max(12, w * 1.6))
    holes.push(pointAtLength(line, s).point);
  return holes;
}
