import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ATTRIBUTE_CHOICES, type ChoiceAttribute } from '../../src/element/attribute-choices.js';
import type { LiverIntervention } from '../../src/element/liver-intervention.js';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import { jsonish, mutate, pathsOf } from '../fuzz/json-arbitraries.js';
import { catchUncaught, spyConsole } from './console-spy.js';
import { ManualClock } from './manual-clock.js';
import { mount, settle } from './mount.js';

type Json = Record<string, unknown>;
type Run = (el: LiverIntervention, clock: ManualClock) => void;
/** One input, named for fast-check's counterexamples. */
interface Command {
  readonly run: Run;
  toString(): string;
}
const cmd = (label: string, run: Run): Command => ({ run, toString: () => label });
const show = (v: unknown) => fc.stringify(v).slice(0, 120);

const ATTRIBUTES = [
  ...Object.keys(ATTRIBUTE_CHOICES),
  ...['step', 'labels', 'controls', 'autoplay', 'selected', 'src'],
];
const PROPERTIES = [...ATTRIBUTES.filter((a) => a !== 'src'), 'anatomyFiles', 'procedureData'];

/** Strings an attacker would try, mixed with fast-check's own. */
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', ' ', '0', '-1', '1e999', 'NaN', 'false', 'off', 'PTCD', '3', ' 4 ', '<img src=x>', 'null'),
  ...Object.values(ATTRIBUTE_CHOICES).map((c) => fc.constantFrom(...c.allowed)),
);
/** Any value at all, including the awkward ones (null prototypes, BigInts, boxed values). */
const anything = fc.oneof(
  fc.anything({
    withNullPrototype: true,
    withBigInt: true,
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withSparseArray: true,
    withTypedArray: true,
    maxDepth: 2,
  }),
  fc.constantFrom(Infinity, -Infinity, NaN, 1e308, -0, 2 ** 53, '3', '', Symbol('s')),
);
const procedurePaths = pathsOf(BUNDLED_PROCEDURES.ptcd);
const anatomyPaths = pathsOf(DEFAULT_ANATOMY_FILES['ducts.json']);

const command: fc.Arbitrary<Command> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...ATTRIBUTES), text)
    .map(([name, value]) =>
      cmd(`setAttribute(${name}, ${show(value)})`, (el) => el.setAttribute(name, name === 'src' ? `#${value}` : value)),
    ),
  fc.constantFrom(...ATTRIBUTES).map((name) => cmd(`removeAttribute(${name})`, (el) => el.removeAttribute(name))),
  fc
    .tuple(fc.constantFrom(...PROPERTIES), anything)
    .map(([name, value]) => cmd(`${name} = ${show(value)}`, (el) => ((el as unknown as Json)[name] = value))),
  fc.constantFrom(
    cmd('next()', (el) => void el.next()),
    cmd('previous()', (el) => void el.previous()),
    cmd('play()', (el) => void el.play()),
    cmd('pause()', (el) => el.pause()),
  ),
  anything.map((step) => cmd(`goTo(${show(step)})`, (el) => void el.goTo(step as number))),
  fc.integer({ min: 0, max: 3000 }).map((ms) => cmd(`tick(${ms})`, (_el, clock) => clock.tick(ms, 50))),
  fc
    .tuple(fc.constantFrom(...procedurePaths), jsonish)
    .map(([path, value]) =>
      cmd(
        `procedureData ${path.join('.')} = ${show(value)}`,
        (el) => (el.procedureData = mutate(BUNDLED_PROCEDURES.ptcd, path, value)),
      ),
    ),
  fc.tuple(fc.constantFrom(...anatomyPaths), jsonish).map(([path, value]) =>
    cmd(
      `ducts.json ${path.join('.')} = ${show(value)}`,
      (el) =>
        (el.anatomyFiles = {
          ...DEFAULT_ANATOMY_FILES,
          'ducts.json': mutate(DEFAULT_ANATOMY_FILES['ducts.json'], path, value),
        }),
    ),
  ),
);

/** The element is in a valid state, or in its documented error state. */
function expectValidState(el: LiverIntervention, errorEvents: number) {
  for (const [name, choice] of Object.entries(ATTRIBUTE_CHOICES)) {
    const value = el[name as ChoiceAttribute];
    if ('unset' in choice && (value === undefined || value === null)) continue;
    expect(choice.allowed as readonly string[], name).to.include(value);
  }
  const count = el.steps.length;
  if (count) expect(el.step).to.be.within(1, count);
  expect(Number.isInteger(el.step)).to.equal(true);
  const alert = el.shadowRoot!.querySelector('[role="alert"]');
  const scene = el.shadowRoot!.querySelector('svg.scene');
  // Something is always shown: the drawing, or an error that says why not.
  expect(Boolean(scene || alert), 'drawing or error').to.equal(true);
  if (alert) {
    expect(errorEvents, 'an error shown was announced by li-error').to.be.greaterThan(0);
    expect(alert.textContent).to.match(/could not be used/);
  }
  for (const path of el.shadowRoot!.querySelectorAll('svg.scene path')) {
    expect(path.getAttribute('d') ?? '').not.to.contain('NaN');
  }
}

let inputs = 0;

describe('fuzzing attributes, properties, methods and author JSON', function () {
  // 6,240 inputs through whole widgets: Firefox under the test runner took 39 and 58 s for this file on an idle
  // two-core machine, and ran past the default 60 s on a busy one. Allow for load, as the keyboard walk does.
  this.timeout(240000);
  let el: LiverIntervention;
  let clock: ManualClock;

  before(async () => {
    el = await mount(480);
    clock = new ManualClock();
    el.clock = clock;
  });

  after(() => console.info(`element inputs fuzzed: ${inputs}`));

  async function reset() {
    for (const name of ATTRIBUTES) el.removeAttribute(name);
    el.procedureData = null;
    el.anatomyFiles = DEFAULT_ANATOMY_FILES;
    await settle(el);
  }

  async function check(commands: readonly Command[]) {
    const spy = spyConsole();
    const uncaught = catchUncaught();
    let errorEvents = 0;
    const onError = () => errorEvents++;
    el.addEventListener('li-error', onError);
    try {
      for (const c of commands) c.run(el, clock);
      inputs += commands.length;
      clock.tick(200, 50);
      await settle(el);
      await settle(el);
      expect(uncaught.faults, 'uncaught').to.deep.equal([]);
      expect(spy.errors, 'console.error').to.deep.equal([]);
      expectValidState(el, errorEvents);
    } finally {
      el.removeEventListener('li-error', onError);
      uncaught.stop();
      spy.restore();
      el.pause();
      await reset();
    }
  }

  it('survives 260 random sequences of 24 commands (6,240 inputs)', async () => {
    await fc.assert(fc.asyncProperty(fc.array(command, { minLength: 24, maxLength: 24 }), check), {
      numRuns: 260,
      seed: 11,
      includeErrorInReport: true,
    });
  });
});
