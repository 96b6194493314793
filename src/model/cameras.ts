import cameras from '../../data/cameras.json';

/** A viewBox rectangle in scene units. */
export interface Camera {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Which corner of the stage a close-up's map sits in. */
export type LocatorCorner = 'top-right' | 'top-left' | 'bottom-right' | 'bottom-left';

/** A preset name of data/cameras.json, e.g. `overview`, `hilum`. */
export type CameraName = string;

/**
 * Camera presets (data/cameras.json, composition §11–§12), trusted as bundled
 * (test/data/bundled-data.test.ts validates the file). `overview` is the production crop; the others frame one
 * region of a procedure.
 */
export const CAMERAS: Readonly<Record<CameraName, Camera>> = Object.fromEntries(
  Object.entries(cameras as Record<string, Camera | string>).flatMap(([name, c]) =>
    typeof c === 'object' ? [[name, { x: c.x, y: c.y, w: c.w, h: c.h }]] : [],
  ),
);

/** For a preset a film frames differently: the preset the X-ray view uses instead (`film` in data/cameras.json). */
const FILMS: Readonly<Record<CameraName, CameraName>> = Object.fromEntries(
  Object.entries(cameras as Record<string, { film?: string } | string>).flatMap(([name, c]) =>
    typeof c === 'object' && c.film ? [[name, c.film]] : [],
  ),
);

/** The preset an X-ray view uses for `name`: its film preset where it names one, else the same. */
export const filmPresetOf = (name: CameraName): CameraName => FILMS[name] ?? name;

/** The corner a close-up's map tries first (`locator` in data/cameras.json), by preset name. */
const LOCATORS: Readonly<Record<CameraName, LocatorCorner>> = Object.fromEntries(
  Object.entries(cameras as Record<string, { locator?: LocatorCorner } | string>).flatMap(([name, c]) =>
    typeof c === 'object' && c.locator ? [[name, c.locator]] : [],
  ),
);

/** The corner a close-up's map tries first for preset `name`, where the preset names one. */
export const locatorCornerOf = (name: CameraName): LocatorCorner | undefined => LOCATORS[name];

/** The whole-scene framing, used when a preset is missing. */
export const OVERVIEW: Camera = CAMERAS.overview ?? { x: 95, y: 40, w: 770, h: 750 };

/** A preset by name, or the overview. */
export const cameraNamed = (name: string): Camera => CAMERAS[name] ?? OVERVIEW;

/** Screen pixels per scene unit for a viewport, with `meet` scaling. */
export function pixelsPerUnit(camera: Camera, width: number, height: number): number {
  return Math.min(width / camera.w, height / camera.h);
}
