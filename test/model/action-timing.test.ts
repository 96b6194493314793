import { expect } from '@open-wc/testing';
import balloon from '../../data/procedures/balloon-dilation.json';
import ptcd from '../../data/procedures/ptcd.json';
import type { Action } from '../../src/model/action-schema.js';
import { actionTimes, INFLATE_SHARE } from '../../src/model/action-times.js';
import { DataError } from '../../src/model/data-error.js';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import { parseAnatomy } from '../../src/model/parse-anatomy.js';
import { parseProcedure } from '../../src/model/parse-procedure.js';
import { compileTimeline } from '../../src/timeline/compile-timeline.js';
import { sampleTimeline } from '../../src/timeline/sample-timeline.js';

const anatomy = parseAnatomy(DEFAULT_ANATOMY_FILES);
type Json = { steps: { id: string; actions: Record<string, unknown>[] }[] };
const copy = <T>(json: T): T & Json => JSON.parse(JSON.stringify(json)) as T & Json;
const problemsOf = (json: unknown): string[] => {
  try {
    parseProcedure(json, anatomy, 'test.json');
  } catch (e) {
    return (e as DataError).problems.map((p) => `${p.path} | ${p.message}`);
  }
  return [];
};

describe('timing from named events', () => {
  const actions = [
    { type: 'advance', device: 'wire', to: 1, at: 400, duration: 2000, name: 'wire-in' },
    {
      type: 'exchange',
      remove: 'a',
      insert: 'b',
      kind: 'dilator',
      over: 'wire',
      at: 100,
      duration: 3000,
      name: 'swap',
    },
    { type: 'inflate', device: 'balloon', to: 1, efface: 1, at: 1000, duration: 4000, name: 'balloon' },
    { type: 'remove', device: 'x', at: 'wire-in.end+200', duration: 300 },
    { type: 'remove', device: 'y', at: 'swap.removed' },
    { type: 'open-lesion', to: 1, at: 'balloon.inflated', until: 'balloon.end' },
    { type: 'remove', device: 'z', at: 'wire-in.start-100', duration: 100 },
  ] as Action[];

  it('starts an action at an event of an earlier named action, with an offset', () => {
    const times = actionTimes(actions, 10000);
    expect(times[3]).to.deep.equal({ start: 2600, end: 2900 });
    expect(times[4]!.start).to.equal(1600);
    expect(times[6]).to.deep.equal({ start: 300, end: 400 });
  });

  it('ties a lesion opening to the inflation share of the balloon without any number from code', () => {
    const [, , inflate, , , open] = actionTimes(actions, 10000);
    expect(open!.start).to.equal(1000 + 4000 * INFLATE_SHARE);
    expect(open!.end).to.equal(inflate!.end);
  });

  it('replaced the bundled balloon file’s offsets: the lesion opens exactly while the waist is effaced', () => {
    const timeline = compileTimeline(parseProcedure(balloon, anatomy, 'balloon'), anatomy, {
      approach: 'right',
      obstruction: 'benign-anastomotic',
    });
    const step = timeline.steps.find((s) => s.id === 'efface')!;
    const at = (t: number) => {
      const state = sampleTimeline(timeline, t);
      return {
        patency: state.lesions![0]!.patency,
        efface: state.devices.find((d) => d.id === 'balloon')!.effacement!,
      };
    };
    const first = at(step.start + 1);
    const moved = (key: 'patency' | 'efface') => {
      for (let t = step.start + 1; t <= step.end; t += 10) if (Math.abs(at(t)[key] - first[key]) > 1e-6) return t;
      return Infinity;
    };
    const last = at(step.end);
    const settled = (key: 'patency' | 'efface') => {
      for (let t = step.start + 1; t <= step.end; t += 10) if (Math.abs(at(t)[key] - last[key]) < 1e-6) return t;
      return Infinity;
    };
    expect(moved('efface')).to.be.lessThan(step.end);
    // The lesion widens in a few visible jumps, not every frame: its first jump falls inside the effacement, and
    // it is fully open within one jump (under a quarter of the effacement) of the waist going.
    const effacing = settled('efface') - moved('efface');
    expect(moved('patency')).to.be.at.least(moved('efface'));
    expect(moved('patency')).to.be.lessThan(settled('efface'));
    expect(Math.abs(settled('patency') - settled('efface'))).to.be.below(effacing / 4);
  });

  it('names the path of an unknown action name or event', () => {
    const json = copy(ptcd);
    const i = json.steps.findIndex((s) => s.id === 'upsize');
    json.steps[i]!.actions[1]!.at = 'nobody.end+100';
    json.steps[i]!.actions[0]!.name = 'set-in';
    json.steps[i]!.actions[1]!.until = 'set-in.inflated';
    expect(problemsOf(json)).to.deep.equal([
      `steps[${i}].actions[1].at | no earlier action in this step is named "nobody"`,
    ]);
    json.steps[i]!.actions[1]!.at = 'set-in.end';
    expect(problemsOf(json)).to.deep.equal([
      `steps[${i}].actions[1].until | "set-in" has no event "inflated" (it has start, end)`,
    ]);
  });
});

describe('action sequences written once', () => {
  it('compiles a `use` of the shared pull-out exactly as the withdraw and remove it stands for', () => {
    const used = copy(ptcd);
    const written = copy(ptcd);
    const i = written.steps.findIndex((s) => s.id === 'wire-018');
    const j = written.steps[i]!.actions.findIndex((a) => a.type === 'use');
    written.steps[i]!.actions.splice(
      j,
      1,
      { type: 'withdraw', device: 'needle', to: 0, at: '+200', duration: 1500 },
      { type: 'remove', device: 'needle', duration: 300 },
    );
    for (const approach of ['right', 'left']) {
      const a = compileTimeline(parseProcedure(used, anatomy, 'a'), anatomy, { approach });
      const b = compileTimeline(parseProcedure(written, anatomy, 'b'), anatomy, { approach });
      expect(a).to.deep.equal(b);
    }
  });

  it('names the step action and the sequence item of a fault, and an unknown sequence', () => {
    const json = copy(ptcd) as ReturnType<typeof copy<typeof ptcd>> & { sequences?: unknown };
    const i = json.steps.findIndex((s) => s.id === 'wire-018');
    const j = json.steps[i]!.actions.findIndex((a) => a.type === 'use');
    json.sequences = { 'pull-out': [{ type: 'withdraw', to: 2 }] };
    expect(problemsOf(json)[0]).to.match(new RegExp(`^steps\\[${i}\\]\\.actions\\[${j}\\] → pull-out\\[0\\]\\.to \\|`));
    delete json.sequences;
    json.steps[i]!.actions[j]!.sequence = 'shake';
    expect(problemsOf(json)).to.deep.equal([`steps[${i}].actions[${j}].sequence | unknown sequence "shake"`]);
  });
});
