import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { deviceWidth, loopRadius } from '../../src/model/device-specs.js';
import { pigtailLoop } from '../../src/scene/devices/pigtail-loop.js';
import type { SampledState } from '../../src/timeline/timeline-types.js';
import { pxPerUnit, sceneOf, stateAt, timelineOf } from './scene-at.js';

/** A drawn path in the document, to ask what lies inside its fill. */
function drawnShape(d: string): SVGPathElement {
  const svg = document.body.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
  const path = svg.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'path'));
  path.setAttribute('d', d);
  return path;
}

/** Room kept between the catheter's edge and the lumen's edge, units (about 0.5 mm). */
const ROOM = 1.5;

/** The drawn loop's points that fall outside the gallbladder's dark lumen: its centreline and both edges of its band. */
function outsideLumen(state: SampledState): string[] {
  const drain = state.devices.find((d) => d.kind === 'cholecystostomy-drain');
  if (!drain) return ['no drain'];
  const lumen = sceneOf(state).paths.find((p) => p.id === 'contrast-gallbladder');
  if (!lumen) return ['no drawn lumen'];
  const shape = drawnShape(lumen.d);
  const reach = deviceWidth(drain.kind, pxPerUnit(state)) / 2 + ROOM;
  const loop = pigtailLoop(drain.route, drain.tip, drain.curl, undefined, loopRadius(drain.kind)).slice(1);
  const out: string[] = [];
  for (const [x, y] of loop)
    for (let k = 0; k < 8; k++) {
      const p: Point = [x + reach * Math.cos((k * Math.PI) / 4), y + reach * Math.sin((k * Math.PI) / 4)];
      if (!shape.isPointInFill(new DOMPoint(...p))) out.push(p.map(Math.round).join(','));
    }
  shape.ownerSVGElement!.remove();
  return [...new Set(out)];
}

// Radiologist N3 (round 8): "the loop forms and locks inside the gallbladder", but the pigtail was drawn in the pale
// band round the contrast (it reads as the thick wall of acute cholecystitis), only its rim touching the dark lumen.
// Once the drain is in place, the whole loop (the catheter's band, not only its centreline) lies in the dark lumen
// while it forms and once it is locked, and still after the gallbladder has shrunk around it.
describe('cholecystostomy: the pigtail loop lies in the gallbladder’s drawn lumen', () => {
  for (const approach of ['transhepatic', 'transperitoneal']) {
    const timeline = timelineOf('cholecystostomy', { approach: approach as never });
    const placed = stateAt(timeline, 'drain', 1).devices.find((d) => d.id === 'drain')!.tip;
    it(`${approach}: every frame of the drain step once the drain is in, and the end`, () => {
      const fractions = Array.from({ length: 21 }, (_, i) => i / 20);
      const moments = fractions
        .map((f) => ({ at: `drain ${Math.round(f * 100)}%`, state: stateAt(timeline, 'drain', f) }))
        .filter(({ state }) => {
          const drain = state.devices.find((d) => d.id === 'drain');
          return drain && Math.abs(drain.tip - placed) < 0.5;
        });
      expect(moments.length, 'frames with the drain in place').to.be.at.least(8);
      moments.push({ at: 'drainage 100%', state: stateAt(timeline, 'drainage', 1) });
      for (const { at, state } of moments) expect(outsideLumen(state), `${approach}, ${at}`).to.deep.equal([]);
    });
  }
});
