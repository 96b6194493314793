import { expect } from '@open-wc/testing';
import access from '../../data/anatomy/access.json';
import ducts from '../../data/anatomy/ducts.json';
import liver from '../../data/anatomy/liver.json';
import skeleton from '../../data/anatomy/skeleton.json';
import thorax from '../../data/anatomy/thorax.json';
import vessels from '../../data/anatomy/vessels.json';
import viscera from '../../data/anatomy/viscera.json';
import type { Point, Structure } from '../../src/model/anatomy-schema.js';
import { distance, distanceToPolyline } from '../../src/model/geometry.js';
import { parseAnatomy } from '../../src/model/parse-anatomy.js';

// The biliary tree of composition §4: one connected tree from the periphery to the papilla.

const anatomy = parseAnatomy({
  'skeleton.json': skeleton,
  'thorax.json': thorax,
  'liver.json': liver,
  'ducts.json': ducts,
  'vessels.json': vessels,
  'viscera.json': viscera,
  'access.json': access,
});

/** Junctions are shared points: a child ends within this distance of its parent's centreline. */
const ON_LINE = 0.5;

function get(id: string): Structure {
  const s = anatomy.byId.get(id);
  if (!s) throw new Error(`missing structure "${id}"`);
  return s;
}
function centreline(id: string): Point[] {
  const shape = get(id).shape;
  if (shape.type !== 'tube') throw new Error(`${id} is not a tube`);
  return shape.centerline;
}
function pointOf(id: string): Point {
  const shape = get(id).shape;
  if (shape.type !== 'point') throw new Error(`${id} is not a point`);
  return shape.at;
}
const last = (line: readonly Point[]) => line[line.length - 1]!;

const ductTubes = () => anatomy.structures.filter((s) => s.kind === 'duct' && s.shape.type === 'tube');

/** Where each duct's outflow ends: the papilla for the biliary and main pancreatic ducts. */
const OUTLET: Record<string, string> = { 'accessory-pancreatic-duct': 'minor-papilla' };

const PARENTS: Record<string, string> = {
  'segment-7-duct': 'right-posterior-duct',
  'segment-6-duct': 'right-posterior-duct',
  'right-posterior-duct': 'right-hepatic-duct',
  'segment-8-duct': 'right-anterior-duct',
  'segment-5-duct': 'right-anterior-duct',
  'right-anterior-duct': 'right-hepatic-duct',
  'right-hepatic-duct': 'confluence',
  'segment-2-duct': 'left-lateral-duct',
  'segment-3-duct': 'left-lateral-duct',
  'left-lateral-duct': 'left-hepatic-duct',
  'segment-4a-duct': 'left-hepatic-duct',
  'segment-4b-duct': 'left-hepatic-duct',
  'left-hepatic-duct': 'confluence',
  'caudate-duct': 'confluence',
  confluence: 'common-hepatic-duct',
  'common-hepatic-duct': 'common-bile-duct',
  'cystic-duct': 'common-bile-duct',
  'common-bile-duct': 'major-papilla',
  'pancreatic-duct': 'major-papilla',
  'accessory-pancreatic-duct': 'minor-papilla',
};

describe('duct tree', () => {
  it('has every duct of composition §4 with its documented parent', () => {
    for (const [id, parent] of Object.entries(PARENTS)) {
      expect(get(id).kind, id).to.equal('duct');
      expect(get(id).parent, `${id} drains into`).to.equal(parent);
    }
    expect(ductTubes().length).to.equal(Object.keys(PARENTS).length - 1);
  });

  it('reaches the papilla from every duct by following parents, without loops', () => {
    for (const s of ductTubes()) {
      const seen = new Set<string>();
      let id = s.id;
      while (get(id).kind === 'duct') {
        expect(seen.has(id), `loop at ${id}`).to.equal(false);
        seen.add(id);
        id = get(id).parent ?? '(none)';
      }
      expect(id, `outlet of ${s.id}`).to.equal(OUTLET[s.id] ?? 'major-papilla');
    }
  });

  it('joins each duct at a point on its parent: the last centreline point is shared', () => {
    for (const s of ductTubes()) {
      const end = last(centreline(s.id));
      const parent = get(s.parent!);
      if (s.id === 'pancreatic-duct') {
        // The main pancreatic duct joins the CBD at the ampulla, the common channel to the papilla.
        expect(end, 'pancreatic duct ends at the ampulla').to.deep.equal(pointOf('ampulla'));
        expect(distanceToPolyline(end, centreline('common-bile-duct')), 'ampulla on the CBD').to.be.at.most(ON_LINE);
      } else if (parent.shape.type === 'point') {
        expect(end, `${s.id} ends at ${parent.id}`).to.deep.equal(parent.shape.at);
      } else {
        const line = centreline(parent.id);
        const offVertex = Math.min(...line.map((p) => distance(p, end)));
        const offLine = distanceToPolyline(end, line);
        expect(Math.min(offVertex, offLine), `${s.id} ends on ${parent.id}`).to.be.at.most(ON_LINE);
      }
    }
  });

  it('starts the CHD at the confluence and ends the CBD at the major papilla', () => {
    expect(centreline('common-hepatic-duct')[0]).to.deep.equal(pointOf('confluence'));
    expect(last(centreline('common-bile-duct'))).to.deep.equal(pointOf('major-papilla'));
    expect(last(centreline('common-hepatic-duct'))).to.deep.equal(centreline('common-bile-duct')[0]);
  });

  it('connects the accessory duct to the main pancreatic duct at its other end', () => {
    const start = centreline('accessory-pancreatic-duct')[0]!;
    expect(distanceToPolyline(start, centreline('pancreatic-duct'))).to.be.at.most(3);
    expect(last(centreline('accessory-pancreatic-duct'))).to.deep.equal(pointOf('minor-papilla'));
  });

  it('never narrows toward the papilla: a duct is no wider than the duct it drains into', () => {
    for (const s of ductTubes()) {
      let parentId = s.parent!;
      if (parentId === 'confluence') parentId = 'common-hepatic-duct';
      const parent = get(parentId);
      if (parent.shape.type !== 'tube' || s.shape.type !== 'tube') continue;
      for (const state of ['normal', 'dilated'] as const) {
        expect(s.shape.diameter[state], `${s.id} vs ${parentId} (${state})`).to.be.at.most(
          parent.shape.diameter[state],
        );
      }
    }
  });

  it('draws the posterior-sector and caudate ducts as behind', () => {
    for (const id of ['segment-7-duct', 'segment-6-duct', 'right-posterior-duct', 'caudate-duct']) {
      expect(get(id).behind, id).to.equal(true);
      expect(get(id).layer, id).to.equal('ducts-behind');
    }
    expect(get('right-anterior-duct').behind).to.not.equal(true);
  });
});
