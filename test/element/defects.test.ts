import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { DataErrorDetail } from '../../src/element/events.js';
import type { LiverIntervention } from '../../src/element/liver-intervention.js';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import { copy, spyConsole } from './console-spy.js';
import { ManualClock } from './manual-clock.js';
import { mount, settle, svgOf } from './mount.js';

type Json = Record<string, unknown> & { steps: Record<string, unknown>[] };

const paths = (el: LiverIntervention) => svgOf(el)?.querySelectorAll('.layer path').length ?? 0;
const alertText = (el: LiverIntervention) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '';
const button = (el: LiverIntervention, label: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)!;

/** Runs an animating call to its end on a manual clock. */
async function run(el: LiverIntervention, clock: ManualClock, action: () => Promise<void>) {
  const done = action();
  clock.flush();
  await done;
  await settle(el);
}

/** Mounts with a manual clock and collects li-error events. */
async function setup(attrs: Record<string, string> = {}) {
  const el = await mount(600, attrs);
  const clock = new ManualClock();
  el.clock = clock;
  const errors: DataErrorDetail[] = [];
  el.addEventListener('li-error', (e) => errors.push((e as CustomEvent<DataErrorDetail>).detail));
  return { el, clock, errors };
}

describe('defects found by the outside attack', () => {
  it('keeps the drawing when the element is moved or re-inserted', async () => {
    const { el } = await setup();
    const before = paths(el);
    expect(before).to.be.greaterThan(50);
    el.parentNode!.append(el);
    await settle(el);
    expect(paths(el)).to.equal(before);
    el.parentNode!.insertBefore(el, el.parentNode!.firstChild);
    await settle(el);
    expect(paths(el)).to.equal(before);
    const parent = el.parentNode!;
    el.remove();
    await settle(el);
    parent.append(el);
    await settle(el);
    expect(paths(el)).to.equal(before);
  });

  it('rejects infinite and extreme numbers with their JSON path and keeps navigating', async () => {
    const { el, clock, errors } = await setup();
    for (const duration of ['1e999', '1e308']) {
      const procedure = JSON.parse(
        JSON.stringify(BUNDLED_PROCEDURES.ptcd).replace('"duration":', `"duration":${duration},"x":`),
      ) as Json;
      delete procedure.steps[0]!.x;
      el.procedureData = procedure;
      await settle(el);
      expect(alertText(el)).to.contain('steps[0].duration');
      expect(errors.at(-1)).to.include({ code: 'invalid-data', path: 'steps[0].duration' });
    }
    await run(el, clock, () => el.next());
    expect(el.step).to.equal(2);
    const max = Number(el.shadowRoot!.querySelector<HTMLInputElement>('.scrubber')!.max);
    expect(Number.isFinite(max) && max > 0).to.equal(true);
    const spy = spyConsole();
    try {
      const ducts = copy<{ structures: { shape: { centerline?: number[][] } }[] }>(DEFAULT_ANATOMY_FILES['ducts.json']);
      ducts.structures[0]!.shape.centerline![1] = [1e308, 1e308];
      el.anatomyFiles = { ...DEFAULT_ANATOMY_FILES, 'ducts.json': ducts };
      await settle(el);
      expect(alertText(el)).to.contain('ducts.json: structures[0].shape.centerline[1][0]');
      expect(svgOf(el).innerHTML).not.to.contain('NaN');
      expect(spy.errors).to.deep.equal([]);
    } finally {
      spy.restore();
    }
  });

  it('reads any runtime step value as a usable step', async () => {
    const { el, clock } = await setup({ step: '4' });
    const spy = spyConsole();
    try {
      for (const bad of ['0', '', '-1', 'abc']) {
        el.setAttribute('step', bad);
        await settle(el);
        expect(el.step, `step="${bad}"`).to.equal(1);
        await run(el, clock, () => el.next());
        expect(el.step, `next() after step="${bad}"`).to.equal(2);
      }
      for (const bad of [null, NaN, -5]) {
        el.step = bad as number;
        await settle(el);
        expect(el.step, `step = ${bad}`).to.equal(1);
        await run(el, clock, () => el.next());
        expect(el.step).to.equal(2);
      }
      el.step = '3' as unknown as number;
      await settle(el);
      expect(el.step).to.equal(3);
      await run(el, clock, () => el.goTo('5' as unknown as number));
      expect(el.step).to.equal(5);
    } finally {
      spy.restore();
    }
  });

  it('keeps the focus on Next and Previous at the ends, and after "Show instead"', async () => {
    const { el, clock } = await setup();
    const next = button(el, 'Next step');
    next.focus();
    for (let i = 1; i < el.steps.length; i++) {
      next.click();
      clock.flush();
      await settle(el);
    }
    expect(el.step).to.equal(el.steps.length);
    expect(el.shadowRoot!.activeElement).to.equal(next);
    next.click();
    expect(el.step).to.equal(el.steps.length);
    const previous = button(el, 'Previous step');
    previous.focus();
    await run(el, clock, () => el.goTo(2));
    previous.click();
    clock.flush();
    await settle(el);
    expect(el.step).to.equal(1);
    expect(el.shadowRoot!.activeElement).to.equal(previous);
    el.procedure = 'stent';
    el.obstruction = 'benign-anastomotic';
    await settle(el);
    const instead = el.shadowRoot!.querySelector<HTMLButtonElement>('.alternatives button')!;
    instead.focus();
    instead.click();
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.exist;
    expect(document.activeElement).to.equal(el);
  });

  it('draws the scale bar under a CSP that blocks style attributes', async () => {
    const iframe = document.createElement('iframe');
    iframe.style.width = '700px';
    iframe.srcdoc = `<meta http-equiv="Content-Security-Policy" content="style-src-attr 'none'">
      <script>window.violations = []; document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));</script>
      <script type="module" src="${new URL('../../src/index.ts', import.meta.url).pathname}"></script>
      <liver-intervention></liver-intervention>`;
    document.body.append(iframe);
    try {
      await new Promise((resolve) => (iframe.onload = resolve));
      const win = iframe.contentWindow as Window & { violations: string[] };
      await win.customElements.whenDefined('liver-intervention');
      const el = iframe.contentDocument!.querySelector('liver-intervention') as LiverIntervention;
      await settle(el);
      el.step = 4;
      await settle(el);
      expect(win.violations).to.deep.equal([]);
      const bar = el.shadowRoot!.querySelector('.scalebar span')!;
      expect(bar.getBoundingClientRect().width).to.be.greaterThan(5);
    } finally {
      iframe.remove();
    }
  });

  it('refuses 100,000 structures or steps quickly with a too-large error', async () => {
    const { el, errors } = await setup();
    const structure = copy<{ structures: unknown[] }>(DEFAULT_ANATOMY_FILES['liver.json']).structures[0];
    let start = performance.now();
    el.anatomyFiles = { 'huge.json': { group: 'huge', structures: Array.from({ length: 100_000 }, () => structure) } };
    await settle(el);
    expect(performance.now() - start).to.be.lessThan(2000);
    expect(errors.at(-1)?.code).to.equal('too-large');
    el.anatomyFiles = DEFAULT_ANATOMY_FILES;
    const procedure = copy<Json>(BUNDLED_PROCEDURES.ptcd);
    procedure.steps = Array.from({ length: 100_000 }, () => procedure.steps[0]!);
    start = performance.now();
    el.procedureData = procedure;
    await settle(el);
    expect(performance.now() - start).to.be.lessThan(2000);
    expect(errors.at(-1)).to.include({ code: 'too-large', source: 'procedureData' });
    expect(el.steps.length).to.be.greaterThan(6);
  });

  it('dispatches li-error with code, path and message', async () => {
    const { el, errors } = await setup();
    const procedure = copy<Json>(BUNDLED_PROCEDURES.ptcd);
    procedure.steps[1]!.title = '';
    el.procedureData = procedure;
    await settle(el);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ code: 'invalid-data', path: 'steps[1].title', source: 'procedureData' });
    expect(errors[0]!.message).to.be.a('string').and.not.be.empty;
  });

  it('names the real cause of bad anatomy and counts the problems not listed', async () => {
    const { el, errors } = await setup();
    const cases: [unknown, string][] = [
      [{}, 'has no files'],
      [null, 'not null'],
      [42, 'not number'],
      ['ducts', 'not string'],
    ];
    for (const [files, cause] of cases) {
      el.anatomyFiles = files as Record<string, unknown>;
      await settle(el);
      expect(alertText(el)).to.contain('anatomyFiles').and.contain(cause);
      expect(alertText(el)).not.to.contain('ptcd.json');
      expect(errors.at(-1)!.problems).to.have.length(1);
    }
    const liver = copy<{ structures: { name: string }[] }>(DEFAULT_ANATOMY_FILES['liver.json']);
    liver.structures.slice(0, 12).forEach((s) => (s.name = ''));
    el.anatomyFiles = { ...DEFAULT_ANATOMY_FILES, 'liver.json': liver };
    await settle(el);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.querySelectorAll(':scope > ul > li')).to.have.length(6);
    expect(alertText(el)).to.contain('and 7 more');
    // The other seven lie behind the disclosure, every one with its path.
    const rest = alert.querySelector('details')!;
    expect(rest.querySelectorAll('li.problem code')).to.have.length(7);
    rest.querySelector('summary')!.click();
    expect(rest.open, 'opened').to.equal(true);
    expect(rest.querySelector('li.problem')!.getBoundingClientRect().height, 'shown').to.be.greaterThan(0);
  });

  it('does not play with autoplay="false", "off", "no" or "0"', async () => {
    for (const value of ['false', 'off', 'no', '0']) {
      const { el } = await setup({ autoplay: value });
      expect(el.autoplay, value).to.equal(false);
      expect(el.playing, value).to.equal(false);
    }
  });

  it('returns to the default quietly when an attribute is removed', async () => {
    const { el } = await setup({
      procedure: 'stent',
      approach: 'left',
      audience: 'patient',
      view: 'fluoroscopy',
      stent: 'z',
      obstruction: 'hilar-1',
      camera: 'hilum',
      ducts: 'dilated',
    });
    const spy = spyConsole();
    try {
      for (const name of ['procedure', 'approach', 'audience', 'view', 'stent', 'obstruction', 'camera', 'ducts']) {
        el.removeAttribute(name);
      }
      await settle(el);
      expect(spy.warnings).to.deep.equal([]);
      expect(el.procedure).to.equal('ptcd');
      expect(el.approach).to.equal('right');
      expect(el.audience).to.equal('clinician');
      expect(el.view).to.equal('illustration');
      expect(el.stent).to.equal('mesh');
      expect(el.obstruction).to.equal('distal');
    } finally {
      spy.restore();
    }
  });

  it('shows pressed toggles apart from unpressed ones in forced colours', async function () {
    const { el } = await setup();
    if (!(await executeServerCommand('emulate-forced-colors', { active: true }))) this.skip();
    try {
      await settle(el);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const toggles = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toggles button')];
      const pressed = toggles.find((b) => b.getAttribute('aria-pressed') === 'true')!;
      const unpressed = toggles.find((b) => b.getAttribute('aria-pressed') === 'false')!;
      const look = (b: HTMLElement) => {
        const s = getComputedStyle(b);
        return `${s.backgroundColor} ${s.color}`;
      };
      expect(look(pressed)).not.to.equal(look(unpressed));
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });

  it('pause() stops an in-flight next() or goTo()', async () => {
    const { el, clock } = await setup();
    for (const start of [() => el.next(), () => el.goTo(5)]) {
      const done = start();
      clock.tick(200);
      el.pause();
      expect(clock.pending).to.equal(0);
      await done;
      const step = el.step;
      clock.tick(60_000);
      await settle(el);
      expect(el.step).to.equal(step);
    }
  });
});
