import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { insidePolygon } from '../../src/model/geometry.js';
import type { SceneLabel } from '../../src/scene/scene-types.js';
import { gallbladderOf, glyphBox, sweepSteps, type Look, type SweptFrame } from './label-sweep.js';

/**
 * A name written on the gallbladder reads as the gallbladder's. The clinician handout's small pictures showed "Stent",
 * "Drain" and "Papilla" there, their leaders running off to the stent, the drain and the papilla: at the step ends
 * swept here, 33 device words and 4 papillas in the handout's pictures, and 54 device words over both looks. A name
 * now stands on the gallbladder only where no spot off it fits round any of its leader's ends (in a patient's crowded
 * 240 px picture, some still do). Another organ's name ("Liver") that finds no spot off it goes unnamed there.
 */
const HANDOUT: Look = { width: 240, height: 234, view: 'illustration', audience: 'clinician', labelScale: 1.2 };
const LAPTOP: Look = { width: 720, view: 'illustration', audience: 'clinician' };
const PATIENT_HANDOUT: Look = { ...HANDOUT, audience: 'patient' };

/** Points over a name's glyphs, scene units. */
function textSpots(l: SceneLabel): Point[] {
  const { x0, y0, x1, y1 } = glyphBox(l);
  return [0.05, 0.25, 0.5, 0.75, 0.95].flatMap((fx) =>
    [0.1, 0.5, 0.9].map((fy): Point => [x0 + fx * (x1 - x0), y0 + fy * (y1 - y0)]),
  );
}

/** The names `named` picks (not the measure step's figures, which stand by their brackets) whose text lies on the
 * gallbladder drawn in a frame. */
const onGallbladder = (f: SweptFrame, named: (l: SceneLabel) => boolean): string[] => {
  const outline = gallbladderOf(f.anatomy, f.scene, f.moment.gallbladder);
  if (!outline) return [];
  return f.scene.labels
    .filter((l) => l.kind !== 'numeral' && named(l) && textSpots(l).some((p) => insidePolygon(p, outline)))
    .map((l) => `${f.what}: "${l.text}" on the gallbladder`);
};

const device = (l: SceneLabel) => l.structureId.startsWith('device-');

describe('names keep off the gallbladder unless it is theirs', function () {
  this.timeout(300000);
  it("a clinician's pictures, handout and laptop: no device's word on it, at any step end of any procedure or case", () => {
    const found = sweepSteps([HANDOUT, LAPTOP], (f) => onGallbladder(f, device));
    expect(found.slice(0, 20), `${found.length} device words on the gallbladder`).to.deep.equal([]);
  });
  it("the clinician handout's pictures: no papilla or block named on it either", () => {
    const found = sweepSteps([HANDOUT], (f) =>
      onGallbladder(f, (l) => l.structureId === 'major-papilla' || l.structureId === 'lesion'),
    );
    expect(found.slice(0, 20), `${found.length} names on the gallbladder`).to.deep.equal([]);
  });
  it("both handouts' pictures: no other organ named on it (the liver's name stood there in the hilar stent check)", () => {
    const organ = (l: SceneLabel) => l.kind === 'organ' && l.structureId !== 'gallbladder';
    const found = sweepSteps([HANDOUT, PATIENT_HANDOUT], (f) => onGallbladder(f, organ));
    expect(found.slice(0, 20), `${found.length} organ names on the gallbladder`).to.deep.equal([]);
  });
});
