import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import { distance, insidePolygon, polylineLength, sampleSpline } from '../../src/model/geometry.js';
import { parseAnatomy } from '../../src/model/parse-anatomy.js';
import { resolveRoute } from '../../src/timeline/resolve-route.js';

const anatomy = parseAnatomy(DEFAULT_ANATOMY_FILES);
const pointOf = (id: string): Point => {
  const shape = anatomy.byId.get(id)!.shape;
  if (shape.type !== 'point') throw new Error(`${id} is not a point`);
  return shape.at;
};
const splineOf = (id: string): Point[] => {
  const shape = anatomy.byId.get(id)!.shape;
  if (shape.type !== 'tube') throw new Error(`${id} is not a tube`);
  return sampleSpline(shape.centerline);
};

describe('resolveRoute', () => {
  it('joins point structures with straight segments', () => {
    const ids = ['right-entry', 'right-target', 'right-deep-pass'];
    const route = resolveRoute(ids, anatomy);
    expect(route.points).to.deep.equal(ids.map(pointOf));
    const first = distance(pointOf('right-entry'), pointOf('right-target'));
    expect(route.stops['right-target']).to.be.closeTo(first, 1e-9);
    expect(route.length).to.be.closeTo(first + distance(pointOf('right-target'), pointOf('right-deep-pass')), 1e-9);
  });

  it('enters a duct at the sample nearest the previous point and follows it to its junction', () => {
    const route = resolveRoute(['right-entry', 'right-target', 'segment-6-duct'], anatomy);
    const spline = splineOf('segment-6-duct');
    const target = pointOf('right-target');
    const gaps = spline.map((p) => distance(p, target));
    const i = gaps.indexOf(Math.min(...gaps));
    // After the target: the duct's own smooth centreline from that sample to its last point
    // (the sample itself is dropped when it coincides with the target).
    const expected = gaps[i] === 0 ? spline.slice(i + 1) : spline.slice(i);
    expect(route.points.slice(2)).to.deep.equal(expected);
    const shape = anatomy.byId.get('segment-6-duct')!.shape;
    const junction = shape.type === 'tube' ? shape.centerline[shape.centerline.length - 1] : null;
    expect(route.points[route.points.length - 1]).to.deep.equal(junction);
    expect(route.stops['segment-6-duct']).to.be.closeTo(route.length, 1e-9);
  });

  it('chains ducts through their junctions, drops repeated points and measures the whole polyline', () => {
    const ids = ['right-hepatic-duct', 'confluence', 'common-hepatic-duct', 'common-bile-duct'];
    const route = resolveRoute(ids, anatomy);
    for (let i = 1; i < route.points.length; i++)
      expect(distance(route.points[i - 1]!, route.points[i]!)).to.be.greaterThan(0);
    expect(route.length).to.be.closeTo(polylineLength(route.points), 1e-9);
    const rhd = polylineLength(splineOf('right-hepatic-duct'));
    const chd = polylineLength(splineOf('common-hepatic-duct'));
    expect(route.stops['confluence']).to.be.closeTo(rhd, 1e-9);
    expect(route.stops['common-hepatic-duct']).to.be.closeTo(rhd + chd, 1e-9);
    const cbd = route.ducts.find((d) => d.id === 'common-bile-duct')!;
    expect(cbd.start).to.be.closeTo(rhd + chd, 1e-9);
    expect(cbd.ductStart).to.equal(0);
  });

  it('rejects ids that are neither points nor ducts', () => {
    expect(() => resolveRoute(['right-entry', 'liver'], anatomy)).to.throw(/liver/);
    expect(() => resolveRoute(['right-entry', 'no-such-thing'], anatomy)).to.throw(/no-such-thing/);
  });

  it('ends a route inside a hollow organ: the gallbladder stands for the middle of its lumen', () => {
    const route = resolveRoute(['right-entry', 'gallbladder'], anatomy);
    const end = route.points.at(-1)!;
    const shape = anatomy.byId.get('gallbladder')!.shape;
    if (shape.type !== 'outline') throw new Error('gallbladder is not an outline');
    expect(insidePolygon(end, shape.points)).to.equal(true);
    expect(insidePolygon(end, shape.states!.distended!)).to.equal(true);
    expect(route.stops.gallbladder).to.be.closeTo(route.length, 1e-9);
  });
});
