import type { Point, Structure } from '../model/anatomy-schema.js';
import type { Camera, SceneLabel } from './scene-types.js';
import { insidePolygon, hypot, distance } from '../model/geometry.js';
import { segmentGap } from '../model/segment-gap.js';
import { labelAnchor, visiblePoints } from './label-anchor.js';
import { segmentsCross as crosses } from '../model/segments-cross.js';
import { apart, lineBounds } from './line-bounds.js';
import { LABEL_LINE_HEIGHT } from './label-style.js';
import { wrapName } from './wrap-name.js';
import { LANDMARKS } from '../model/landmarks.js';
import { resample } from './contrast-paths.js';
import { isDeviceLabel } from './device-label-id.js';
import { textEms } from './text-ems.js';

type Box = { x0: number; y0: number; x1: number; y1: number };
type Align = SceneLabel['align'];

/**
 * Text box of a label whose (first) baseline anchor is (x, y), one line or several. Widths are estimated (no DOM
 * below render/).
 */
function textBox(text: string | readonly string[], x: number, y: number, align: Align, size: number): Box {
  const lines = typeof text === 'string' ? [text] : text;
  // Wide enough for the widest engine's default sans (Firefox's runs a few per cent wider than Chromium's).
  const w = (Math.max(...lines.map(textEms)) + 0.6) * size * 0.66;
  const x0 = align === 'start' ? x : align === 'end' ? x - w : x - w / 2;
  return { x0, y0: y - size * 0.95, x1: x0 + w, y1: y + size * (0.3 + (lines.length - 1) * LABEL_LINE_HEIGHT) };
}

/** A placed label's text box. */
const labelBox = (l: SceneLabel) => textBox(l.lines ?? l.text, l.x, l.y, l.align, l.size);

/** Most lines a selected structure's name may wrap onto. */
const MOST_LINES = 3;

/** Font sizes between two labels' glyphs under which they read as one group of names (issue 8: label piles). */
const GROUP_GAP = 3;

/**
 * Whether two labels' text boxes (as estimated, a little wider than the glyphs) read as one group of names: less
 * than GROUP_GAP font sizes apart in any direction.
 */
function together(a: Box, b: Box, size: number): boolean {
  const dx = Math.max(a.x0 - b.x1, b.x0 - a.x1, 0);
  const dy = Math.max(a.y0 - b.y1, b.y0 - a.y1, 0);
  return hypot(dx, dy) < size * GROUP_GAP;
}

/**
 * Font sizes kept between two names stacked one above the other (their boxes side by side in x): closer, two names
 * read as one two-line name, and a reader may give the lower one's leader to the upper (round 8: "L hepatic duct"
 * 4 px over "Common hepatic duct").
 */
const STACK_GAP = 0.6;

/** Whether two boxes come within `pad` of each other, or within `stack` in y where they stand one above the other. */
const overlaps = (a: Box, b: Box, pad: number, stack: number) => {
  const rows = a.x0 < b.x1 && b.x0 < a.x1 ? Math.max(pad, stack) : pad;
  return a.x0 - pad < b.x1 && b.x0 - pad < a.x1 && a.y0 - rows < b.y1 && b.y0 - rows < a.y1;
};

/**
 * Font sizes a leader's end keeps from another name's box (as estimated, a little wider than the glyphs): nearer, the
 * line reads as pointing at that name, or as a dash joining the two ("Papilla — Pancreas" in the plastic stent's
 * deploy view).
 */
const NAME_GAP = 1.5;

/** How far `p` lies from `box` (0 inside it). */
const toBox = (p: Point, box: Box) =>
  hypot(Math.max(box.x0 - p[0], p[0] - box.x1, 0), Math.max(box.y0 - p[1], p[1] - box.y1, 0));

/** Whether a leader ending at `p` would end within NAME_GAP font sizes of the name in `box`. */
const besideName = (p: Point, box: Box, size: number) => toBox(p, box) < size * NAME_GAP;

/**
 * Font sizes between two names on one row (as estimated, a little wider than the glyphs) under which they read as one
 * name of two words ("Papilla Pancreas").
 */
const ROW_NAMES_GAP = 2;

/** Whether two names stand on one row (baselines within 0.7 font sizes), fewer than ROW_NAMES_GAP apart. */
function sameRow(a: Box, b: Box, size: number): boolean {
  if (Math.abs(a.y1 - b.y1) > size * 0.7) return false;
  return Math.max(a.x0 - b.x1, b.x0 - a.x1) < size * ROW_NAMES_GAP;
}

/** A candidate place for a name: its label, box and score, and whether it was authored, at the edge, or beside a name. */
type Spot = { label: SceneLabel; box: Box; score: number; authored: boolean; off: boolean; beside: boolean };

/** Leader from the text box edge nearest the anchor to the anchor itself. */
function leaderFor(box: Box, to: Point | undefined, size: number): SceneLabel['leader'] {
  if (!to) return null;
  const x = Math.max(box.x0 - size * 0.25, Math.min(box.x1 + size * 0.25, to[0]));
  const y = Math.max(box.y0 - size * 0.2, Math.min(box.y1 + size * 0.1, to[1]));
  return hypot(x - to[0], y - to[1]) < size * 0.6 ? null : [x, y, to[0], to[1]];
}

// Offsets around the anchor, in font sizes, tried nearest first; alignment keeps text away from it.
const DIRECTIONS: readonly [number, number, Align][] = [
  [1, -0.7, 'start'],
  [-1, -0.7, 'end'],
  [1, 1.2, 'start'],
  [-1, 1.2, 'end'],
  [0, -1.1, 'middle'],
  [0, 1.8, 'middle'],
  [1, 0.25, 'start'],
  [-1, 0.25, 'end'],
];
const AROUND: readonly [number, number, Align][] = [1.2, 1.6, 2.2, 2.8, 4.2, 6].flatMap((r) =>
  DIRECTIONS.map(([dx, dy, align]): [number, number, Align] => [dx * r, dy * r, align]),
);
/** What a candidate one ring farther from its leader end costs, in covered points (half a font size of a duct). */
const RING_COST = 0.5;
const ARROWS = { left: '← ', right: ' →', up: '↑ ', down: '↓ ' } as const;

/** How many segments of the lines (devices, outlines) run through a label's box. */
function hits(box: Box, obstacles: readonly (readonly Point[])[]): number {
  let n = 0;
  for (const line of obstacles) {
    // Lines and segments whose bounds lie clear of the box are skipped: they can neither enter nor cross it.
    if (apart(lineBounds(line), box)) continue;
    for (let i = 1; i < line.length; i++) {
      const [a, b] = [line[i - 1]!, line[i]!];
      if (Math.max(a[0], b[0]) < box.x0 || Math.min(a[0], b[0]) > box.x1) continue;
      if (Math.max(a[1], b[1]) < box.y0 || Math.min(a[1], b[1]) > box.y1) continue;
      const inA = a[0] > box.x0 && a[0] < box.x1 && a[1] > box.y0 && a[1] < box.y1;
      if (inA || crossesBox([a[0], a[1], b[0], b[1]], box)) n++;
    }
  }
  return n;
}

/** Whether a placed label's text box lies on any of the lines (drawn devices), each `pads[i]` wide at either side. */
export const onLines = (l: SceneLabel, lines: readonly (readonly Point[])[], pads: readonly number[] = []): boolean => {
  const box = labelBox(l);
  return lines.some((line, i) => hits(widen(box, pads[i] ?? 0), [line]) > 0);
};

/** Hard rules beyond overlaps (issue 8): what a label must keep off, and how far apart leaders end. */
export interface KeepOff {
  /** Drawn device polylines: no label box sits on one. */
  readonly devices?: readonly (readonly Point[])[];
  /** Each device line's drawn half width, scene units (absent: 0): a box keeps that far off the line. */
  readonly devicePads?: readonly number[];
  /**
   * Each obstacle line's drawn half width, scene units (absent: 0): a name on a wide duct's wall lies on it as much as
   * one across its centre line.
   */
  readonly obstaclePads?: readonly number[];
  /** Whose each obstacle line is (absent: no one's): a name scores against its own duct's centre line only. */
  readonly obstacleOwners?: readonly (string | undefined)[];
  /** The gallbladder's silhouette: a duct label's box and anchor never lie inside it, nor the block's box. */
  readonly gallbladder?: readonly Point[] | null;
  /** The block's word keeps off the gallbladder too (a film's "Cut-off"). Default false. */
  readonly blockOffGallbladder?: boolean;
  /** Ducts' labels keep off the gallbladder. Default true. */
  readonly ductsOffGallbladder?: boolean;
  /**
   * A name keeps its leader's end off other names and stands off their row where it can (NAME_GAP, ROW_NAMES_GAP).
   * Default true.
   */
  readonly apartFromNames?: boolean;
  /** Least distance between two leaders' ends, scene units (never converge to one point). */
  readonly gap?: number;
  /**
   * Outlines of the drawn lesions (tumour, sleeve, scar): no other structure's label box lies on one, and no leader
   * but a device's (drawn over the tumour) ends in one.
   */
  readonly lesions?: readonly (readonly Point[])[];
  /**
   * Placement priority (lower placed first, see placement-priority.ts); the labels come back in the given
   * (reading) order. Absent: placed in the given order.
   */
  readonly priority?: (s: Structure) => number;
  /**
   * Names scored by the lines their box crosses, as a device's word, not by what they cover (a scar's name, whose
   * leader ends beside the catheter through it; a film's "Cut-off"; every name, where that layout names more). Default
   * none.
   */
  readonly byLines?: (s: Structure) => boolean;
  /** Most edge (off-frame arrow) labels at once. */
  readonly arrows?: number;
  /**
   * Where a structure's leader may end, best first (inside its drawn shape, off what covers it). Empty: nowhere
   * in view (a sliver at the frame's edge, a duct with no contrast on an X-ray), so no label unless it lies
   * wholly outside (an edge arrow). Null or absent: its authored point, or a point of its outline in view.
   * `beyond`: where the authored end alone was given, the other ends after it.
   */
  readonly anchors?: (s: Structure, beyond?: boolean) => readonly Point[] | null;
  /**
   * Whose `anchors` come in an order chosen for what they show (the papilla's mound, a drawn device): another name
   * close to the first does not send the leader to a later one, nor into the rest of the structure. Default none.
   */
  readonly endsChosen?: (s: Structure) => boolean;
  /**
   * Labels already standing (a step's, when a hovered structure's label joins them): they stay as they are, and
   * the new ones keep off their boxes and leaders as off each other's. Default none.
   */
  readonly standing?: readonly SceneLabel[];
  /**
   * Whose name may wrap onto more lines where one line finds no room: what the user asked to see (the selected or
   * hovered structure). Default none.
   */
  readonly wraps?: (s: Structure) => boolean;
  /**
   * Centre lines of what the step highlights (the duct a puncture aims at), by structure: another structure's name
   * written across one scores as the block's name on the block. Default none.
   */
  readonly inView?: readonly { readonly id: string; readonly line: readonly Point[] }[];
}

/** Leader ends tried for the block, what most steps are about. */
const LESION_TRIES = 14;
/** Leader ends tried for anything else: the nearest six, then a few farther along (interior-anchors.ts). */
const TRIES = 10;
/** Score of a name's box on the gallbladder, not its own: above any count of lines it crosses. */
const ON_GALLBLADDER = 1000;
/**
 * Score of the block's name written across a duct where the duct runs through the lesion (the stricture itself):
 * above what a name beside it covers of the ducts around, below the gallbladder.
 */
const ON_BLOCK = 200;
/**
 * Score of a spot where a leader would end close to another name, or the name would stand on another's row: above
 * what a name covers of the ducts, so every other leader end is tried first, yet the name still stands there if none
 * offers better.
 */
const BESIDE = 100;

/** The corners and centre of a box. */
const spots = (b: Box): Point[] => [
  [b.x0, b.y0],
  [b.x1, b.y0],
  [b.x0, b.y1],
  [b.x1, b.y1],
  [(b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2],
];

/** A 5 × 3 grid over a box. */
const grid = (b: Box): Point[] =>
  [0, 0.25, 0.5, 0.75, 1].flatMap((fx) =>
    [0, 0.5, 1].map((fy): Point => [b.x0 + fx * (b.x1 - b.x0), b.y0 + fy * (b.y1 - b.y0)]),
  );

/**
 * Positions labels inside the camera without overlaps or crossing leaders.
 * A structure's authored position wins when it fits; otherwise spots around
 * its leader point are tried. Labels that cannot fit are dropped, never clipped.
 */
export function placeLabels(
  structures: readonly Structure[],
  camera: Camera,
  size: number,
  margin: number,
  obstacles: readonly (readonly Point[])[] = [],
  /** Plain-language mode: each label shows the structure's plain name. */
  fullNames = false,
  /** Trust authored positions' measured layout (true for the anatomy explorer's own label tiers). */
  trustAuthored = true,
  /** Marks already drawn (numerals) that labels must keep clear of. */
  reserved: readonly SceneLabel[] = [],
  /** Longest leader allowed, in scene units (art direction: 40 px on screen). */
  maxLeader = Infinity,
  /** The patient's side of paired structures: their labels keep to it (the patient's right is the viewer's left). */
  sides: ReadonlyMap<string, 'right' | 'left'> = new Map(),
  /** Areas covered by something else (the close-up locator), in scene units. */
  blocked: readonly Box[] = [],
  keepOff: KeepOff = {},
): SceneLabel[] {
  const { devices = [], gallbladder = null, gap = 0, arrows = Infinity, anchors: inner, lesions = [] } = keepOff;
  const apartFromNames = keepOff.apartFromNames ?? true;
  const ductsOff = keepOff.ductsOffGallbladder ?? true;
  const pads = keepOff.devicePads ?? [];
  // A name scores by how much of each obstacle it covers, out to its walls: one written along a duct covers more of it
  // than one across it, and one on a dilated duct's wall as much as one on its centre line.
  const walls = obstacles.map((line, i) => {
    const pad = keepOff.obstaclePads?.[i] ?? 0;
    const points = resample(line, size / 2);
    return { pad, points, bounds: widen(lineBounds(points), pad), owner: keepOff.obstacleOwners?.[i] };
  });
  const covered = (box: Box, id: string) => {
    let n = 0;
    // Indexed, not destructured: this runs for every candidate box against every point.
    for (let i = 0; i < walls.length; i++) {
      const { pad: wall, points, bounds, owner } = walls[i]!;
      if (apart(bounds, box)) continue;
      // Its own duct's wall is where a name's leader ends: only its centre line counts against it.
      const pad = owner === id ? 0 : wall;
      const [x0, y0, x1, y1] = [box.x0 - pad, box.y0 - pad, box.x1 + pad, box.y1 + pad];
      for (let k = 0; k < points.length; k++) {
        const p = points[k]!;
        if (p[0] > x0 && p[0] < x1 && p[1] > y0 && p[1] < y1) n++;
      }
    }
    return n;
  };
  const onDevice = (box: Box) => devices.some((line, i) => hits(widen(box, pads[i] ?? 0), [line]) > 0);
  const standing = keepOff.standing ?? [];
  const rank = keepOff.priority ?? (() => 0);
  const nameOf = (s: Structure) => (fullNames ? (s.plainName ?? s.name) : (s.short ?? s.name));
  const reading = new Map(structures.map((s, i) => [s, i]));
  const placing = [...structures].sort((a, b) => rank(a) - rank(b) || reading.get(a)! - reading.get(b)!);
  const lesionEdges = lesions.map((l) => [...l, l[0]!]);
  const lesionBounds = lesionEdges.map(lineBounds);
  const onLesion = (p: Point) => lesions.some((l) => insidePolygon(p, l));
  // Only a box within some lesion's bounds can lie on it.
  const boxOnLesion = (b: Box) =>
    lesionBounds.some((r) => !apart(r, b)) && (grid(b).some(onLesion) || hits(b, lesionEdges) > 0);
  // Where the ducts (and devices) run through a lesion: the block the lesion's own name should leave in view.
  const block = lesions.length
    ? obstacles
        .filter((line) => lesionBounds.some((r) => !apart(r, lineBounds(line))))
        .flatMap((line) => resample(line, size / 2).filter(onLesion))
    : [];
  const within =
    (b: Box) =>
    ([x, y]: Point) =>
      x > b.x0 && x < b.x1 && y > b.y0 && y < b.y1;
  const onBlock = (b: Box) => block.some(within(b));
  const highlighted = (keepOff.inView ?? []).map(({ id, line }) => ({ id, points: resample(line, size / 2) }));
  const onHighlight = (s: Structure, b: Box) => highlighted.some((h) => h.id !== s.id && h.points.some(within(b)));
  const ends: Point[] = standing.flatMap((l) => (l.leader ? [[l.leader[2], l.leader[3]] as Point] : []));
  const outline = gallbladder ? [...gallbladder, gallbladder[0]!] : [];
  const bladderBox = gallbladder ? lineBounds(outline) : null;
  const onGallbladder = (b: Box) =>
    !!bladderBox &&
    !apart(bladderBox, b) &&
    (spots(b).some((p) => insidePolygon(p, gallbladder!)) || hits(b, [outline]) > 0);
  // A device's word, the papilla's or another organ's name whose box lies on the gallbladder (ducts and, on a film,
  // the block have a rule of their own): "Liver" there, in a small picture, names the gallbladder.
  const organ = (s: Structure) => s.kind === 'organ' && s.id !== LANDMARKS.gallbladder;
  const elsewhere = (s: Structure, b: Box) =>
    (isDeviceLabel(s.id) || s.id === LANDMARKS.papilla || organ(s)) && onGallbladder(b);
  let edgeLabels = standing.filter((l) => /^[←↑↓] | →$/.test(l.text)).length;
  const frame: Box = {
    x0: camera.x + margin,
    y0: camera.y + margin,
    x1: camera.x + camera.w - margin,
    y1: camera.y + camera.h - margin,
  };
  // Widths are estimates and bold text runs wider: keep a tenth of the width spare at each side of the frame.
  const inside = (b: Box) => {
    const spare = (b.x1 - b.x0) * 0.1;
    return b.x0 - spare >= frame.x0 && b.x1 + spare <= frame.x1 && b.y0 >= frame.y0 && b.y1 <= frame.y1;
  };
  // Each placed box and leader remembers whether it sits where the author put it.
  const boxes: { box: Box; authored: boolean }[] = [
    ...reserved.map((r) => ({ box: grow(labelBox(r), r.size), authored: false })),
    ...blocked.map((box) => ({ box, authored: false })),
  ];
  const leaders: { seg: readonly number[]; authored: boolean }[] = [];
  for (const l of standing) {
    boxes.push({ box: labelBox(l), authored: false });
    if (l.leader) leaders.push({ seg: l.leader, authored: false });
  }
  const placed: { label: SceneLabel; at: number }[] = [];
  // Placed labels' boxes with the block of names each belongs to: two may stand together, never a third (a pile).
  const named: { box: Box; block: number }[] = [];
  const joined = (box: Box) => new Set(named.filter((n) => together(box, n.box, size)).map((n) => n.block));
  const blockSize = (blocks: ReadonlySet<number>) => named.filter((n) => blocks.has(n.block)).length;
  /** Names a placed box, merging the blocks it stands together with into one. */
  const enter = (box: Box) => {
    const blocks = joined(box);
    const block = blocks.size ? Math.min(...blocks) : named.length;
    for (const n of named) if (blocks.has(n.block)) n.block = block;
    named.push({ box, block });
  };
  /** Whether a leader ending at `p` would end close to a placed name (NAME_GAP). */
  const beside = (p: Point) => apartFromNames && named.some((n) => besideName(p, n.box, size));
  /** How far `p` lies from the nearest placed name's box. */
  const clearance = (p: Point) => Math.min(...named.map((n) => toBox(p, n.box)));
  const endsChosen = keepOff.endsChosen ?? (() => false);
  for (const l of standing) enter(labelBox(l));
  for (const s of placing) {
    const label = s.label;
    if (!label) continue;
    const found = inner?.(s) ?? null;
    // Empty for a point in view: no place for the end (a device lies on it).
    if (found?.length === 0 && (visiblePoints(s, camera).length || s.shape.type === 'point')) continue;
    const ranked = found ?? [];
    const primary = ranked[0] ?? labelAnchor(s, camera);
    const duct = s.kind === 'duct' && ductsOff && gallbladder;
    const offBladder = (p: Point) => !duct || !insidePolygon(p, gallbladder);
    const apart = (p: Point) => ends.every((e) => distance(e, p) >= gap);
    // Where the first choice lies in the gallbladder or on another leader's end, another point of the structure; one
    // close to another name goes after the rest.
    const offLesion = (p: Point) => s.id === 'lesion' || isDeviceLabel(s.id) || !onLesion(p);
    const fine = (p: Point | undefined) => !p || (offBladder(p) && apart(p) && offLesion(p));
    // Ends beside no name first (a stable sort keeps each group's order).
    const clearFirst = (points: Point[]) =>
      endsChosen(s) ? points : points.sort((a, b) => Number(beside(a)) - Number(beside(b)));
    const alternatives = ranked.length
      ? clearFirst(ranked.filter((p) => fine(p)).slice(0, s.id === 'lesion' ? LESION_TRIES : TRIES))
      : primary
        ? clearFirst(
            visiblePoints(s, camera)
              .filter((p) => fine(p))
              .sort((a, b) => distance(a, primary) - distance(b, primary))
              .slice(0, 6),
          )
        : [];
    const anchors =
      ranked.length || !fine(primary)
        ? alternatives
        : primary && beside(primary)
          ? clearFirst([primary, ...alternatives])
          : [primary];
    let best: Spot | undefined;
    // A spot on the gallbladder is kept only if no other leader end offers one off it.
    let onBladder: typeof best;
    for (const anchor of anchors) {
      // The authored text position still suits an end moved a little along or into the structure.
      const to = label.to;
      let found = bestSpot(s, anchor, !!anchor && !!to && distance(anchor, to) < size * 2);
      if (found && found.score >= ON_GALLBLADDER) [onBladder, found] = [onBladder ?? found, undefined];
      if (found && (!best || found.score < best.score)) best = found;
      // The block's name tries every end it has before it covers the block; any other takes the first that fits
      // unless its leader would end close to another name or it would stand on another name's row.
      if (best && (best.authored || (s.id === 'lesion' ? best.score < ON_BLOCK : !best.beside || endsChosen(s)))) break;
    }
    // Its only ends beside another name: it tries the rest of the structure, the farthest from every name first.
    if (best?.beside && !endsChosen(s) && ranked.length && ranked.every((p) => beside(p))) {
      const more = (inner?.(s, true) ?? [])
        .filter((p) => fine(p) && !beside(p))
        .sort((a, b) => clearance(b) - clearance(a))
        .slice(0, TRIES);
      for (const anchor of more) {
        const found = bestSpot(s, anchor, false);
        if (found && found.score < best.score) best = found;
        if (!best.beside) break;
      }
    }
    // Still on the block, its name tries two lines ("Tumour (cholangiocarcinoma)" across a hilar confluence).
    const twoLines = best && best.score >= ON_BLOCK && s.id === 'lesion' ? wrapName(nameOf(s), 2) : null;
    for (const anchor of twoLines ? anchors : []) {
      const found = bestSpot(s, anchor, false, twoLines!);
      if (found && found.score < best!.score) best = found;
      if (best!.score < ON_BLOCK) break;
    }
    // A device's word and the papilla's, which the step needs, still stand there; another organ goes unnamed in
    // this picture rather than name the gallbladder, unless the user asked for it.
    if (!organ(s) || keepOff.wraps?.(s)) best ??= onBladder;
    // What the user asked to see is named even where its name finds no room on one line at its first leader end (a
    // five-word Spanish plain name on a phone): at the other points of it in view too, on one line, then two, three.
    // A line (a costal margin) offers its points farther along too: at the frame's edge near its first choice, the
    // name on its own side may find room only up the line.
    const along =
      keepOff.wraps?.(s) && !ranked.length && primary ? spread(visiblePoints(s, camera).filter(fine), primary) : [];
    const wider = keepOff.wraps?.(s) ? [...new Set([...anchors, ...alternatives, ...along])] : [];
    for (let n = 1; !best && wider.length && n <= MOST_LINES; n++) {
      const lines = n > 1 ? wrapName(nameOf(s), n) : undefined;
      if (lines === null) break;
      for (const anchor of wider) if ((best = bestSpot(s, anchor, false, lines))) break;
    }
    if (best) {
      enter(best.box);
      boxes.push({ box: best.box, authored: best.authored });
      if (best.label.leader) {
        leaders.push({ seg: best.label.leader, authored: best.authored });
        ends.push([best.label.leader[2], best.label.leader[3]]);
      }
      if (best.off) edgeLabels++;
      placed.push({ label: best.label, at: reading.get(s)! });
    }
  }

  function bestSpot(s: Structure, anchor: Point | undefined, atAuthored: boolean, lines?: readonly string[]) {
    const label = s.label!;
    const target = anchor ?? ([label.x, label.y] as Point);
    // A structure outside the frame gets an edge label with an arrow toward it, and no leader.
    const off = offFrame(target, frame);
    if (off && (edgeLabels >= arrows || lines)) return undefined;
    const name = nameOf(s);
    const text = off ? arrowed(name, off) : name;
    const to: Point = off ? clampTo(target, frame, size) : target;
    const candidates: [number, number, Align][] = [
      ...(off || !atAuthored ? [] : [[label.x, label.y, label.align] as [number, number, Align]]),
      ...AROUND.map(([dx, dy, align]): [number, number, Align] => [to[0] + dx * size, to[1] + dy * size, align]),
    ];
    let best: Spot | undefined;
    const side = sides.get(s.id);
    // The block's word keeps off the gallbladder too: on a film its "Cut-off" would read as the gallbladder's.
    const duct = ((s.kind === 'duct' && ductsOff) || (s.id === 'lesion' && keepOff.blockOffGallbladder)) && gallbladder;
    // A device's word keeps to its device, where any spot crosses its own line: it counts the lines it crosses.
    const word = isDeviceLabel(s.id) || !!keepOff.byLines?.(s);
    // Each ring farther out costs a little: a name does not take its neighbours' room to cover a little less.
    const first = candidates.length - AROUND.length;
    const ring = (k: number) => Math.max(0, Math.floor((k - first) / DIRECTIONS.length)) * RING_COST;
    for (const [k, [x, y, align]] of candidates.entries()) {
      const box = textBox(lines ?? text, x, y, align, size);
      if (side && !off && (side === 'right') !== (box.x0 + box.x1) / 2 < to[0]) continue;
      if (duct && onGallbladder(box)) continue;
      if (onDevice(box)) continue;
      if (s.id !== 'lesion' && boxOnLesion(box)) continue;
      const leader = off ? null : leaderFor(box, anchor, size);
      const authored = trustAuthored && x === label.x && y === label.y && !off && !lines;
      // Every leader stays short, the explorer's authored ones too (a long one crosses the drawing, issue 8).
      if (leader && hypot(leader[2] - leader[0], leader[3] - leader[1]) > maxLeader) continue;
      // Authored positions were laid out together with measured text; anything else keeps a safety margin.
      const safe = (b: Box, other: boolean) => (authored && other ? b : grow(b, size));
      if (!inside(box) || boxes.some((b) => overlaps(box, b.box, size * 0.35, size * STACK_GAP))) continue;
      // The explorer's authored layout was drawn with measured text: its tiers may stand close.
      if (!authored && blockSize(joined(box)) >= 2) continue;
      // Crossed or side by side, two leaders read as one line.
      if (leader && leaders.some((l) => segmentGap(leader, l.seg) < size * LEADER_GAP)) continue;
      if (leader && boxes.some((b) => crossesBox(leader, safe(b.box, b.authored)))) continue;
      if (leaders.some((l) => crossesBox(l.seg, safe(box, l.authored)))) continue;
      // An authored position that fits is kept as drawn; only fallbacks are scored against ducts and devices, and a
      // device's or the papilla's word against the gallbladder: on it, the word reads as the gallbladder's ("Stent" in
      // a handout's small picture), so it stands there only where no other spot fits.
      const joins =
        apartFromNames &&
        !authored &&
        ((!!leader && !!anchor && !endsChosen(s) && beside(anchor)) ||
          ends.some((e) => besideName(e, box, size)) ||
          named.some((n) => sameRow(box, n.box, size)));
      const score = authored
        ? 0
        : (word ? hits(box, obstacles) : covered(box, s.id) + ring(k)) +
          (elsewhere(s, box) ? ON_GALLBLADDER : 0) +
          (s.id === 'lesion' && onBlock(box) ? ON_BLOCK : 0) +
          (onHighlight(s, box) ? ON_BLOCK : 0) +
          (joins ? BESIDE : 0);
      if (!best || score < best.score) {
        const id = `label-${s.id}`;
        const placedLabel = {
          id,
          structureId: s.id,
          kind: s.kind,
          text,
          x,
          y,
          align,
          size,
          leader,
          ...(lines && { lines }),
        };
        best = { label: placedLabel, box, score, authored, off: !!off, beside: joins };
      }
      if (score === 0) break;
    }
    return best;
  }
  return placed.sort((a, b) => a.at - b.at).map((p) => p.label);
}

/** Units between the farther points of a line a selected name may try, and how many it tries. */
const ALONG_GAP = 24;
const ALONG_TRIES = 8;

/** Points of a line nearest `from` first, each at least ALONG_GAP from those before it. */
function spread(points: readonly Point[], from: Point): Point[] {
  const out: Point[] = [];
  const far = (p: Point) => distance(p, from);
  for (const p of [...points].sort((a, b) => far(a) - far(b))) {
    if (out.length >= ALONG_TRIES) break;
    if (out.every((q) => distance(q, p) >= ALONG_GAP)) out.push(p);
  }
  return out;
}

/** A box enlarged by `by` on every side. */
const widen = (b: Box, by: number): Box => ({ x0: b.x0 - by, y0: b.y0 - by, x1: b.x1 + by, y1: b.y1 + by });

/** A box enlarged a little, so estimated text widths err on the safe side for leaders. */
const grow = (b: Box, size: number): Box => ({
  x0: b.x0 - size * 0.4,
  y0: b.y0 - size * 0.2,
  x1: b.x1 + size * 0.4,
  y1: b.y1 + size * 0.2,
});

function offFrame(p: Point, f: Box): keyof typeof ARROWS | null {
  if (p[0] < f.x0) return 'left';
  if (p[0] > f.x1) return 'right';
  if (p[1] < f.y0) return 'up';
  if (p[1] > f.y1) return 'down';
  return null;
}

const arrowed = (text: string, side: keyof typeof ARROWS) =>
  side === 'right' ? `${text}${ARROWS.right}` : `${ARROWS[side]}${text}`;

/** The point just inside the frame nearest p. */
function clampTo(p: Point, f: Box, size: number): Point {
  return [Math.max(f.x0 + size, Math.min(f.x1 - size, p[0])), Math.max(f.y0 + size, Math.min(f.y1 - size, p[1]))];
}

/** Room kept between two leaders, as a share of the text size: closer, two side by side read as one line. */
const LEADER_GAP = 0.3;

function crossesBox(seg: readonly number[], b: Box): boolean {
  // An end inside the box counts: a crossing test alone misses a segment ending on or within an edge.
  const inside = (x: number, y: number) => x > b.x0 && x < b.x1 && y > b.y0 && y < b.y1;
  if (inside(seg[0]!, seg[1]!) || inside(seg[2]!, seg[3]!)) return true;
  const edges = [
    [b.x0, b.y0, b.x1, b.y0],
    [b.x0, b.y1, b.x1, b.y1],
    [b.x0, b.y0, b.x0, b.y1],
    [b.x1, b.y0, b.x1, b.y1],
  ];
  return edges.some((e) => crosses(seg, e));
}
