import type { Point, Structure } from '../model/anatomy-schema.js';
import { arcTable, nearestTable } from '../model/arc-table.js';
import { insidePolygon, slicePolyline } from '../model/geometry.js';
import type { DeviceState, Lesion } from '../timeline/timeline-types.js';
import { contrastPath, resample } from './contrast-paths.js';
import { lesionOutline } from './lesion-path.js';
import type { ScenePath } from './scene-types.js';
import { polygonPath, tubeOutline } from './tube-outline.js';
import { tubeWidth, type ShapeState } from './structure-paths.js';
import { tubeSpine } from './tube-spine.js';
import { lineBounds } from './line-bounds.js';

/** Spacing of the samples along a stent, units (about 0.7 mm). */
const STEP = 2;
/** How far past the tumour's edge the lumen runs on, units: under the tumour's faint rim too. */
const MARGIN = 6;

/** The released stretch of a stent along its route, [from, to] in arc length: a self-expanding one opens from its tip. */
function released(d: DeviceState): [number, number] {
  const open = d.kind === 'stent-plastic' ? 1 : (d.deploy ?? 1);
  return [d.tip - open * (d.tip - d.tail), d.tip];
}

/**
 * A duct's whole lumen over [from, to] of its centreline (arc fractions): as wide as the duct is drawn, so the
 * stent (0.94 of it) lies inside the lumen, never on the tumour around it. Open (cut square) where it runs on into
 * the duct beneath; at the duct's own ends round, as the duct's outline is there (where ducts meet at a junction),
 * or square at a duct's mouth in the bowel.
 */
function lumenPath(duct: Structure, [from, to]: readonly [number, number], state: ShapeState): string | null {
  const spine = tubeSpine(duct);
  if (!spine || to - from < 0.005) return null;
  const stretch = resample(slicePolyline(spine.line, from * spine.length, to * spine.length), 2);
  if (stretch.length < 2) return null;
  const width = (f: number) => tubeWidth(duct, from + f * (to - from), state);
  const [start, end] = [from <= 0.001, to >= 0.999 && !state.mouth];
  // tubeOutline rounds the first end alone, never the last alone: a lumen round only at its last end is drawn reversed.
  if (end && !start) return polygonPath(tubeOutline([...stretch].reverse(), (f) => width(1 - f), 'start', 1));
  return polygonPath(tubeOutline(stretch, width, start && end ? true : start ? 'start' : false, 1));
}

/** What stentedLumen reads of the scene. */
export interface LumenContext {
  readonly lesions: readonly Lesion[];
  /** The bile ducts drawn (a stent lies in these; the pancreatic duct beside it keeps its own drawing). */
  readonly ducts: readonly Structure[];
  readonly stateOf: (id: string) => ShapeState;
  /** A duct's drawn contrast column (its opacity and marks are kept) and filled span, when it holds contrast. */
  readonly column: (id: string) => { readonly path: ScenePath; readonly span: readonly [number, number] } | undefined;
  readonly byId: (id: string) => Structure | undefined;
  /** Whether the step fades a structure. */
  readonly faded: (s: Structure) => boolean;
}

/**
 * A stent through a tumour holds its lumen open: on the day it is placed the lumen is contrast or bile, never
 * tumour (tumour inside the mesh is the picture of late ingrowth). For each open stent, each duct it runs through
 * gets its lumen drawn again over the stretch inside a tumour, painted after the tumour in the tumour's layer: the
 * duct's lumen, then its contrast column where it is filled. The tumour still shows outside the duct wall and
 * around a stent's waist. Pure.
 */
export function stentedLumen(devices: readonly DeviceState[], ctx: LumenContext): ScenePath[] {
  const stents = devices.filter((d) => d.kind.startsWith('stent-') && d.opacity > 0 && d.tip > d.tail);
  if (!stents.length || !ctx.lesions.length) return [];
  const tumours = ctx.lesions.flatMap((l) => {
    const duct = ctx.byId(l.duct);
    const drawn = duct ? lesionOutline(l, duct, ctx.stateOf(duct.id)) : null;
    return drawn?.paint === 'lesion'
      ? [{ points: drawn.points, layer: l.kind === 'sleeve' ? 'ducts' : 'duodenum' }]
      : [];
  });
  const out: ScenePath[] = [];
  for (const stent of stents) {
    const [from, to] = released(stent);
    // Only the samples inside a tumour matter: found first, so a stent clear of every tumour costs little.
    const inside: { p: Point; layer: ScenePath['layer'] }[] = [];
    const along = arcTable(stent.route);
    for (let s = from; s <= to; s += STEP) {
      const p = along(s).point;
      const hits = tumours.filter((t) => nearBox(p, t.points, 0) && insidePolygon(p, t.points));
      if (hits.length) inside.push({ p, layer: hits.some((t) => t.layer === 'duodenum') ? 'duodenum' : 'ducts' });
    }
    if (!inside.length) continue;
    for (const duct of ctx.ducts) {
      const spine = tubeSpine(duct);
      if (!spine) continue;
      const { line, length: total } = spine;
      const state = ctx.stateOf(duct.id);
      // A duct whose widest drawing is nowhere near the stent is skipped before its nearest points are sought.
      if (!inside.some(({ p }) => nearBox(p, line, widest(duct, state) / 2 + 1))) continue;
      let span: [number, number] | null = null;
      let layer: ScenePath['layer'] = 'ducts';
      const nearest = nearestTable(line);
      for (const { p, layer: over } of inside) {
        const near = nearest(p);
        const f = near.arc / total;
        if (near.distance > tubeWidth(duct, f, state) / 2 + 1) continue;
        if (over === 'duodenum') layer = 'duodenum';
        span = span ? [Math.min(span[0], f), Math.max(span[1], f)] : [f, f];
      }
      if (!span) continue;
      // Within a margin of the duct's end, on to it: the lumen then ends as the duct does (round at a junction).
      const lo = span[0] < (2 * MARGIN) / total ? 0 : span[0] - MARGIN / total;
      const hi = span[1] > 1 - (2 * MARGIN) / total ? 1 : span[1] + MARGIN / total;
      const lumen = lumenPath(duct, [lo, hi], state);
      if (!lumen) continue;
      out.push({
        d: lumen,
        structureId: duct.id,
        id: `lumen-${stent.id}-${duct.id}`,
        tone: duct.tone,
        paint: 'tube',
        layer,
        dashed: duct.behind === true,
        ...(ctx.faded(duct) && { emphasis: 'faded' as const }),
      });
      const filled = ctx.column(duct.id);
      const [a, b] = filled ? [Math.max(lo, filled.span[0]), Math.min(hi, filled.span[1])] : [0, 0];
      // Open (running on into the column beneath) where this piece is cut; where the column itself ends in here, it
      // ends as the column does, never in a square cut across the duct.
      const open = [a <= lo + 1e-9, b >= hi - 1e-9] as const;
      const wet = filled && b > a ? contrastPath(duct, [a, b], state, { open }) : null;
      if (wet && filled) out.push({ ...filled.path, id: `lumen-contrast-${stent.id}-${duct.id}`, d: wet.d, layer });
    }
  }
  return out;
}

/** The widest a tube is drawn in this state, units: no narrowing makes it wider. */
function widest(duct: Structure, state: ShapeState): number {
  if (duct.shape.type !== 'tube') return 0;
  const { diameter, taperTo } = duct.shape;
  const at = (d: { normal: number; dilated: number }) =>
    Math.max(d.normal, d.normal + (d.dilated - d.normal) * Math.max(1, state.dilation));
  return Math.max(state.minWidth, at(diameter), taperTo ? at(taperTo) : 0);
}

/** Whether p lies within `pad` of the line's bounding box (kept per line array: a duct's spine, a tumour's outline). */
function nearBox(p: Point, line: readonly Point[], pad: number): boolean {
  const { x0, y0, x1, y1 } = lineBounds(line);
  return p[0] >= x0 - pad && p[0] <= x1 + pad && p[1] >= y0 - pad && p[1] <= y1 + pad;
}
