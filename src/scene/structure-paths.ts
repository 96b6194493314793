import type { Point, Structure } from '../model/anatomy-schema.js';
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
  /** Below `from` (a fraction along the duct) a metal stent holds the duct open to at least `width` units. */
  readonly held?: { readonly from: number; readonly width: number };
  /** The tube opens at its last point into a bowel (a duct at its papilla): a square mouth there, no round cap. */
  readonly mouth?: boolean;
  /**
   * Stretches [from, to] (centreline fractions) a metal stent across a tumour holds open to at least `width` units,
   * easing off over `fade` (a centreline fraction) past each end.
   */
  readonly opened?: readonly {
    readonly span: readonly [number, number];
    readonly width: number;
    readonly fade: number;
  }[];
}

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

/** Drawn width of a tube at fraction f along it (0 = periphery), in units. */
export function tubeWidth(s: Structure, f: number, state: ShapeState): number {
  if (s.shape.type !== 'tube') return 0;
  const { diameter, taperTo } = s.shape;
  // Past a tight block the duct is not under pressure: it blends back to normal calibre.
  const past = state.downstream === undefined ? 0 : Math.max(0, Math.min(1, (f - state.downstream) / 0.04 + 1));
  const dilation = state.dilation * (1 - past);
  const at = (d: { normal: number; dilated: number }) => d.normal + (d.dilated - d.normal) * dilation;
  const end = at(diameter);
  const start = taperTo ? at(taperTo) : end;
  let width = Math.max(state.minWidth, start + (end - start) * f) * narrowing(f, state.narrow);
  // Out of a tight block the duct runs on at normal calibre: its lower half never bulges back toward the
  // dilated width above it (that reads as a sawtooth), it stays at the narrowed or the normal width.
  const exit = (state.narrow ?? []).find((n) => n.span[1] === state.downstream);
  if (exit && f > (exit.span[0] + exit.span[1]) / 2 && f < exit.span[1]) {
    const normal = diameter.normal + ((taperTo?.normal ?? diameter.normal) - diameter.normal) * (1 - f);
    width = Math.min(width, Math.max(normal, (width / narrowing(f, [exit])) * exit.factor));
  }
  // A metal stent below its block opens the duct to its own calibre, easing in over about 3 mm across the block's end.
  if (state.held)
    width = Math.max(width, state.held.width * Math.max(0, Math.min(1, (f - state.held.from) / 0.04 + 0.5)));
  // It opens the tumour's stretch to its waist, easing back to the duct's own calibre just past each end.
  for (const { span, width: open, fade } of state.opened ?? [])
    width = Math.max(width, open * Math.max(0, Math.min(1, Math.min(f - span[0], span[1] - f) / fade + 1)));
  return Math.max(state.minWidth * 0.6, width);
}

/** The outline a structure is drawn with (closed), or its line. */
export function structureGeometry(s: Structure, state: ShapeState): Point[] {
  const shape = s.shape;
  switch (shape.type) {
    case 'tube':
      return tubeOutline(shape.centerline, (f) => tubeWidth(s, f, state), state.mouth ? 'start' : true);
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
