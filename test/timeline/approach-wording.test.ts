import { expect } from '@open-wc/testing';
import { ACCESS, anatomy, APPROACHES, cases, procedure } from './case-helpers.js';
import { checkSuitability } from '../../src/model/check-suitability.js';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { compileTimeline } from '../../src/timeline/compile-timeline.js';

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

/** A step's words for the punctured duct name the one its approach's needle enters, never the other side's too. */
describe('approach wording', () => {
  it('names the punctured segment duct of the approach drawn, and only that one', () => {
    const wrong: string[] = [];
    const named = new Set<string>();
    for (const name of Object.keys(BUNDLED_PROCEDURES)) {
      const parsed = procedure(name);
      for (const c of cases) {
        if (checkSuitability(parsed, c.id, {}) !== null) continue;
        for (const approach of APPROACHES) {
          const timeline = compileTimeline(parsed, anatomy, { approach, obstruction: c.id });
          if (timeline.approach !== approach) continue;
          const duct = ACCESS[approach]![0]!;
          const own = ROMAN[Number(/^segment-(\d)-duct$/.exec(duct)![1])]!;
          for (const s of timeline.steps) {
            for (const m of s.clinician.matchAll(/punctured segment ((?:[IVX]+)(?:,? (?:or|and) [IVX]+)*) duct/g)) {
              const numerals = m[1]!.split(/,? (?:or|and) /);
              named.add(`${name} ${approach}`);
              if (numerals.length !== 1 || numerals[0] !== own)
                wrong.push(`${name} ${c.id} ${approach} ${s.id}: "${m[0]}", drawn: segment ${own}`);
            }
          }
        }
      }
    }
    expect(wrong).to.deep.equal([]);
    // PTCD's cholangiogram names it on both sides: the check has something to check.
    expect([...named]).to.include.members(['ptcd right', 'ptcd left']);
  });
});
