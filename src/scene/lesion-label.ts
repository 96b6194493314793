import type { Point, Structure } from '../model/anatomy-schema.js';
import type { Anatomy } from '../model/parse-anatomy.js';
import { pointAtLength, polylineLength } from '../model/geometry.js';
import type { Lesion } from '../timeline/timeline-types.js';
import { splineOf } from '../model/spline-of.js';

/** A lesion kind's label: its clinical name and the plain one. */
export type LesionNames = Readonly<Record<Lesion['kind'], { readonly name: string; readonly plain: string }>>;

/** The English names; the element passes them in the widget's language. */
export const LESION_NAMES: LesionNames = {
  mass: { name: 'Tumour (block)', plain: 'blocking lump' },
  sleeve: { name: 'Tumour (cholangiocarcinoma)', plain: 'blocking growth' },
  ring: { name: 'Stricture (scar)', plain: 'narrow scar' },
};

/**
 * An X-ray shows no tumour, only what the contrast does: a column that stops (a cut-off) or a narrowed
 * stretch it runs through (a stricture). English; the element passes them in the widget's language.
 */
export const XRAY_NAMES: LesionNames = {
  mass: { name: 'Cut-off', plain: 'dye stops here' },
  sleeve: { name: 'Cut-off', plain: 'dye stops here' },
  ring: { name: 'Stricture', plain: 'narrow part' },
};

/** A block at this patency or above has been opened (a block is 0.22–0.3): contrast runs through it. */
export const OPEN_PATENCY = 0.35;

/**
 * A stent holds a block open once this much of it is released: its open segment then covers the stricture
 * (a self-expanding stent opens from its distal end, so at a third only the part beyond the block is open).
 */
export const STENTED_AT = 0.7;

/** The X-ray's word for an opened block a stent holds open, English; the element passes it in the widget's language. */
export const XRAY_STENTED = { name: 'Stricture (stented)', plain: 'stent holds it open' } as const;

/**
 * A label-only pseudo-structure for the first lesion, so the block is named
 * wherever it is in view. Its leader ends on the lesion itself; in the X-ray
 * view (`xray`) it names what the contrast shows and ends on the contrast
 * margin, the upper end of the lesion, where a column from above stops.
 * Once the block is opened contrast runs through it: no cut-off any more
 * but a stricture (`stented` when a stent holds it open: `stentedName`),
 * named at its middle.
 * `names` and `xrayNames` give the illustration's and the X-ray's words in the widget's language.
 */
export function lesionLabel(
  lesion: Lesion,
  anatomy: Anatomy,
  xray = false,
  names = LESION_NAMES,
  xrayNames = XRAY_NAMES,
  stented = false,
  stentedName: { readonly name: string; readonly plain: string } = XRAY_STENTED,
): Structure | null {
  const duct = anatomy.byId.get(lesion.duct);
  if (duct?.shape.type !== 'tube') return null;
  const spine = splineOf(duct.shape.centerline);
  const at = (f: number): Point => pointAtLength(spine, f * polylineLength(spine)).point;
  const mid = at((lesion.span[0] + lesion.span[1]) / 2);
  const open = lesion.kind === 'ring' || lesion.patency >= OPEN_PATENCY;
  const to: Point = xray
    ? open
      ? mid
      : at(lesion.span[0])
    : lesion.mass
      ? [lesion.mass.cx + lesion.mass.r * 0.5, lesion.mass.cy]
      : mid;
  const { name, plain } = !xray
    ? names[lesion.kind]
    : open && stented
      ? stentedName
      : xrayNames[open ? 'ring' : lesion.kind];
  return {
    id: 'lesion',
    kind: 'landmark',
    layer: 'markers',
    tone: 'pancreas',
    name,
    plainName: plain,
    description: name,
    sources: ['S31'],
    // No authored spot: the placer looks around the leader point.
    label: { x: Number.NaN, y: Number.NaN, align: 'start', to, priority: 1 },
    shape: { type: 'point', at: to },
  };
}

/** The main ducts a hilar tumour involves first; beyond them it reaches into one side's own branches. */
const MAIN = new Set(['common-hepatic-duct', 'common-bile-duct', 'right-hepatic-duct', 'left-hepatic-duct']);
const LEFT = /left|segment-[234]/;

/**
 * The patient's side a block extends to (Bismuth IIIa right, IIIb left), by the branch ducts it reaches beyond
 * the main ones; null when it reaches both sides or neither.
 */
export function lesionSide(lesions: readonly Lesion[]): 'right' | 'left' | null {
  const branches = lesions.filter((l) => !MAIN.has(l.duct));
  const left = branches.filter((l) => LEFT.test(l.duct)).length;
  if (!branches.length || (left > 0 && left < branches.length)) return null;
  return left ? 'left' : 'right';
}

/**
 * The lesion a block's label names: on a block reaching into one side's branches, that side's hepatic duct (its
 * label on that side); otherwise its longest stretch of tumour (a type IV block is named away from the confluence,
 * which has its own label), the first lesion for a single one.
 */
export function namedLesion(lesions: readonly Lesion[], anatomy: Anatomy): Lesion | undefined {
  const side = lesionSide(lesions);
  const onSide = lesions.find((l) => side && l.duct === `${side}-hepatic-duct`);
  if (onSide || lesions.length < 2) return onSide ?? lesions[0];
  const length = (l: Lesion) => {
    const shape = anatomy.byId.get(l.duct)?.shape;
    return shape?.type === 'tube' ? (l.span[1] - l.span[0]) * polylineLength(splineOf(shape.centerline)) : 0;
  };
  return lesions.reduce((a, b) => (length(b) > length(a) ? b : a));
}
