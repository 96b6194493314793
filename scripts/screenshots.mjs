// Renders the demo in headless Chromium and writes PNGs to screenshots/, and the README's picture to docs/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { CHROME_ARGS, findBrowser } from './find-browser.mjs';

const WIDTHS = [360, 1280, 1920];
const STEPS = { right: 11, left: 10 };
const OBSTRUCTIONS = ['distal', 'hilar-1', 'hilar-2', 'hilar-3a', 'hilar-3b', 'hilar-4', 'benign-anastomotic'];
/** 1-based shown index of a step id, after the procedure's `when` filters for these options. */
function stepOf(procedure, id, options) {
  const steps = JSON.parse(readFileSync(`data/procedures/${procedure}.json`, 'utf8')).steps.filter((s) =>
    Object.entries(s.when ?? {}).every(([k, v]) => (Array.isArray(v) ? v.includes(options[k]) : v === options[k])),
  );
  return steps.findIndex((s) => s.id === id) + 1;
}
const ISSUE4 = [
  ...['distal', 'hilar-2'].flatMap((obstruction) =>
    ['internal-external-drain', 'capped'].map((id) => ({
      name: `internal-drainage-${obstruction}-${id}`,
      query: `procedure=internal-drainage&obstruction=${obstruction}&step=${stepOf('internal-drainage', id, { obstruction, approach: 'right' })}`,
    })),
  ),
  ...['inflate', 'efface', 'catheter-across'].map((id) => ({
    name: `balloon-${id}`,
    query: `procedure=balloon-dilation&obstruction=benign-anastomotic&step=${stepOf('balloon-dilation', id, { obstruction: 'benign-anastomotic', approach: 'right' })}`,
  })),
  ...['mesh', 'z', 'spiral', 'plastic'].flatMap((stent) => {
    const id = stent === 'plastic' ? 'deploy-plastic' : 'deploy';
    const step = stepOf('stent', id, { stent, obstruction: 'distal', approach: 'right' });
    const check = stepOf('stent', 'check', { stent, obstruction: 'distal', approach: 'right' });
    return [
      {
        name: `stent-${stent}-mid`,
        query: `procedure=stent&stent=${stent}&step=${step - 1}`,
        play: { step, fraction: 0.6 },
      },
      { name: `stent-${stent}-deployed`, query: `procedure=stent&stent=${stent}&step=${step}` },
      { name: `stent-${stent}-check`, query: `procedure=stent&stent=${stent}&step=${check}` },
    ];
  }),
  {
    name: 'stent-hilar-4-spiral',
    query: `procedure=stent&stent=spiral&obstruction=hilar-4&step=${stepOf('stent', 'second-stent', { stent: 'spiral', obstruction: 'hilar-4', approach: 'right' })}`,
  },
  ...OBSTRUCTIONS.flatMap((obstruction) =>
    ['illustration', 'fluoroscopy'].map((view) => ({
      name: `obstruction-${obstruction}-${view}`,
      query: `procedure=internal-drainage&obstruction=${obstruction}&view=${view}&step=2`,
    })),
  ),
  { name: 'unsuitable-balloon-distal', query: 'procedure=balloon-dilation&obstruction=distal' },
].map((v) => ({ widths: [720], ...v }));
/** Issue 8: a patient's phone, a lecture projector (one screen, no scrolling) and a clinician's laptop. */
const PRESENT = [
  ...[
    ['ptcd', 'approach=right', [1, 2, 4, 5, 10, 11]],
    ['stent', 'procedure=stent&stent=mesh', [2, 5, 8, 11]],
    ['ptcd-left', 'approach=left', [3, 4, 9, 10]],
    ['drainage-hilar-4', 'procedure=internal-drainage&obstruction=hilar-4', [2, 6, 7]],
    ['balloon', 'procedure=balloon-dilation&obstruction=benign-anastomotic', [6, 7]],
  ].flatMap(([name, query, steps]) =>
    steps.flatMap((step) => [
      {
        name: `present-${name}-${step}-patient`,
        query: `${query}&step=${step}&audience=patient`,
        widths: [360],
        height: 740,
      },
      { name: `present-${name}-${step}-projector`, query: `${query}&step=${step}`, widths: [1920], height: 1080 },
      { name: `present-${name}-${step}-clinician`, query: `${query}&step=${step}`, widths: [1280], height: 800 },
    ]),
  ),
];
// Issue 8: deployment frames part-way and at the end, in both views, and the hilar type IV cholangiogram.
const ISSUE8 = [
  ...['mesh', 'z', 'spiral', 'plastic'].flatMap((stent) => {
    const id = stent === 'plastic' ? 'deploy-plastic' : 'deploy';
    const step = stepOf('stent', id, { stent, obstruction: 'distal', approach: 'right' });
    return ['illustration', 'fluoroscopy'].flatMap((view) =>
      [0.35, 0.7, 1].map((fraction) => ({
        name: `deploy-${stent}-${view}-${Math.round(fraction * 100)}`,
        query: `procedure=stent&stent=${stent}&view=${view}&step=${step - 1}`,
        play: { step, fraction },
      })),
    );
  }),
  ...['illustration', 'fluoroscopy'].map((view) => ({
    name: `cholangiogram-hilar-4-${view}`,
    query: `procedure=stent&obstruction=hilar-4&view=${view}&step=${stepOf('stent', 'cholangiogram', { stent: 'mesh', obstruction: 'hilar-4', approach: 'right' })}`,
  })),
  ...['illustration', 'fluoroscopy'].map((view) => ({
    name: `measure-done-distal-${view}`,
    query: `procedure=stent&view=${view}&step=${stepOf('stent', 'measure', { stent: 'mesh', obstruction: 'distal', approach: 'right' })}`,
    widths: [360, 1280],
  })),
  {
    name: 'measure-distal-fluoroscopy',
    query: `procedure=stent&view=fluoroscopy&step=${stepOf('stent', 'measure', { stent: 'mesh', obstruction: 'distal', approach: 'right' }) - 1}`,
    play: {
      step: stepOf('stent', 'measure', { stent: 'mesh', obstruction: 'distal', approach: 'right' }),
      fraction: 0.3,
    },
  },
  // Half-way through the drainage step the ducts are narrowing, on a grid that is coarser on a phone.
  {
    name: 'ptcd-drainage-mid',
    query: `step=${stepOf('ptcd', 'drainage', { approach: 'right' }) - 1}`,
    play: { step: stepOf('ptcd', 'drainage', { approach: 'right' }), fraction: 0.5 },
    widths: [360, 1920],
  },
].map((v) => ({ widths: [720], ...v }));
/** Issue 8, the picture: the hepaticojejunostomy, each case, the access steps, at lecture-hall and phone widths. */
const PICTURE = [
  ...['internal-drainage', 'balloon-dilation'].flatMap((procedure) =>
    (procedure === 'internal-drainage'
      ? ['cholangiogram', 'internal-external-drain', 'bag']
      : ['inflate', 'catheter-across']
    ).map((id) => ({
      name: `hj-${procedure}-${id}`,
      query: `procedure=${procedure}&obstruction=benign-anastomotic&step=${stepOf(procedure, id, { obstruction: 'benign-anastomotic', approach: 'right' })}`,
    })),
  ),
  ...OBSTRUCTIONS.filter((o) => o !== 'benign-anastomotic').flatMap((obstruction) =>
    ['cholangiogram', 'internal-external-drain'].map((id) => ({
      name: `case-${obstruction}-${id}`,
      query: `procedure=internal-drainage&obstruction=${obstruction}&step=${stepOf('internal-drainage', id, { obstruction, approach: 'right' })}`,
    })),
  ),
  ...['right', 'left'].flatMap((approach) =>
    ['illustration', 'fluoroscopy'].flatMap((view) =>
      (approach === 'right'
        ? ['right-entry', 'right-puncture', 'right-find-duct', 'drain', 'drainage']
        : ['left-access', 'left-puncture', 'drain']
      ).map((id) => ({
        name: `access-${approach}-${id}-${view}`,
        query: `approach=${approach}&view=${view}&step=${stepOf('ptcd', id, { approach })}`,
      })),
    ),
  ),
  { name: 'unsuitable-still', query: 'procedure=balloon-dilation&obstruction=hilar-2&step=4' },
  // An author's procedure that does not validate, given after a good one was drawn at step 5.
  { name: 'data-error', query: 'step=5', badData: true },
].map((v) => ({ widths: [1280, 360], ...v }));
/**
 * Issue 10, languages: a PTCD and a stent step and the printed handout in each language at phone and laptop width,
 * the dark and projector themes once each, and a right-to-left page (controls mirror, the drawing does not).
 */
const DRAIN = stepOf('ptcd', 'drain', { approach: 'right' });
const DEPLOY = stepOf('stent', 'deploy', { stent: 'mesh', obstruction: 'distal', approach: 'right' });
const LANGUAGES = [
  ...['en', 'zh-Hans', 'es'].flatMap((lang) => [
    ...[
      { name: `lang-${lang}-ptcd-drain`, query: `lang=${lang}&step=${DRAIN}` },
      { name: `lang-${lang}-stent-deploy`, query: `lang=${lang}&procedure=stent&stent=mesh&step=${DEPLOY}` },
    ].map((v) => ({ widths: [360, 1280], ...v })),
    // The handout is laid out for paper whatever the screen: an A4 page's width at 96 dpi.
    { name: `lang-${lang}-handout-patient`, query: `lang=${lang}&audience=patient`, print: true, widths: [794] },
    {
      name: `lang-${lang}-handout-clinician`,
      query: `lang=${lang}&procedure=stent&stent=mesh`,
      print: true,
      widths: [794],
    },
    { name: `lang-${lang}-dark`, query: `lang=${lang}&theme=dark&procedure=stent&step=${DEPLOY}`, widths: [720] },
    {
      name: `lang-${lang}-projector`,
      query: `lang=${lang}&theme=projector&step=${DRAIN}`,
      widths: [1920],
      height: 1080,
    },
  ]),
  { name: 'lang-rtl', query: `step=${DRAIN}`, widths: [360, 1280], dir: 'rtl' },
];
const VIEWS = [
  { name: 'anatomy', query: 'procedure=none' },
  // Issue 8: explore mode on a projector and a course page: drawing, caption and controls on one screen.
  { name: 'explore-fit', query: 'procedure=none', widths: [1920], height: 1080 },
  { name: 'explore-fit', query: 'procedure=none', widths: [1280], height: 800 },
  { name: 'dilated', query: 'procedure=none&ducts=dilated' },
  { name: 'no-labels', query: 'procedure=none&labels=off', widths: [1280] },
  { name: 'hilum', query: 'procedure=none&camera=hilum&ducts=dilated', widths: [360, 1280] },
  { name: 'selected-cbd', query: 'procedure=none&selected=common-bile-duct', widths: [360] },
  // The cystic duct lies mostly under the gallbladder's neck, and the costal margins reach the phone frame's edges.
  { name: 'selected-cystic', query: 'procedure=none&selected=cystic-duct', widths: [360, 1280] },
  { name: 'selected-costal-left', query: 'procedure=none&selected=costal-margin-left', widths: [360] },
  // A structure's description comes from its anatomy file's chunk, and a translation's with it.
  ...['zh-Hans', 'es'].flatMap((lang) =>
    ['clinician', 'patient'].map((audience) => ({
      name: `selected-cbd-${lang}-${audience}`,
      query: `lang=${lang}&audience=${audience}&procedure=none&selected=common-bile-duct`,
      widths: [360],
    })),
  ),
  ...Object.entries(STEPS).flatMap(([approach, n]) =>
    Array.from({ length: n }, (_, i) => ({
      name: `ptcd-${approach}-step-${String(i + 1).padStart(2, '0')}`,
      query: `approach=${approach}&step=${i + 1}`,
      widths: [720],
    })),
  ),
  { name: 'ptcd-right-step-06', query: 'approach=right&step=6&audience=patient', widths: [360] },
  { name: 'ptcd-left-step-02', query: 'approach=left&step=2', widths: [360] },
  { name: 'demo-page', page: 'index.html', query: 'procedure=stent&stent=z', widths: [1280, 360] },
  { name: 'phone-stent-patient', query: 'procedure=stent&stent=mesh&step=8&audience=patient', widths: [360] },
  {
    name: 'phone-balloon-fluoro',
    query: 'procedure=balloon-dilation&obstruction=benign-anastomotic&step=6&view=fluoroscopy',
    widths: [360],
  },
  ...ISSUE4,
  // Issue 10: themes and presenter mode.
  { name: 'theme-projector', query: 'theme=projector&step=4', widths: [1920], height: 1080 },
  {
    name: 'theme-projector-fullscreen',
    query: 'theme=projector&step=6',
    widths: [1920],
    height: 1080,
    fullscreen: true,
  },
  { name: 'theme-dark', query: 'theme=dark&step=4', widths: [720] },
  { name: 'theme-dark-stent', query: 'theme=dark&procedure=stent&step=8', widths: [720] },
  { name: 'theme-dark-system', query: 'step=4', widths: [360], media: 'dark' },
  { name: 'theme-high-contrast', query: 'theme=high-contrast&step=4', widths: [720] },
  { name: 'forced-colors', query: 'step=4', widths: [720], forced: true },
  { name: 'spotlight', query: 'procedure=none&spotlight&selected=common-bile-duct', widths: [720] },
  { name: 'share-panel', query: 'step=4&theme=dark', widths: [720], share: true },
  { name: 'reveal-deck', page: 'deck.html', query: '#/1/0/3', widths: [1280], height: 800 },
  { name: 'export-frame-dark', query: 'procedure=stent&step=8&theme=dark', widths: [720], exportFrame: true },
  { name: 'forced-colors-stent', query: 'procedure=stent&step=8', widths: [720], forced: true },
  ...['transhepatic', 'transperitoneal'].flatMap((approach) =>
    Array.from({ length: stepOf('cholecystostomy', 'drainage', { approach }) }, (_, i) => ({
      name: `cholecystostomy-${approach}-step-${String(i + 1).padStart(2, '0')}`,
      query: `procedure=cholecystostomy&approach=${approach}&step=${i + 1}`,
      widths: [1280],
    })),
  ),
  ...['transhepatic', 'transperitoneal'].flatMap((approach) =>
    [7, 8].map((step) => ({
      name: `cholecystostomy-${approach}-fluoro${step === 8 ? '' : `-${step}`}`,
      query: `procedure=cholecystostomy&approach=${approach}&view=fluoroscopy&step=${step}`,
      widths: [1280],
    })),
  ),
  // Issue 10, languages: the patient view on a phone in each language (and the clinician text, which is longer).
  ...['en', 'zh-Hans', 'es'].flatMap((lang) =>
    [1, 10].flatMap((step) =>
      ['patient', 'clinician'].map((audience) => ({
        name: `lang-${lang}-step-${step}-${audience}`,
        query: `lang=${lang}&audience=${audience}&step=${step}`,
        widths: [360],
      })),
    ),
  ),
  ...LANGUAGES,
  // Issue 10, Simplified Chinese and Spanish: a stent, a balloon and a cholecystostomy step, both registers, phone
  // and laptop.
  ...[
    ['stent', 'deploy', 'stent=mesh&obstruction=distal', { stent: 'mesh', obstruction: 'distal', approach: 'right' }],
    ['balloon-dilation', 'inflate', 'obstruction=benign-anastomotic', { obstruction: 'benign-anastomotic' }],
    ['cholecystostomy', 'drain', 'approach=transhepatic', { approach: 'transhepatic' }],
  ].flatMap(([procedure, id, options, when]) =>
    ['zh-Hans', 'es'].flatMap((lang) =>
      ['clinician', 'patient'].map((audience) => ({
        name: `lang-${lang}-${procedure}-${id}-${audience}`,
        query: `lang=${lang}&procedure=${procedure}&${options}&audience=${audience}&step=${stepOf(procedure, id, when)}`,
        widths: [360, 1280],
      })),
    ),
  ),
  ...ISSUE8,
  ...PICTURE,
  ...PRESENT,
];
// `npm run screenshots -- deploy-` renders only the views whose name matches the given pattern.
const only = process.argv[2];

const server = await createServer({ logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await puppeteer.launch({ executablePath: findBrowser(), args: CHROME_ARGS });
mkdirSync('screenshots', { recursive: true });
try {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') console.log(`[page ${m.type()}] ${m.text()}`);
  });
  for (const view of only ? VIEWS.filter((v) => new RegExp(only).test(v.name)) : VIEWS) {
    for (const width of view.widths ?? WIDTHS) {
      await page.setViewport({ width, height: view.height ?? Math.round(width * 1.2), deviceScaleFactor: 1 });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: view.media ?? 'light' }]);
      // puppeteer rejects the forced-colors feature name; CDP takes it.
      await cdp.send('Emulation.setEmulatedMedia', {
        media: view.print ? 'print' : '',
        features: [{ name: 'forced-colors', value: view.forced ? 'active' : 'none' }],
      });
      await page.goto(`${base}${view.page ?? 'embed.html'}?${view.query}`, { waitUntil: 'networkidle0' });
      await page.waitForSelector('liver-intervention');
      if (view.dir) await page.evaluate((dir) => (document.documentElement.dir = dir), view.dir);
      // A language's text loads in its own chunk: wait until the widget shows it.
      await page.waitForFunction(() => {
        const el = document.querySelector('liver-intervention');
        return el.shadowRoot && !el.shadowRoot.querySelector('[part=loading]');
      });
      await page.evaluate(async (play) => {
        const el = document.querySelector('liver-intervention');
        await el.updateComplete;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        await el.updateComplete;
        if (play) {
          // Stop part-way through a step: time its full run on a manual clock (the element's injectable
          // frame source), then replay it and pause at the wanted fraction.
          let now = 0;
          const queue = [];
          el.clock = { now: () => now, request: (cb) => queue.push(cb), cancel: () => queue.splice(0) };
          const run = async (until) => {
            const done = el.goTo(play.step);
            const start = now;
            while (queue.length && now - start < until) {
              now += 20;
              queue.shift()(now);
            }
            return { done, took: now - start };
          };
          const full = await run(Infinity);
          await full.done;
          await run(full.took * play.fraction);
          el.pause();
          queue.splice(0);
          await el.updateComplete;
        }
      }, view.play ?? null);
      if (view.badData) {
        // Two faults an author makes: a step with no title, and an action of an unknown type. The error lists each
        // with its JSON path; the last good drawing stays.
        await page.evaluate(async () => {
          const el = document.querySelector('liver-intervention');
          el.procedureData = {
            id: 'my-drain',
            title: 'My drain',
            steps: [{ id: 'one', actions: [{ type: 'teleport' }] }],
          };
          await el.updateComplete;
        });
        await page.waitForFunction(() =>
          document.querySelector('liver-intervention').shadowRoot.querySelector('[part=error]'),
        );
      }
      if (view.print) {
        // The handout is drawn on `beforeprint`; the emulated print media shows it in place of the widget.
        await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
        await new Promise((r) => setTimeout(r, 200));
      }
      if (view.share) {
        const button = await page.waitForSelector('liver-intervention >>> button.share-toggle');
        await button.click();
        // Deep selectors wait on light-DOM mutations only: poll the shadow root.
        await page.waitForFunction(() =>
          document.querySelector('liver-intervention').shadowRoot.querySelector('img.qr'),
        );
      }
      if (view.fullscreen) {
        // A real click is the user gesture full screen needs.
        const button = await page.waitForSelector('liver-intervention >>> button.fullscreen');
        await button.click();
        await page.waitForFunction(() => document.fullscreenElement !== null);
        await new Promise((r) => setTimeout(r, 300));
      }
      if (view.exportFrame) {
        // The element's own PNG export (exportFrame), not a screenshot of the page.
        const b64 = await page.evaluate(async () => {
          const blob = await document.querySelector('liver-intervention').exportFrame('png');
          const bytes = new Uint8Array(await blob.arrayBuffer());
          let s = '';
          for (const b of bytes) s += String.fromCharCode(b);
          return btoa(s);
        });
        writeFileSync(`screenshots/${view.name}-${width}.png`, Buffer.from(b64, 'base64'));
        console.log(`screenshots/${view.name}-${width}.png`);
        continue;
      }
      const file = `screenshots/${view.name}-${width}.png`;
      // Frames with a screen height (projector, laptop) show what fits on it; the others show the whole page, cut
      // at the end of its content rather than padded with the empty rest of a tall viewport.
      const tall = view.height
        ? undefined
        : await page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().bottom + scrollY));
      await page.screenshot(
        tall ? { path: file, clip: { x: 0, y: 0, width, height: tall }, captureBeyondViewport: true } : { path: file },
      );
      if (view.fullscreen) await page.evaluate(() => document.exitFullscreen());
      console.log(file);
    }
  }
  // The README's picture: the widget alone, mid-procedure, at a course-page width, on screen.
  await cdp.send('Emulation.setEmulatedMedia', { media: '', features: [{ name: 'forced-colors', value: 'none' }] });
  await page.setViewport({ width: 760, height: 900, deviceScaleFactor: 1 });
  await page.goto(`${base}embed.html?procedure=stent&stent=mesh&step=8`, { waitUntil: 'networkidle0' });
  await page.evaluate(async () => {
    const el = document.querySelector('liver-intervention');
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await el.updateComplete;
  });
  mkdirSync('docs', { recursive: true });
  const widget = await page.$('liver-intervention');
  await widget.screenshot({ path: 'docs/widget.png' });
  console.log('docs/widget.png');
} finally {
  await browser.close();
  await server.close();
}
