import stents from '../../../data/stents.json';
import type { Point } from '../../model/anatomy-schema.js';
import { UNITS_PER_MM, deviceWidth } from '../../model/device-specs.js';
import { pointAtLength } from '../../model/geometry.js';
import type { DeviceState } from '../../timeline/timeline-types.js';
import type { SceneDevicePart } from '../scene-types.js';
import { polygonPath, tubeFrame, type TubeFrame } from '../tube-outline.js';
import { ductWidthAt, lesionsOnRoute, type DeviceContext } from './device-context.js';
import { partsOf, circlesPath, linePath } from './device-path.js';

type StentType = 'mesh' | 'z' | 'spiral' | 'plastic';
const FACTS = stents as unknown as Record<StentType, { openMm: number; shortening: number }>;

/** Where a stent lies along its route and how wide it is at each point. */
export interface StentGeometry {
  readonly proximal: number;
  readonly distal: number;
  /** Arc length where the released (open) part begins; the part before it is still constrained. */
  readonly openFrom: number;
  readonly widthAt: (s: number) => number;
}

/**
 * Self-expanding stents open from the distal end as the sheath retracts. A
 * braided (mesh) stent shortens as it widens, so its proximal end slides
 * distally; Z and spiral stents keep their length; plastic never expands.
 */
export function stentGeometry(device: DeviceState, ctx: DeviceContext, ppu: number): StentGeometry {
  const type = device.kind.replace('stent-', '') as StentType;
  const facts = FACTS[type];
  const length = Math.max(0, device.tip - device.tail);
  const f = type === 'plastic' ? 1 : Math.max(0, Math.min(1, device.deploy ?? 0));
  const released = f * length * (1 - facts.shortening);
  const distal = device.tip;
  const openFrom = distal - released;
  const proximal = openFrom - (1 - f) * length;
  const closed = deviceWidth(device.kind, ppu);
  const lesions = lesionsOnRoute(device.route, ctx);
  const widthAt = (s: number) => {
    if (type === 'plastic') return closed;
    if (s < openFrom) return closed * 0.8;
    // Never wider than the drawn duct; a tight stricture keeps a waist.
    const duct = ductWidthAt(device.route, s, ctx);
    let open = Math.min(facts.openMm * UNITS_PER_MM, duct * 0.94);
    for (const l of lesions) if (s > l.from && s < l.to) open = Math.min(open, Math.max(closed, duct * l.patency));
    // The freshly released end flares open over about 4 mm.
    const cone = Math.max(0, Math.min(1, (s - openFrom) / 12));
    return closed * 0.8 + (open - closed * 0.8) * cone;
  };
  return { proximal, distal, openFrom, widthAt };
}

/** Device kinds that are stents (the delivery sheath is not). */
export const STENT_KINDS: ReadonlySet<string> = new Set(['stent-mesh', 'stent-z', 'stent-spiral', 'stent-plastic']);

/** Scene parts for a stent: its outline, its wire pattern and end markers. */
export function stentParts(device: DeviceState, ctx: DeviceContext, ppu: number): SceneDevicePart[] {
  if (device.opacity <= 0 || !STENT_KINDS.has(device.kind)) return [];
  const type = device.kind.replace('stent-', '') as StentType;
  const g = stentGeometry(device, ctx, ppu);
  if (g.distal - g.proximal < 1) return [];
  const span = g.distal - g.proximal;
  // Resample every 2 units so wire patterns have a fixed pitch in scene units.
  const count = Math.max(2, Math.ceil(span / 2));
  const line = Array.from(
    { length: count + 1 },
    (_, k) => pointAtLength(device.route, g.proximal + (k / count) * span).point,
  );
  const frame = tubeFrame(line, (f) => g.widthAt(g.proximal + f * span), 1);
  const at = (f: number) => g.proximal + f * span;
  const part = partsOf(device);
  const outline = edges(frame);
  const ends = [pointAtLength(device.route, g.proximal).point, pointAtLength(device.route, g.distal).point];
  if (type === 'plastic') {
    return [
      part('casing', linePath(line), g.widthAt(g.distal)),
      part('core', linePath(line), g.widthAt(g.distal) * 0.55),
      part('flaps', flaps(frame), 0),
      part('holes', circlesPath(plasticHoles(device, g), g.widthAt(g.distal) * 0.18), 0),
      part('marker', circlesPath(ends, g.widthAt(g.distal) * 0.35), 0),
    ];
  }
  const open = (f: number) => at(f) >= g.openFrom;
  const pattern =
    type === 'mesh'
      ? meshPattern(frame, open)
      : type === 'z'
        ? zPattern(frame, span, open)
        : spiralPattern(frame, span);
  return [
    part('stent-body', `${linePath(outline)}Z`, 0),
    part('stent-wire', pattern, 0),
    part('marker', circlesPath(ends, 2.6), 0),
  ];
}

/** Closed outline from a frame: left edge forward, right edge back. */
function edges({ spine, normals, halves }: TubeFrame): Point[] {
  const side = (sign: 1 | -1) =>
    spine.map((p, i): Point => [p[0] - sign * normals[i]![1] * halves[i]!, p[1] + sign * normals[i]![0] * halves[i]!]);
  return [...side(1), ...side(-1).reverse()];
}

/** Point across the tube at sample i: u = −1 (one wall) … 1 (the other). */
function across({ spine, normals, halves }: TubeFrame, i: number, u: number): Point {
  const p = spine[i]!;
  const [tx, ty] = normals[i]!;
  return [p[0] - ty * halves[i]! * u, p[1] + tx * halves[i]! * u];
}

/**
 * Two families of helical wires crossing at about 45°: the braided diamond
 * mesh. Each wire crosses the tube in about one tube width; several wires per
 * family (offset along the tube) make the diamonds. Constrained, they lie flat.
 */
function meshPattern(frame: TubeFrame, open: (f: number) => boolean): string {
  const n = frame.spine.length;
  const paths: string[] = [];
  const wires = 3;
  for (const phase of [1, -1] as const) {
    for (let w = 0; w < wires; w++) {
      const pts: Point[] = [];
      for (let i = 0; i < n; i++) {
        const pitch = Math.max(3, frame.halves[i]!); // samples are 2 u apart: one crossing per width
        const x = (i + (w * 2 * pitch) / wires) / pitch;
        const tri = 1 - 2 * Math.abs((x % 2) - 1); // −1 … 1 triangle wave
        pts.push(across(frame, i, open(i / (n - 1)) ? phase * tri : phase * tri * 0.15));
      }
      paths.push(linePath(pts));
    }
  }
  return paths.join('');
}

/** Short zig-zag (W) rings linked end to end; a ring is open once the sheath has passed it. */
function zPattern(frame: TubeFrame, span: number, open: (f: number) => boolean): string {
  const n = frame.spine.length;
  const rings = Math.max(1, Math.round(span / 22));
  const out: string[] = [];
  for (let r = 0; r < rings; r++) {
    const i0 = Math.round((r / rings) * (n - 1));
    const i1 = Math.max(i0, Math.round(((r + 0.8) / rings) * (n - 1)));
    const isOpen = open(i1 / (n - 1));
    const pts: Point[] = [];
    const bends = 8;
    for (let j = 0; j <= bends; j++)
      pts.push(across(frame, j % 2 ? i1 : i0, (isOpen ? 1 : 0.25) * (-1 + (2 * j) / bends)));
    out.push(linePath(pts));
    // A short link to the next ring along one wall.
    if (r < rings - 1)
      out.push(
        linePath([
          across(frame, i1, isOpen ? 0.98 : 0.25),
          across(frame, Math.round(((r + 1) / rings) * (n - 1)), isOpen ? 0.98 : 0.25),
        ]),
      );
  }
  return out.join('');
}

/** One zig-zag wire wound as a helix: the projected coil with small bends along it. */
function spiralPattern(frame: TubeFrame, span: number): string {
  const n = frame.spine.length;
  const turns = Math.max(2, Math.round(span / 22));
  const pts: Point[] = [];
  for (let i = 0; i < n; i++) {
    const f = i / (n - 1);
    const u = Math.sin(f * turns * 2 * Math.PI) * 0.96 + (i % 2 ? 0.06 : -0.06);
    pts.push(across(frame, i, Math.max(-1, Math.min(1, u))));
  }
  return linePath(pts);
}

/** Side holes near both ends of a plastic stent. */
function plasticHoles(device: DeviceState, g: StentGeometry): Point[] {
  const at = (s: number) => pointAtLength(device.route, s).point;
  return [10, 22, 34].flatMap((d) => [at(g.proximal + d), at(g.distal - d)]);
}

/** Small anchoring flaps at both ends of a plastic stent. */
function flaps(frame: TubeFrame): string {
  const n = frame.spine.length;
  const flap = (i: number, toward: number): string => {
    const base = across(frame, i, 1);
    const j = Math.max(0, Math.min(n - 1, i + toward));
    const tipPt = across(frame, j, 2.4);
    const back = across(frame, Math.max(0, Math.min(n - 1, i + toward * 2)), 1);
    return polygonPath([base, tipPt, back]);
  };
  return flap(2, 2) + flap(n - 3, -2);
}
