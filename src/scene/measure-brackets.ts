import type { Point } from '../model/anatomy-schema.js';
import type { Anatomy } from '../model/parse-anatomy.js';
import type { DeviceState } from '../timeline/timeline-types.js';
import { nearestTable } from '../model/arc-table.js';
import { pointAtLength, polylineLength, sampleSpline } from '../model/geometry.js';
import type { DeviceContext } from './devices/device-context.js';
import { tubeWidth } from './structure-paths.js';
import { chosenStentLength } from '../model/stent-length.js';
import { measurement, plannedLength, toCm, type Measurement, type MeasureSpan } from './measure-marks.js';
import type { SceneFrame } from './scene-frame.js';
import { ENGLISH_WORDS, type SceneWords } from './scene-words.js';
import type { SceneLabel, ScenePath } from './scene-types.js';

/** Tick length at each bracket end, CSS px. */
const TICK_PX = 5;
/** Clear space between the drawn duct's edge and the brackets, CSS px. */
const BESIDE_PX = 6;

/** Unit normal of the route at `arc`, turned to the viewer's left, so every bracket sits on one side. */
function leftNormal(route: readonly Point[], arc: number): { at: Point; n: Point } {
  const { point, tangent } = pointAtLength(route, arc);
  const n: Point = [-tangent[1], tangent[0]];
  return { at: point, n: n[0] > 0 ? [-n[0], -n[1]] : n };
}

const beside = (m: Measurement, arc: number, by: number): Point => {
  const { at, n } = leftNormal(m.route, arc);
  return [at[0] + n[0] * by, at[1] + n[1] * by];
};

/**
 * A bracket's line beside the route: it starts level with the span's start and runs exactly the span's
 * length (a parallel curve on a bend is shorter or longer than the route, so it is walked, not copied).
 */
export function bracketLine(m: Measurement, span: MeasureSpan, offset: number): Point[] {
  const want = span.to - span.from;
  const out: Point[] = [beside(m, span.from, offset)];
  let walked = 0;
  for (let s = span.from + 1; walked < want && s < span.to + want; s += 1) {
    const p = beside(m, s, offset);
    const last = out[out.length - 1]!;
    const step = Math.hypot(p[0] - last[0], p[1] - last[1]);
    if (walked + step >= want) {
      const k = (want - walked) / step;
      out.push([last[0] + (p[0] - last[0]) * k, last[1] + (p[1] - last[1]) * k]);
      return out;
    }
    walked += step;
    out.push(p);
  }
  return out;
}

/** One bracket: its line, with a tick toward the duct at both ends. */
function bracket(m: Measurement, span: MeasureSpan, offset: number, ppu: number): string {
  const line = bracketLine(m, span, offset);
  const tick = (p: Point, arc: number): Point => {
    const { n } = leftNormal(m.route, arc);
    return [p[0] - (n[0] * TICK_PX) / ppu, p[1] - (n[1] * TICK_PX) / ppu];
  };
  const ends = [tick(line[0]!, span.from), tick(line[line.length - 1]!, span.to)];
  const pts = (ps: readonly Point[]) => ps.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L');
  return `M${pts([ends[0]!, ...line, ends[1]!])}`;
}

/** Thin brackets for the stricture and the stretch at each end, right beside the duct (never over it). Pure. */
export function measurePaths(m: Measurement, offsets: readonly number[], ppu: number): ScenePath[] {
  return m.spans.map((s, i) => ({
    id: `measure-${s.part}`,
    structureId: 'lesion',
    layer: 'markers',
    tone: 'reference',
    paint: s.part === 'stricture' ? 'measure' : 'measure-margin',
    d: bracket(m, s, offsets[i]!, ppu),
    dashed: false,
  }));
}

/** Figures with `digits` decimals in a language's format; English's for a tag Intl does not know. */
function numberFormat(locale: string, digits: number): Intl.NumberFormat {
  const options = { minimumFractionDigits: digits, maximumFractionDigits: digits };
  try {
    return new Intl.NumberFormat(locale, options);
  } catch {
    return new Intl.NumberFormat('en', options);
  }
}

/** A template's `{0}`, `{1}` … filled in. */
const fill = (template: string, ...values: string[]) =>
  template.replace(/\{(\d)\}/g, (_, i: string) => values[+i] ?? '');

/**
 * The figures beside each bracket's middle, with the unit, in the language's number format ("1.5 cm",
 * "1,5 cm"; the stub across the papilla "0.7 cm into D2"), and above the top bracket the sum of the three and
 * the stent ordered for it: the shortest length the `stent` type comes in that covers the sum. Right-aligned at
 * `left` units or further right. Clinician drawings only.
 */
export function measureNumerals(
  m: Measurement,
  offsets: readonly number[],
  ppu: number,
  size: number,
  left: number,
  words: SceneWords = ENGLISH_WORDS,
  stent?: string,
): SceneLabel[] {
  const w = words.measure;
  const number = numberFormat(w.locale, 1);
  const cm = (units: number) => fill(w.cm, number.format(toCm(units)));
  // Kept inside the frame's left edge (`left`, units): about 0.6 em a character.
  const inside = (text: string) => left + text.length * size * 0.6 + 3 / ppu;
  const label = (id: string, text: string, at: Point): SceneLabel => ({
    id,
    structureId: 'lesion',
    kind: 'numeral',
    text,
    x: Math.max(at[0], inside(text)),
    y: at[1] + size * 0.36,
    align: 'end',
    size,
    leader: null,
  });
  const figure = (s: MeasureSpan) =>
    s.part === 'below' && m.end === 'transpapillary'
      ? fill(w.into, number.format(toCm(s.to - s.from)))
      : cm(s.to - s.from);
  const figures = m.spans.map((s, i) =>
    label(`measure-${s.part}`, figure(s), beside(m, (s.from + s.to) / 2, offsets[i]! + 4 / ppu)),
  );
  const first = m.spans[0]!;
  const ordered = numberFormat(w.locale, 0).format(toCm(chosenStentLength(plannedLength(m), stent)));
  const parts = m.spans.map((s) => number.format(toCm(s.to - s.from)));
  // Above the top bracket: below the lowest one the route turns across into the duodenum.
  const head = beside(m, first.from, offsets[0]! + 4 / ppu);
  const sum = [fill(w.sum, ...parts, number.format(toCm(plannedLength(m)))), fill(w.stent[m.end], ordered)];
  // Only where the sum fits beside the brackets: pushed right it would run over the duct (a phone's caption says it).
  const lines = [
    label('measure-sum', sum[0]!, [head[0], head[1] - size * 2.9]),
    label('measure-stent', sum[1]!, [head[0], head[1] - size * 1.6]),
  ];
  // Only where the sum, kept inside the frame, stays clear of the route (a phone's caption says it instead).
  const route = Array.from(
    { length: Math.ceil(polylineLength(m.route) / 3) + 1 },
    (_, k) => pointAtLength(m.route, k * 3).point,
  );
  const clear = lines.every((l) => route.every(([x, y]) => Math.abs(y - l.y + size * 0.36) > size || x - l.x > size));
  return clear ? [...figures, ...lines] : figures;
}

/** A duct's smooth spine, sampled once: centrelines never change. */
const spines = new WeakMap<
  readonly Point[],
  { line: Point[]; length: number; near: ReturnType<typeof nearestTable> }
>();
function spineOf(centerline: readonly Point[]) {
  let spine = spines.get(centerline);
  if (!spine) {
    const line = sampleSpline(centerline, 6);
    spines.set(centerline, (spine = { line, length: polylineLength(line), near: nearestTable(line) }));
  }
  return spine;
}

/** How far to the left of the route at arc s the drawn ducts around it reach, units (0 outside every duct). */
function leftEdge(m: Measurement, s: number, ctx: DeviceContext): number {
  const { at, n } = leftNormal(m.route, s);
  let reach = 0;
  for (const st of ctx.anatomy.structures) {
    if (st.kind !== 'duct' || st.shape.type !== 'tube') continue;
    const spine = spineOf(st.shape.centerline);
    const near = spine.near(at);
    // The duct's outline as drawn around a stricture (its lumen narrows inside it), so a bracket never crosses it.
    const half = tubeWidth(st, near.arc / (spine.length || 1), { ...ctx.stateOf(st.id), narrow: [] }) / 2;
    if (near.distance > half) continue;
    const c = pointAtLength(spine.line, near.arc).point;
    reach = Math.max(reach, (c[0] - at[0]) * n[0] + (c[1] - at[1]) * n[1] + half);
  }
  return reach;
}

/**
 * A frame's measurement and how far beside the route each bracket runs, units: just clear of the drawn
 * ducts' left edge along its own stretch (a stretch outside the ducts, in the duodenum, keeps the one before). Null
 * when nothing is measured.
 */
export function measureLayout(
  anatomy: Anatomy,
  devices: readonly DeviceState[],
  frame: Pick<SceneFrame, 'lesions' | 'stateOf' | 'ppu'>,
): { m: Measurement; offsets: number[] } | null {
  const ctx = { anatomy, lesions: frame.lesions, stateOf: frame.stateOf };
  const m = measurement(devices, ctx);
  if (!m) return null;
  const offsets: number[] = [];
  for (const span of m.spans) {
    let widest = 0;
    // Inset from the ends: a stricture's bracket clears its own narrow lumen, not the shoulder above it.
    const inset = Math.min(10, (span.to - span.from) / 4);
    for (let s = span.from + inset; s <= span.to - inset; s += 3) {
      widest = Math.max(widest, leftEdge(m, s, ctx));
    }
    offsets.push(widest > 0 ? widest + BESIDE_PX / frame.ppu : (offsets.at(-1) ?? BESIDE_PX / frame.ppu));
  }
  return { m, offsets };
}
