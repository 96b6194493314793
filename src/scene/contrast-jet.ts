import type { Point, Structure } from '../model/anatomy-schema.js';
import { distanceToPolyline, nearestOnPolyline, pointAtLength, polylineLength } from '../model/geometry.js';
import { drawsAs } from '../model/device-specs.js';
import type { Anatomy } from '../model/parse-anatomy.js';
import type { DeviceState, Lesion } from '../timeline/timeline-types.js';
import { STENTED_AT } from './lesion-label.js';
import { splineOf } from '../model/spline-of.js';

/** A ring still narrower than this (lumen fraction) lets only a jet through. */
export const JET_PATENCY = 0.5;
/** The jet's width as a fraction of a full bowel cast's. */
export const JET_WIDTH = 0.25;
/** How close a balloon's course passes a ring's join to seal it when inflated, in units (about 4 mm). */
const SEAL = 12;
/** How far the jet runs into the bowel past the join before it thins out, in units (about 4 cm). */
const JET_REACH = 110;

/** A thin jet into a bowel: its width factor and the stretch of the bowel's centreline (fractions) it fills. */
export interface ContrastJet {
  readonly width: number;
  readonly span: readonly [number, number];
}

/**
 * Patency of a mass on the duct opening into a bowel below which only a trickle passes, and at which it fills wide:
 * a block narrowed or pre-dilated (0.22–0.4) still trickles; a stent opening it (to 0.6) fills D2 by about 70 % of
 * its release.
 */
const TRICKLE_PATENCY = [0.45, 0.58] as const;

/** 0 below 0, 1 above 1, a smooth S between. */
const smoothstep = (x: number) => {
  const t = Math.max(0, Math.min(1, x));
  return t * t * (3 - 2 * t);
};

/**
 * Contrast that reaches a bowel (a Roux limb) through a tight ring stricture
 * at the duct's join with it enters as a thin jet just past the join, not as
 * a wide cast: the cholangiogram before dilation shows how tight the ring is.
 * Past a mass on the duct that opens into the bowel (a distal bile duct
 * block) only a trickle runs into D2 until the block is opened: the bowel
 * fills wide as a stent opens it. Once the ring is opened (and the balloon
 * that opened it let down), or with a catheter already across it injecting in
 * the bowel, the bowel fills wide. Null when the fill is not a jet.
 */
export function contrastJet(
  anatomy: Anatomy,
  bowel: Structure,
  filled: readonly [number, number],
  lesions: readonly Lesion[],
  devices: readonly DeviceState[],
): ContrastJet | null {
  if (bowel.kind === 'duct' || bowel.shape.type !== 'tube') return null;
  // A balloon inflated across a ring seals it while it stretches it: the bowel keeps the jet that came through
  // before, and fills wide only once the balloon is let down.
  const sealed = (l: Lesion) => {
    const join = l.kind === 'ring' && joinPoint(anatomy, l, bowel.id);
    return !!join && devices.some((d) => (d.inflation ?? 0) > 0.02 && distanceToPolyline(join, d.route) < SEAL);
  };
  const ring = lesions.find((l) => (tightRing(l) || sealed(l)) && joinPoint(anatomy, l, bowel.id));
  const masses = lesions.filter((l) => l.kind !== 'ring' && joinPoint(anatomy, l, bowel.id));
  // 0: a trickle; 1: the block is open and the bowel fills wide.
  const open = ring ? 0 : smoothstep(mostOpen(masses));
  const lesion = ring ?? masses[0];
  const join = lesion && joinPoint(anatomy, lesion, bowel.id);
  const duct = lesion && anatomy.byId.get(lesion.duct)?.shape;
  if (!join || duct?.type !== 'tube' || open >= 1) return null;
  const spine = splineOf(bowel.shape.centerline);
  const ductLine = splineOf(duct.centerline);
  const radius = bowel.shape.diameter.dilated / 2;
  // A catheter or drain injecting in the bowel fills it wide (a wire or a stent's tip there injects nothing; a
  // tip still in the duct that runs beside the bowel is not in it).
  // `atMouth`: an end at the papilla counts (a stent's lumen opens there even if its tip is not past the wall).
  const inBowel = (d: DeviceState, atMouth = false) => {
    if (d.opacity <= 0 || d.route.length < 2) return false;
    const tip = pointAtLength(d.route, d.tip).point;
    const fromBowel = distanceToPolyline(tip, spine);
    return fromBowel < radius && (atMouth || fromBowel < distanceToPolyline(tip, ductLine));
  };
  // A released stent whose end lies in the bowel carries the contrast through its own lumen, even where it does
  // not widen the block (a plastic stent's 3 mm tube): the check shows free flow into the bowel.
  const carried = (d: DeviceState) => drawsAs(d.kind) === 'stent' && (d.deploy ?? 0) >= STENTED_AT;
  if (devices.some((d) => (injects(d.kind) && inBowel(d)) || (carried(d) && inBowel(d, true)))) return null;
  const total = polylineLength(spine);
  const at = nearestOnPolyline(spine, join).arc / total;
  const reach = (JET_REACH + open * total) / total;
  const span: [number, number] = [Math.max(filled[0], at - open * at), Math.min(filled[1], at + reach)];
  return { width: JET_WIDTH + (1 - JET_WIDTH) * open, span };
}

/** Whether a device can put contrast where its tip is (not a wire, a stent, its delivery system, a pusher or a plan). */
const injects = (kind: DeviceState['kind']) =>
  !['wire', 'stent', 'stent-delivery', 'pusher', 'needle', 'planned-path'].includes(drawsAs(kind));

/** How far the most open of these masses lets contrast through: 0 a trickle, 1 freely. */
function mostOpen(masses: readonly Lesion[]): number {
  const [shut, free] = TRICKLE_PATENCY;
  return Math.max(0, ...masses.map((l) => (l.patency - shut) / (free - shut)));
}

const tightRing = (lesion: Lesion) => lesion.kind === 'ring' && lesion.patency < JET_PATENCY;

/** Where a lesion's duct opens into `bowelId` (the anastomosis or papilla landmark on it), or null. */
function joinPoint(anatomy: Anatomy, lesion: Lesion, bowelId: string): Point | null {
  const landmark = anatomy.byId.get(anatomy.byId.get(lesion.duct)?.parent ?? '');
  return landmark?.shape.type === 'point' && landmark.parent === bowelId ? landmark.shape.at : null;
}
