import type { Point, Structure } from '../model/anatomy-schema.js';
import { nearestOnPolyline, polylineLength, sampleSpline, slicePolyline, distance } from '../model/geometry.js';
import type { ScenePath } from './scene-types.js';
import type { SceneInput } from './build-scene.js';
import type { SceneFrame } from './scene-frame.js';
import { structureGeometry, structurePaths, tubeWidth, type ShapeState } from './structure-paths.js';
import { polygonPath } from './tube-outline.js';

/** How far along a bowel's centreline (a share of its length) it may first cross the duct to be trimmed there. */
const LEADING = 0.3;

/**
 * A bowel as a procedure draws it, when it first crosses in front of `duct` near its start (D1 over the
 * retroduodenal bile duct): from that crossing on. The duct's window already cuts the bowel open over the duct, so
 * the stretch beyond it toward the pylorus would stand alone, a floating outline over the pancreatic neck; it is left
 * out, and the drawn bowel ends under the window, cut straight across the duct's axis (no round end bulging out of
 * the window). Null when the bowel is no tube or does not cross the duct there.
 */
export function openedBowel(bowel: Structure, duct: Structure, state: ShapeState): ScenePath[] | null {
  const trimmed = trimmedBowel(bowel, duct);
  if (!trimmed || trimmed.shape.type !== 'tube') return null;
  const [start, next] = trimmed.shape.centerline as [Point, Point];
  const along = (p: Point) => (p[0] - start[0]) * (next[0] - start[0]) + (p[1] - start[1]) * (next[1] - start[1]);
  // The outline without its round start cap: the points behind the cut, within the cap's radius of its middle.
  const cap = tubeWidth(trimmed, 0, state) / 2 + 1;
  const outline = structureGeometry(trimmed, state).filter((p) => along(p) > -1e-6 || distance(p, start) > cap);
  return structurePaths(trimmed, state).map((p) => ({ ...p, d: polygonPath(outline) }));
}

/**
 * Whether a procedure's illustration opens this bowel over the bile duct (`duct`): while a procedure plays, the
 * bowel in front of the retroduodenal duct is cut open over it. A film has no "behind".
 */
export function opensOverDuct(s: Structure, input: SceneInput, frame: SceneFrame, duct: string): boolean {
  return (
    input.view !== 'fluoroscopy' &&
    !!input.moment &&
    s.layer === 'duodenum' &&
    s.shape.type === 'tube' &&
    frame.visible.some((t) => t.id === duct)
  );
}

/** The bowel from where it first crosses the duct on (see openedBowel), or null. */
export function trimmedBowel(bowel: Structure, duct: Structure): Structure | null {
  if (bowel.shape.type !== 'tube' || duct.shape.type !== 'tube') return null;
  const spine = sampleSpline(bowel.shape.centerline);
  const ductSpine = sampleSpline(duct.shape.centerline);
  const total = polylineLength(spine);
  let best = { arc: 0, distance: Infinity };
  for (let i = 0, walked = 0; i < spine.length && walked <= LEADING * total; i++) {
    const near = nearestOnPolyline(ductSpine, spine[i]!);
    if (near.distance < best.distance) best = { arc: walked, distance: near.distance };
    if (i + 1 < spine.length) walked += distance(spine[i + 1]!, spine[i]!);
  }
  // Crossing: the bowel's axis passes within a couple of units of the duct's.
  if (best.distance > 2 || best.arc <= 0) return null;
  // The crossing, then the bowel's own control points beyond it: a sampled spline splined again draws a path
  // eight times longer than the bowel's own.
  const beyond = bowel.shape.centerline.filter((p) => nearestOnPolyline(spine, p).arc > best.arc + 4);
  const centerline: Point[] = [slicePolyline(spine, best.arc, total)[0]!, ...beyond];
  return { ...bowel, shape: { ...bowel.shape, centerline } };
}
