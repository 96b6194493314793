import { expect } from '@open-wc/testing';
import internalDrainage from '../../data/procedures/internal-drainage.json';
import ptcd from '../../data/procedures/ptcd.json';
import stent from '../../data/procedures/stent.json';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { DataError } from '../../src/model/data-error.js';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import { parseAnatomy } from '../../src/model/parse-anatomy.js';
import { parseProcedure } from '../../src/model/parse-procedure.js';
import { SHARED_ROUTES } from '../../src/model/shared-routes.js';

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

  it("names a step's picture moment that no action of the step gives", () => {
    const json = copy() as Json & { steps: { picture?: string }[] };
    const i = stepIndex(json, 'cholangiogram');
    json.steps[i]!.picture = 'balloon.inflated';
    expect(problemsOf(json)).to.deep.equal([`steps[${i}].picture | no earlier action in this step is named "balloon"`]);
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
    json.routes.access = structuredClone(SHARED_ROUTES.routes['biliary-access']) as Record<string, string[]>;
    json.routes.access.right![3] = 'no-such-duct';
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

  it("rejects unknown labels and case ids in a step's case wording, with their paths", () => {
    const json = copy() as Json & { steps: { wording?: unknown }[] };
    json.steps[0]!.wording = [{ when: { obstruction: ['nowhere'] }, labels: ['liver', 'spleen'] }];
    expect(paths(problemsOf(json))).to.have.members([
      'steps[0].wording[0].when.obstruction[0]',
      'steps[0].wording[0].labels[1]',
    ]);
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

describe('parseProcedure: bundled procedures and the new actions', () => {
  type Step = { id: string; when?: unknown; camera: unknown; actions: Record<string, unknown>[] };
  type StentJson = { steps: Step[]; unsuitable: { when: Record<string, unknown> }[] };
  const stentCopy = (): StentJson => JSON.parse(JSON.stringify(stent)) as StentJson;
  const step = (json: StentJson, id: string) => {
    const i = json.steps.findIndex((s) => s.id === id);
    if (i < 0) throw new Error(`no step ${id}`);
    return [i, json.steps[i]!] as const;
  };
  const action = (s: Step, type: string, nth = 0) => {
    const j = s.actions.map((a, k) => [a, k] as const).filter(([a]) => a.type === type)[nth]?.[1];
    if (j === undefined) throw new Error(`no ${type} action`);
    return j;
  };

  it('accepts every bundled procedure', () => {
    for (const [name, json] of Object.entries(BUNDLED_PROCEDURES)) {
      expect(parseProcedure(json, anatomy, `${name}.json`).id, name).to.equal(name);
    }
  });

  it('names the path of an inflation out of range, and of a deploy without a device', () => {
    const json = stentCopy();
    const [i, s] = step(json, 'pre-dilation');
    const j = action(s, 'inflate');
    s.actions[j]!.to = 2;
    const [k, d] = step(json, 'deploy');
    const m = action(d, 'deploy');
    delete d.actions[m]!.device;
    expect(paths(problemsOf(json))).to.have.members([
      `steps[${i}].actions[${j}].to`,
      `steps[${k}].actions[${m}].device`,
    ]);
  });

  it('rejects a lesion stop with an unknown end, at its path', () => {
    const json = stentCopy();
    const [i, s] = step(json, 'measure');
    s.actions[0]!.to = { lesions: 'top', offset: 42 };
    expect(paths(problemsOf(json))[0]).to.match(new RegExp(`^steps\\[${i}\\]\\.actions\\[0\\]\\.to`));
  });

  it('rejects inflating a device that is not a balloon, and deploying one that is not a stent', () => {
    const json = stentCopy();
    const [i, s] = step(json, 'pre-dilation');
    const j = action(s, 'inflate');
    s.actions[j]!.device = 'wire';
    const [k, d] = step(json, 'deploy');
    const m = action(d, 'deploy');
    d.actions[m]!.device = 'delivery';
    const problems = problemsOf(json);
    expect(paths(problems)).to.have.members([`steps[${i}].actions[${j}].device`, `steps[${k}].actions[${m}].device`]);
    expect(problems.find((p) => p.startsWith(`steps[${i}]`))).to.contain('needs a balloon-catheter');
    expect(problems.find((p) => p.startsWith(`steps[${k}]`))).to.contain('needs a stent');
  });

  it('rejects a delivery system on a device that is not a stent, and an unknown opener', () => {
    const json = stentCopy();
    const [i, s] = step(json, 'measure');
    s.actions[0]!.delivery = 'carrier';
    const [k, p] = step(json, 'post-dilation');
    const m = action(p, 'open-lesion');
    p.actions[m]!.by = 'ghost';
    const problems = problemsOf(json);
    expect(paths(problems)).to.have.members([`steps[${i}].actions[0].delivery`, `steps[${k}].actions[${m}].by`]);
    // Post-dilation runs only for metal stents: the problem names the variants it fails in.
    expect(problems.find((x) => x.startsWith(`steps[${k}]`))).to.contain('stent mesh');
  });

  it('rejects unknown obstruction cases in conditions and rules, and accepts the lesion camera', () => {
    const json = stentCopy();
    const [i, s] = step(json, 'second-stent');
    s.when = { obstruction: ['hilar-5'] };
    json.unsuitable[0]!.when.obstruction = ['klatskin'];
    const [, c] = step(json, 'measure');
    expect(c.camera).to.equal('lesion');
    const problems = problemsOf(json);
    expect(paths(problems)).to.include.members([
      `steps[${i}].when.obstruction[0]`,
      'unsuitable[0].when.obstruction[0]',
    ]);
    expect(paths(problems)).to.not.include(`steps[${i}].camera`);
  });

  it('names a procedure route that refers to an unknown shared route', () => {
    const json = copy() as unknown as { routes: Record<string, unknown> };
    json.routes.access = 'biliary-nowhere';
    expect(problemsOf(json)[0]).to.equal('routes.access | unknown shared route "biliary-nowhere" (data/routes.json)');
  });

  it('rejects a lumen in a route that no point follows', () => {
    const json = JSON.parse(JSON.stringify(internalDrainage)) as { routes: Record<string, Record<string, string[]>> };
    const across = structuredClone(SHARED_ROUTES.routes['biliary-across']) as Record<string, string[]>;
    json.routes.across = { ...across, right: across.right!.slice(0, -1) };
    const problems = problemsOf(json);
    expect(problems[0]).to.equal('routes.across.right[10] | "duodenum" must come between a route point and a point');
    // The stop at the dropped point is reported too, for the approach that lost it.
    expect(problems.slice(1).every((p) => p.endsWith('(right approach)'))).to.equal(true);
  });
});
