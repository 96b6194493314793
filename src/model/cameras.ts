/** A viewBox rectangle in scene units. */
export interface Camera {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/**
 * Camera presets (composition §11–§12), as viewBox rectangles. `overview` is
 * the production crop; the others frame one region of a procedure.
 */
export const CAMERAS = {
  overview: { x: 95, y: 40, w: 770, h: 750 },
  'right-access': { x: 100, y: 180, w: 380, h: 380 },
  'left-access': { x: 420, y: 150, w: 420, h: 340 },
  hilum: { x: 330, y: 290, w: 280, h: 220 },
  distal: { x: 340, y: 440, w: 280, h: 320 },
} as const satisfies Record<string, Camera>;

export type CameraName = keyof typeof CAMERAS;

/** Screen pixels per scene unit for a viewport, with `meet` scaling. */
export function pixelsPerUnit(camera: Camera, width: number, height: number): number {
  return Math.min(width / camera.w, height / camera.h);
}
