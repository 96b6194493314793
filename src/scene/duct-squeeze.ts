import type { Anatomy } from '../model/parse-anatomy.js';
import type { Point, Structure } from '../model/anatomy-schema.js';
import {
  insidePolygon,
  nearestOnPolyline,
  pointAtLength,
  polylineLength,
  slicePolyline,
  distance,
} from '../model/geometry.js';
import { UNITS_PER_MM } from '../model/device-specs.js';
import { STENT_SPECS, STENT_WAIST, WAIST_REACH } from '../model/stent-specs.js';
import type { StentName } from '../model/stent-names.js';
import type { DeviceState, Lesion } from '../timeline/timeline-types.js';
import { massOutline } from './lesion-path.js';
import type { ShapeState } from './structure-paths.js';
import { tubeSpine } from './tube-spine.js';
import { splineOf } from '../model/spline-of.js';

type Squeeze = Pick<ShapeState, 'narrow' | 'downstream' | 'held' | 'opened'>;

/** Fraction of its deployment by which a metal stent has opened the duct below its block (its distal end opens first). */
const HOLDS_AT = 0.3;
/** A released stent fills this much of the lumen it holds (stent-geometry draws it 0.94 of the lumen). */
const FILL = 0.94;

/** The metal stents among `devices` that hold a duct open: open (deploy > 0) and drawn. */
function holding<T extends Pick<DeviceState, 'kind' | 'deploy' | 'opacity'>>(devices: readonly T[]): T[] {
  return devices.filter((d) => {
    const type = d.kind.replace('stent-', '') as StentName;
    return d.kind.startsWith('stent-') && type !== 'plastic' && !!STENT_SPECS[type] && d.opacity > 0;
  });
}

/**
 * How wide a metal stent among `devices` holds the duct below its block open, in units: its open calibre, growing
 * as it is released; 0 without one. A plastic stent is a narrow tube and widens nothing.
 */
export function heldWidth(devices: readonly Pick<DeviceState, 'kind' | 'deploy' | 'opacity'>[] = []): number {
  let width = 0;
  for (const d of holding(devices)) {
    const type = d.kind.replace('stent-', '') as StentName;
    // In quarters, so a deploying stent rebuilds the anatomy a few times, not every frame.
    const open = Math.round(Math.min(1, (d.deploy ?? 0) / HOLDS_AT) * 4) / 4;
    width = Math.max(width, (STENT_SPECS[type].openMm * UNITS_PER_MM * open) / FILL);
  }
  return Math.round(width * 4) / 4;
}

/**
 * The stretches of their routes the metal stents among `devices` lie along once released (a braided stent
 * shortens toward its tip), in whole units: a duct is held open under a stent, never past its end.
 */
export function heldStretches(devices: readonly DeviceState[] = []): Point[][] {
  return holding(devices).flatMap((d) => {
    if (d.tip <= d.tail || (d.deploy ?? 0) <= 0) return [];
    const spec = STENT_SPECS[d.kind.replace('stent-', '') as StentName];
    const from = Math.round(d.tip - (d.tip - d.tail) * (1 - spec.shortening));
    return [slicePolyline(d.route, from, Math.round(d.tip))];
  });
}

/** A key for heldStretches' result (shape caches). */
export const stretchKey = (lines: readonly (readonly Point[])[]): string =>
  lines.map((l) => `${l[0]?.map(Math.round)}>${l.at(-1)?.map(Math.round)}:${l.length}`).join(';');

/**
 * Patencies between which a stent's `open-lesion` widens a lesion it crosses: from a tight block (0.3) to opened
 * (a metal stent opens its lesions to 0.6 or more). Over that range the lumen widens to the stent's waist.
 */
const OPENING = [0.3, 0.6] as const;

/**
 * Units over which a duct a stent holds open eases between the stent's waist across a tumour and its open calibre
 * (or the duct's own dilated calibre above the tumour), and back to the duct's own calibre past the stent's end:
 * about 1 cm, a smooth S with walls never steeper than about 35°, never a step.
 */
export const HOLD_EASE = 28;

/**
 * How tight a tumour mass closes another duct it engulfs: as tight as a block. A bile stent opens only the bile
 * duct, so this never follows the lesion's own (stented) patency.
 */
export const ENGULFED_PATENCY = 0.22;

/**
 * How lesions squeeze one duct: its own strictures, any other duct running
 * through a tumour mass (the pancreatic duct in a head mass: dilated up to
 * the mass, ending in a shoulder at its edge, shut inside it and for a
 * shoulder's length beyond it: the double-duct sign), and normal calibre below
 * a block, unless a metal stent holds it open there to `held` units (`heldWidth`; default 0) along the stent's
 * stretch (`stretches`, see heldStretches; without them, to the duct's end); a stented lesion (opened by
 * `open-lesion`) is held open to the stent's waist, easing smoothly into the duct on either side.
 */
export function ductSqueeze(
  duct: Structure,
  lesions: readonly Lesion[],
  held = 0,
  stretches?: readonly (readonly Point[])[],
): Squeeze {
  if (duct.shape.type !== 'tube') return {};
  const narrow: NonNullable<ShapeState['narrow']>[number][] = [];
  const opened: NonNullable<ShapeState['opened']>[number][] = [];
  const ease = HOLD_EASE / spineLength(duct);
  let downstream: number | undefined;
  for (const l of lesions) {
    if (l.duct === duct.id) {
      narrow.push({ span: l.span, factor: l.patency });
      // A metal stent across it holds the lumen open to the stent's waist (held is its open calibre in the duct).
      const opening = Math.min(1, Math.max(0, (l.patency - OPENING[0]) / (OPENING[1] - OPENING[0])));
      // Where the duct beside is narrower (decompressed), out to the drawn tumour's ends, as the stent is held.
      const reach = WAIST_REACH / spineLength(duct);
      if (held > 0 && opening > 0) opened.push({ span: l.span, width: STENT_WAIST * held, fade: ease, reach, opening });
      // The duct below a block was never under pressure: it keeps its normal calibre even once the block is opened.
      downstream = Math.min(downstream ?? 1, l.span[1]);
    } else if (l.mass) {
      const inside = insideMass(duct, l.mass);
      if (!inside) continue;
      // The shoulder lies outside the drawn mass at each end, so no dilated duct shows inside the tumour.
      const { span, shoulder } = inside;
      narrow.push({ span: [span[0] - shoulder, span[1] + shoulder], factor: ENGULFED_PATENCY, shoulder });
      downstream = Math.min(downstream ?? 1, span[1]);
    }
  }
  const own = lesions.filter((l) => l.duct === duct.id);
  const below = own.length ? Math.min(...own.map((l) => l.span[1])) : undefined;
  const to = below === undefined || held <= 0 ? undefined : stentEnd(duct, below, stretches);
  return {
    narrow,
    downstream,
    ...(opened.length && { opened }),
    ...(below !== undefined && to !== undefined && { held: { from: below, to, width: held, ease } }),
  };
}

/**
 * How far down a duct (a centreline fraction) the stents lying in it run from `from` on, or undefined where none
 * does; without stretches, to the duct's end.
 */
function stentEnd(duct: Structure, from: number, stretches?: readonly (readonly Point[])[]): number | undefined {
  if (!stretches) return 1;
  // Asked for every duct width a device looks up where no shape cache stands between: measured once per stent.
  const key = `${duct.id}|${from}|${stretchKey(stretches)}`;
  if (ends.has(key)) return ends.get(key);
  if (ends.size > 200) ends.clear();
  const end = measureEnd(duct, from, stretches);
  ends.set(key, end);
  return end;
}

const ends = new Map<string, number | undefined>();

/** See stentEnd. */
function measureEnd(duct: Structure, from: number, stretches: readonly (readonly Point[])[]): number | undefined {
  const spine = tubeSpine(duct);
  if (!spine) return undefined;
  let end: number | undefined;
  for (const line of stretches) {
    const length = polylineLength(line);
    for (let s = 0; s <= length; s += 3) {
      const near = nearestOnPolyline(spine.line, pointAtLength(line, s).point);
      const f = near.arc / spine.length;
      if (near.distance <= 4 && f > from) end = Math.max(end ?? f, f);
    }
  }
  return end;
}

/** Length of a duct's smooth centreline as tubeWidth samples it, in units. */
function spineLength(duct: Structure): number {
  return duct.shape.type === 'tube' ? polylineLength(splineOf(duct.shape.centerline, 8)) || 1 : 1;
}

/**
 * The stretch of a duct's smooth centreline inside the drawn (lobed) mass, as the arc-length fractions tubeWidth
 * takes, and a shoulder half the mass radius long in the same fractions.
 */
function insideMass(
  duct: Structure,
  c: { cx: number; cy: number; r: number },
): { span: [number, number]; shoulder: number } | null {
  if (duct.shape.type !== 'tube') return null;
  const spine = splineOf(duct.shape.centerline, 8);
  const total = polylineLength(spine);
  const outline = massOutline(c.cx, c.cy, c.r);
  let walked = 0;
  const inside = spine.flatMap((p, i) => {
    if (i > 0) walked += distance(p, spine[i - 1]!);
    return insidePolygon(p, outline) ? [walked / total] : [];
  });
  const from = inside[0];
  const to = inside.at(-1);
  if (from === undefined || to === undefined || to - from <= 0.02) return null;
  return { span: [from, to], shoulder: (0.5 * c.r) / total };
}

/**
 * The ducts that open into the bowel at their last point: those ending on their parent landmark (the common bile
 * duct at the papilla). Their outline and contrast end there in a square mouth, never a round cap past it.
 */
export function ductMouths(anatomy: Anatomy): ReadonlySet<string> {
  const ids = anatomy.structures.flatMap((s) => {
    const parent = s.parent === undefined ? undefined : anatomy.byId.get(s.parent)?.shape;
    if (s.kind !== 'duct' || s.shape.type !== 'tube' || parent?.type !== 'point') return [];
    const last = s.shape.centerline.at(-1)!;
    return distance(last, parent.at) <= 2 ? [s.id] : [];
  });
  return new Set(ids);
}
