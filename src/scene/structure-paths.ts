import type { Point, Structure } from '../model/anatomy-schema.js';
import { polylineLength, sampleSpline, distance } from '../model/geometry.js';
import type { ScenePath } from './scene-types.js';
import { smoothClosed, smoothOpen } from './smooth-path.js';
import { polygonPath, tubeOutline } from './tube-outline.js';
import { ribCentreline, ribWidth } from './rib-shape.js';
import { vertebraBody } from './vertebra-body.js';

const straight = (pts: readonly Point[], closed: boolean) => polygonPath(pts).slice(0, closed ? undefined : -1);

/** How the scene varies a structure's geometry. */
export interface ShapeState {
  /** 0 = normal calibre, 1 = dilated. */
  readonly dilation: number;
  /** Outline state key (e.g. "distended"), used where the shape has it. */
  readonly outlineState?: string;
  /** 0–1 of the way from the plain outline to `outlineState`'s (default 1), where both have as many points. */
  readonly outlineMix?: number;
  /** Smallest drawn tube width, in units (composition §13 floors). */
  readonly minWidth: number;
  /**
   * Strictures: stretches [from, to] (centreline fractions) squeezed to `factor` of the width, easing in and out
   * over `shoulder` (a centreline fraction; default 30% of the stretch at each end).
   */
  readonly narrow?: readonly {
    readonly span: readonly [number, number];
    readonly factor: number;
    readonly shoulder?: number;
  }[];
  /** Below a tight block (fraction along the duct) the duct keeps its normal calibre. */
  readonly downstream?: number;
  /**
   * From `from` to `to` (fractions along the duct: a block's lower end, a stent's end) a metal stent holds the duct
   * open to at least `width` units, easing in before `from` (inside the block) and out past `to` over `ease` (a
   * fraction).
   */
  readonly held?: { readonly from: number; readonly to: number; readonly width: number; readonly ease: number };
  /** The tube opens at its last point into a bowel (a duct at its papilla): a square mouth there, no round cap. */
  readonly mouth?: boolean;
  /**
   * Stretches [from, to] (centreline fractions: a tumour's) across which a metal stent holds the lumen at its waist,
   * `width` units: where the duct beside is wider it eases into it over `fade` (a fraction) centred on each end; where
   * narrower, the stent holds it open to the waist `reach` (a fraction) further, out to the drawn tumour's ends,
   * then eases off over `fade`. `opening` (0–1, default 1) of the way from the lesion's own narrowing to that.
   */
  readonly opened?: readonly {
    readonly span: readonly [number, number];
    readonly width: number;
    readonly fade: number;
    readonly reach?: number;
    readonly opening?: number;
  }[];
}

/** 0 at x ≤ 0, 1 at x ≥ 1, a smooth S between: eases without a corner at either end. */
const smoothstep = (x: number) => {
  const t = Math.max(0, Math.min(1, x));
  return t * t * (3 - 2 * t);
};

/**
 * 1 outside strictures, easing down to `factor` inside each: a smooth
 * shoulder over the outer 30% of the stretch at each end, then a steady
 * narrow lumen. It never rises and falls within one stricture (a sawtooth
 * edge would read as a rendering fault).
 */
function narrowing(f: number, narrow: ShapeState['narrow']): number {
  let k = 1;
  for (const { span, factor, shoulder } of narrow ?? []) {
    const [a, b] = span;
    if (f <= a || f >= b) continue;
    const ease = shoulder ?? 0.3 * (b - a);
    const t = Math.min(1, (f - a) / ease, (b - f) / ease);
    k = Math.min(k, 1 - (1 - factor) * t * t * (3 - 2 * t));
  }
  return k;
}

/** Units of a duct's last stretch, through the bowel's wall, over which it narrows into its orifice (about 1 cm). */
const MOUTH_RUN = 28;
/** The orifice's width as a share of the duct's own at the papilla. */
const ORIFICE = 0.5;
const lengths = new WeakMap<readonly Point[], number>();

/** 1 above a duct's intramural stretch, easing down to `ORIFICE` at its mouth (f = 1). */
function mouthTaper(centerline: readonly Point[], f: number): number {
  let length = lengths.get(centerline);
  if (length === undefined) lengths.set(centerline, (length = polylineLength(sampleSpline(centerline))));
  const t = Math.max(0, Math.min(1, 1 - ((1 - f) * length) / MOUTH_RUN));
  return 1 - (1 - ORIFICE) * t * t * (3 - 2 * t);
}

/** A diameter between its normal and dilated calibre. */
const calibre = (d: { normal: number; dilated: number }, dilation: number) =>
  d.normal + (d.dilated - d.normal) * dilation;

/** Drawn width of a tube at fraction f along it (0 = periphery), in units. */
export function tubeWidth(s: Structure, f: number, state: ShapeState): number {
  if (s.shape.type !== 'tube') return 0;
  const { diameter, taperTo } = s.shape;
  // Past a tight block the duct is not under pressure: it blends back to normal calibre.
  const past = state.downstream === undefined ? 0 : Math.max(0, Math.min(1, (f - state.downstream) / 0.04 + 1));
  const dilation = state.dilation * (1 - past);
  const end = calibre(diameter, dilation);
  const start = taperTo ? calibre(taperTo, dilation) : end;
  let width = Math.max(state.minWidth, start + (end - start) * f) * narrowing(f, state.narrow);
  // Out of a tight block the duct runs on at normal calibre: its lower half never bulges back toward the
  // dilated width above it (that reads as a sawtooth), it stays at the narrowed or the normal width.
  const exit = (state.narrow ?? []).find((n) => n.span[1] === state.downstream);
  if (exit && f > (exit.span[0] + exit.span[1]) / 2 && f < exit.span[1]) {
    const normal = diameter.normal + ((taperTo?.normal ?? diameter.normal) - diameter.normal) * (1 - f);
    width = Math.min(width, Math.max(normal, (width / narrowing(f, [exit])) * exit.factor));
  }
  // Through the bowel's wall the duct narrows into its orifice on the papilla (the sphincter's segment).
  if (state.mouth) width *= mouthTaper(s.shape.centerline, f);
  // A metal stent below its block opens the duct to its own calibre, easing in across the block's end and out past
  // the stent's end: a smooth tube under the stent, never a square block.
  const held = state.held;
  if (held)
    width = Math.max(
      width,
      held.width * smoothstep((f - held.from) / held.ease + 1) * smoothstep((held.to - f) / held.ease + 1),
    );
  // Across a tumour it holds the lumen at its waist, which eases smoothly into the duct on either side: the duct
  // follows the stent, one smooth waist, no step or shoulder where the tumour ends.
  for (const { span, width: waist, fade, reach = 0, opening = 1 } of state.opened ?? []) {
    // Signed distance past the nearer end of the tumour's stretch (negative inside it).
    const out = Math.max(span[0] - f, f - span[1], -Math.min(f - span[0], span[1] - f));
    // A wider duct beside narrows into the waist over `fade` centred on the tumour's end: the stent stays open
    // outside the tumour, and is at its waist a little way in.
    const held =
      width >= waist
        ? waist + (width - waist) * smoothstep(out / fade + 0.5)
        : Math.max(width, waist * smoothstep((reach + fade - Math.max(0, out)) / fade));
    width += (held - width) * opening;
  }
  return Math.max(state.minWidth * 0.6, width);
}

const arcs = new WeakMap<readonly Point[], Float64Array>();

/** The arc-length fraction at each sample tubeOutline takes of a centreline (8 a segment), kept per centreline. */
function arcFractions(centerline: readonly Point[]): Float64Array {
  let out = arcs.get(centerline);
  if (!out) {
    const spine = sampleSpline(centerline, 8);
    out = new Float64Array(spine.length);
    for (let i = 1; i < spine.length; i++) out[i] = out[i - 1]! + distance(spine[i]!, spine[i - 1]!);
    const total = out[spine.length - 1] || 1;
    for (let i = 0; i < spine.length; i++) out[i] = out[i]! / total;
    arcs.set(centerline, out);
  }
  return out;
}

/** The arc-length fraction at sample fraction f (0–1 of the samples). */
function arcAt(arc: Float64Array, f: number): number {
  if (arc.length < 2) return f;
  const x = Math.max(0, Math.min(1, f)) * (arc.length - 1);
  const i = Math.min(arc.length - 2, Math.floor(x));
  return arc[i]! + (arc[i + 1]! - arc[i]!) * (x - i);
}

/** The outline a structure is drawn with (closed), or its line. */
export function structureGeometry(s: Structure, state: ShapeState): Point[] {
  const shape = s.shape;
  switch (shape.type) {
    case 'tube': {
      // tubeWidth takes arc-length fractions, as lesion spans, contrast columns and devices do: the spline's samples
      // are uneven (short segments near a duct's end), and a width change placed by sample would sit a few mm off
      // the contrast and stent drawn in the same duct, a sheared step between two outlines.
      const arc = arcFractions(shape.centerline);
      return tubeOutline(shape.centerline, (f) => tubeWidth(s, arcAt(arc, f), state), state.mouth ? 'start' : true, 8);
    }
    case 'outline': {
      const body = vertebraBody(s);
      if (body) return body;
      const target = (state.outlineState && shape.states?.[state.outlineState]) || shape.points;
      const k = state.outlineMix ?? 1;
      if (k >= 1 || target.length !== shape.points.length) return target;
      return shape.points.map(([x, y], i): Point => [x + (target[i]![0] - x) * k, y + (target[i]![1] - y) * k]);
    }
    case 'band':
      return tubeOutline(ribCentreline(s), (f) => ribWidth(s, f), false);
    case 'line':
      return shape.points;
    case 'ellipse':
      return Array.from({ length: 36 }, (_, i): Point => {
        const a = (i / 36) * 2 * Math.PI;
        return [shape.cx + shape.rx * Math.cos(a), shape.cy + shape.ry * Math.sin(a)];
      });
    case 'point':
      return [shape.at];
  }
}

/** Scene paths for one structure (none for bare points without a mark). */
export function structurePaths(s: Structure, state: ShapeState): ScenePath[] {
  const base = { structureId: s.id, layer: s.layer, tone: s.tone, dashed: s.behind === true, clip: s.clip };
  const geometry = structureGeometry(s, state);
  switch (s.shape.type) {
    case 'tube':
      return [{ ...base, id: s.id, paint: 'tube', d: polygonPath(geometry) }];
    case 'band':
      return [{ ...base, id: s.id, paint: 'band', d: polygonPath(geometry) }];
    case 'outline':
      return [
        {
          ...base,
          id: s.id,
          paint: 'fill',
          d: (s.shape.smooth ? smoothClosed(geometry) : straight(geometry, true)) ?? '',
        },
      ];
    case 'ellipse':
      return [{ ...base, id: s.id, paint: 'fill', d: polygonPath(geometry) }];
    case 'line':
      return [
        {
          ...base,
          id: s.id,
          paint: 'line',
          d: (s.shape.smooth ? smoothOpen(geometry) : straight(geometry, false)) ?? '',
        },
      ];
    case 'point': {
      if (s.kind !== 'landmark') return [];
      const [x, y] = s.shape.at;
      return [{ ...base, id: s.id, paint: 'dot', d: polygonPath(circle(x, y, 4.5)) }];
    }
  }
}

/** A polygon approximating a circle. */
export function circle(cx: number, cy: number, r: number, n = 16): Point[] {
  return Array.from({ length: n }, (_, i): Point => [
    cx + r * Math.cos((i / n) * 2 * Math.PI),
    cy + r * Math.sin((i / n) * 2 * Math.PI),
  ]);
}
