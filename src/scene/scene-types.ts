import type { Layer, Tone } from '../model/anatomy-schema.js';

/** A viewBox rectangle in scene units. */
export interface Camera {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** How a shape is painted; tubes paint twice (casing, then lumen) so joined ducts merge. */
export type Paint = 'tube' | 'fill' | 'line' | 'band' | 'dot';

/** One drawable path. Plain data: the render layer only maps it to SVG. */
export interface ScenePath {
  readonly id: string;
  readonly structureId: string;
  readonly layer: Layer;
  readonly tone: Tone;
  readonly paint: Paint;
  readonly d: string;
  readonly dashed: boolean;
  /** Id of a clip outline (another structure), when clipped. */
  readonly clip?: string;
}

export interface SceneLabel {
  readonly id: string;
  readonly structureId: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly align: 'start' | 'middle' | 'end';
  /** Font size in scene units (constant on screen). */
  readonly size: number;
  /** Leader from near the text to the structure: [x1, y1, x2, y2]. */
  readonly leader: readonly [number, number, number, number] | null;
}

/** A focusable, hoverable hit area for one named structure. */
export interface SceneTarget {
  readonly id: string;
  readonly structureId: string;
  readonly name: string;
  readonly d: string;
}

export interface Scene {
  readonly camera: Camera;
  readonly paths: readonly ScenePath[];
  readonly clips: readonly { readonly id: string; readonly d: string }[];
  readonly labels: readonly SceneLabel[];
  readonly targets: readonly SceneTarget[];
  /** Structure currently highlighted, if any. */
  readonly active: string | null;
}
