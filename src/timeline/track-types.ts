import type { Point } from '../model/anatomy-schema.js';
import type { FillEntry } from './plan-fill.js';
import type { DeviceKind, Lesion, SampledState } from './timeline-types.js';

/** A number that moves from `from` to `to` over [start, end] (ms); keys like `tip:needle`, `dilation:common-hepatic-duct`. */
export interface ValueTrack {
  readonly type: 'value';
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly from: number;
  readonly to: number;
  readonly ease: 'linear' | 'cubic';
  /** When set, the value moves in this many equal jumps from `from` to `to` (both exact), not smoothly. */
  readonly steps?: number;
}

/** A device's identity and life span: present while appear < t < gone. */
export interface DeviceTrack {
  readonly type: 'device';
  readonly id: string;
  readonly kind: DeviceKind;
  readonly route: readonly Point[];
  readonly appear: number;
  readonly gone: number | null;
}

/** Contrast front going from `from` to `to` units along a fill plan over [start, end]. */
export interface ContrastTrack {
  readonly type: 'contrast';
  readonly start: number;
  readonly end: number;
  readonly plan: readonly FillEntry[];
  readonly from: number;
  readonly to: number;
}

/** Bile flow through a drain from `start` on, until `end` (the drain is removed) if set. */
export interface FlowTrack {
  readonly type: 'flow';
  readonly start: number;
  readonly end?: number;
  readonly into: 'bag' | 'duodenum';
}

/** Structures highlighted or dimmed while start < t ≤ end. */
export interface MarkTrack {
  readonly type: 'highlight' | 'dim';
  readonly start: number;
  readonly end: number;
  readonly ids: readonly string[];
}

/** The state at t = 0: the obstruction, its lesions (patency from `patency:<index>` values) and every key's start. */
export interface BaseTrack {
  readonly type: 'base';
  readonly obstruction: SampledState['obstruction'];
  readonly lesions: readonly Lesion[];
  readonly stones: NonNullable<SampledState['stones']>;
  readonly inflamed: boolean;
  readonly defaultDilation: number;
  readonly values: Readonly<Record<string, number>>;
}

export type Track = ValueTrack | DeviceTrack | ContrastTrack | FlowTrack | MarkTrack | BaseTrack;
