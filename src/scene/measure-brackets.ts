import type { Point } from '../model/anatomy-schema.js';
import type { Anatomy } from '../model/parse-anatomy.js';
import type { DeviceState } from '../timeline/timeline-types.js';
import { arcTable, nearestTable } from '../model/arc-table.js';
import { pointAtLength, polylineLength, sampleSpline, distance } from '../model/geometry.js';
import type { DeviceContext } from './devices/device-context.js';
import { tubeWidth } from './structure-paths.js';
import { chosenStentLength } from '../model/stent-length.js';
import { measurement, plannedLength, toCm, type Measurement, type MeasureSpan } from './measure-marks.js';
import type { SceneFrame } from './scene-frame.js';
import { ENGLISH_WORDS, type SceneWords } from './scene-words.js';
import { momentKey } from './moment-key.js';
import type { SceneLabel, ScenePath } from './scene-types.js';
import { textEms } from './text-ems.js';

/** Tick length at each bracket end, CSS px. */
const TICK_PX = 5;
/** Clear space between the drawn duct's edge and the brackets, CSS px (a reader sees the bracket belongs to it). */
const BESIDE_PX = 9;

/**
 * One straight bracket beside the route: its two ends (the first level with the span's start) and the unit normal
 * turned away from the duct, toward the viewer's left.
 */
export interface Bracket {
  readonly from: Point;
  readonly to: Point;
  readonly n: Point;
}

/** Unit normal of the route at `arc`, turned to the viewer's left, so every bracket sits on one side. */
function leftNormal(route: readonly Point[], arc: number): { at: Point; n: Point } {
  const { point, tangent } = pointAtLength(route, arc);
  const n: Point = [-tangent[1], tangent[0]];
  return { at: point, n: n[0] > 0 ? [-n[0], -n[1]] : n };
}

const along = (p: Point, v: Point, by: number): Point => [p[0] + v[0] * by, p[1] + v[1] * by];

/** One bracket: its straight line, with a tick toward the duct at both ends. */
function bracketPath(b: Bracket, ppu: number): string {
  const tick = (p: Point) => along(p, b.n, -TICK_PX / ppu);
  const pts = (ps: readonly Point[]) => ps.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L');
  return `M${pts([tick(b.from), b.from, b.to, tick(b.to)])}`;
}

/** Thin straight brackets for the stricture and the stretch at each end, right beside the duct (never over it). Pure. */
export function measurePaths(m: Measurement, brackets: readonly Bracket[], ppu: number): ScenePath[] {
  return m.spans.map((s, i) => ({
    id: `measure-${s.part}`,
    structureId: 'lesion',
    layer: 'markers',
    tone: 'reference',
    paint: s.part === 'stricture' ? 'measure' : 'measure-margin',
    d: bracketPath(brackets[i]!, ppu),
    dashed: false,
  }));
}

/** Formats made so far, by language and decimals: each takes about 20 µs to make (a page's first, 12 ms). */
const formats = new Map<string, Intl.NumberFormat>();

/** Figures with `digits` decimals in a language's format; English's for a tag Intl does not know. */
function numberFormat(locale: string, digits: number): Intl.NumberFormat {
  const key = `${locale}|${digits}`;
  let format = formats.get(key);
  if (!format) {
    const options = { minimumFractionDigits: digits, maximumFractionDigits: digits };
    try {
      format = new Intl.NumberFormat(locale, options);
    } catch {
      format = new Intl.NumberFormat('en', options);
    }
    formats.set(key, format);
  }
  return format;
}

/** A template's `{0}`, `{1}` … filled in. */
const fill = (template: string, ...values: string[]) =>
  template.replace(/\{(\d)\}/g, (_, i: string) => values[+i] ?? '');

/**
 * The figures beside each bracket's middle, with the unit, in the language's number format ("1.5 cm
 * margin", "2,8 cm de estenosis"; the stub across the papilla "0.7 cm into D2"), and above the top bracket the sum of the three and
 * the stent ordered for it: the shortest length the `stent` type comes in that covers the sum. Right-aligned at
 * `left` units or further right. Clinician drawings only.
 */
export function measureNumerals(
  m: Measurement,
  brackets: readonly Bracket[],
  ppu: number,
  size: number,
  left: number,
  words: SceneWords = ENGLISH_WORDS,
  stent?: string,
): SceneLabel[] {
  const w = words.measure;
  const number = numberFormat(w.locale, 1);
  // Kept inside the frame's left edge (`left`, units): about 0.6 em a Latin character, a full em a Han one.
  const inside = (text: string) => left + textEms(text) * size * 0.6 + 3 / ppu;
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
    fill(
      s.part === 'stricture' ? w.stricture : s.part === 'below' && m.end === 'transpapillary' ? w.into : w.margin,
      number.format(toCm(s.to - s.from)),
    );
  const figures = m.spans.map((s, i) => {
    const b = brackets[i]!;
    const mid: Point = [(b.from[0] + b.to[0]) / 2, (b.from[1] + b.to[1]) / 2];
    return label(`measure-${s.part}`, figure(s), along(mid, b.n, 4 / ppu));
  });
  const ordered = numberFormat(w.locale, 0).format(toCm(chosenStentLength(plannedLength(m), stent)));
  const parts = m.spans.map((s) => number.format(toCm(s.to - s.from)));
  // Above the top bracket: below the lowest one the route turns across into the duodenum.
  const head = along(brackets[0]!.from, brackets[0]!.n, 4 / ppu);
  const sum = [fill(w.sum, ...parts, number.format(toCm(plannedLength(m)))), fill(w.stent[m.end], ordered)];
  // Only where the sum fits beside the brackets: pushed right it would run over the duct (a phone's caption says it).
  const lines = [
    label('measure-sum', sum[0]!, [head[0], head[1] - size * 2.9]),
    label('measure-stent', sum[1]!, [head[0], head[1] - size * 1.6]),
  ];
  // Only where the sum, kept inside the frame, stays clear of the route (a phone's caption says it instead).
  const at = arcTable(m.route);
  const route = Array.from({ length: Math.ceil(polylineLength(m.route) / 3) + 1 }, (_, k) => at(k * 3).point);
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

/** How far a bracket may lean off its stretch's chord to lie along the duct's edge, degrees either way. */
const LEAN_DEG = 15;

/**
 * The straight line closest along `edge` (points of the ducts' left edge) from the viewer's left, within
 * `LEAN_DEG` of the direction `d`: its unit direction, its left normal and its offset along that normal from `p0`.
 */
function hugging(edge: readonly Point[], p0: Point, d: Point): { d: Point; n: Point; offset: number } {
  let best = { d, n: d, offset: 0, slack: Infinity };
  for (let deg = -LEAN_DEG; deg <= LEAN_DEG; deg += 1) {
    const a = (deg * Math.PI) / 180;
    const dir: Point = [d[0] * Math.cos(a) - d[1] * Math.sin(a), d[0] * Math.sin(a) + d[1] * Math.cos(a)];
    const n: Point = dir[1] > 0 ? [-dir[1], dir[0]] : [dir[1], -dir[0]];
    const across = edge.map((b) => (b[0] - p0[0]) * n[0] + (b[1] - p0[1]) * n[1]);
    const offset = Math.max(...across);
    const slack = across.reduce((sum, x) => sum + offset - x, 0);
    if (slack < best.slack - 1e-9) best = { d: dir, n, offset, slack };
  }
  return best;
}

/**
 * A frame's measurement and its brackets: each a straight line as long as its span, leaning along the drawn
 * ducts' left edge beside its own stretch, just clear of it (a stretch outside the ducts, in the duodenum, stands
 * as far from the route as the one before). Null when nothing is measured.
 */
export function measureLayout(
  anatomy: Anatomy,
  devices: readonly DeviceState[],
  frame: Pick<SceneFrame, 'lesions' | 'stateOf' | 'ppu'>,
): { m: Measurement; brackets: Bracket[] } | null {
  // The overlays and the labels both ask each frame, and the answer holds while the catheter, the lesions and the
  // ducts do (a stent opening beside the marker catheter changes none of them). The second asker of a frame passes
  // the same frame and devices: no key is needed.
  const kept = layouts.get(anatomy);
  if (kept?.frame === frame && kept.devices === devices) return kept.layout;
  const key = momentKey([
    devices.filter((d) => d.kind === 'marker-catheter'),
    frame.lesions,
    frame.ppu,
    anatomy.structures.flatMap((s) => (s.kind === 'duct' ? [frame.stateOf(s.id)] : [])),
  ]);
  const layout = kept?.key === key ? kept.layout : layoutOf(anatomy, devices, frame);
  layouts.set(anatomy, { key, frame, devices, layout });
  return layout;
}

/** The last layout per anatomy, what it was made from, and the frame and devices it was last asked for. */
const layouts = new WeakMap<
  Anatomy,
  { key: string; frame: object; devices: readonly DeviceState[]; layout: ReturnType<typeof layoutOf> }
>();

function layoutOf(
  anatomy: Anatomy,
  devices: readonly DeviceState[],
  frame: Pick<SceneFrame, 'lesions' | 'stateOf' | 'ppu'>,
): { m: Measurement; brackets: Bracket[] } | null {
  const ctx = { anatomy, lesions: frame.lesions, stateOf: frame.stateOf };
  const m = measurement(devices, ctx);
  if (!m) return null;
  const brackets: Bracket[] = [];
  let reach = 0;
  for (const span of m.spans) {
    const p0 = pointAtLength(m.route, span.from).point;
    const p1 = pointAtLength(m.route, span.to).point;
    const chord = distance(p1, p0) || 1;
    const sides: { at: Point; n: Point; r: number }[] = [];
    for (let s = span.from; s <= span.to; s += 3) sides.push({ ...leftNormal(m.route, s), r: leftEdge(m, s, ctx) });
    const inside = sides.some((e) => e.r > 0);
    if (inside) reach = Math.max(...sides.map((e) => e.r));
    const edge = sides.map((e) => along(e.at, e.n, inside ? e.r : reach));
    const line = hugging(edge, p0, [(p1[0] - p0[0]) / chord, (p1[1] - p0[1]) / chord]);
    // Level with the middle of the stretch, on the line.
    const c: Point = [(p0[0] + p1[0]) / 2, (p0[1] + p1[1]) / 2];
    const off = line.offset + BESIDE_PX / frame.ppu - ((c[0] - p0[0]) * line.n[0] + (c[1] - p0[1]) * line.n[1]);
    const mid = along(c, line.n, off);
    const half = (span.to - span.from) / 2;
    brackets.push({ from: along(mid, line.d, -half), to: along(mid, line.d, half), n: line.n });
  }
  return { m, brackets };
}
