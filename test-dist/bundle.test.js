// Runs against dist/cdn/ with no compilation, so build-only faults (unlowered
// decorators, lost d3 prototype patches) fail here even when src/ tests pass.
// The bundled build: the npm one leaves lit, d3 and valibot to the user's bundler.
import { engine } from '../dist/cdn/liver-intervention.js';

// The entry is a shell that loads the engine, which defines the element.
await engine;

const fail = (message) => {
  throw new Error(message);
};
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

describe('built bundle', () => {
  it('defines <liver-intervention> and draws the default procedure', async () => {
    const el = document.createElement('liver-intervention');
    el.style.width = '600px';
    document.body.append(el);
    await el.updateComplete;
    await frame();
    await el.updateComplete;
    const svg = el.shadowRoot.querySelector('svg.scene') ?? fail('no scene svg');
    if (svg.querySelectorAll('.layer path').length < 50) fail('too few anatomy paths');
    if (el.steps.length < 6) fail(`expected PTCD steps, got ${el.steps.length}`);
    if (!el.shadowRoot.querySelector('[part="caption"] h2')?.textContent) fail('no step caption');
  });

  it('reflects property changes (decorators work in the build)', async () => {
    const el = document.createElement('liver-intervention');
    document.body.append(el);
    await el.updateComplete;
    el.step = 4;
    await el.updateComplete;
    if (el.getAttribute('step') !== '4') fail(`step attribute is ${el.getAttribute('step')}`);
    el.approach = 'left';
    await el.updateComplete;
    if (el.getAttribute('approach') !== 'left') fail('approach not reflected');
    if (el.step !== 4) fail('switching approach lost the step');
  });

  it('animates a step to its end frame by frame', async () => {
    const el = document.createElement('liver-intervention');
    document.body.append(el);
    await el.updateComplete;
    // A manual clock: the animation runs to its end without waiting for real time.
    let now = 0;
    const queue = [];
    el.clock = { now: () => now, request: (cb) => queue.push(cb), cancel: () => {} };
    const last = el.steps.length;
    const done = el.goTo(last);
    for (let i = 0; i < 10000 && queue.length; i++) {
      now += 50;
      queue.shift()(now);
    }
    await done;
    await el.updateComplete;
    if (el.step !== last) fail(`step ${el.step}`);
    if (!el.shadowRoot.querySelector('g.devices path')) fail('no device drawn at the last step');
  });

  // Before any other test here shows a stent: until this one, the page has fetched neither stent chunk.
  it('draws a stent from its two chunks, fetched side by side, which PTCD never fetches', async () => {
    const fetched = () => performance.getEntriesByType('resource').map((r) => r.name);
    const chunks = { body: /\/lazy-device-drawing-[\w-]+\.js$/, struts: /\/lazy-stent-struts-[\w-]+\.js$/ };
    const ptcd = document.createElement('liver-intervention');
    ptcd.style.width = '600px';
    document.body.append(ptcd);
    await ptcd.updateComplete;
    for (let step = 1; step <= ptcd.steps.length; step++) {
      ptcd.step = step;
      await ptcd.updateComplete;
      await frame();
    }
    if (ptcd.procedure !== 'ptcd') fail(`the default procedure is ${ptcd.procedure}`);
    for (const [name, chunk] of Object.entries(chunks))
      if (fetched().some((url) => chunk.test(url))) fail(`PTCD fetched the stent's ${name} chunk`);
    ptcd.remove();
    const el = document.createElement('liver-intervention');
    el.style.width = '600px';
    el.setAttribute('procedure', 'stent');
    document.body.append(el);
    await el.updateComplete;
    el.step = el.steps.findIndex((s) => s.id === 'deploy') + 1 || fail('no deploy step');
    const svg = () => el.shadowRoot.querySelector('svg.scene') ?? fail('no scene svg');
    for (let i = 0; i < 100 && !svg().querySelector('.dev-stent-wire'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      await el.updateComplete;
    }
    for (const [name, chunk] of Object.entries(chunks))
      if (!fetched().some((url) => chunk.test(url))) fail(`the stent procedure did not fetch the stent's ${name} chunk`);
    // The outline from the first chunk, the braid's wires from the second.
    if (!svg().querySelector('.dev-stent-body')) fail('no stent outline at the deploy step');
    if (!svg().querySelector('.dev-stent-wire')) fail('no stent wires at the deploy step');
    el.remove();
  });

  it('loads the structure descriptions the first frame leaves out when a structure is first shown', async () => {
    // The description as written in data/anatomy/ducts.json (the build strips it from the first-paint chunk).
    const ducts = await (await fetch(new URL('../data/anatomy/ducts.json', import.meta.url))).json();
    const expected = ducts.structures.find((s) => s.id === 'common-bile-duct').description;
    const el = document.createElement('liver-intervention');
    el.style.width = '600px';
    document.body.append(el);
    await el.updateComplete;
    el.selected = 'common-bile-duct';
    const details = () => el.shadowRoot.querySelector('[part="details"]').textContent;
    for (let i = 0; i < 100 && !details().includes(expected); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      await el.updateComplete;
    }
    if (!details().includes(expected)) fail(`details "${details()}" lack the description "${expected}"`);
  });

  it('validates author data with the lazily loaded validator: good data draws, a fault names its JSON path', async () => {
    const ptcd = await (await fetch(new URL('../data/procedures/ptcd.json', import.meta.url))).json();
    const el = document.createElement('liver-intervention');
    el.style.width = '600px';
    document.body.append(el);
    await el.updateComplete;
    const errors = [];
    el.addEventListener('li-error', (e) => errors.push(e.detail));
    const settled = async (done) => {
      for (let i = 0; i < 100 && !done(); i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        await el.updateComplete;
      }
    };
    const steps0 = structuredClone(ptcd.steps);
    steps0[0].title = 'Author step';
    el.procedureData = { ...ptcd, steps: steps0 };
    await settled(() => el.shadowRoot.textContent.includes('Author step'));
    if (errors.length) fail(`good author data rejected: ${JSON.stringify(errors)}`);
    if (!el.shadowRoot.textContent.includes('Author step')) fail('the author procedure is not shown');
    const steps = structuredClone(ptcd.steps);
    steps[1].duration = -5;
    el.procedureData = { ...ptcd, steps };
    await settled(() => errors.length > 0);
    if (!errors[0]?.path?.startsWith('steps[1].duration')) fail(`error path: ${JSON.stringify(errors[0])}`);
    if (!el.shadowRoot.querySelector('[role="alert"]')?.textContent.includes('steps[1].duration'))
      fail('the error is not shown with its path');
  });

  it('leaves the cases other than the default to a chunk and fills another case’s summary into the step text', async () => {
    const obstructions = await (await fetch(new URL('../data/obstructions.json', import.meta.url))).json();
    const hilar = obstructions.cases.find((c) => c.id === 'hilar-2').summary.clinician;
    const engine = await (await fetch(new URL('../dist/cdn/liver-intervention.engine.js', import.meta.url))).text();
    const others = obstructions.cases.filter((c) => c.id !== obstructions.default).map((c) => c.name);
    if (others.some((name) => engine.includes(name))) fail('the engine carries the cases other than the default');
    const el = document.createElement('liver-intervention');
    el.style.width = '600px';
    el.setAttribute('obstruction', 'hilar-2');
    document.body.append(el);
    await el.updateComplete;
    const text = el.steps.length && el.shadowRoot.querySelector('[part="caption"]').textContent.replace(/\s+/g, ' ');
    const words = hilar.replace(/\s+/g, ' ').slice(0, 40);
    if (!text.includes(words)) fail(`caption "${text}" lacks the case summary "${words}"`);
  });

  it('brings the X-ray view’s styles and the share panel in the lazy extras chunk once the widget has drawn', async () => {
    const el = document.createElement('liver-intervention');
    el.style.width = '600px';
    el.setAttribute('view', 'fluoroscopy');
    document.body.append(el);
    await el.updateComplete;
    const svg = el.shadowRoot.querySelector('svg.scene') ?? fail('no scene svg');
    if (getComputedStyle(svg).visibility !== 'visible') fail('the X-ray drawing is still hidden');
    if (getComputedStyle(svg).getPropertyValue('--li-bile').trim() !== '#8c8c8c') fail('no X-ray greys');
    // The bones only a film shows come in a chunk of their own, and the drawing is shown with them: the vertebrae's
    // end-plates and pedicle rings (soft lines; the illustration keeps the bodies' outlines only).
    const engine = await (await fetch(new URL('../dist/cdn/liver-intervention.engine.js', import.meta.url))).text();
    if (engine.includes('endplate-upper')) fail('the engine carries the X-ray bones');
    if (!svg.querySelector('.layer-spine path.paint-line[data-id^="vertebra-"]')) fail('no vertebral end-plates');
    (el.shadowRoot.querySelector('.share-toggle') ?? fail('no share button')).click();
    await el.updateComplete;
    if (!el.shadowRoot.querySelector('[part="share"]')) fail('the share panel did not open');
  });
  it('plays PTCD without its clinical context and aftercare texts, which come in a chunk of their own', async () => {
    const ptcd = await (await fetch(new URL('../data/procedures/ptcd.json', import.meta.url))).json();
    const caution = ptcd.context.clinician.caution;
    const engine = await (await fetch(new URL('../dist/cdn/liver-intervention.engine.js', import.meta.url))).text();
    if (engine.includes(caution.slice(0, 40))) fail('the engine carries the clinical context');
    if (engine.includes(ptcd.aftercare.clinician.summary.slice(0, 40))) fail('the engine carries the aftercare texts');
    const el = document.createElement('liver-intervention');
    el.style.width = '600px';
    document.body.append(el);
    // The closed panel is there from the first drawing on, texts or not, so the text column keeps its height.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    if (!el.shadowRoot.querySelector('[part="context"] summary')) fail('no context panel at the first drawing');
    await el.updateComplete;
    const context = el.shadowRoot.querySelector('[part="context"]') ?? fail('no clinical context panel');
    if (!context.textContent.replace(/\s+/g, ' ').includes(caution.replace(/\s+/g, ' ')))
      fail(`context "${context.textContent}" lacks "${caution}"`);
    el.step = el.steps.length;
    await el.updateComplete;
    if (!el.shadowRoot.querySelector('.aftercare-open')) fail('no way to the aftercare view at the last step');
  });
  it('fetches PTCD’s patient texts only for a patient: the engine has none, a patient’s widget shows them', async () => {
    const ptcd = await (await fetch(new URL('../data/procedures/ptcd.json', import.meta.url))).json();
    const [first, second] = ptcd.steps;
    const engine = await (await fetch(new URL('../dist/cdn/liver-intervention.engine.js', import.meta.url))).text();
    const longest = ptcd.steps.map((s) => s.patient).sort((a, b) => b.length - a.length)[0];
    if (engine.includes(longest.slice(-40))) fail('the engine carries the patient texts');
    const caption = (el) => el.shadowRoot.querySelector('[part="caption"]').textContent.replace(/\s+/g, ' ');
    const patient = document.createElement('liver-intervention');
    patient.setAttribute('audience', 'patient');
    document.body.append(patient);
    await patient.updateComplete;
    if (!caption(patient).includes(first.patientTitle)) fail(`caption "${caption(patient)}" lacks the patient title`);
    const el = document.createElement('liver-intervention');
    document.body.append(el);
    await el.updateComplete;
    el.step = 2;
    await el.updateComplete;
    el.audience = 'patient';
    await el.updateComplete;
    if (el.step !== 2) fail(`turning to the patient moved the widget to step ${el.step}`);
    if (!caption(el).includes(second.patientTitle)) fail(`caption "${caption(el)}" lacks "${second.patientTitle}"`);
  });
  it('keeps every other procedure’s clinical context and patient texts in chunks apart from the one that plays it', async () => {
    const names = ['cholecystostomy', 'stent', 'internal-drainage', 'balloon-dilation'];
    const fetched = () => performance.getEntriesByType('resource').map((r) => r.name);
    for (const name of names) {
      const json = await (await fetch(new URL(`../data/procedures/${name}.json`, import.meta.url))).json();
      const caution = json.context.patient.caution.replace(/\s+/g, ' ');
      const longest = json.steps.map((s) => s.patient).sort((a, b) => b.length - a.length)[0];
      // The chunk that plays it is asked for before anything else of it, and only it is named `<name>-<hash>.js`.
      const clinician = document.createElement('liver-intervention');
      clinician.setAttribute('procedure', name);
      if (name === 'balloon-dilation') clinician.setAttribute('obstruction', 'benign-anastomotic');
      document.body.append(clinician);
      await clinician.updateComplete;
      const play = fetched().find((url) => new RegExp(`/${name}-[\\w-]+\\.js$`).test(url)) ?? fail(`${name}: no chunk`);
      const code = await (await fetch(play)).text();
      if (code.includes(caution.slice(0, 40))) fail(`${name}: the chunk that plays it carries the clinical context`);
      if (code.includes(longest.slice(-40))) fail(`${name}: the chunk that plays it carries the patient texts`);
      if (fetched().some((url) => url.includes(`/${name}.patient-`))) fail(`${name}: a clinician fetched patient texts`);
      clinician.remove();
      const el = document.createElement('liver-intervention');
      el.setAttribute('procedure', name);
      el.setAttribute('audience', 'patient');
      // A balloon suits a benign scar, not the default case.
      if (name === 'balloon-dilation') el.setAttribute('obstruction', 'benign-anastomotic');
      document.body.append(el);
      await el.updateComplete;
      const caption = el.shadowRoot.querySelector('[part="caption"]').textContent.replace(/\s+/g, ' ');
      if (!caption.includes(json.steps[0].patientTitle)) fail(`${name}: caption "${caption}" lacks the patient title`);
      const context = el.shadowRoot.querySelector('[part="context"]')?.textContent.replace(/\s+/g, ' ') ?? '';
      if (!context.includes(caution)) fail(`${name}: no patient context "${caution}"`);
      el.remove();
    }
  });
  it('shows a translated clinical context from a chunk apart from the translation that plays the procedure', async () => {
    const es = await (await fetch(new URL('../data/i18n/es/procedures/ptcd.es.json', import.meta.url))).json();
    const caution = es['context.clinician.caution'].replace(/\s+/g, ' ');
    const fetched = () => performance.getEntriesByType('resource').map((r) => r.name);
    const contextText = (el) => el.shadowRoot.querySelector('[part="context"]')?.textContent.replace(/\s+/g, ' ') ?? '';
    // English first, its context already here; then Spanish, whose context must replace it, not stay English.
    const el = document.createElement('liver-intervention');
    document.body.append(el);
    await el.updateComplete;
    el.setAttribute('lang', 'es');
    await el.updateComplete;
    await el.updateComplete;
    if (!contextText(el).includes(caution)) fail(`the Spanish context "${contextText(el).slice(0, 120)}" lacks "${caution}"`);
    const play = fetched().find((url) => /\/ptcd\.es-[\w-]+\.js$/.test(url)) ?? fail('no Spanish PTCD chunk');
    if ((await (await fetch(play)).text()).includes(caution.slice(0, 40)))
      fail('the Spanish chunk that plays PTCD carries its clinical context');
    if (!fetched().some((url) => /\/ptcd\.es\.texts-[\w-]+\.js$/.test(url))) fail('no Spanish context chunk fetched');
    el.remove();
  });
  it('draws the stent procedure’s measure brackets from a chunk of their own, awaited before the procedure shows', async () => {
    const engine = await (await fetch(new URL('../dist/cdn/liver-intervention.engine.js', import.meta.url))).text();
    if (engine.includes('measure-stent')) fail('the engine carries the measure step’s drawing');
    const el = document.createElement('liver-intervention');
    el.style.width = '600px';
    el.setAttribute('procedure', 'stent');
    document.body.append(el);
    await el.updateComplete;
    const measure = el.steps.findIndex((s) => s.id === 'measure') + 1 || fail('no measure step');
    el.step = measure;
    await el.updateComplete;
    await frame();
    const brackets = el.shadowRoot.querySelectorAll('svg.scene path.paint-measure, svg.scene path.paint-measure-margin');
    if (brackets.length !== 3) fail(`${brackets.length} measure brackets at the measure step, not 3`);
    el.remove();
  });
  it('plays without the picture export and the printed handout, which draw from their own chunks when asked', async () => {
    const engine = await (await fetch(new URL('../dist/cdn/liver-intervention.engine.js', import.meta.url))).text();
    // The export's frame file, the handout's frame drawing and its print styles.
    for (const marker of ['nothing is drawn yet', '.frame-picture', '@media print'])
      if (engine.includes(marker)) fail(`the engine carries "${marker}"`);
    const el = document.createElement('liver-intervention');
    el.style.width = '600px';
    document.body.append(el);
    await el.updateComplete;
    const file = await el.exportFrame('svg');
    if (!(await file.text()).includes('Schematic: lengths to scale')) fail('the exported frame has no source line');
    dispatchEvent(new Event('beforeprint'));
    const frames = el.shadowRoot.querySelectorAll('.handout .frame-picture svg').length;
    dispatchEvent(new Event('afterprint'));
    if (frames !== el.steps.length) fail(`the handout drew ${frames} frames for ${el.steps.length} steps`);
  });
});
