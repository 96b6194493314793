import type { Point, Structure } from '../model/anatomy-schema.js';
import { tubeWidth, type ShapeState } from './structure-paths.js';
import { polygonPath, tubeFrame } from './tube-outline.js';

/**
 * A duct's wall as a share of its width: the strip the contrast column leaves bare on each side (it fills 86 %).
 */
export const WALL_SHARE = 0.07;

/** A lens's least wall (beyond the duct's edge) at its middle, in minWidths (2.5 px each): about 3 px. */
export const LENS_MIN = 1.2;
/** A lens's least length, in minWidths: about 12 px, so that its thicker middle reads about 8 px long. */
export const LENS_MIN_LENGTH = 5;

/**
 * A ring stricture as scar in the duct's own wall: on each side a short lens of thickened wall that fills the pinch
 * the stricture makes in the duct (an inward notch as deep as the pinch) and bulges at most one wall's thickness beyond the duct's full
 * calibre (at least about 3 px on screen). `stretch` is the lesion's stretch of the duct's centreline, spanning `span` (fractions of the duct).
 * Returns both lenses as one closed path.
 */
export function scarWall(
  duct: Structure,
  stretch: readonly Point[],
  span: readonly [number, number],
  state: ShapeState,
): string {
  const [a, b] = span;
  const at = (f: number) => a + f * (b - a);
  const full = (f: number) => tubeWidth(duct, at(f), { ...state, narrow: [] }) / 2;
  // The stretch holds a few spine samples: interpolate finely so each lens reads as a smooth swelling, not a box.
  const { spine, normals } = tubeFrame(stretch, () => 0, 8);
  const n = spine.length;
  const pinched = tubeWidth(duct, at(0.5), state) / 2;
  const side = (sign: 1 | -1) => {
    const outer: Point[] = [];
    const inner: Point[] = [];
    spine.forEach((p, i) => {
      const f = n === 1 ? 0 : i / (n - 1);
      const h = full(f);
      // Never thinner than about 3 px on screen (minWidth is 2.5 px): at phone size a wall's share is a hairline.
      const wall = Math.max(2 * h * WALL_SHARE, LENS_MIN * state.minWidth) * Math.sin(Math.PI * f);
      // An inward notch as deep as the pinch at its middle, tapering to the wall at each end; at least a wall thick.
      const notch = (h - pinched) * Math.sin(Math.PI * f) ** 2;
      const inside = Math.min(h - notch, h - wall);
      const [nx, ny] = [-normals[i]![1] * sign, normals[i]![0] * sign];
      outer.push([p[0] + nx * (h + wall), p[1] + ny * (h + wall)]);
      inner.push([p[0] + nx * inside, p[1] + ny * inside]);
    });
    return polygonPath([...outer, ...inner.reverse()]);
  };
  return side(1) + side(-1);
}
