import type { Point, Structure } from '../model/anatomy-schema.js';
import { polygonCentroid, polylineLength, sampleSpline } from '../model/geometry.js';
import type { ScenePath } from './scene-types.js';
import { polygonPath } from './tube-outline.js';
import { CAVITY_LUMEN } from './cavity-lumen.js';
import { structureGeometry, structurePaths, type ShapeState } from './structure-paths.js';

/** How far the fluid reaches out from the wall at its widest, units (2.5 mm). */
const FLUID_DEPTH = 7;
/** The share of the outline the fluid runs along, centred on the fundus. */
const FLUID_SHARE = 0.28;

/**
 * An inflamed gallbladder as an ultrasound shows it (acute cholecystitis, brief §2e D): its lumen inside a thick
 * wall (the wall is the organ's own fill left round it; contrast later fills the same lumen), and pericholecystic
 * fluid, a crescent along the outside of the fundus that tapers to nothing at both ends. The fundus is the organ's
 * lowest point in the frontal view. Both follow the outline as it shrinks.
 */
export function inflamedPaths(organ: Structure, state: ShapeState): ScenePath[] {
  if (organ.shape.type !== 'outline') return [];
  const outline = structureGeometry(organ, state);
  if (outline.length < 4) return [];
  const [cx, cy] = polygonCentroid(outline);
  const lumen = outline.map(([x, y]): Point => [cx + (x - cx) * CAVITY_LUMEN, cy + (y - cy) * CAVITY_LUMEN]);
  const drawn = structurePaths({ ...organ, shape: { ...organ.shape, points: lumen, states: undefined } }, state)[0];
  const base = { structureId: organ.id, tone: organ.tone, dashed: false } as const;
  const out: ScenePath[] = [];
  if (drawn)
    out.push({ ...drawn, ...base, id: `lumen-${organ.id}`, layer: organ.layer, paint: 'lumen', clip: undefined });
  // Along the drawn (smoothed) outline, not its few control points: on those the crescent showed facets.
  const fluid = fluidCrescent(closedSpline(outline, 6), [cx, cy]);
  if (fluid) out.push({ ...base, id: `fluid-${organ.id}`, layer: organ.layer, paint: 'fluid', d: polygonPath(fluid) });
  return out;
}

/** The crescent of fluid outside the closed outline round its lowest point, or null on a degenerate outline. */
function fluidCrescent(outline: readonly Point[], [cx, cy]: Point): Point[] | null {
  const n = outline.length;
  const low = outline.reduce((best, p, i) => (p[1] > outline[best]![1] ? i : best), 0);
  const perimeter = polylineLength([...outline, outline[0]!]);
  const reach = (FLUID_SHARE * perimeter) / 2;
  // Walk out from the lowest point both ways along the outline until half the run is covered.
  const side = (step: 1 | -1) => {
    const run: Point[] = [];
    let walked = 0;
    for (let k = 1; k < n && walked < reach; k++) {
      const a = outline[(low + (k - 1) * step + n * k) % n]!;
      const b = outline[(low + k * step + n * k) % n]!;
      walked += Math.hypot(b[0] - a[0], b[1] - a[1]);
      run.push(b);
    }
    return run;
  };
  const along = [...side(-1).reverse(), outline[low]!, ...side(1)];
  if (along.length < 3) return null;
  const total = polylineLength(along);
  let s = 0;
  const outer = along.map((p, i): Point => {
    if (i > 0) s += Math.hypot(p[0] - along[i - 1]![0], p[1] - along[i - 1]![1]);
    const d = Math.hypot(p[0] - cx, p[1] - cy) || 1;
    const depth = FLUID_DEPTH * Math.sin((Math.PI * s) / total);
    return [p[0] + ((p[0] - cx) / d) * depth, p[1] + ((p[1] - cy) / d) * depth];
  });
  return [...along, ...outer.reverse()];
}

/** Points along the closed uniform Catmull-Rom curve through `points` (the outline as drawn), `k` per span. */
function closedSpline(points: readonly Point[], k: number): Point[] {
  const n = points.length;
  const ring = [points[n - 1]!, ...points, points[0]!, points[1]!];
  return sampleSpline(ring, k).slice(k, k * (n + 1));
}
