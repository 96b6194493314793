import { expect } from '@open-wc/testing';
import ptcd from '../../data/procedures/ptcd.json';
import { DataError } from '../../src/model/data-error.js';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import { parseAnatomy } from '../../src/model/parse-anatomy.js';
import { parseProcedure } from '../../src/model/parse-procedure.js';

const anatomy = parseAnatomy(DEFAULT_ANATOMY_FILES);

/** The problems of a rejected procedure, by path. */
function problemsOf(json: unknown): Map<string, string> {
  try {
    parseProcedure(json, anatomy, 'test.json');
  } catch (e) {
    expect(e).to.be.instanceOf(DataError);
    return new Map((e as DataError).problems.map((p) => [p.path, p.message]));
  }
  throw new Error('expected the procedure to be rejected');
}

describe('what an author reads about a fault in their procedure', () => {
  // The PTCD file with the faults a course author makes when writing one by hand.
  const json = JSON.parse(JSON.stringify(ptcd)) as Record<string, unknown> & {
    steps: Record<string, unknown>[] & { actions: Record<string, unknown>[] }[];
  };
  delete json.steps[0]!.title;
  json.steps[1]!.titel = 'Choose the entry site';
  json.steps[2]!.actions[0]!.type = 'teleport';
  json.steps[3]!.duration = '7000';
  const problems = problemsOf(json);

  it('a missing field is required, not an "invalid key"', () => {
    expect(problems.get('steps[0].title')).to.equal('required, but missing');
  });
  it('a misspelt field is named as not belonging there', () => {
    expect(problems.get('steps[1].titel')).to.equal('not a field here: check its spelling');
  });
  it('an unknown choice lists the ones allowed and what was found', () => {
    const message = problems.get('steps[2].actions[0].type') ?? '';
    expect(message).to.match(/^must be one of "[a-z-]+"(, "[a-z-]+")+; found "teleport"$/);
    expect(message).to.contain('"contrast"');
  });
  it('a value of the wrong type says what was expected and found', () => {
    expect(problems.get('steps[3].duration')).to.equal('expected number, found "7000"');
  });
  it("no message keeps the validator's own wording", () => {
    for (const message of problems.values()) expect(message).not.to.match(/^Invalid \w+:/);
  });
});
