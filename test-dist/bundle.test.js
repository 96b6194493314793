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
/** Looks again every 20 ms (up to 2 s), letting `el` update between looks, until `done()`: lazy chunks come over the network. */
const until = async (el, done) => {
  for (let i = 0; i < 100 && !done(); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await el.updateComplete;
  }
};
/** The details line's text, spaces collapsed. */
const details = (el) => el.shadowRoot.querySelector('[part="details"]').textContent.replace(/\s+/g, ' ');
/** A widget added to `doc` (at `width`, if given) and updated, with the `li-error` details it reports from then on. */
const withErrors = async (doc = document, width = '') => {
  const el = doc.createElement('liver-intervention');
  el.style.width = width;
  doc.body.append(el);
  await el.updateComplete;
  const errors = [];
  el.addEventListener('li-error', (e) => errors.push(e.detail));
  return { el, errors };
};

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
    const chunks = {
      body: /\/lazy-device-drawing-[\w-]+\.js$/,
      struts: /\/lazy-stent-struts-[\w-]+\.js$/,
      'card words': /\/stents-texts-[\w-]+\.js$/,
    };
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
    if (fetched().some((url) => /\/cavity-drawing-[\w-]+\.js$/.test(url))) fail('PTCD fetched the gallbladder’s stones');
    ptcd.remove();
    const el = document.createElement('liver-intervention');
    el.style.width = '600px';
    el.setAttribute('procedure', 'stent');
    document.body.append(el);
    await el.updateComplete;
    el.step = el.steps.findIndex((s) => s.id === 'deploy') + 1 || fail('no deploy step');
    const svg = () => el.shadowRoot.querySelector('svg.scene') ?? fail('no scene svg');
    await until(el, () => svg().querySelector('.dev-stent-wire'));
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
    await until(el, () => details(el).includes(expected));
    if (!details(el).includes(expected)) fail(`details "${details(el)}" lack the description "${expected}"`);
  });

  it('shows a structure’s translated description from its anatomy file’s chunks, not from the names’ or others’', async () => {
    const es = await (await fetch(new URL('../data/i18n/es/anatomy.es.json', import.meta.url))).json();
    const described = es['structures.common-bile-duct.description'];
    const plain = es['structures.common-bile-duct.plainDescription'];
    const fetched = () => performance.getEntriesByType('resource').map((r) => r.name);
    const shows = async (el, text) => {
      await until(el, () => details(el).includes(text));
      if (!details(el).includes(text)) fail(`details "${details(el)}" lack "${text}"`);
    };
    const el = document.createElement('liver-intervention');
    el.style.width = '600px';
    el.setAttribute('lang', 'es');
    document.body.append(el);
    await el.updateComplete;
    el.selected = 'common-bile-duct';
    await shows(el, described);
    el.audience = 'patient';
    await shows(el, plain);
    const names = fetched().find((url) => /\/anatomy\.es-[\w-]+\.js$/.test(url)) ?? fail('no Spanish anatomy chunk');
    if ((await (await fetch(names)).text()).includes(described.slice(0, 40)))
      fail('the Spanish anatomy names chunk carries the descriptions');
    for (const chunk of ['ducts.texts', 'ducts.es.texts']) {
      if (!fetched().some((url) => url.includes(`/${chunk}-`))) fail(`no ${chunk} chunk fetched`);
    }
    // Nothing on show is a rib or a vertebra: their descriptions stay unfetched.
    if (fetched().some((url) => /\/skeleton(\.es)?\.texts-/.test(url))) fail('the skeleton’s descriptions came too');
    el.remove();
  });

  it('validates author data with the lazily loaded validator: good data draws, a fault names its JSON path', async () => {
    const ptcd = await (await fetch(new URL('../data/procedures/ptcd.json', import.meta.url))).json();
    const { el, errors } = await withErrors(document, '600px');
    const steps0 = structuredClone(ptcd.steps);
    steps0[0].title = 'Author step';
    el.procedureData = { ...ptcd, steps: steps0 };
    await until(el, () => el.shadowRoot.textContent.includes('Author step'));
    if (errors.length) fail(`good author data rejected: ${JSON.stringify(errors)}`);
    if (!el.shadowRoot.textContent.includes('Author step')) fail('the author procedure is not shown');
    const steps = structuredClone(ptcd.steps);
    steps[1].duration = -5;
    el.procedureData = { ...ptcd, steps };
    await until(el, () => errors.length > 0);
    if (!errors[0]?.path?.startsWith('steps[1].duration')) fail(`error path: ${JSON.stringify(errors[0])}`);
    if (!el.shadowRoot.querySelector('[role="alert"]')?.textContent.includes('steps[1].duration'))
      fail('the error is not shown with its path');
  });

  it('takes author anatomy made of the bundled files with one changed, though the build trims the bundled ones', async () => {
    const ducts = await (await fetch(new URL('../data/anatomy/ducts.json', import.meta.url))).json();
    const liver = await (await fetch(new URL('../data/anatomy/liver.json', import.meta.url))).json();
    ducts.structures.find((s) => s.id === 'common-bile-duct').name = 'Author’s bile duct';
    const { el, errors } = await withErrors(document, '600px');
    const shows = async (text) => {
      await until(el, () => details(el).includes(text) || errors.length);
      if (errors.length) fail(`the anatomy was rejected: ${JSON.stringify(errors[0]).slice(0, 300)}`);
      if (!details(el).includes(text)) fail(`details "${details(el)}" lack "${text}"`);
    };
    el.anatomyFiles = { ...el.anatomyFiles, 'ducts.json': ducts };
    el.selected = 'common-bile-duct';
    await shows('Author’s bile duct');
    // A structure of a bundled file passed on as it was still gets its description.
    el.selected = 'liver';
    await shows(liver.structures.find((s) => s.id === 'liver').description);
    el.remove();
  });

  it('fetches only the validator half the author data needs, each half and valibot in a chunk of its own', async () => {
    // Words only the anatomy schema, the obstruction schema and the procedure schema have, and valibot's mark.
    const ANATOMY = 'a plain name has at most three words';
    const OBSTRUCTION = 'only a "mass" lesion has a mass circle';
    const PROCEDURE = 'the default must be one of the values';
    const VALIBOT = '~standard';
    const ptcd = await (await fetch(new URL('../data/procedures/ptcd.json', import.meta.url))).json();
    // A frame of its own: its own module map and resource list, whatever the other tests have loaded.
    const iframe = document.createElement('iframe');
    iframe.style.width = '700px';
    iframe.style.height = '500px';
    document.body.append(iframe);
    const shell = new URL('../dist/cdn/liver-intervention.js', import.meta.url).href;
    await new Promise((resolve) => {
      iframe.onload = resolve;
      iframe.srcdoc = `<!doctype html><script type="module">import { engine } from '${shell}'; await engine;</script>`;
    });
    const win = iframe.contentWindow;
    await win.customElements.whenDefined('liver-intervention');
    const chunks = async () => {
      const urls = win.performance.getEntriesByType('resource').map((r) => r.name);
      const js = urls.filter((url) => url.includes('/dist/cdn/') && url.endsWith('.js'));
      return Promise.all(js.map(async (url) => ({ url, code: await (await fetch(url)).text() })));
    };
    const { el, errors } = await withErrors(win.document);
    const steps = structuredClone(ptcd.steps);
    steps[0].title = 'Author step';
    el.procedureData = { ...ptcd, steps };
    await until(el, () => el.shadowRoot.textContent.includes('Author step'));
    if (errors.length) fail(`good author procedure rejected: ${JSON.stringify(errors)}`);
    if (!el.shadowRoot.textContent.includes('Author step')) fail('the author procedure is not shown');
    const afterProcedure = await chunks();
    const engine = afterProcedure.find((c) => c.url.endsWith('/liver-intervention.engine.js')) ?? fail('no engine');
    if ([VALIBOT, PROCEDURE, ANATOMY].some((mark) => engine.code.includes(mark))) fail('the engine carries the validator');
    for (const { url, code } of afterProcedure) {
      if (code.includes(ANATOMY) || code.includes(OBSTRUCTION))
        fail(`an author procedure alone fetched the anatomy validator: ${url}`);
    }
    const procedure = afterProcedure.filter((c) => c.code.includes(PROCEDURE));
    if (procedure.length !== 1) fail(`the procedure validator is in ${procedure.length} chunks fetched`);
    if (procedure[0].code.includes(VALIBOT)) fail('the procedure validator’s chunk carries valibot');
    const core = afterProcedure.filter((c) => c.code.includes(VALIBOT));
    if (core.length !== 1) fail(`valibot is in ${core.length} chunks fetched`);
    // Author anatomy brings the other half: a fault in it is shown with its file and JSON path, the drawing stays.
    // The files as written (the build leaves the descriptions out of its own copy, for a chunk of their own).
    const files = Object.fromEntries(
      await Promise.all(
        Object.keys(el.anatomyFiles).map(async (name) => {
          const json = await (await fetch(new URL(`../data/anatomy/${name}`, import.meta.url))).json();
          return [name, json];
        }),
      ),
    );
    files['ducts.json'].structures[0].shape.diameter = { normal: 'wide', dilated: 17 };
    el.anatomyFiles = files;
    await until(el, () => errors.length > 0);
    const path = 'ducts.json: structures[0].shape.diameter.normal';
    if (errors[0]?.path !== path) fail(`error path: ${JSON.stringify(errors[0])}`);
    if (!el.shadowRoot.querySelector('[role="alert"]')?.textContent.includes(path)) fail('the error is not shown');
    if (!el.shadowRoot.textContent.includes('Author step')) fail('the last good procedure is gone');
    const before = new Set(afterProcedure.map((c) => c.url));
    const added = (await chunks()).filter((c) => !before.has(c.url));
    const anatomy = added.filter((c) => c.code.includes(ANATOMY));
    if (anatomy.length !== 1) fail(`author anatomy fetched the anatomy validator in ${anatomy.length} chunks`);
    if (!anatomy[0].code.includes(OBSTRUCTION)) fail('the anatomy validator lacks the obstruction cases’ check');
    if ([VALIBOT, PROCEDURE].some((mark) => anatomy[0].code.includes(mark)))
      fail('the anatomy validator’s chunk carries valibot or the procedure validator');
    if (added.some((c) => c.code.includes(VALIBOT))) fail('valibot was fetched again in another chunk');
    iframe.remove();
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
  // Last: a patient's stent widget fetches the stent procedure's patient texts, which the test above checks a clinician's does not.
  it('names the stent on its card from the card words’ chunk: the maker’s type for clinicians, plain words for patients', async () => {
    const stents = await (await fetch(new URL('../data/stents.json', import.meta.url))).json();
    for (const [audience, field, body] of [
      ['clinician', 'name', 'sizes'],
      ['patient', 'plainName', 'patient'],
    ]) {
      const el = document.createElement('liver-intervention');
      el.setAttribute('procedure', 'stent');
      el.setAttribute('stent', 'spiral');
      el.setAttribute('audience', audience);
      document.body.append(el);
      const card = () => el.shadowRoot.querySelector('[part="stent-card"]');
      await until(el, () => card());
      const title = card()?.querySelector('summary')?.textContent.trim();
      if (title !== stents.spiral[field]) fail(`${audience}: the card reads "${title}", not "${stents.spiral[field]}"`);
      if (!card().textContent.includes(stents.spiral[body])) fail(`${audience}: the card lacks its ${body} text`);
      el.remove();
    }
  });
  it('draws the gallbladder’s stones and the contrast given into it from a chunk of its own', async () => {
    const fetched = () => performance.getEntriesByType('resource').map((r) => r.name);
    const chunk = /\/cavity-drawing-[\w-]+\.js$/;
    const el = document.createElement('liver-intervention');
    el.style.width = '600px';
    el.setAttribute('procedure', 'cholecystostomy');
    el.setAttribute('step', '4');
    document.body.append(el);
    const svg = () => el.shadowRoot.querySelector('svg.scene');
    await until(el, () => svg()?.querySelector('path.paint-stone'));
    if (!fetched().some((url) => chunk.test(url))) fail('the cholecystostomy did not fetch the cavity chunk');
    const stones = svg().querySelectorAll('path.paint-stone').length;
    if (stones !== 4) fail(`${stones} gallstones drawn, not the data's 4`);
    if (!svg().querySelector('path.paint-contrast[data-id="gallbladder"]'))
      fail('no contrast drawn at the step that injects it into the gallbladder');
    el.remove();
  });
});
