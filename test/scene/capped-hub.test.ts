import { expect } from '@open-wc/testing';
import { compileTimeline } from '../../src/timeline/compile-timeline.js';
import { parseProcedure } from '../../src/model/parse-procedure.js';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { bundledObstructions } from '../../src/model/bundled-obstructions.js';
import { anatomy, sceneAtEnd } from './scene-at.js';
import { pathElement } from './path-fill.js';

describe('a capped drain', () => {
  const parsed = parseProcedure(BUNDLED_PROCEDURES['internal-drainage'], anatomy, 'internal-drainage');
  for (const c of bundledObstructions().cases)
    for (const approach of ['right', 'left'])
      it(`${c.id}, ${approach}: shows the cap on its hub inside the frame`, () => {
        const timeline = compileTimeline(parsed, anatomy, { approach, obstruction: c.id, stent: 'plastic' });
        const { scene } = sceneAtEnd(timeline, 'capped', { width: 720 });
        const caps = scene.devices.filter((p) => p.part === 'cap');
        expect(caps.length, 'caps drawn').to.be.greaterThan(0);
        const { x, y, w, h } = scene.camera;
        for (const cap of caps) {
          const b = pathElement(cap.d).getBBox();
          expect(b.width, `${cap.id} drawn`).to.be.greaterThan(5);
          expect(
            b.x >= x && b.y >= y && b.x + b.width <= x + w && b.y + b.height <= y + h,
            `${cap.id} ${[b.x, b.y, b.width, b.height].map(Math.round)} in frame ${[x, y, w, h].map(Math.round)}`,
          ).to.equal(true);
        }
      });
});
