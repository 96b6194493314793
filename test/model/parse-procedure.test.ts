import { expect } from '@open-wc/testing';
import ptcd from '../../data/procedures/ptcd.json';
import { DataError } from '../../src/model/data-error.js';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import { parseAnatomy } from '../../src/model/parse-anatomy.js';
import { parseProcedure } from '../../src/model/parse-procedure.js';

const anatomy = parseAnatomy(DEFAULT_ANATOMY_FILES);
type Json = {
  routes: Record<string, Record<string, string[]>>;
  steps: { id: string; duration: unknown; labels: unknown; camera: unknown; actions: Record<string, unknown>[] }[];
};
const copy = (): Json => JSON.parse(JSON.stringify(ptcd)) as Json;
const stepIndex = (json: Json, id: string) => {
  const i = json.steps.findIndex((s) => s.id === id);
  if (i < 0) throw new Error(`no step ${id}`);
  return i;
};

/** The problems of a rejected procedure as "path | message". */
function problemsOf(json: unknown): string[] {
  try {
    parseProcedure(json, anatomy, 'test.json');
  } catch (e) {
    expect(e).to.be.instanceOf(DataError);
    expect((e as DataError).source).to.equal('test.json');
    return (e as DataError).problems.map((p) => `${p.path} | ${p.message}`);
  }
  throw new Error('expected the procedure to be rejected');
}
const paths = (problems: string[]) => problems.map((p) => p.split(' | ')[0]);

describe('parseProcedure', () => {
  it('accepts the bundled PTCD procedure', () => {
    const procedure = parseProcedure(ptcd, anatomy);
    expect(procedure.id).to.equal(ptcd.id);
    expect(procedure.steps.map((s) => s.id)).to.deep.equal(ptcd.steps.map((s) => s.id));
    expect(procedure.options.approach.values).to.include.members(['right', 'left']);
  });

  it('names the path of a value of the wrong type', () => {
    const json = copy();
    const i = stepIndex(json, 'cholangiogram');
    json.steps[i]!.duration = '7000';
    expect(paths(problemsOf(json))).to.deep.equal([`steps[${i}].duration`]);
  });

  it('names the path of an unknown action type', () => {
    const json = copy();
    const i = stepIndex(json, 'drain');
    json.steps[i]!.actions[1]!.type = 'teleport';
    expect(paths(problemsOf(json))).to.deep.equal([`steps[${i}].actions[1].type`]);
  });

  it('names the route entry holding an unknown anatomy id', () => {
    const json = copy();
    json.routes.access!.right![3] = 'no-such-duct';
    const problems = problemsOf(json);
    expect(paths(problems)).to.deep.equal(['routes.access.right[3]']);
    expect(problems[0]).to.contain('no-such-duct');
  });

  it('names an action that uses a device never inserted', () => {
    const json = copy();
    const i = stepIndex(json, 'drainage');
    json.steps[i]!.actions.unshift({ type: 'pigtail', device: 'ghost', at: 0, duration: 100 });
    const problems = problemsOf(json);
    expect(paths(problems)).to.deep.equal([`steps[${i}].actions[0].device`]);
    expect(problems[0]).to.contain('"ghost"');
  });

  it('names an action that uses a device already removed', () => {
    const json = copy();
    const i = stepIndex(json, 'drainage');
    json.steps[i]!.actions.unshift({ type: 'withdraw', device: 'needle', to: 0, at: 0, duration: 100 });
    expect(paths(problemsOf(json))).to.deep.equal([`steps[${i}].actions[0].device`]);
  });

  it('rejects 7 labels on a step, plain or per approach', () => {
    const json = copy();
    const seven = ['liver', 'gallbladder', 'common-bile-duct', 'duodenum', 'pancreas', 'confluence', 'xiphoid'];
    json.steps[0]!.labels = seven;
    const i = stepIndex(json, 'wire-018');
    json.steps[i]!.labels = { right: seven.slice(0, 6), left: seven };
    expect(paths(problemsOf(json))).to.deep.equal(['steps[0].labels', `steps[${i}].labels.left`]);
  });

  it('rejects unknown labels, camera presets and route names with their paths', () => {
    const json = copy();
    json.steps[0]!.labels = ['liver', 'spleen'];
    json.steps[0]!.camera = 'zoomed';
    const i = stepIndex(json, 'right-puncture');
    json.steps[i]!.actions[0]!.route = 'nowhere';
    const problems = problemsOf(json);
    expect(paths(problems)).to.have.members(['steps[0].labels[1]', 'steps[0].camera', `steps[${i}].actions[0].route`]);
    expect(problems.find((p) => p.startsWith('steps[0].camera'))).to.contain('"zoomed"');
  });

  it('rejects a stop that is not on the route, naming the approach it fails in', () => {
    const json = copy();
    const i = stepIndex(json, 'wire-018');
    json.steps[i]!.actions[0]!.to = 'segment-6-duct';
    const problems = problemsOf(json);
    expect(paths(problems)).to.deep.equal([`steps[${i}].actions[0].to`]);
    expect(problems[0]).to.match(/left approach\)$/);
  });

  it('rejects an action that runs past the end of its step', () => {
    const json = copy();
    const i = stepIndex(json, 'cholangiogram');
    json.steps[i]!.actions[0]!.duration = (json.steps[i]!.duration as number) * 2;
    expect(paths(problemsOf(json))).to.deep.equal([`steps[${i}].actions[0].duration`]);
  });
});
