import type { Point } from '../model/anatomy-schema.js';
import type { Camera, CameraName } from '../model/cameras.js';
import type { DeviceKind } from '../model/device-specs.js';
import type { Stone } from '../model/procedure-schema.js';

export type { DeviceKind };

/** One device at one moment. */
export interface DeviceState {
  readonly id: string;
  readonly kind: DeviceKind;
  /** The resolved route, skin first, in scene units. */
  readonly route: readonly Point[];
  /** Arc length (units) of the device's tip along the route. */
  readonly tip: number;
  /** Arc length of its tail (0 = at the skin entry / first route point). */
  readonly tail: number;
  /** 0–1: pigtail curl formed and locked. */
  readonly curl: number;
  /** 0–1 opacity, for fading in and out. */
  readonly opacity: number;
  /** Balloons: 0 deflated – 1 inflated to nominal diameter. */
  readonly inflation?: number;
  /** Balloons: 0 = the stricture still pinches a waist, 1 = waist effaced. */
  readonly effacement?: number;
  /**
   * Stents: 0 = fully constrained on the delivery system, 1 = fully released.
   * Self-expanding stents open from the distal end (the tip) toward the tail.
   */
  readonly deploy?: number;
}

/** One lesion: a narrowed stretch of a duct and how it looks. */
export interface Lesion {
  readonly duct: string;
  /** Narrowed stretch as arc-length fractions [from, to] of the duct's smooth centreline. */
  readonly span: readonly [number, number];
  /** mass = a tumour around the duct (e.g. pancreatic head); sleeve = tumour along the duct wall; ring = short concentric scar. */
  readonly kind: 'mass' | 'sleeve' | 'ring';
  /** Remaining lumen as a fraction of the dilated width, 0–1 (e.g. 0.22 for a tight block; rises when dilated or stented). */
  readonly patency: number;
  readonly mass: { readonly cx: number; readonly cy: number; readonly r: number } | null;
}

/** Everything that changes with time; the scene draws this plus the anatomy. */
export interface SampledState {
  /** 0-based index of the step that is playing or was last reached. */
  readonly step: number;
  /** Progress through that step, 0–1. */
  readonly stepProgress: number;
  readonly camera: Camera;
  /** The X-ray view's camera, where the step's preset frames a film differently (absent: `camera`). */
  readonly filmCamera?: Camera;
  /** Duct dilation 0–1 by duct id; unlisted ducts use `defaultDilation`. */
  readonly dilation: Readonly<Record<string, number>>;
  readonly defaultDilation: number;
  readonly gallbladder: 'normal' | 'distended';
  /** Gallbladder distension 0 (normal outline) – 1 (distended outline); `gallbladder` is its rounding. */
  readonly distension: number;
  readonly devices: readonly DeviceState[];
  /**
   * Contrast in the ducts: per duct id, the filled stretch as [from, to]
   * fractions of its centreline (0 = periphery end, 1 = junction end).
   * Fractions are of the arc length of the smoothed centreline
   * (`sampleSpline(centerline)`), like the obstruction span. An organ
   * cavity (the gallbladder) holds [0, fill level].
   */
  readonly contrast: Readonly<Record<string, readonly [number, number]>>;
  /** How far the contrast has drained away, 0 (as filled) – 1 (gone), by duct or organ id; unlisted: 0. */
  readonly washout?: Readonly<Record<string, number>>;
  /** Contrast pooled, diluted, in an organ it reached through its duct (the gallbladder), 0–1 by organ id. */
  readonly pool?: Readonly<Record<string, number>>;
  /** The blockage: a narrowed stretch of one duct, and an optional mass. */
  readonly obstruction: {
    readonly duct: string;
    /** Narrowed stretch as centreline fractions [from, to]. */
    readonly span: readonly [number, number];
    readonly mass: { readonly cx: number; readonly cy: number; readonly r: number } | null;
  } | null;
  /** Every lesion of the current obstruction case (the `obstruction` field is the first, kept for older callers). */
  readonly lesions?: readonly Lesion[];
  /** Gallstones of the case, placed in the gallbladder's distended outline (absent: none). */
  readonly stones?: readonly Stone[];
  /** The gallbladder is inflamed (acute cholecystitis): a thick wall and fluid beside it (absent: not). */
  readonly inflamed?: boolean;
  /** Bile flow through the drain, 0–1 phase and on/off. */
  readonly flow: { readonly active: boolean; readonly phase: number; readonly into: 'bag' | 'duodenum' | null };
  /** Bile collected in the bag, 0–1. */
  readonly bag: number;
  readonly highlight: readonly string[];
  readonly dim: readonly string[];
  /** Hidden anatomy shown for this step (e.g. stomach). */
  readonly reveal: readonly string[];
  /** Structures labelled in this step (≤ 6). */
  readonly labels: readonly string[];
  /** Imaging guidance of the current step. */
  readonly guidance: TimelineStep['guidance'];
  /** The current step's camera preset (the camera itself may still be moving toward it). */
  readonly framing?: CameraName;
  /** The stent type the timeline was compiled for (`mesh`, `z`, `spiral` or `plastic`): the measure step orders it. */
  readonly stent?: string;
  /** The ids of the devices the current step works with, the one it is about first; default none. */
  readonly focus?: readonly string[];
}

/** One step of a compiled procedure, on the global time axis (ms). */
export interface TimelineStep {
  readonly id: string;
  readonly title: string;
  /** The title in plain language. */
  readonly patientTitle: string;
  readonly clinician: string;
  readonly patient: string;
  /** Imaging guidance shown for the step. */
  readonly guidance: 'none' | 'ultrasound' | 'fluoroscopy' | 'cholangiogram';
  /** Start and end on the global axis, ms. The step owns (start, end]; the first also owns t = 0. */
  readonly start: number;
  readonly end: number;
  /** When its still picture (a printed handout's) is taken, on the global axis: its end unless it names a moment. */
  readonly picture: number;
  /** Camera preset reached 600 ms into the step (from the previous step's). */
  readonly camera: CameraName;
  /** Anatomy ids labelled during the step (≤ 6). */
  readonly labels: readonly string[];
  /** Hidden anatomy shown during the step. */
  readonly reveal: readonly string[];
  /** Brief source tags for the step's facts. */
  readonly sources: readonly string[];
  /** The devices the step works with, the one it is about first (see `stepDevices`); default none. */
  readonly devices?: readonly string[];
}

/** A compiled procedure: sample it at any time t in [0, duration]. */
export interface Timeline {
  readonly procedureId: string;
  readonly title: string;
  /** The title in plain language. */
  readonly patientTitle: string;
  /** The approach the timeline was compiled for. */
  readonly approach: string;
  /** The obstruction case it was compiled for (`custom` for a procedure's own obstruction). */
  readonly obstruction?: string;
  /** The stent type it was compiled for (`mesh`, `z`, `spiral` or `plastic`). */
  readonly stent?: string;
  readonly steps: readonly TimelineStep[];
  readonly duration: number;
  /** Opaque compiled tracks, read by sampleTimeline. */
  readonly tracks: readonly unknown[];
}
