import { expect } from '@open-wc/testing';
import { polylines, sceneOf, stateAt, timelineOf } from './scene-at.js';

/** Pairs of non-adjacent segments of an open polyline that cross each other. */
function selfCrossings(line: readonly [number, number][]): number {
  const cross = (a: number[], b: number[], c: number[], d: number[]) => {
    const side = (p: number[], q: number[], r: number[]) =>
      Math.sign((q[0]! - p[0]!) * (r[1]! - p[1]!) - (q[1]! - p[1]!) * (r[0]! - p[0]!));
    return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
  };
  let n = 0;
  for (let i = 0; i + 1 < line.length; i++)
    for (let j = i + 2; j + 1 < line.length; j++) if (cross(line[i]!, line[i + 1]!, line[j]!, line[j + 1]!)) n++;
  return n;
}

describe('tube outlines', () => {
  it('the duodenal C-loop: neither wall folds back into a barb at its tight bends', () => {
    const scene = sceneOf(stateAt(timelineOf('stent', { obstruction: 'distal' }), 'cholangiogram', 1));
    const outline = polylines(scene.paths.find((p) => p.id === 'duodenum' && p.paint === 'tube')!.d)[0]!;
    // The closed outline is the left wall forward, then the right wall back: each wall alone must not cross itself.
    const half = Math.floor(outline.length / 2);
    expect(selfCrossings(outline.slice(0, half - 4)), 'one wall').to.equal(0);
    expect(selfCrossings(outline.slice(half + 4)), 'the other wall').to.equal(0);
  });
});
