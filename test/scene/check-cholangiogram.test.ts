import { expect } from '@open-wc/testing';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { checkSuitability } from '../../src/model/check-suitability.js';
import type { Point } from '../../src/model/anatomy-schema.js';
import { distanceToPolyline, pointAtLength, sampleSpline } from '../../src/model/geometry.js';
import { OBSTRUCTION_NAMES } from '../../src/model/obstruction-names.js';
import { parseProcedure } from '../../src/model/parse-procedure.js';
import { STENT_NAMES } from '../../src/model/stent-names.js';
import { whenHolds } from '../../src/model/when-holds.js';
import { STENT_KINDS } from '../../src/scene/devices/stent-parts.js';
import { opacifiedAt, shownContrast } from '../../src/scene/xray-opacity.js';
import { anatomy, stateAt, timelineOf } from './scene-at.js';

/** Units within which a point counts as on an opacified lumen (about 2 mm). */
const REACH = 6;

/** Bile ducts' smooth centrelines. */
const ducts = anatomy.structures.flatMap((s) =>
  s.kind === 'duct' && s.shape.type === 'tube' ? [sampleSpline(s.shape.centerline)] : [],
);

/** The deepest point of a device's route (from its tip back) that lies in a bile duct, or null. */
function deepestInDuct(route: readonly Point[], tip: number): Point | null {
  for (let s = tip - 2; s > 0; s -= 2) {
    const p = pointAtLength(route, s).point;
    if (ducts.some((line) => distanceToPolyline(p, line) < 3)) return p;
  }
  return null;
}

/**
 * A step that declares a cholangiogram (guidance `cholangiogram`) shows one at its end: the duct the injecting
 * device lies in is opacified there, and so is every stent lumen the injection runs through.
 */
describe('cholangiogram steps show contrast where the injection goes', () => {
  for (const procedure of Object.keys(BUNDLED_PROCEDURES)) {
    const parsed = parseProcedure(BUNDLED_PROCEDURES[procedure], anatomy, `${procedure}.json`);
    for (const obstruction of OBSTRUCTION_NAMES) {
      if (checkSuitability(parsed, obstruction)) continue;
      const stents = parsed.steps.some((s) => s.when?.stent) ? STENT_NAMES : (['mesh'] as const);
      for (const stent of stents) {
        it(`${procedure}, ${obstruction}, ${stent}`, () => {
          const timeline = timelineOf(procedure, { obstruction, stent });
          const variant = { approach: timeline.approach, obstruction, stent };
          for (const step of parsed.steps) {
            if (step.guidance !== 'cholangiogram' || !whenHolds(step.when, variant)) continue;
            const state = stateAt(timeline, step.id, 1);
            const shown = shownContrast(state.contrast, state.washout);
            const injecting = step.actions.flatMap((a) =>
              a.type === 'contrast' && a.through !== undefined && whenHolds(a.when, variant) ? [a.through] : [],
            );
            for (const id of injecting) {
              const device = state.devices.find((d) => d.id === id && d.opacity > 0);
              if (!device) continue;
              const deepest = deepestInDuct(device.route, device.tip);
              expect(deepest, `${step.id}: ${id} lies in a duct`).to.not.equal(null);
              expect(
                opacifiedAt(anatomy, shown, deepest!, REACH),
                `${step.id}: contrast in the duct ${id} injects into`,
              ).to.equal(true);
            }
            for (const s of state.devices.filter((d) => STENT_KINDS.has(d.kind) && d.opacity > 0)) {
              const unfilled = [0.15, 0.5, 0.85].filter((f) => {
                const at = pointAtLength(s.route, s.tail + f * (s.tip - s.tail)).point;
                return !opacifiedAt(anatomy, shown, at, REACH);
              });
              expect(unfilled, `${step.id}: stent ${s.id} lumen unopacified at these fractions`).to.deep.equal([]);
            }
          }
        });
      }
    }
  }
});
