import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { DataError } from '../../src/model/data-error.js';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import { validatingParsers } from '../../src/model/validate-data.js';
import { loadTimeline, type LoadInput } from '../../src/timeline/load-timeline.js';
import { sampleTimeline } from '../../src/timeline/sample-timeline.js';
import { mutations } from './json-arbitraries.js';

const base: LoadInput = {
  anatomyFiles: DEFAULT_ANATOMY_FILES,
  procedure: 'ptcd',
  procedureData: BUNDLED_PROCEDURES.ptcd,
  source: 'procedureData',
  approach: 'right',
  obstruction: 'distal',
  stent: 'mesh',
};

/** Loads `input`: a usable timeline with finite times and numbers, or a DataError naming paths. */
function expectValidOrDocumented(input: LoadInput) {
  let loaded;
  try {
    loaded = loadTimeline(input, validatingParsers);
  } catch (e) {
    expect(e).to.be.instanceOf(DataError);
    const error = e as DataError;
    expect(['invalid-data', 'too-large']).to.include(error.code);
    expect(error.problems.length).to.be.greaterThan(0);
    for (const p of error.problems) {
      expect(p.path).to.be.a('string').and.not.be.empty;
      expect(p.message).to.be.a('string').and.not.be.empty;
    }
    return;
  }
  const timeline = loaded.timeline;
  // Null means "no author procedure": the anatomy alone.
  if (!timeline) return expect(input.procedureData).to.equal(null);
  expect(Number.isFinite(timeline.duration)).to.equal(true);
  for (const step of timeline.steps) {
    const state = sampleTimeline(timeline, step.end);
    expect(JSON.stringify(state)).not.to.match(/NaN|Infinity|null,null/);
  }
}

let documents = 0;

describe('fuzzing author JSON through validation and compilation', () => {
  after(() => console.info(`author JSON documents fuzzed: ${documents}`));

  for (const [name, json] of Object.entries(BUNDLED_PROCEDURES)) {
    it(`gives a timeline or a documented error for 800 mutated ${name} procedures`, () => {
      fc.assert(
        fc.property(mutations(json), (doc) => {
          documents++;
          expectValidOrDocumented({ ...base, procedure: name, procedureData: doc.json });
        }),
        { numRuns: 800, seed: 21, includeErrorInReport: true },
      );
    });
  }

  for (const file of ['ducts.json', 'liver.json', 'vessels.json']) {
    it(`gives a drawing or a documented error for 200 mutated ${file} files`, () => {
      fc.assert(
        fc.property(mutations(DEFAULT_ANATOMY_FILES[file]), (doc) => {
          documents++;
          expectValidOrDocumented({ ...base, anatomyFiles: { ...DEFAULT_ANATOMY_FILES, [file]: doc.json } });
        }),
        { numRuns: 200, seed: 22, includeErrorInReport: true },
      );
    });
  }
});
