import type { Point } from '../model/anatomy-schema.js';
import { pointAtLength } from '../model/geometry.js';
import type { Anatomy } from '../model/parse-anatomy.js';
import type { DeviceState } from '../timeline/timeline-types.js';
import { centimetres, measurement, type Measurement, type MeasureSpan } from './measure-marks.js';
import type { SceneFrame } from './scene-frame.js';
import { tubeWidth } from './structure-paths.js';
import type { SceneLabel, ScenePath } from './scene-types.js';

/** Tick length at each bracket end, CSS px. */
const TICK_PX = 5;

/** Where a measurement is drawn: beside the duct on the viewer's left, `offset` units off the route. */
interface Placement {
  readonly offset: number;
  readonly ppu: number;
}

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

/** One bracket: a thin line parallel to the route with a tick toward the duct at both ends. */
function bracket(m: Measurement, span: MeasureSpan, p: Placement): string {
  const tick = TICK_PX / p.ppu;
  const n = Math.max(2, Math.ceil((span.to - span.from) / 6));
  const line = Array.from({ length: n + 1 }, (_, k) =>
    beside(m, span.from + ((span.to - span.from) * k) / n, p.offset),
  );
  const [a, b] = [beside(m, span.from, p.offset - tick), beside(m, span.to, p.offset - tick)];
  const pts = (ps: readonly Point[]) => ps.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L');
  return `M${pts([a, ...line, b])}`;
}

/** Thin brackets for the stricture and the margin at each end, beside the duct (never over it). Pure. */
export function measurePaths(m: Measurement, offset: number, ppu: number): ScenePath[] {
  // A small gap between brackets keeps the three stretches apart where their ticks meet.
  const gap = 1.5 / ppu;
  return m.spans.map((s) => ({
    id: `measure-${s.part}`,
    structureId: 'lesion',
    layer: 'markers',
    tone: 'reference',
    paint: s.part === 'stricture' ? 'measure' : 'measure-margin',
    d: bracket(m, { ...s, from: s.from + gap, to: s.to - gap }, { offset, ppu }),
    dashed: false,
  }));
}

/**
 * Small numerals beside each bracket's middle: the stricture's length, and each margin's
 * (the brief gives 1–2 cm unverified: the caption says "typically", the bracket is dashed), right-aligned at `left` units or further right.
 * Clinician drawings only.
 */
export function measureNumerals(m: Measurement, offset: number, ppu: number, size: number, left: number): SceneLabel[] {
  return m.spans.map((s) => {
    const [x, y] = beside(m, (s.from + s.to) / 2, offset + 4 / ppu);
    // Figures only, so nothing here needs translating; the step caption calls the margin typical.
    const text = centimetres(s.to - s.from);
    // Kept inside the frame's left edge (`left`, units) on a phone: about 0.6 em a character.
    const inside = left + text.length * size * 0.6 + 3 / ppu;
    return {
      id: `measure-${s.part}`,
      structureId: 'lesion',
      kind: 'numeral',
      text,
      x: Math.max(x, inside),
      y: y + size * 0.36,
      align: 'end',
      size,
      leader: null,
    };
  });
}

/**
 * A frame's measurement and how far beside the route its brackets run, units: clear of the
 * widest dilated lesion duct and its tumour sleeve (10 u), plus 6 px. Null when nothing is measured.
 */
export function measureLayout(
  anatomy: Anatomy,
  devices: readonly DeviceState[],
  frame: Pick<SceneFrame, 'lesions' | 'stateOf' | 'ppu'>,
): { m: Measurement; offset: number } | null {
  const m = measurement(anatomy, devices, frame.lesions);
  if (!m) return null;
  const widths = frame.lesions.flatMap((l) => {
    const duct = anatomy.byId.get(l.duct);
    if (!duct) return [];
    const state = { ...frame.stateOf(duct.id), narrow: [] };
    return [0, 0.25, 0.5, 0.75, 1].map((f) => tubeWidth(duct, f, state));
  });
  return { m, offset: Math.max(0, ...widths) / 2 + 10 + 6 / frame.ppu };
}
