import { expect } from '@open-wc/testing';
import obstructions from '../../data/obstructions.json';
import ptcd from '../../data/procedures/ptcd.json';
import stents from '../../data/stents.json';
import type { Point } from '../../src/model/anatomy-schema.js';
import { bundledObstructions } from '../../src/model/bundled-obstructions.js';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import { distance, polylineLength, sampleSpline } from '../../src/model/geometry.js';
import { DEFAULT_OBSTRUCTION, OBSTRUCTION_NAMES } from '../../src/model/obstruction-names.js';
import { parseAnatomy } from '../../src/model/parse-anatomy.js';
import { parseProcedure } from '../../src/model/parse-procedure.js';
import { STENT_NAMES } from '../../src/model/stent-names.js';
import { compileTimeline } from '../../src/timeline/compile-timeline.js';
import { sampleTimeline } from '../../src/timeline/sample-timeline.js';
import { pointOnDuct } from '../timeline/route-helpers.js';

const anatomy = parseAnatomy(DEFAULT_ANATOMY_FILES);
const parsed = bundledObstructions();
const caseOf = (id: string) => parsed.byId.get(id)!;

// Brief §4.1 (Bismuth–Corlette) and §4.2–4.3, duct by duct. Everything draining through a block is dilated;
// a duct fully inside the tumour, and every duct below it, is not. The caudate duct drains into the
// confluence angle (brief §1.3), so it is dilated whenever the confluence or the CHD below it is blocked.
const RIGHT_SEGMENTAL = ['segment-5-duct', 'segment-6-duct', 'segment-7-duct', 'segment-8-duct'];
const RIGHT_SECTORAL = ['right-anterior-duct', 'right-posterior-duct'];
const LEFT_SEGMENTAL = ['segment-2-duct', 'segment-3-duct', 'segment-4a-duct', 'segment-4b-duct'];
const INTRAHEPATIC = [...RIGHT_SEGMENTAL, ...RIGHT_SECTORAL, ...LEFT_SEGMENTAL, 'left-lateral-duct', 'caudate-duct'];
const HEPATIC = ['right-hepatic-duct', 'left-hepatic-duct'];
const EXPECTED_DILATED: Record<string, readonly string[]> = {
  // Pancreatic-head mass on the intrapancreatic CBD: everything upstream, the cystic duct (the block is below
  // it), and the pancreatic duct (double-duct sign).
  distal: [...INTRAHEPATIC, ...HEPATIC, 'common-hepatic-duct', 'common-bile-duct', 'cystic-duct', 'pancreatic-duct'],
  // I: CHD below the confluence; RHD and LHD still connect; the CHD stump above the sleeve is dilated.
  'hilar-1': [...INTRAHEPATIC, ...HEPATIC, 'common-hepatic-duct'],
  // II: the confluence; RHD and LHD cut off from each other, each dilated; sectoral ducts free.
  'hilar-2': [...INTRAHEPATIC, ...HEPATIC],
  // IIIa: II + the whole RHD up to the sectoral origins: the sectoral ducts drain into tumour, the RHD is tumour.
  'hilar-3a': [...INTRAHEPATIC, 'left-hepatic-duct'],
  // IIIb: II + the LHD (and the left lateral duct) up to the II/III/IV origins.
  'hilar-3b': [...INTRAHEPATIC.filter((d) => d !== 'left-lateral-duct'), 'right-hepatic-duct'],
  // IV: both sides up to the second-order ducts.
  'hilar-4': INTRAHEPATIC.filter((d) => d !== 'left-lateral-duct'),
  // Benign ring on the CHD a little below the confluence: like type I.
  'benign-anastomotic': [...INTRAHEPATIC, ...HEPATIC, 'common-hepatic-duct'],
};
// Brief §4.1: which ducts carry tumour in each type (composition §9 names the extents).
const CORE = ['common-hepatic-duct', 'right-hepatic-duct', 'left-hepatic-duct'];
const RIGHT_ORIGINS = ['right-anterior-duct', 'right-posterior-duct'];
const LEFT_ORIGINS = ['left-lateral-duct', 'segment-2-duct', 'segment-3-duct', 'segment-4a-duct', 'segment-4b-duct'];
const EXPECTED_LESION_DUCTS: Record<string, readonly string[]> = {
  distal: ['common-bile-duct'],
  'hilar-1': ['common-hepatic-duct'],
  'hilar-2': CORE,
  'hilar-3a': [...CORE, ...RIGHT_ORIGINS],
  'hilar-3b': [...CORE, ...LEFT_ORIGINS],
  'hilar-4': [...CORE, ...RIGHT_ORIGINS, ...LEFT_ORIGINS],
  'benign-anastomotic': ['common-hepatic-duct'],
};
// Brief §4.1 clinical linkage: IIIa drains the left (future remnant), IIIb the right, IV both; others right.
const EXPECTED_DRAIN: Record<string, readonly string[]> = {
  distal: ['right'],
  'hilar-1': ['right'],
  'hilar-2': ['right'],
  'hilar-3a': ['left'],
  'hilar-3b': ['right'],
  'hilar-4': ['right', 'left'],
  'benign-anastomotic': ['right'],
};

const spline = (id: string) => {
  const shape = anatomy.byId.get(id)!.shape;
  if (shape.type !== 'tube') throw new Error(`${id} is not a tube`);
  return sampleSpline(shape.centerline);
};
/** The point at centreline fraction f of a duct. */
const at = (id: string, f: number): Point => pointOnDuct(anatomy, id, f);
const CONFLUENCE: Point = [435, 363];

describe('obstruction cases (data/obstructions.json)', () => {
  const procedure = parseProcedure(ptcd, anatomy);

  it('ships exactly the cases of OBSTRUCTION_NAMES, defaulting to the distal one', () => {
    expect(obstructions.cases.map((c) => c.id)).to.deep.equal([...OBSTRUCTION_NAMES]);
    expect(parsed.default).to.equal(DEFAULT_OBSTRUCTION);
    expect(DEFAULT_OBSTRUCTION).to.equal('distal');
  });

  it('names the stent types of data/stents.json', () => {
    expect([...STENT_NAMES]).to.have.members(Object.keys(stents).filter((k) => !k.startsWith('$')));
  });

  for (const id of OBSTRUCTION_NAMES) {
    it(`${id}: dilates the ducts the brief says, and only those (derived from the duct tree)`, () => {
      const first = sampleTimeline(compileTimeline(procedure, anatomy, { approach: 'right', obstruction: id }), 0);
      const dilated = Object.entries(first.dilation)
        .filter(([, v]) => v > 0)
        .map(([k]) => k);
      expect(dilated).to.have.members([...EXPECTED_DILATED[id]!]);
      // Courvoisier: distended only when the block is below the cystic duct.
      expect(first.gallbladder, 'gallbladder').to.equal(id === 'distal' ? 'distended' : 'normal');
    });

    it(`${id}: puts tumour or scar on the brief's ducts, drains the brief's sides`, () => {
      const c = caseOf(id);
      expect(c.lesions.map((l) => l.duct)).to.have.members([...EXPECTED_LESION_DUCTS[id]!]);
      expect(c.drain).to.deep.equal(EXPECTED_DRAIN[id]);
      expect(c.malignant).to.equal(id !== 'benign-anastomotic');
      const kinds = new Set(c.lesions.map((l) => l.kind));
      expect([...kinds]).to.deep.equal([id === 'distal' ? 'mass' : id.startsWith('hilar') ? 'sleeve' : 'ring']);
    });
  }

  it('places the hilar core on the composition §9 circle (435,363, r 25)', () => {
    for (const id of ['hilar-2', 'hilar-3a', 'hilar-3b', 'hilar-4']) {
      for (const l of caseOf(id).lesions.filter((x) => CORE.includes(x.duct))) {
        // The end of the span away from the confluence lies on the circle, unless the duct is involved whole.
        const outer = l.duct === 'common-hepatic-duct' ? l.span[1] : l.span[0];
        if (outer === 0) continue;
        expect(distance(at(l.duct, outer), CONFLUENCE), `${id} ${l.duct}`).to.be.closeTo(25, 2);
        expect(
          l.duct === 'common-hepatic-duct' ? l.span[0] : l.span[1],
          `${id} ${l.duct} reaches the confluence`,
        ).to.equal(l.duct === 'common-hepatic-duct' ? 0 : 1);
      }
    }
  });

  it('extends IIIa along the RHD to 409,355 and IIIb along the LHD to 504,352 and on to 568,335', () => {
    const whole = (id: string, duct: string) => caseOf(id).lesions.find((l) => l.duct === duct)?.span;
    expect(whole('hilar-3a', 'right-hepatic-duct')).to.deep.equal([0, 1]);
    expect(at('right-hepatic-duct', 0)).to.deep.equal([409, 355]);
    expect(whole('hilar-3b', 'left-hepatic-duct')).to.deep.equal([0, 1]);
    expect(whole('hilar-3b', 'left-lateral-duct')).to.deep.equal([0, 1]);
    expect(at('left-lateral-duct', 0)).to.deep.equal([568, 335]);
    // Second-order origins: short sleeves ending at the junction; type IV, the most extensive, reaches at least as
    // far up each of them as IIIa or IIIb does (illustrator N5), yet stays short of the segmental ducts.
    const origin = (id: string, duct: string) => {
      const l = caseOf(id).lesions.find((x) => x.duct === duct);
      return l ? polylineLength(spline(l.duct)) * (l.span[1] - l.span[0]) : 0;
    };
    for (const id of ['hilar-3a', 'hilar-3b', 'hilar-4']) {
      for (const l of caseOf(id).lesions.filter((x) => x.duct.startsWith('segment') || x.duct.startsWith('right-'))) {
        if (l.duct === 'right-hepatic-duct') continue;
        expect(l.span[1], `${id} ${l.duct}`).to.equal(1);
        const length = origin(id, l.duct);
        if (id !== 'hilar-4') expect(length, `${id} ${l.duct} origin length`).to.be.within(8, 20);
        else
          expect(length, `${id} ${l.duct} origin length`)
            .to.be.within(8, 50)
            .and.at.least(Math.max(origin('hilar-3a', l.duct), origin('hilar-3b', l.duct)));
      }
    }
  });

  it('puts type I on the CHD stretch 435,388–435,415, clearly below the confluence, and the distal mass on the composition zone', () => {
    const [i] = caseOf('hilar-1').lesions;
    expect(i!.duct).to.equal('common-hepatic-duct');
    expect(distance(at(i!.duct, i!.span[0]), [435, 388])).to.be.lessThan(1.5);
    expect(distance(at(i!.duct, i!.span[1]), [435, 415])).to.be.lessThan(1.5);
    // Brief §4.1: a little below the junction, the confluence spared (at least ~0.8 cm = 22 u along the CHD).
    const below = polylineLength(spline(i!.duct)) * i!.span[0];
    expect(below, 'sleeve top below the confluence (u along the CHD)').to.be.at.least(22);
    expect(distance(at(i!.duct, i!.span[0]), CONFLUENCE)).to.be.at.least(22);
    const [d] = caseOf('distal').lesions;
    expect(distance(at(d!.duct, d!.span[0]), [443, 576])).to.be.lessThan(2);
    expect(distance(at(d!.duct, d!.span[1]), [433, 605])).to.be.lessThan(2);
    expect(d!.mass).to.deep.equal({ cx: 465, cy: 612, r: 50 });
  });

  // Issue 8: the case is a hepaticojejunostomy, so the ring sits at the join of the CHD with the jejunal limb
  // (the end of the CHD), no longer a little below the confluence.
  it('puts the benign ring on the CHD at its join with the limb, short', () => {
    const [ring] = caseOf('benign-anastomotic').lesions;
    expect(ring!.duct).to.equal('common-hepatic-duct');
    const top = at(ring!.duct, ring!.span[0]);
    expect(distance(top, CONFLUENCE)).to.be.at.least(40);
    expect(polylineLength(spline(ring!.duct)) * (1 - ring!.span[1]), 'within 1 cm of the join').to.be.at.most(28);
    const length = polylineLength(spline(ring!.duct)) * (ring!.span[1] - ring!.span[0]);
    expect(length, 'a short ring (under 5 mm)').to.be.at.most(14);
  });
});
