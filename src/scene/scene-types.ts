import type { Layer, Point, Tone } from '../model/anatomy-schema.js';

import type { Camera, LocatorCorner } from '../model/cameras.js';

export type { Camera };

/** How a shape is painted; tubes paint twice (casing, then lumen) so joined ducts merge. */
export type Paint =
  | 'tube'
  | 'fill'
  | 'line'
  | 'band'
  | 'dot'
  | 'mound' // a papilla on the bowel wall
  | 'contrast'
  | 'puff' // contrast leaving a device's mouth into the bowel: nested faint layers, feathered
  | 'folds' // the circular folds of a contrast-filled bowel, short inner lines
  | 'lesion'
  | 'scar'
  | 'stone' // a gallstone: over the contrast round it, a filling defect on a film
  | 'lumen' // an inflamed gallbladder's lumen, inside its thick wall
  | 'fluid' // pericholecystic fluid beside an inflamed gallbladder
  | 'overlay'
  | 'planned'
  | 'arrow' // a direction (toward T12)
  | 'measure' // a thin bracket along a measured stricture
  | 'measure-margin'; // the margin a stent covers beyond it

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
  /** Emphasis set by the current step; `faded` = plays no part in it. */
  readonly emphasis?: 'highlight' | 'dim' | 'faded';
  /** 0–1; contrast fading as a drained system clears. Default 1. */
  readonly opacity?: number;
}

/** Parts a device is drawn with; each maps to one CSS class. */
export type DevicePart =
  | 'metal' // needle shaft
  | 'bevel' // the needle's oblique sharp end
  | 'hub'
  | 'wire'
  | 'wire-casing'
  | 'casing' // catheter outer wall
  | 'core' // catheter lumen colour
  | 'lumen' // a catheter's lumen as an X-ray shows it, between its walls
  | 'sheath' // a sheath's translucent lumen
  | 'marker' // radiopaque band
  | 'holes'
  | 'tubing'
  | 'bag'
  | 'bile' // bile inside the bag
  | 'flow' // moving bile dashes
  | 'probe'
  | 'cable' // the probe's cable
  | 'beam'
  | 'scan-line' // the centre of an ultrasound beam, out to the target it is aimed at
  | 'planned' // a planned needle path, dotted from the skin mark to the target
  | 'skin-mark' // the cross marked on the skin where a planned path starts
  | 'flaps' // plastic stent anchoring flaps
  | 'plastic' // a plastic stent's translucent tube inside its wall
  | 'stent-body' // the space a stent holds open
  | 'stent-lumen' // a stent's dark inside where no duct lies behind it (its end in the bowel)
  | 'washout' // on a film, the lighter lumen of an open stent that bile has washed the contrast from
  | 'stent-wire' // a metal stent's wire pattern
  | 'stent-edge' // a thin dark edge under a stent's wire, so pale struts read on pale tissue
  | 'balloon'
  | 'shine' // a specular streak on an inflated balloon
  | 'cap' // closes a capped drain's hub
  | 'halo' // a pale edge under tubing outside the body, setting it in front of the skin
  | 'dressing' // the ring of dressing where a drain leaves the skin
  | 'skin'; // the body wall a tube passes outside of on its way to a bag

/** One stroked or filled piece of a device, in scene units. */
export interface SceneDevicePart {
  readonly id: string;
  readonly deviceId: string;
  readonly part: DevicePart;
  readonly d: string;
  /** Stroke width in units; 0 for filled parts. */
  readonly width: number;
  readonly opacity: number;
  /** `second` for the second of two stents: drawn in a second tint so the pair reads apart. */
  readonly tint?: 'second';
  /** Dash offset in units, for moving flow dashes. */
  readonly dashOffset?: number;
}

export interface SceneLabel {
  readonly id: string;
  readonly structureId: string;
  /** The labelled structure's kind; the X-ray view hides labels of what it cannot show. */
  readonly kind?: 'organ' | 'duct' | 'vessel' | 'landmark' | 'numeral' | 'device';
  /** A duct with no contrast in it at this moment: an X-ray cannot show it, so its label hides there. */
  readonly unfilled?: boolean;
  readonly text: string;
  /**
   * The text broken into lines, the first on `y` (a selected structure's long name finding no room on one line).
   * Absent: one line.
   */
  readonly lines?: readonly string[];
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

/**
 * The anatomy as drawn for one shape state: it changes with the framing's scale, duct calibre,
 * lesions and the step's emphasis, not from frame to frame, so the renderer redraws it only when
 * a new object arrives.
 */
export interface SceneBase {
  readonly paths: readonly ScenePath[];
  /** Clip outlines (even-odd); `clip` names a further clip this one is cut by (an intersection: several cut-outs). */
  readonly clips: readonly { readonly id: string; readonly d: string; readonly clip?: string }[];
  readonly targets: readonly SceneTarget[];
}

export interface Scene {
  readonly camera: Camera;
  readonly base: SceneBase;
  /** Drawn above each layer's anatomy: contrast and lesions, which change while a step plays. */
  readonly overlays: readonly ScenePath[];
  /** Every path (base and overlays) in paint order, for readers of the whole picture; worked out when read. */
  readonly paths: readonly ScenePath[];
  /** The base's clips and hit targets. */
  readonly clips: SceneBase['clips'];
  readonly targets: SceneBase['targets'];
  readonly labels: readonly SceneLabel[];
  readonly devices: readonly SceneDevicePart[];
  /** Structure currently highlighted, if any. */
  readonly active: string | null;
  /** Illustration colours or an X-ray look. */
  readonly view: 'illustration' | 'fluoroscopy';
  /** Supporting layers (arteries, ribs) step back while a procedure plays. */
  readonly quiet: boolean;
  /**
   * The camera is on its way to the step's preset: everything is drawn as at the preset and only `camera` (the
   * view box) moves, so the labels, placed for the preset, are hidden until it arrives. Default false.
   */
  readonly moving?: boolean;
  /** For a close-up: a thumbnail of the whole scene with the close-up's frame on it; null otherwise. */
  readonly locator?: SceneLocator | null;
}

export type { LocatorCorner } from '../model/cameras.js';

/** A small overview map: a few outlines in the overview's frame and the current view as a box. */
export interface SceneLocator {
  readonly frame: Camera;
  readonly view: Camera;
  /** The stage's corner it sits in, the one that hides no device (the least of them); default top right. */
  readonly corner?: LocatorCorner;
  readonly paths: readonly { readonly id: string; readonly tone: Tone; readonly d: string }[];
  /** A patient's locator: a torso silhouette (bigger on screen) instead of the organ map. */
  readonly torso?: boolean;
  /** Where the device the step is about enters the skin, scene units; highlighted. */
  readonly spot?: Point | null;
  /** The other devices' skin entries (a second drain's), scene units; muted. */
  readonly others?: readonly Point[];
  /** A few plain words saying where the spot is ("Here: your right side, between two ribs"). */
  readonly note?: string | null;
}
