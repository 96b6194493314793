import { expect } from '@open-wc/testing';
import { DataError } from '../../src/model/data-error.js';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import { parseAnatomy } from '../../src/model/parse-anatomy.js';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
type File = { structures: Record<string, unknown>[] };

function problemsOf(files: Record<string, unknown>): string[] {
  try {
    parseAnatomy(files);
  } catch (e) {
    expect(e).to.be.instanceOf(DataError);
    return (e as DataError).problems.map((p) => `${p.path} | ${p.message}`);
  }
  throw new Error('expected the anatomy to be rejected');
}

describe('parseAnatomy', () => {
  it('accepts every bundled anatomy file', () => {
    const anatomy = parseAnatomy(DEFAULT_ANATOMY_FILES);
    expect(anatomy.structures.length).to.be.greaterThan(60);
    expect(anatomy.byId.get('common-bile-duct')?.kind).to.equal('duct');
  });

  it('names the file and JSON path of a malformed centreline point', () => {
    const ducts = clone(DEFAULT_ANATOMY_FILES['ducts.json']) as File;
    const index = ducts.structures.findIndex((s) => s.id === 'common-hepatic-duct');
    (ducts.structures[index]!.shape as { centerline: unknown[] }).centerline[1] = [435, 'x'];
    const problems = problemsOf({ ...DEFAULT_ANATOMY_FILES, 'ducts.json': ducts });
    expect(problems[0]).to.match(
      new RegExp(`^ducts\\.json: structures\\[${index}\\]\\.shape\\.centerline\\[1\\]\\[1\\]`),
    );
  });

  it('rejects an unknown kind and a missing description with their paths', () => {
    const viscera = clone(DEFAULT_ANATOMY_FILES['viscera.json']) as File;
    viscera.structures[0]!.kind = 'bone';
    delete viscera.structures[1]!.description;
    const problems = problemsOf({ 'viscera.json': viscera });
    expect(problems.some((p) => p.startsWith('viscera.json: structures[0].kind'))).to.equal(true);
    expect(problems.some((p) => p.startsWith('viscera.json: structures[1].description'))).to.equal(true);
  });

  it('rejects a duplicate id and a dangling parent reference', () => {
    const ducts = clone(DEFAULT_ANATOMY_FILES['ducts.json']) as File;
    ducts.structures[1]!.id = ducts.structures[0]!.id;
    ducts.structures[2]!.parent = 'no-such-duct';
    const problems = problemsOf({ ...DEFAULT_ANATOMY_FILES, 'ducts.json': ducts });
    expect(problems.some((p) => p.includes('structures[1].id') && p.includes('duplicate'))).to.equal(true);
    expect(problems.some((p) => p.includes('structures[2].parent') && p.includes('no-such-duct'))).to.equal(true);
  });

  it('rejects ids that are not kebab-case', () => {
    const liver = clone(DEFAULT_ANATOMY_FILES['liver.json']) as File;
    liver.structures[0]!.id = 'Liver_Outline';
    expect(problemsOf({ 'liver.json': liver })[0]).to.match(/^liver\.json: structures\[0\]\.id \| must be kebab-case/);
  });
});
