import { expect } from '@open-wc/testing';
import obstructions from '../../data/obstructions.json';
import { DataError } from '../../src/model/data-error.js';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import { parseAnatomy } from '../../src/model/parse-anatomy.js';
import { parseObstructions } from '../../src/model/parse-obstructions.js';

const anatomy = parseAnatomy(DEFAULT_ANATOMY_FILES);
type Case = Record<string, unknown> & { lesions: Record<string, unknown>[] };
type Json = { default: string; cases: Case[] };
const copy = (): Json => JSON.parse(JSON.stringify(obstructions)) as Json;
const index = (json: Json, id: string) => json.cases.findIndex((c) => c.id === id);

/** The problems of a rejected file as "path | message". */
function problemsOf(json: unknown): string[] {
  try {
    parseObstructions(json, anatomy, 'test.json');
  } catch (e) {
    expect(e).to.be.instanceOf(DataError);
    expect((e as DataError).source).to.equal('test.json');
    return (e as DataError).problems.map((p) => `${p.path} | ${p.message}`);
  }
  throw new Error('expected the obstruction file to be rejected');
}
const paths = (problems: string[]) => problems.map((p) => p.split(' | ')[0]);

describe('parseObstructions', () => {
  it('accepts the bundled cases, with and without the anatomy', () => {
    expect(parseObstructions(obstructions, anatomy).cases).to.have.length(obstructions.cases.length);
    expect(parseObstructions(obstructions).byId.get('hilar-2')?.lesions).to.have.length(3);
  });

  it('names the path of a reversed span', () => {
    const json = copy();
    const i = index(json, 'hilar-2');
    json.cases[i]!.lesions[1]!.span = [0.9, 0.2];
    expect(paths(problemsOf(json))).to.deep.equal([`cases[${i}].lesions[1].span`]);
  });

  it('names the path of a missing plain name and of a wrong lesion kind', () => {
    const json = copy();
    delete json.cases[0]!.plainName;
    json.cases[1]!.lesions[0]!.kind = 'stone';
    expect(paths(problemsOf(json))).to.have.members(['cases[0].plainName', 'cases[1].lesions[0].kind']);
  });

  it('rejects a mass circle on a sleeve, at the lesion path', () => {
    const json = copy();
    const i = index(json, 'hilar-1');
    json.cases[i]!.lesions[0]!.mass = { cx: 435, cy: 390, r: 20 };
    expect(paths(problemsOf(json))).to.deep.equal([`cases[${i}].lesions[0].mass`]);
  });

  it('rejects unknown ducts and labels, two lesions on one duct, a duplicate id and an unknown default', () => {
    const json = copy();
    const i = index(json, 'hilar-3a');
    json.cases[i]!.lesions[2]!.duct = 'no-such-duct';
    json.cases[i]!.lesions[3]!.duct = 'common-hepatic-duct';
    json.cases[i]!.labels = ['confluence', 'spleen'];
    json.cases[i + 1]!.id = 'hilar-3a';
    json.default = 'proximal';
    const problems = problemsOf(json);
    expect(paths(problems)).to.have.members([
      `cases[${i}].lesions[2].duct`,
      `cases[${i}].lesions[3].duct`,
      `cases[${i}].labels[1]`,
      `cases[${i + 1}].id`,
      'default',
    ]);
    expect(problems.find((p) => p.startsWith(`cases[${i}].lesions[2]`))).to.contain('no-such-duct');
    // Without the anatomy, only the file's own rules are checked.
    expect(() => parseObstructions({ ...obstructions, default: 'proximal' })).to.throw(DataError, /default/);
  });

  it('rejects an unknown camera preset', () => {
    const json = copy();
    json.cases[0]!.camera = 'zoomed';
    expect(paths(problemsOf(json))).to.deep.equal(['cases[0].camera']);
  });
});
