import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { bundledObstructions } from '../../src/model/bundled-obstructions.js';
import { caseAnatomy } from '../../src/model/case-anatomy.js';
import { checkSuitability } from '../../src/model/check-suitability.js';
import { parseProcedure } from '../../src/model/parse-procedure.js';
import { buildScene } from '../../src/scene/build-scene.js';
import { sceneInputFor } from '../../src/scene/scene-input.js';
import { compileTimeline } from '../../src/timeline/compile-timeline.js';
import { sampleTimeline } from '../../src/timeline/sample-timeline.js';
import { VIEW } from '../render/scene-fixture.js';
import { anatomy } from './scene-at.js';

/** The smoothness rule for drawn wires (picture-rules.test.ts): no corner over 20° between samples 1.5 units apart. */
const MAX_TURN = 20;
const SPACING = 1.5;

/** The points of an SVG path's first M/L run. */
function firstRun(d: string): Point[] {
  const out: Point[] = [];
  for (const m of d.matchAll(/([ML])(-?[\d.]+),(-?[\d.]+)|[A-Za-z]/g)) {
    if (m[1] === 'M' && out.length) break;
    if (!m[1]) {
      if (out.length) break;
      continue;
    }
    out.push([Number(m[2]), Number(m[3])]);
  }
  return out;
}

/** The sharpest turn (degrees) along a line, and where, between samples at least `SPACING` apart. */
function sharpest(line: readonly Point[]): { turn: number; at: string } {
  // Resampled: each kept point at least SPACING from the last kept one.
  const pts: Point[] = [];
  for (const p of line)
    if (!pts.length || Math.hypot(p[0] - pts.at(-1)![0], p[1] - pts.at(-1)![1]) >= SPACING) pts.push(p);
  let worst = { turn: 0, at: '' };
  for (let i = 1; i < pts.length - 1; i++) {
    const [a, b, c] = [pts[i - 1]!, pts[i]!, pts[i + 1]!];
    let d = ((Math.atan2(c[1] - b[1], c[0] - b[0]) - Math.atan2(b[1] - a[1], b[0] - a[0])) * 180) / Math.PI;
    while (d > 180) d -= 360;
    while (d < -180) d += 360;
    if (Math.abs(d) > worst.turn) worst = { turn: Math.abs(d), at: b.map(Math.round).join(',') };
  }
  return worst;
}

// Illustrator (round 8, HJ balloon inflate): the stiff 0.035-inch wire left the balloon's tip and kinked at a sharp
// angle into the jejunal limb, where a stiff wire curves smoothly. Every wire drawn through a balloon, in every
// balloon-dilation case, bends in smooth curves while the balloon is in place.
describe('balloon dilation: the wire through the balloon bends smoothly', () => {
  const parsed = parseProcedure(BUNDLED_PROCEDURES['balloon-dilation'], anatomy, 'balloon-dilation.json');
  for (const c of bundledObstructions().cases) {
    if (checkSuitability(parsed, c.id) !== null) continue;
    for (const approach of c.drain)
      it(`${c.id} / ${approach}: no corner over ${MAX_TURN}° between samples ${SPACING} units apart`, () => {
        const timeline = compileTimeline(parsed, anatomy, { approach, obstruction: c.id });
        const drawn = caseAnatomy(anatomy, c);
        let checked = 0;
        for (const step of timeline.steps.filter((s) => ['position', 'inflate', 'efface', 'deflate'].includes(s.id)))
          for (const f of [0.25, 0.5, 0.75, 1]) {
            const moment = sampleTimeline(timeline, step.start + f * (step.end - step.start));
            if (!moment.devices.some((d) => d.kind === 'balloon-catheter' && d.opacity > 0)) continue;
            const scene = buildScene(drawn, sceneInputFor({ ...VIEW, labels: false }, moment));
            for (const wire of scene.devices.filter((p) => p.part === 'wire')) {
              const { turn, at } = sharpest(firstRun(wire.d));
              expect(turn, `${step.id} ${Math.round(f * 100)}% ${wire.deviceId} at ${at}`).to.be.at.most(MAX_TURN);
              checked++;
            }
          }
        expect(checked, 'wires checked').to.be.greaterThan(0);
      });
  }
});
