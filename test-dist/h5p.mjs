// Tests of the built H5P package (dist-h5p/liver-intervention.h5p) in h5p-standalone, H5P's player without a
// server, from a plain static server, as an LMS would unpack and play it. Run after `npm run build`:
//   node test-dist/h5p.mjs
// Prints one line per test and closes with `N passed, N failed`. Screenshots go to screenshots/.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { launch, runTests } from './launch.mjs';
import { serveStatic } from './static-server.mjs';
import { unzip } from './unzip.mjs';

const tests = [];
const test = (name, fn) => tests.push({ name, fn });
const assert = (ok, message) => {
  if (!ok) throw new Error(message);
};

const PACKAGE = 'dist-h5p/liver-intervention.h5p';
const VERB = 'http://adlnet.gov/expapi/verbs/';
const EXT = 'https://www.npmjs.com/package/liver-intervention#xapi-';
const files = unzip(readFileSync(PACKAGE));
const json = (path) => JSON.parse(files.get(path).toString('utf8'));
const h5p = json('h5p.json');
const { machineName, majorVersion, minorVersion } = h5p.preloadedDependencies[0];
const library = `${machineName}-${majorVersion}.${minorVersion}`;

// The player page: h5p-standalone's files in player/, the unpacked package in content/, every xAPI statement
// kept in `statements` (H5P's external dispatcher is where an LMS listens too); `options` add to the player's.
const playerPage = (options = {}) =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">' +
  '<title>H5P player</title><link rel="icon" href="data:,"><script src="player/main.bundle.js"></script>' +
  '<style>body{margin:0;font:16px system-ui}main{max-width:1000px;margin:0 auto;padding:8px}</style></head>' +
  '<body><main><h1>Biliary drainage</h1><div id="h5p"></div></main><script>' +
  'window.statements = [];' +
  "new H5PStandalone.H5P(document.getElementById('h5p'), { h5pJsonPath: 'content', frameJs: 'player/frame.bundle.js'," +
  ` frameCss: 'player/styles/h5p.css', ...${JSON.stringify(options)} }).then(() => {` +
  "  H5P.externalDispatcher.on('xAPI', (e) => statements.push(e.data.statement));" +
  '  window.playerReady = true;' +
  '});</script></body></html>';

/**
 * A folder with the player, the package unpacked (its content.json replaced by `params`, if given), a page, and
 * copies of the built files `extra` names by their new names.
 */
function site(params, extra = {}, options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'li-h5p-'));
  cpSync('node_modules/h5p-standalone/dist', join(dir, 'player'), { recursive: true });
  for (const [path, bytes] of files) {
    mkdirSync(dirname(join(dir, 'content', path)), { recursive: true });
    writeFileSync(join(dir, 'content', path), bytes);
  }
  if (params) writeFileSync(join(dir, 'content/content/content.json'), JSON.stringify(params));
  writeFileSync(join(dir, 'index.html'), playerPage(options));
  for (const [name, file] of Object.entries(extra)) cpSync(file, join(dir, name));
  return dir;
}

let browser;
const cleanup = [];

/** Opens the player on a new site; resolves to the page, H5P's frame and the errors logged. */
async function play(params, viewport = { width: 1280, height: 900 }, extra = {}, options = {}) {
  const dir = site(params, extra, options);
  cleanup.push(() => rmSync(dir, { recursive: true }));
  const server = await serveStatic(dir);
  cleanup.push(server.close);
  const page = await browser.newPage();
  cleanup.push(() => page.close());
  await page.setViewport(viewport);
  // Steps show their end state at once: each step change is immediate and needs no waiting for a tween.
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${server.url}index.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.playerReady, { timeout: 20000 });
  const frame = page.frames().find((f) => f !== page.mainFrame());
  assert(frame, 'h5p-standalone made no frame');
  await frame.waitForFunction(() => document.querySelector('liver-intervention')?.steps.length > 0, { timeout: 20000 });
  await frame.evaluate(async () => {
    const el = document.querySelector('liver-intervention');
    el.scrollIntoView();
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
  return { page, frame, errors };
}

/** The statements sent so far, in short: verb, step index, title and count extensions, completion. */
const sent = (page) =>
  page.evaluate(
    (ext) =>
      window.statements.map((s) => ({
        verb: s.verb.id,
        step: s.result?.extensions?.[`${ext}step-index`],
        id: s.result?.extensions?.[`${ext}step-id`],
        title: s.result?.extensions?.[`${ext}step-title`],
        count: s.result?.extensions?.[`${ext}step-count`],
        completion: s.result?.completion,
        object: s.object?.id,
        contentId: s.object?.definition?.extensions?.['http://h5p.org/x-api/h5p-local-content-id'],
        actor: Boolean(s.actor),
      })),
    EXT,
  );

/** The height of H5P's frame and of the content inside it, in CSS pixels. */
const frameFit = (page) =>
  page.evaluate(() => {
    const f = document.querySelector('iframe');
    return { frame: f.getBoundingClientRect().height, content: f.contentDocument.body.scrollHeight };
  });

/** Clicks one of the widget's transport buttons by its accessible name and waits for the step it shows. */
async function press(frame, label) {
  const before = await frame.evaluate(() => document.querySelector('liver-intervention').step);
  await frame.evaluate((l) => {
    document.querySelector('liver-intervention').shadowRoot.querySelector(`button[aria-label="${l}"]`).click();
  }, label);
  const want = before + (label === 'Next step' ? 1 : -1);
  await frame.waitForFunction((w) => document.querySelector('liver-intervention').step === w, {}, want);
}

test('the package is an H5P content type: h5p.json, library.json with the classic script, semantics', async () => {
  assert(h5p.mainLibrary === 'H5P.LiverIntervention' && h5p.embedTypes.includes('iframe'), JSON.stringify(h5p));
  const lib = json(`${library}/library.json`);
  assert(lib.machineName === machineName && lib.runnable === 1, JSON.stringify(lib));
  for (const { path } of lib.preloadedJs) assert(files.has(`${library}/${path}`), `${path} is not in the package`);
  const names = json(`${library}/semantics.json`).map((f) => f.name);
  const want = ['procedure', 'obstruction', 'stent', 'view', 'audience', 'language', 'step'];
  assert(want.every((n) => names.includes(n)), `fields ${names}`);
  const root = [...files.keys()].filter((p) => !p.includes('/'));
  assert(root.join() === 'h5p.json', `files outside the content and library folders: ${root}`);
});

test("every option the editor offers is a value the element keeps, and the element's names are all offered", async () => {
  browser = await launch();
  // The element's own lists come from its standalone build, which exports them, loaded in the host page.
  const { page, frame, errors } = await play(undefined, undefined, {
    'standalone.js': 'dist/liver-intervention.standalone.js',
  });
  const selects = json(`${library}/semantics.json`).filter((f) => f.type === 'select' && f.name !== 'language');
  const refused = await frame.evaluate(async (fields) => {
    const out = [];
    for (const { name, options } of fields)
      for (const { value } of options) {
        const el = document.createElement('liver-intervention');
        el.setAttribute(name, value);
        document.body.append(el);
        await el.updateComplete;
        if (el.getAttribute(name) !== value || el[name] !== value) out.push(`${name}=${value}`);
        el.remove();
      }
    return out;
  }, selects);
  assert(refused.length === 0, `the element does not keep ${refused.join(', ')}`);
  const lists = await page.evaluate(async () => {
    const m = await import('./standalone.js');
    return { procedure: m.PROCEDURE_NAMES, obstruction: m.OBSTRUCTION_NAMES, stent: m.STENT_NAMES };
  });
  for (const [field, list] of Object.entries(lists)) {
    const offered = selects.find((f) => f.name === field).options.map((o) => o.value);
    assert(offered.join() === list.join(), `${field}: the editor offers ${offered}, the element has ${list}`);
  }
  assert(errors.length === 0, errors.join('\n'));
});

test('stepping through in h5p-standalone: one `experienced` per step, `completed` once, at the last step', async () => {
  browser = await launch();
  const { page, frame, errors } = await play();
  const steps = await frame.evaluate(() => document.querySelector('liver-intervention').steps);
  assert(steps.length > 3, `only ${steps.length} steps`);
  for (let i = 1; i < steps.length; i++) await press(frame, 'Next step');
  // Back and forth again: steps already seen send nothing more.
  await press(frame, 'Previous step');
  await press(frame, 'Previous step');
  await press(frame, 'Next step');
  await press(frame, 'Next step');
  await page.waitForFunction((n) => window.statements.length >= n, {}, steps.length + 1);
  const s = await sent(page);
  const experienced = s.filter((x) => x.verb === `${VERB}experienced`);
  const completed = s.filter((x) => x.verb === `${VERB}completed`);
  assert(s.length === steps.length + 1, `${s.length} statements for ${steps.length} steps: ${JSON.stringify(s)}`);
  assert(experienced.length === steps.length && completed.length === 1, JSON.stringify(s.map((x) => x.verb)));
  experienced.forEach((x, i) => {
    assert(x.step === i + 1 && x.id === steps[i].id && x.title === steps[i].title, `statement ${i}: ${JSON.stringify(x)}`);
    assert(x.count === steps.length, `step count ${x.count}`);
  });
  assert(s.at(-1) === completed[0] && completed[0].completion === true, `completed: ${JSON.stringify(s.at(-1))}`);
  assert(s.every((x) => x.object && x.contentId && x.actor), `H5P's template is missing: ${JSON.stringify(s[0])}`);
  const fit = await frameFit(page);
  assert(Math.abs(fit.frame - fit.content) <= 2, `frame ${fit.frame} px, content ${fit.content} px`);
  console.log(`    ${steps.length} steps: ${s.length} statements; frame ${fit.frame} px high`);
  assert(errors.length === 0, errors.join('\n'));
});

test("the author's fields reach the element; the starting step is the first one experienced", async () => {
  browser = await launch();
  const params = {
    procedure: 'stent',
    obstruction: 'hilar-2',
    stent: 'z',
    view: 'fluoroscopy',
    audience: 'patient',
    language: 'en',
    step: 3,
  };
  const { page, frame, errors } = await play(params);
  const attrs = await frame.evaluate(() => {
    const el = document.querySelector('liver-intervention');
    return Object.fromEntries(['procedure', 'obstruction', 'stent', 'view', 'audience', 'lang', 'step'].map((n) => [n, el.getAttribute(n)]));
  });
  const want = { ...params, lang: 'en', step: '3' };
  delete want.language;
  for (const [k, v] of Object.entries(want)) assert(attrs[k] === v, `${k}=${attrs[k]}, want ${v}`);
  await page.waitForFunction(() => window.statements.length > 0);
  const s = await sent(page);
  assert(s.length === 1 && s[0].step === 3 && s[0].verb === `${VERB}experienced`, JSON.stringify(s));
  assert(errors.length === 0, errors.join('\n'));
});

test('H5P saves where the learner is; the next visit resumes there and reports only steps not seen before', async () => {
  browser = await launch();
  const saved = { step: 4, seen: [1, 2, 3, 4], completed: false };
  // h5p-standalone hands `contentUserData` to H5P as the saved state and saves into it every `saveFreq` s.
  const { page, frame, errors } = await play(undefined, undefined, {}, {
    contentUserData: [{ state: JSON.stringify(saved) }],
    saveFreq: 1,
  });
  assert((await frame.evaluate(() => document.querySelector('liver-intervention').step)) === 4, 'not resumed at 4');
  await press(frame, 'Previous step');
  await press(frame, 'Next step');
  await press(frame, 'Next step');
  await page.waitForFunction(() => window.statements.length > 0);
  const s = await sent(page);
  assert(s.length === 1 && s[0].step === 5 && s[0].verb === `${VERB}experienced`, JSON.stringify(s));
  const state = await page.waitForFunction(
    () => {
      const data = Object.values(H5PIntegration.contents)[0].contentUserData?.[0]?.state;
      const state = data && JSON.parse(data);
      return state?.step === 5 && state;
    },
    { timeout: 10000 },
  );
  const now = await state.jsonValue();
  assert(now.seen.join() === '1,2,3,4,5' && now.completed === false, JSON.stringify(now));
  assert(errors.length === 0, errors.join('\n'));
});

test('screenshots of the widget in the H5P frame at 1280 and 360 px', async () => {
  browser = await launch();
  mkdirSync('screenshots', { recursive: true });
  for (const width of [1280, 360]) {
    const { page, frame } = await play({ procedure: 'internal-drainage', step: 4 }, { width, height: 800 });
    const caption = await frame.evaluate(
      () => document.querySelector('liver-intervention').shadowRoot.querySelector('[part="caption"] h2')?.textContent,
    );
    assert(caption, 'no caption');
    const fit = await frameFit(page);
    await page.screenshot({ path: `screenshots/h5p-${width}.png`, fullPage: true });
    assert(Math.abs(fit.frame - fit.content) <= 2, `at ${width} px: frame ${fit.frame} px, content ${fit.content} px`);
    console.log(`    ${width} px: frame ${fit.frame} px high, caption "${caption}"`);
  }
});

await runTests(tests, cleanup, {
  after: async () => {
    await browser?.close();
    browser = undefined;
  },
});
