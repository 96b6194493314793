import { filmPresetOf } from '../model/cameras.js';
import { drawsAs } from '../model/device-specs.js';
import { fillAt } from './plan-fill.js';
import { progress, sampleValues } from './sample-values.js';
import { sampleCamera } from './sample-camera.js';
import { stepAt } from './step-at.js';
import type { Track } from './track-types.js';
import type { DeviceState, SampledState, Timeline } from './timeline-types.js';

export { stepAt, stepEndTime } from './step-at.js';

/** Period of one bile-flow cycle, ms. */
export const FLOW_PERIOD_MS = 1500;

/**
 * The state at time t (ms, clamped to [0, duration]). Pure: it reads only the
 * compiled tracks, so seeking to t equals playing up to t.
 */
export function sampleTimeline(timeline: Timeline, time: number): SampledState {
  const t = Math.max(0, Math.min(timeline.duration, time));
  const tracks = timeline.tracks as readonly Track[];
  const index = stepAt(timeline, t);
  const step = timeline.steps[index];
  const values = sampleValues(tracks, t);
  const value = (key: string, fallback = 0) => values.get(key) ?? fallback;
  const devices: DeviceState[] = [];
  const contrast: Record<string, [number, number]> = {};
  const highlight = new Set<string>();
  const dim = new Set<string>();
  let flow: SampledState['flow'] = { active: false, phase: 0, into: null };
  let base: Extract<Track, { type: 'base' }> | undefined;
  for (const k of tracks) {
    if (k.type === 'base') base = k;
    else if (k.type === 'device' && k.appear < t && (k.gone === null || t < k.gone)) {
      const [tip, tail] = [value(`tip:${k.id}`), value(`tail:${k.id}`)];
      const extra: Pick<DeviceState, 'inflation' | 'effacement' | 'deploy'> =
        drawsAs(k.kind) === 'balloon-catheter'
          ? { inflation: value(`inflation:${k.id}`), effacement: value(`effacement:${k.id}`) }
          : drawsAs(k.kind) === 'stent'
            ? { deploy: value(`deploy:${k.id}`) }
            : {};
      devices.push({
        id: k.id,
        kind: k.kind,
        route: k.route,
        tip,
        tail,
        curl: value(`curl:${k.id}`),
        opacity: value(`opacity:${k.id}`, 1),
        ...extra,
      });
    } else if (k.type === 'contrast' && k.start < t) {
      fillAt(k.plan, k.from + (k.to - k.from) * progress(k.start, k.end, t), contrast);
    } else if (k.type === 'flow' && k.start < t && (k.end === undefined || t < k.end)) {
      flow = { active: true, phase: ((t - k.start) % FLOW_PERIOD_MS) / FLOW_PERIOD_MS, into: k.into };
    } else if ((k.type === 'highlight' || k.type === 'dim') && k.start < t && t <= k.end) {
      for (const id of k.ids) (k.type === 'highlight' ? highlight : dim).add(id);
    }
  }
  const dilation: Record<string, number> = {};
  for (const [key, v] of values) if (key.startsWith('dilation:')) dilation[key.slice(9)] = v;
  // An organ cavity's fill (0–1) shares the contrast map: [0, level].
  for (const [key, v] of values) if (key.startsWith('cavity:') && v > 0) contrast[key.slice(7)] = [0, v];
  const washout: Record<string, number> = {};
  const pool: Record<string, number> = {};
  for (const [key, v] of values) if (key.startsWith('washout:') && v > 0) washout[key.slice(8)] = v;
  for (const [key, v] of values) if (key.startsWith('pool:') && v > 0) pool[key.slice(5)] = v;
  const distension = value('distension');
  const camera = sampleCamera(timeline, index, t);
  const film = step && step.camera !== filmPresetOf(step.camera) ? sampleCamera(timeline, index, t, true) : undefined;
  return {
    step: index,
    stepProgress: step ? progress(step.start, step.end, t) : 0,
    camera,
    ...(film && { filmCamera: film }),
    dilation,
    defaultDilation: base?.defaultDilation ?? 0,
    gallbladder: distension >= 0.5 ? 'distended' : 'normal',
    distension,
    devices,
    contrast,
    washout,
    pool,
    obstruction: base?.obstruction ?? null,
    lesions: (base?.lesions ?? []).map((l, i) => ({ ...l, patency: value(`patency:${i}`, l.patency) })),
    ...(base?.stones.length && { stones: base.stones }),
    ...(base?.inflamed && { inflamed: true }),
    flow,
    bag: value('bag'),
    highlight: [...highlight],
    dim: [...dim],
    reveal: step?.reveal ?? [],
    labels: step?.labels ?? [],
    guidance: step?.guidance ?? 'none',
    framing: step?.camera,
    stent: timeline.stent,
    focus: step?.devices ?? [],
  };
}
