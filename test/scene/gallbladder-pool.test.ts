import { expect } from '@open-wc/testing';
import { LAYERS } from '../../src/model/layers.js';
import type { Scene } from '../../src/scene/scene-types.js';
import { sceneOf, stateAt, timelineOf } from './scene-at.js';

const VIEWS = ['illustration', 'fluoroscopy'] as const;
const layer = (scene: Scene, id: string) => LAYERS.indexOf(scene.paths.find((p) => p.id === id)!.layer);
/** Area of a closed path, square units, by the shoelace formula over its vertices. */
function area(d: string): number {
  const pts = d.match(/-?\d+(\.\d+)?,-?\d+(\.\d+)?/g)!.map((p) => p.split(',').map(Number) as [number, number]);
  let sum = 0;
  for (let i = 0; i < pts.length; i++) {
    const [a, b] = [pts[i]!, pts[(i + 1) % pts.length]!];
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return Math.abs(sum) / 2;
}

describe('contrast in the gallbladder', () => {
  const timeline = timelineOf('stent', { obstruction: 'distal' });
  for (const view of VIEWS)
    it(`is about as dense as the cystic duct that fed it and lies behind the bile ducts (${view})`, () => {
      const scene = sceneOf(stateAt(timeline, 'cholangiogram', 1), view);
      const pool = scene.paths.find((p) => p.id === 'contrast-gallbladder')!;
      const cbd = scene.paths.find((p) => p.id === 'contrast-common-bile-duct')!;
      // Illustrator U-k: a black cystic duct beside a mid-grey gallbladder read as two different fluids.
      expect(pool.opacity ?? 1, 'a little paler than the duct columns').to.be.within(0.75, 0.95);
      expect(cbd.opacity ?? 1).to.equal(1);
      expect(layer(scene, 'contrast-gallbladder'), 'under the CBD').to.be.lessThan(layer(scene, 'common-bile-duct'));
      expect(scene.paths.indexOf(pool)).to.be.lessThan(scene.paths.indexOf(cbd));
    });

  it('arrives after the cystic duct has filled, and spreads from there', () => {
    const fractions = Array.from({ length: 41 }, (_, i) => i / 40);
    const states = fractions.map((f) => stateAt(timeline, 'cholangiogram', f));
    const full = states.findIndex((s) => (s.contrast['cystic-duct']?.[0] ?? 1) < 0.02);
    expect(full, 'the cystic duct fills during the step').to.be.greaterThan(0);
    const poolArea = (i: number) => {
      const p = sceneOf(states[i]!).paths.find((q) => q.id === 'contrast-gallbladder');
      return p ? area(p.d) : 0;
    };
    const end = poolArea(states.length - 1);
    expect(poolArea(full - 1), 'nothing before the cystic duct is full').to.equal(0);
    expect(poolArea(full), 'a small pool when it has just filled').to.be.lessThan(end * 0.25);
    expect(poolArea(Math.round((full + states.length - 1) / 2))).to.be.within(poolArea(full), end);
  });
});
