import { expect } from '@open-wc/testing';
import { structureGeometry } from '../../src/scene/structure-paths.js';
import access from '../../data/anatomy/access.json';
import ducts from '../../data/anatomy/ducts.json';
import liver from '../../data/anatomy/liver.json';
import skeleton from '../../data/anatomy/skeleton.json';
import thorax from '../../data/anatomy/thorax.json';
import vessels from '../../data/anatomy/vessels.json';
import viscera from '../../data/anatomy/viscera.json';
import type { Point, Structure } from '../../src/model/anatomy-schema.js';
import {
  angleBetween,
  distance,
  distanceToPolyline,
  insidePolygon,
  sampleSpline,
  signedDistanceToOutline,
  sampleClosedSpline,
} from '../../src/model/geometry.js';
import { parseAnatomy } from '../../src/model/parse-anatomy.js';
import { aimArrow } from '../../src/scene/scene-marks.js';

// Geometry rules of composition §13 and §16, checked on the drawn (spline) shapes in viewBox units.

const FILES = { skeleton, thorax, liver, ducts, vessels, viscera, access };
const anatomy = parseAnatomy(Object.fromEntries(Object.entries(FILES).map(([k, v]) => [`${k}.json`, v])));

/** Composition §13: drawn width = true mm × 4.2 units. */
const UNITS_PER_MM = 4.2;
/** Overview camera (§12): 360 px box over the 770 × 750 production crop. */
const OVERVIEW_PX_PER_UNIT = Math.min(360 / 770, 360 / 750);
const MIN_CLEARANCE = 5;

type State = 'normal' | 'dilated' | 'distended';
const STATES: readonly State[] = ['normal', 'dilated', 'distended'];

function get(id: string): Structure {
  const s = anatomy.byId.get(id);
  if (!s) throw new Error(`missing structure "${id}"`);
  return s;
}
function tubeOf(id: string) {
  const shape = get(id).shape;
  if (shape.type !== 'tube') throw new Error(`${id} is not a tube`);
  return shape;
}
function pointOf(id: string): Point {
  const shape = get(id).shape;
  if (shape.type !== 'point') throw new Error(`${id} is not a point`);
  return shape.at;
}
function pointsOf(id: string): Point[] {
  const shape = get(id).shape;
  if (shape.type === 'outline' || shape.type === 'line' || shape.type === 'band') return shape.points;
  throw new Error(`${id} has no point list`);
}

/** The drawn outline of an organ, optionally in a named state (e.g. "distended"). */
const outlines = new Map<string, Point[]>();
function drawnOutline(id: string, state?: string): Point[] {
  const key = `${id}/${state ?? ''}`;
  const cached = outlines.get(key);
  if (cached) return cached;
  const shape = get(id).shape;
  if (shape.type !== 'outline') throw new Error(`${id} is not an outline`);
  const points = (state && shape.states?.[state]) || shape.points;
  const drawn = shape.smooth ? sampleClosedSpline(points) : points;
  outlines.set(key, drawn);
  return drawn;
}
const centrelines = new Map<string, Point[]>();
/** The drawn (spline) centreline of a tube, sampled densely. */
function drawnCentreline(id: string): Point[] {
  let line = centrelines.get(id);
  if (!line) centrelines.set(id, (line = sampleSpline(tubeOf(id).centerline, 24)));
  return line;
}

/** Widest drawn width of a tube in a state (vessels keep one width). */
function widthOf(id: string, state: State): number {
  const { diameter, taperTo } = tubeOf(id);
  const pick = (d: { normal: number; dilated: number }) => (state === 'normal' ? d.normal : d.dilated);
  return Math.max(pick(diameter), taperTo ? pick(taperTo) : 0);
}

/** Distance from p to the drawn edge of a structure; negative when p is inside it. */
function clearance(p: Point, id: string, state: State): number {
  const s = get(id);
  if (s.shape.type === 'tube') return distanceToPolyline(p, drawnCentreline(id)) - widthOf(id, state) / 2;
  return signedDistanceToOutline(p, drawnOutline(id, state === 'distended' ? 'distended' : undefined));
}

/** Points every `step` units along the straight track a → b, both ends included. */
function track(a: Point, b: Point, step = 0.5): Point[] {
  const n = Math.max(1, Math.ceil(distance(a, b) / step));
  return Array.from({ length: n + 1 }, (_, i): Point => [
    a[0] + ((b[0] - a[0]) * i) / n,
    a[1] + ((b[1] - a[1]) * i) / n,
  ]);
}

/** X of the first crossing of a polyline with the horizontal line at y. */
function xAtY(line: readonly Point[], y: number): number {
  for (let i = 1; i < line.length; i++) {
    const [ax, ay] = line[i - 1]!;
    const [bx, by] = line[i]!;
    if ((ay - y) * (by - y) <= 0 && ay !== by) return ax + ((bx - ax) * (y - ay)) / (by - ay);
  }
  throw new Error(`line does not reach y = ${y}`);
}

const dir = (a: Point, b: Point): Point => [b[0] - a[0], b[1] - a[1]];
/** Index of the sample of `line` nearest to p. */
const nearestIndex = (line: readonly Point[], p: Point) =>
  line.reduce((best, q, i) => (distance(q, p) < distance(line[best]!, p) ? i : best), 0);

const REQUIRED: Record<keyof typeof FILES, string[]> = {
  skeleton: [
    ...['t8', 't9', 't10', 't11', 't12', 'l1', 'l2', 'l3'].map((v) => `vertebra-${v}`),
    'sternum',
    'xiphoid',
    ...[7, 8, 9, 10, 11, 12].map((n) => `rib-${n}`),
    ...[7, 8, 9, 10].map((n) => `rib-${n}-cartilage`),
    'costal-margin-right',
    'costal-margin-left',
  ],
  thorax: [
    'lung-base',
    'costophrenic-recess',
    'lung-edge-inspiration',
    'diaphragm',
    'mid-axillary-line',
    'skin-right-flank',
    'epigastrium',
  ],
  liver: [
    'liver',
    ...['1', '2', '3', '4a', '4b', '5', '6', '7', '8'].map((n) => `segment-${n}`),
    'falciform-ligament',
    'ligamentum-teres',
    'cantlie-line',
    'right-hepatic-vein-plane',
    'portal-plane',
  ],
  ducts: [
    ...['7', '6', '8', '5', '2', '3', '4a', '4b'].map((n) => `segment-${n}-duct`),
    'right-posterior-duct',
    'right-anterior-duct',
    'right-hepatic-duct',
    'left-lateral-duct',
    'left-hepatic-duct',
    'caudate-duct',
    'common-hepatic-duct',
    'cystic-duct',
    'common-bile-duct',
    'pancreatic-duct',
    'accessory-pancreatic-duct',
    'confluence',
  ],
  vessels: [
    'portal-vein',
    'right-portal-vein',
    'right-portal-vein-anterior',
    'right-portal-vein-posterior',
    'left-portal-vein',
    'left-portal-vein-umbilical',
    'portal-branch-2',
    'portal-branch-3',
    'portal-branch-4',
    'superior-mesenteric-vein',
    'splenic-vein',
    'common-hepatic-artery',
    'hepatic-artery-proper',
    'right-hepatic-artery',
    'left-hepatic-artery',
    'gastroduodenal-artery',
    'superior-mesenteric-artery',
    'inferior-vena-cava',
    'aorta',
  ],
  viscera: [
    'gallbladder',
    'gallbladder-fundus',
    'gallbladder-body',
    'gallbladder-neck',
    'pancreas',
    'pancreas-head',
    'pancreas-neck',
    'pancreas-body',
    'pancreas-tail',
    'duodenum',
    'duodenum-d1',
    'duodenum-d2',
    'duodenum-d3',
    'duodenum-d4',
    'major-papilla',
    'ampulla',
    'minor-papilla',
    'stomach',
  ],
  access: ['right-entry', 'right-capsule', 'right-target', 'right-deep-pass', 'left-entry', 'left-target', 't12-aim'],
};

describe('anatomy data files', () => {
  for (const [group, ids] of Object.entries(REQUIRED) as [keyof typeof FILES, string[]][]) {
    it(`${group}.json holds its group and every required structure`, () => {
      const file = FILES[group] as { group: string; structures: { id: string }[] };
      expect(file.group).to.equal(group);
      const present = new Set(file.structures.map((s) => s.id));
      expect(
        ids.filter((id) => !present.has(id)),
        'missing ids',
      ).to.deep.equal([]);
    });
  }

  it('gives every structure a one-sentence description', () => {
    for (const s of anatomy.structures) {
      expect(s.description.match(/[.!?](\s|$)/g)?.length, s.id).to.equal(1);
      expect(s.description, s.id).to.match(/^[A-Z].*\.$/);
    }
  });

  const segments = ['2', '3', '4a', '4b', '5', '6', '7', '8'].map((n) => `segment-${n}`);

  it('tiles the liver with segment regions II–VIII: every liver point lies in exactly one', () => {
    const liverOutline = drawnOutline('liver');
    for (let x = 176; x <= 796; x += 4) {
      for (let y = 110; y <= 530; y += 4) {
        const p: Point = [x, y];
        if (!insidePolygon(p, liverOutline)) continue;
        const owners = segments.filter((id) => insidePolygon(p, pointsOf(id)));
        expect(owners.length, `${x},${y} lies in ${owners.join(', ') || 'no segment'}`).to.equal(1);
      }
    }
  });

  it('builds segment regions that contain their own label anchors and no other', () => {
    for (const id of segments) {
      const label = get(id).label!;
      expect(label, id).to.exist;
      const inside = segments.filter((other) => insidePolygon([label.x, label.y], pointsOf(other)));
      expect(inside, id).to.deep.equal([id]);
      expect(insidePolygon([label.x, label.y], drawnOutline('liver')), `${id} anchor inside the liver`).to.equal(true);
    }
  });
});

describe('composition §16 rule 1: needle-to-duct angle at the access targets', () => {
  const cases = [
    { entry: 'right-entry', target: 'right-target', duct: 'segment-6-duct' },
    { entry: 'left-entry', target: 'left-target', duct: 'segment-3-duct' },
  ];
  for (const { entry, target, duct } of cases) {
    it(`${target} lies on the ${duct} and meets it at ≤ 45°`, () => {
      const tip = pointOf(target);
      const needle = dir(pointOf(entry), tip);
      const drawn = drawnCentreline(duct);
      expect(distanceToPolyline(tip, drawn), 'target on the drawn duct').to.be.at.most(1);
      // Chord: from the target to the next centreline point toward the hilum (points run periphery → junction).
      const line = tubeOf(duct).centerline;
      let seg = 1;
      for (let i = 1; i < line.length; i++)
        if (distanceToPolyline(tip, [line[i - 1]!, line[i]!]) < distanceToPolyline(tip, [line[seg - 1]!, line[seg]!]))
          seg = i;
      const next = distance(tip, line[seg]!) < 0.5 ? line[seg + 1]! : line[seg]!;
      expect(angleBetween(needle, dir(tip, next)), 'chord angle').to.be.at.most(45);
      // Tangent of the drawn curve at the target, pointing toward the hilum.
      const i = nearestIndex(drawn, tip);
      const tangent = dir(drawn[Math.max(0, i - 1)]!, drawn[Math.min(drawn.length - 1, i + 1)]!);
      expect(angleBetween(needle, tangent), 'drawn tangent angle').to.be.at.most(45);
    });
  }
});

describe('composition §16 rule 2: no bend > 60° from the target to the confluence', () => {
  /** The centreline route from a point on `duct` along its parents to the confluence (the turn into the CHD is exempt). */
  function route(duct: string, from: Point): Point[][] {
    const pieces: Point[][] = [];
    let id = duct;
    let start = from;
    while (id !== 'confluence') {
      const line = tubeOf(id).centerline;
      const k = line.findIndex((p) => distance(p, start) < 0.5);
      // The target may lie between two points: start the piece at it.
      const piece = k >= 0 ? line.slice(k) : [start, ...line.slice(nearestIndex(line, start) + 1)];
      pieces.push(piece);
      start = line[line.length - 1]!;
      id = get(id).parent!;
    }
    return pieces;
  }
  const turn = (a: Point, b: Point, c: Point) => angleBetween(dir(a, b), dir(b, c));
  const heading = (a: Point, b: Point) => (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;

  for (const [duct, target] of [
    ['segment-6-duct', 'right-target'],
    ['segment-3-duct', 'left-target'],
  ] as const) {
    it(`${target}: every centreline turn and junction ≤ 60°, and ≤ 60° over any 1 cm of the drawn curve`, () => {
      const pieces = route(duct, pointOf(target));
      const points = pieces.flatMap((p, i) => (i === 0 ? p : p.slice(1)));
      expect(points[points.length - 1]).to.deep.equal(pointOf('confluence'));
      for (let i = 1; i < points.length - 1; i++)
        expect(turn(points[i - 1]!, points[i]!, points[i + 1]!), `turn at ${points[i]}`).to.be.at.most(60);
      // The drawn curve: each duct as its own spline, joined at the junctions.
      const ids = routeIds(duct);
      const drawn = pieces.flatMap((p, i) => {
        const full = drawnCentreline(ids[i]!);
        return full.slice(nearestIndex(full, p[0]!) + (i === 0 ? 0 : 1));
      });
      let worst = 0;
      const arc = [0];
      for (let i = 1; i < drawn.length; i++) arc.push(arc[i - 1]! + distance(drawn[i - 1]!, drawn[i]!));
      for (let i = 1; i < drawn.length; i++) {
        for (let j = i + 1; j < drawn.length && arc[j]! - arc[i - 1]! <= 28; j++) {
          let d = Math.abs(heading(drawn[j - 1]!, drawn[j]!) - heading(drawn[i - 1]!, drawn[i]!));
          if (d > 180) d = 360 - d;
          worst = Math.max(worst, d);
        }
      }
      expect(worst, 'largest turn within 28 u of the drawn route').to.be.at.most(60);
    });
  }
  /** Duct ids from `duct` up to (not including) the confluence. */
  function routeIds(duct: string): string[] {
    const ids: string[] = [];
    for (let id = duct; id !== 'confluence'; id = get(id).parent!) ids.push(id);
    return ids;
  }
});

describe('composition §16 rules 3 and 4: needle tips and tracks keep ≥ 5 u from hilar structures', () => {
  const forbidden = () => [
    'gallbladder',
    'right-hepatic-duct',
    'left-hepatic-duct',
    'common-hepatic-duct',
    'cystic-duct',
    'common-bile-duct',
    'portal-vein',
    'right-portal-vein',
    'right-portal-vein-anterior',
    'right-portal-vein-posterior',
    'left-portal-vein',
    'left-portal-vein-umbilical',
    ...anatomy.structures.filter((s) => s.tone === 'artery').map((s) => s.id),
  ];
  const passes = [
    ['right-entry', 'right-target'],
    ['right-entry', 'right-deep-pass'],
    ['left-entry', 'left-target'],
  ] as const;
  it('lists every artery among the structures to avoid', () => {
    expect(forbidden()).to.include.members(['hepatic-artery-proper', 'right-hepatic-artery', 'common-hepatic-artery']);
  });
  for (const state of STATES) {
    for (const [entry, tip] of passes) {
      it(`${entry} → ${tip}, ${state}: tip and track clear`, () => {
        const points = track(pointOf(entry), pointOf(tip));
        for (const id of forbidden()) {
          expect(clearance(pointOf(tip), id, state), `tip to ${id}`).to.be.at.least(MIN_CLEARANCE);
          const nearest = Math.min(...points.map((p) => clearance(p, id, state)));
          expect(nearest, `track to ${id}`).to.be.at.least(MIN_CLEARANCE);
        }
      });
    }
  }
});

describe('composition §16 rules 5 and 6: hepatoduodenal ligament overlaps', () => {
  it('rule 5: the dilated supraduodenal CBD covers the PV right margin by ≥ ¼ PV width (Y 453–486)', () => {
    const cbd = drawnCentreline('common-bile-duct');
    const pv = drawnCentreline('portal-vein');
    const cbdW = widthOf('common-bile-duct', 'dilated');
    const pvW = widthOf('portal-vein', 'dilated');
    for (let y = 453; y <= 486; y++) {
      const cbdX = xAtY(cbd, y);
      const pvX = xAtY(pv, y);
      expect(cbdX, `CBD on the patient's right of the PV at Y ${y}`).to.be.below(pvX);
      expect(cbdX + cbdW / 2 - (pvX - pvW / 2), `overlap at Y ${y}`).to.be.at.least(pvW / 4);
    }
  });

  it('rule 6: the hepatic artery proper overlaps the PV left margin (Y 419–486)', () => {
    const ha = drawnCentreline('hepatic-artery-proper');
    const pv = drawnCentreline('portal-vein');
    const haW = widthOf('hepatic-artery-proper', 'normal');
    const pvW = widthOf('portal-vein', 'normal');
    for (let y = 419; y <= 486; y++) {
      const haX = xAtY(ha, y);
      const pvX = xAtY(pv, y);
      expect(haX, `HA on the patient's left of the PV at Y ${y}`).to.be.above(pvX);
      expect(pvX + pvW / 2 - (haX - haW / 2), `overlap at Y ${y}`).to.be.above(0);
    }
  });
});

describe('composition §16 rules 7–9: access sites', () => {
  it('rule 7: the left entry is caudal and lateral to its target, below the xiphoid, inside the costal margins, over liver', () => {
    const entry = pointOf('left-entry');
    const target = pointOf('left-target');
    expect(entry[1], 'caudal').to.be.above(target[1]);
    expect(entry[0], 'lateral (patient left)').to.be.above(target[0]);
    const xiphoidTip = Math.max(...pointsOf('xiphoid').map((p) => p[1]));
    expect(entry[1], 'below the xiphoid tip').to.be.above(xiphoidTip);
    const leftMargin = xAtY(sampleSpline(pointsOf('costal-margin-left'), 24), entry[1]);
    const rightMargin = xAtY(sampleSpline(pointsOf('costal-margin-right'), 24), entry[1]);
    expect(entry[0], 'inside the left costal margin').to.be.below(leftMargin);
    expect(entry[0], 'inside the right costal margin').to.be.above(rightMargin);
    expect(insidePolygon(entry, drawnOutline('liver')), 'over the left lobe').to.equal(true);
    expect(insidePolygon(entry, drawnOutline('epigastrium')), 'inside the subxiphoid window').to.equal(true);
    // The needle heads cranially, toward the umbilical (II + III) point.
    const umbilical = tubeOf('left-lateral-duct').centerline[0]!;
    expect(angleBetween(dir(entry, target), dir(target, umbilical))).to.be.at.most(45);
  });

  it('rule 8: the right entry is in the MAL, below the pleural reflection and the deep-inspiration lung edge, above rib 11', () => {
    const entry = pointOf('right-entry');
    const mal = pointsOf('mid-axillary-line');
    expect(Math.abs(entry[0] - mal[0]![0]), 'on the MAL').to.be.at.most(3);
    const reflection = Math.max(...pointsOf('costophrenic-recess').map((p) => p[1]));
    expect(entry[1], 'below the pleural reflection').to.be.above(reflection);
    const lungEdge = Math.max(...pointsOf('lung-edge-inspiration').map((p) => p[1]));
    expect(entry[1], 'below the deep-inspiration lung edge').to.be.above(lungEdge);
    const rib11 = get('rib-11').shape;
    if (rib11.type !== 'band') throw new Error('rib-11 is not a band');
    expect(entry[1], 'above the upper border of rib 11').to.be.below(rib11.points[0]![1] - rib11.width / 2);
  });

  it('rule 9: the right needle is horizontal at T11/T12–T12, crosses the diaphragm, misses the pleura and stops short of the midline', () => {
    const ids = ['right-entry', 'right-capsule', 'right-target', 'right-deep-pass'];
    const y = pointOf('right-entry')[1];
    for (const id of ids) expect(pointOf(id)[1], `${id} on the horizontal track`).to.equal(y);
    const t11 = pointsOf('vertebra-t11');
    expect(y, 'below the T11 body').to.be.above(Math.max(...t11.map((p) => p[1])));
    expect(y, 'not below the T12 centre').to.be.at.most(pointOf('t12-aim')[1]);
    const points = track(pointOf('right-entry'), pointOf('right-deep-pass'));
    expect(
      // The diaphragm is a muscle band over both domes (art direction): the needle crosses the band as drawn.
      points.some((p) => insidePolygon(p, structureGeometry(get('diaphragm'), { dilation: 0, minWidth: 0 }))),
      'crosses the diaphragm',
    ).to.equal(true);
    const outside = track(pointOf('right-entry'), pointOf('right-capsule'));
    expect(
      outside.some((p) => insidePolygon(p, drawnOutline('costophrenic-recess'))),
      'no pleura',
    ).to.equal(false);
    expect(
      outside.some((p) => insidePolygon(p, drawnOutline('lung-base'))),
      'no lung',
    ).to.equal(false);
    expect(Math.abs(signedDistanceToOutline(pointOf('right-capsule'), drawnOutline('liver'))), 'capsule').to.be.below(
      2,
    );
    expect(insidePolygon(pointOf('right-target'), drawnOutline('liver')), 'target in the liver').to.equal(true);
    expect(pointOf('right-deep-pass')[0], 'stops before the mid-vertebral line').to.be.below(pointOf('t12-aim')[0]);
  });
});

describe('composition §13: device and duct widths', () => {
  const dilatedLumen = (id: string) => {
    const { diameter, taperTo } = tubeOf(id);
    return Math.min(diameter.dilated, taperTo?.dilated ?? Infinity);
  };
  it('an 8F drain is ≤ 70% of the dilated segment VI and III ducts', () => {
    const drain = 2.67 * UNITS_PER_MM;
    for (const id of ['segment-6-duct', 'segment-3-duct']) expect(drain, id).to.be.at.most(0.7 * dilatedLumen(id));
  });
  it('a 7F stent delivery system is ≤ 70% of the dilated CBD', () => {
    expect(2.33 * UNITS_PER_MM).to.be.at.most(0.7 * dilatedLumen('common-bile-duct'));
  });
  it('normal peripheral ducts are ≥ 2.5 px wide at the overview camera', () => {
    const tubes = anatomy.structures.filter((s) => s.kind === 'duct' && s.shape.type === 'tube');
    const parents = new Set(tubes.map((s) => s.parent));
    const peripheral = tubes.filter((s) => !parents.has(s.id));
    expect(peripheral.map((s) => s.id)).to.include.members(['segment-6-duct', 'segment-3-duct', 'caudate-duct']);
    for (const s of peripheral) {
      const { diameter, taperTo } = tubeOf(s.id);
      const narrowest = Math.min(diameter.normal, taperTo?.normal ?? Infinity);
      expect(narrowest * OVERVIEW_PX_PER_UNIT, s.id).to.be.at.least(2.5);
    }
  });
  it('dilated widths are never below normal ones', () => {
    for (const s of anatomy.structures) {
      if (s.shape.type !== 'tube') continue;
      expect(s.shape.diameter.dilated, s.id).to.be.at.least(s.shape.diameter.normal);
    }
  });
});

describe('labels', () => {
  const labelled = anatomy.structures.filter((s) => s.label);
  it('sit inside the production crop (X 95–865, Y 40–790)', () => {
    for (const s of labelled) {
      const { x, y } = s.label!;
      expect(x >= 95 && x <= 865 && y >= 40 && y <= 790, `${s.id} at ${x},${y}`).to.equal(true);
    }
  });
  it('give priority 1 to at most 6 structures, including the five overview labels', () => {
    const first = labelled.filter((s) => s.label!.priority === 1).map((s) => s.id);
    expect(first.length).to.be.at.most(6);
    expect(first).to.include.members(['liver', 'gallbladder', 'common-bile-duct', 'duodenum', 'pancreas']);
  });
  it('end their leader lines on their own structure', () => {
    for (const s of labelled) {
      const to = s.label!.to;
      if (!to) continue;
      const shape = s.shape;
      let off: number;
      if (shape.type === 'tube') off = distanceToPolyline(to, drawnCentreline(s.id)) - widthOf(s.id, 'normal') / 2;
      else if (shape.type === 'band') off = distanceToPolyline(to, shape.points) - shape.width / 2;
      else if (shape.type === 'line')
        off = distanceToPolyline(to, shape.smooth ? sampleSpline(shape.points, 24) : shape.points);
      // The T12 aim is drawn as a short 'toward T12' arrow at the medial end of the planned path (issue 8), not at
      // the T12 body: its leader ends on that arrow.
      else if (s.id === 't12-aim') off = Math.min(...aimArrow(anatomy).map((l) => distanceToPolyline(to, l))) - 2;
      else if (shape.type === 'point') off = distance(to, shape.at);
      else if (shape.type === 'outline') off = signedDistanceToOutline(to, drawnOutline(s.id));
      else off = ((to[0] - shape.cx) / shape.rx) ** 2 + ((to[1] - shape.cy) / shape.ry) ** 2 - 1;
      expect(off, `${s.id} leader end ${to}`).to.be.at.most(1);
    }
  });
});
