/** Detail of `li-step-change`: the step now shown (1-based, as users count). */
export interface StepChangeDetail {
  readonly step: number;
  readonly id: string;
  readonly title: string;
}

/** Detail of `li-play`, `li-pause` and `li-end`: the step shown (1-based). */
export interface PlaybackDetail {
  readonly step: number;
}

/** Detail of `li-structure`: the pinned structure's anatomy id, or null when cleared. */
export interface StructureDetail {
  readonly id: string | null;
}

/** Fired when the shown step changes, by playback, a control, a key or the API. */
export class StepChangeEvent extends CustomEvent<StepChangeDetail> {
  static readonly type = 'li-step-change';
  constructor(detail: StepChangeDetail) {
    super(StepChangeEvent.type, { detail, bubbles: true, composed: true });
  }
}

/** Fired for `li-play`, `li-pause` and `li-end`; `detail.step` is the 1-based step. */
export class PlaybackEvent extends CustomEvent<PlaybackDetail> {
  constructor(type: 'li-play' | 'li-pause' | 'li-end', step: number) {
    super(type, { detail: { step }, bubbles: true, composed: true });
  }
}

/** Fired when a structure is pinned or unpinned; `detail.id` is null when cleared. */
export class StructureEvent extends CustomEvent<StructureDetail> {
  static readonly type = 'li-structure';
  constructor(id: string | null) {
    super(StructureEvent.type, { detail: { id }, bubbles: true, composed: true });
  }
}

/** Detail of `li-error`: why author data was rejected, where, and in which source. */
export interface DataErrorDetail {
  /** `invalid-data`, `too-large`, `bad-json` or `load-failed`. */
  readonly code: string;
  /** JSON path of the first problem, e.g. `steps[2].duration`; `(root)` for the whole value. */
  readonly path: string;
  /** The first problem, in words. */
  readonly message: string;
  /** The data's source: `procedureData`, `anatomy`, `anatomyFiles`, an inline script, a URL. */
  readonly source: string;
  /** Every problem found, in order. */
  readonly problems: readonly { readonly path: string; readonly message: string }[];
}

/** Fired when author data is rejected; the widget shows the error and keeps its last good state. */
export class DataErrorEvent extends CustomEvent<DataErrorDetail> {
  static readonly type = 'li-error';
  constructor(detail: DataErrorDetail) {
    super(DataErrorEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  /** The element's events, so `addEventListener('li-step-change', (e) => e.detail.step)` type-checks. */
  interface HTMLElementEventMap {
    'li-step-change': StepChangeEvent;
    'li-play': PlaybackEvent;
    'li-pause': PlaybackEvent;
    'li-end': PlaybackEvent;
    'li-structure': StructureEvent;
  }
}
