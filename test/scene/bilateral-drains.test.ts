import { LANDMARKS } from '../../src/model/landmarks.js';
import { expect } from '@open-wc/testing';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import { distance } from '../../src/model/geometry.js';
import { parseAnatomy } from '../../src/model/parse-anatomy.js';
import { parseProcedure } from '../../src/model/parse-procedure.js';
import { compileTimeline } from '../../src/timeline/compile-timeline.js';
import { sceneAtEnd } from './scene-at.js';

const anatomy = parseAnatomy(DEFAULT_ANATOMY_FILES);

/** The devices at the end of a step of a Bismuth IV case, as the element draws them in the illustration. */
function sceneAt(name: string, step: string) {
  const procedure = parseProcedure(BUNDLED_PROCEDURES[name] as unknown, anatomy, name);
  return sceneAtEnd(compileTimeline(procedure, anatomy, { approach: 'right', obstruction: 'hilar-4' }), step);
}

/** The first point of an SVG path. */
const start = (d: string) => /M(-?[\d.]+),(-?[\d.]+)/.exec(d)!.slice(1).map(Number) as [number, number];

describe('Bismuth IV: both drains leave the body', () => {
  for (const [name, step] of [
    ['internal-drainage', 'cholangiogram'],
    ['ptcd', 'drainage'],
  ] as const) {
    it(`${name} ${step}: each drain has its own tubing from its hub to its own bag outside the body`, () => {
      const { moment, scene } = sceneAt(name, step);
      const drains = moment.devices.filter((d) => d.kind === 'drain' && d.opacity > 0);
      if (drains.length < 2) return;
      const tubing = scene.devices.filter((p) => p.part === 'tubing');
      const bags = scene.devices.filter((p) => p.part === 'bag');
      expect(tubing, 'one tubing per drain').to.have.length(drains.length);
      expect(bags, 'one bag per drain').to.have.length(drains.length);
      const starts = tubing.map((t) => start(t.d));
      for (const d of drains) {
        const skin = d.route[0]!;
        const nearest = Math.min(...starts.map((p) => distance(p, skin)));
        expect(nearest, `${d.id}: tubing starts at its skin entry`).to.be.below(40);
      }
      const bagX = bags.map((b) => start(b.d)[0]).sort((a, b) => a - b);
      // Each hangs on its drain's own side, outside the body: the right one outside the right flank, the left
      // (subxiphoid) one beyond the left costal margin; their tubes never cross the midline.
      const costal = (anatomy.byId.get('costal-margin-left')!.shape as { points: [number, number][] }).points;
      expect(bagX[0]!, 'right bag outside the right flank').to.be.below(120);
      expect(bagX[1]!, 'left bag beyond the left costal margin').to.be.above(Math.max(...costal.map((p) => p[0])));
      for (const t of tubing) {
        const xs = [...t.d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[1]));
        const sides = new Set(xs.map((x) => x > LANDMARKS.midlineX));
        expect(sides.size, 'tubing stays on its own side').to.equal(1);
      }
      expect(new Set(scene.devices.map((p) => p.id)).size, 'unique part ids').to.equal(scene.devices.length);
    });
  }
});
