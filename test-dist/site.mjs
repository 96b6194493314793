// Tests of the built site (dist-demo/) and files (dist/), served by plain static servers that send no CORS
// headers, as a course author would put them on a web server. Run after `npm run build`:
//   node test-dist/site.mjs
// Prints one line per test and closes with `N passed, N failed`. Screenshots of the LMS host page go to
// screenshots/.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, runTests } from './launch.mjs';
import { serveStatic } from './static-server.mjs';

const tests = [];
const test = (name, fn) => tests.push({ name, fn });
const assert = (ok, message) => {
  if (!ok) throw new Error(message);
};

/** Waits until the page's (or frame's) first <liver-intervention> has drawn its final picture. */
async function settled(target) {
  await target.waitForFunction(() => customElements.get('liver-intervention'), { timeout: 15000 });
  await target.evaluate(async () => {
    const el = document.querySelector('liver-intervention');
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await el.updateComplete;
  });
}

/** What the first <liver-intervention> shows. */
const shown = (target) =>
  target.evaluate(() => {
    const el = document.querySelector('liver-intervention');
    const root = el.shadowRoot;
    return {
      attributes: Object.fromEntries(
        ['procedure', 'step', 'approach', 'stent', 'obstruction', 'view', 'audience', 'labels', 'lang'].map((n) => [
          n,
          el.getAttribute(n),
        ]),
      ),
      steps: el.steps.length,
      paths: root.querySelectorAll('svg.scene .layer path').length,
      devices: root.querySelectorAll('svg.scene g.devices path').length,
      caption: root.querySelector('[part="caption"] h2')?.textContent ?? '',
      error: root.querySelector('[part="error"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
    };
  });

/** A temporary folder holding copies of the given built files (and pages written by the test). */
function folder(files, pages = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'li-site-'));
  for (const file of files) copyFileSync(file, join(dir, file.split('/').pop()));
  for (const [name, text] of Object.entries(pages)) writeFileSync(join(dir, name), text);
  return dir;
}

const pageWith = (script, body, dir = 'ltr') =>
  `<!doctype html><html lang="en" dir="${dir}"><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
  `<script type="module" src="${script}"></script></head><body style="margin:0">${body}</body></html>`;

const site = await serveStatic('dist-demo');
// A fresh browser for each test, so one test's pages never slow or crash the next.
let browser;
const cleanup = [];

async function open(url, viewport = { width: 1280, height: 900 }) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  cleanup.push(() => page.close());
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors };
}

test('the built demo page renders the widget', async () => {
  const { page, errors } = await open(`${site.url}index.html?procedure=stent&stent=z&step=6`);
  await settled(page);
  const s = await shown(page);
  assert(s.paths > 50, `only ${s.paths} anatomy paths`);
  assert(s.attributes.procedure === 'stent' && s.attributes.step === '6', JSON.stringify(s.attributes));
  assert(s.devices > 0, 'no device drawn at step 6 of the stent procedure');
  assert(s.caption && !s.error, `caption "${s.caption}", error "${s.error}"`);
  const options = await page.$$eval('select[name="procedure"] option', (o) => o.map((x) => x.value));
  const want = ['ptcd', 'internal-drainage', 'balloon-dilation', 'stent', 'none'];
  assert(want.every((p) => options.includes(p)), `procedure options ${options}`);
  assert(errors.length === 0, errors.join('\n'));
});

test('the built embed page renders the widget from its URL', async () => {
  const { page, errors } = await open(`${site.url}embed.html?procedure=balloon-dilation&obstruction=benign-anastomotic`);
  await settled(page);
  const s = await shown(page);
  assert(s.paths > 50 && s.steps > 3 && s.caption && !s.error, JSON.stringify(s));
  assert(s.attributes.obstruction === 'benign-anastomotic', JSON.stringify(s.attributes));
  assert(errors.length === 0, errors.join('\n'));
});

test('the built embed page on a 1920×1080 projector: the step list open beside the drawing, the explorer wide', async () => {
  const { page, errors } = await open(`${site.url}embed.html?procedure=stent&stent=mesh&step=8`, { width: 1920, height: 1080 });
  await settled(page);
  const box = (sel) =>
    page.evaluate((s) => {
      const r = document.querySelector('liver-intervention').shadowRoot.querySelector(s).getBoundingClientRect();
      return { left: r.left, right: r.right, bottom: r.bottom, height: r.height, width: r.width };
    }, sel);
  const [stage, list, current] = [await box('.stage'), await box('.steps-aside'), await box('.steps-aside [aria-current="step"]')];
  const pageHeight = await page.evaluate(() => document.scrollingElement.scrollHeight);
  assert(list.height > 100 && list.left >= stage.right, `step list ${JSON.stringify(list)}, drawing ${JSON.stringify(stage)}`);
  assert(current.height > 0, 'no current step marked');
  assert(list.bottom <= 1080 && stage.bottom <= 1080 && pageHeight <= 1080, `list to ${list.bottom}, page ${pageHeight} px`);
  await page.goto(`${site.url}embed.html?procedure=none`, { waitUntil: 'load' });
  await settled(page);
  const [drawing, panel] = [await box('.stage'), await box('.text')];
  assert(panel.width <= 0.25 * 1920 && drawing.width >= 0.8 * (1920 - panel.width), `drawing ${drawing.width}, panel ${panel.width}`);
  assert(drawing.bottom <= 1080, `drawing to ${drawing.bottom}`);
  console.log(`    step list to ${list.bottom.toFixed(0)} px; explorer drawing ${drawing.width.toFixed(0)} px, panel ${panel.width.toFixed(0)} px`);
  assert(errors.length === 0, errors.join('\n'));
});

test('embed page in a sandboxed iframe on a second origin renders its URL state; the host script fits the frame', async () => {
  // The host page uses the demo's own "script version" snippet, with the sandbox an LMS adds.
  const demo = await open(`${site.url}index.html?procedure=stent&stent=spiral&obstruction=hilar-2&step=7`);
  await settled(demo.page);
  const snippet = await demo.page.$eval('#embed-script', (t) => t.value);
  const sandboxed = snippet.replace('<iframe ', '<iframe sandbox="allow-scripts" ');
  const dir = folder([], {
    'lms.html':
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">' +
      '<title>Course page</title><link rel="icon" href="data:,"><style>body{font:16px system-ui;margin:0;background:#eef1f4}' +
      'main{max-width:980px;margin:0 auto;padding:16px;background:#fff}iframe{max-width:100%;border:1px solid #9aa}</style>' +
      '</head><body><main><h1>Week 3: biliary drainage</h1><p>Step through the procedure below.</p>' +
      `${sandboxed}<p>After the frame: this text must follow the whole widget.</p></main></body></html>`,
  });
  cleanup.push(() => rmSync(dir, { recursive: true }));
  const host = await serveStatic(dir);
  cleanup.push(host.close);
  for (const width of [1280, 360]) {
    const { page } = await open(`${host.url}lms.html`, { width, height: 800 });
    // Wait until the frame has left its 1000 px starting height and holds still.
    await page.waitForFunction(
      () => {
        const f = document.querySelector('iframe');
        const h = f.getBoundingClientRect().height;
        const stable = f.dataset.last === String(h);
        f.dataset.last = String(h);
        return f.style.height && stable;
      },
      { polling: 300, timeout: 20000 },
    );
    const frame = page.frames().find((f) => f.url().includes('embed.html'));
    assert(frame, 'no embed frame');
    await settled(frame);
    const s = await shown(frame);
    const inside = await frame.evaluate(() => ({
      origin: self.origin,
      height: document.documentElement.getBoundingClientRect().height,
    }));
    const frameHeight = await page.$eval('iframe', (f) => f.clientHeight);
    assert(inside.origin === 'null', `frame origin ${inside.origin}: not sandboxed`);
    assert(s.paths > 50 && s.devices > 0 && !s.error, JSON.stringify(s));
    const want = { procedure: 'stent', stent: 'spiral', obstruction: 'hilar-2', step: '7' };
    for (const [k, v] of Object.entries(want)) assert(s.attributes[k] === v, `${k}=${s.attributes[k]}, want ${v}`);
    assert(
      Math.abs(frameHeight - inside.height) <= 2,
      `at ${width} px the frame is ${frameHeight} px, content ${inside.height} px`,
    );
    mkdirSync('screenshots', { recursive: true });
    await page.screenshot({ path: `screenshots/lms-host-${width}.png`, fullPage: true });
    console.log(`    ${width} px: frame ${frameHeight} px, content ${inside.height.toFixed(1)} px`);
  }
});

test('inbound commands work only from the origin named in the embed URL; other messages are ignored', async () => {
  const dir = folder([]);
  cleanup.push(() => rmSync(dir, { recursive: true }));
  const host = await serveStatic(dir);
  cleanup.push(host.close);
  const origin = host.url.slice(0, -1);
  const frames = [`&command-origin=${encodeURIComponent(origin)}`, '', '&command-origin=https%3A%2F%2Fother.example']
    .map((extra) => `<iframe sandbox="allow-scripts" width="600" height="500" src="${site.url}embed.html?procedure=ptcd&step=1${extra}"></iframe>`)
    .join('');
  writeFileSync(join(dir, 'host.html'), `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"></head><body>${frames}</body></html>`);
  const { page } = await open(`${host.url}host.html`);
  const embeds = () => page.frames().filter((f) => f.url().includes('embed.html'));
  await page.waitForFunction(() => document.querySelectorAll('iframe').length === 3);
  for (const f of embeds()) await settled(f);
  const post = (message) =>
    page.evaluate((m) => {
      for (const f of document.querySelectorAll('iframe')) f.contentWindow.postMessage(m, '*');
    }, message);
  for (const junk of [
    'goto',
    { type: 'goto', step: 5 },
    { source: 'liver-intervention', type: 'goto', step: '5' },
    { source: 'liver-intervention', type: 'goto', step: 2.5 },
    { source: 'liver-intervention', type: 'explode' },
    null,
  ])
    await post(junk);
  await post({ source: 'liver-intervention', type: 'goto', step: 3 });
  const [named, unnamed, other] = embeds();
  await named.waitForFunction(() => document.querySelector('liver-intervention').getAttribute('step') === '3');
  await post({ source: 'liver-intervention', type: 'play' });
  await named.waitForFunction(() => document.querySelector('liver-intervention').playing);
  await post({ source: 'liver-intervention', type: 'pause' });
  await named.waitForFunction(() => !document.querySelector('liver-intervention').playing);
  for (const f of [unnamed, other]) {
    const state = await f.evaluate(() => {
      const el = document.querySelector('liver-intervention');
      return { step: el.getAttribute('step'), playing: el.playing };
    });
    assert(state.step === '1' && !state.playing, `a frame without this origin obeyed: ${JSON.stringify(state)}`);
  }
});

test('only liver-intervention.standalone.js beside a page: procedure="stent" shows, no other request', async () => {
  const dir = folder(['dist/liver-intervention.standalone.js'], {
    'page.html': pageWith('./liver-intervention.standalone.js', '<liver-intervention procedure="stent" step="8">'),
  });
  cleanup.push(() => rmSync(dir, { recursive: true }));
  const server = await serveStatic(dir);
  cleanup.push(server.close);
  const { page, errors } = await open(`${server.url}page.html`);
  await settled(page);
  const s = await shown(page);
  assert(s.attributes.procedure === 'stent' && s.steps > 6 && s.devices > 0 && !s.error, JSON.stringify(s));
  // Every other procedure, stent and case is in the file too: each stent, then each case, for every procedure.
  const problems = [];
  for (const procedure of ['ptcd', 'internal-drainage', 'balloon-dilation', 'stent', 'none']) {
    problems.push(
      ...(await page.evaluate(async (procedure) => {
        const el = document.querySelector('liver-intervention');
        const bad = [];
        const cases = ['distal', 'hilar-1', 'hilar-2', 'hilar-3a', 'hilar-3b', 'hilar-4', 'benign-anastomotic'];
        const choices = [
          ...['mesh', 'z', 'spiral', 'plastic'].map((stent) => ({ stent, obstruction: 'distal' })),
          ...cases.map((obstruction) => ({ stent: 'mesh', obstruction })),
        ];
        for (const choice of choices) {
          Object.assign(el, { procedure, ...choice });
          await el.updateComplete;
          const name = `${procedure}/${choice.stent}/${choice.obstruction}`;
          if (el.shadowRoot.querySelector('[part="error"]')) bad.push(name);
          if (procedure !== 'none' && el.steps.length === 0) bad.push(`${name}: no steps`);
        }
        return bad;
      }, procedure)),
    );
  }
  assert(problems.length === 0, problems.join(', '));
  assert(
    JSON.stringify(server.requests) === JSON.stringify(['/page.html', '/liver-intervention.standalone.js']),
    `requests: ${server.requests.join(', ')}`,
  );
  assert(errors.length === 0, errors.join('\n'));
});

test('a missing lazy chunk names the file that failed and promises no picture', async () => {
  // The shell, the engine it loads and any chunk they import statically, but none of the lazily loaded procedures.
  const main = ['dist/cdn/liver-intervention.js', 'dist/cdn/liver-intervention.engine.js'];
  const shared = main.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/from\s*"\.\/([\w-]+\.js)"/g)].map((m) => `dist/cdn/${m[1]}`),
  );
  const dir = folder([...main, ...shared], {
    'page.html': pageWith('./liver-intervention.js', '<liver-intervention procedure="stent">'),
  });
  cleanup.push(() => rmSync(dir, { recursive: true }));
  const server = await serveStatic(dir);
  cleanup.push(server.close);
  const { page } = await open(`${server.url}page.html`);
  await settled(page);
  const s = await shown(page);
  assert(/stent procedure could not be loaded/.test(s.error), `error: "${s.error}"`);
  assert(/stent-[\w-]+\.js/.test(s.error), `the missing file is not named: "${s.error}"`);
  assert(!/picture/.test(s.error) && !/could not be used/.test(s.error), `misleading error: "${s.error}"`);
});

test('URL round trip: state, then URL, then a new page, gives the same state', async () => {
  for (const file of ['index.html', 'embed.html']) {
    const { page } = await open(`${site.url}${file}`);
    await settled(page);
    await page.evaluate(async () => {
      const el = document.querySelector('liver-intervention');
      Object.assign(el, {
        procedure: 'internal-drainage',
        approach: 'left',
        obstruction: 'hilar-3a',
        stent: 'plastic',
        view: 'fluoroscopy',
        audience: 'patient',
        labels: false,
        lang: 'es',
      });
      await el.updateComplete;
      el.step = 4;
      await el.updateComplete;
    });
    const before = await shown(page);
    const url = page.url();
    const again = await open(url);
    await settled(again.page);
    const after = await shown(again.page);
    assert(JSON.stringify(before.attributes) === JSON.stringify(after.attributes), `${file}: ${url}`);
    assert(before.caption === after.caption && before.caption, `${file}: "${before.caption}" vs "${after.caption}"`);
    assert(/procedure=internal-drainage/.test(url) && /labels=off/.test(url) && /lang=es/.test(url), url);
    if (file === 'index.html') {
      const picked = await again.page.$eval('select[name="lang"]', (s) => s.value);
      assert(picked === 'es', `the demo's language picker shows "${picked}" for ${url}`);
    }
  }
});

test('the demo picker updates the URL, and the copy-embed-code snippet passes an allow-list sanitiser unchanged', async () => {
  const { page } = await open(`${site.url}index.html`);
  await settled(page);
  await page.select('select[name="procedure"]', 'balloon-dilation');
  await page.select('select[name="obstruction"]', 'benign-anastomotic');
  await settled(page);
  assert(/procedure=balloon-dilation/.test(page.url()), page.url());
  await page.browserContext().overridePermissions(site.url.slice(0, -1), ['clipboard-read', 'clipboard-write']);
  await page.bringToFront();
  await page.click('#copy-iframe');
  await page.waitForFunction(() => document.querySelector('#copy-status').textContent);
  const result = await page.evaluate(async () => {
    const snippet = document.querySelector('#embed-iframe').value;
    const ALLOWED = ['src', 'width', 'height', 'title', 'allow', 'loading'];
    // Keeps only <iframe> elements and their listed attributes, as an LMS sanitiser would.
    const template = document.createElement('template');
    template.innerHTML = snippet;
    for (const node of [...template.content.querySelectorAll('*')]) {
      if (node.localName !== 'iframe') node.replaceWith(...node.childNodes);
      else for (const a of [...node.attributes]) if (!ALLOWED.includes(a.name)) node.removeAttribute(a.name);
    }
    const iframe = template.content.querySelector('iframe');
    return {
      snippet,
      clean: template.innerHTML,
      clipboard: await navigator.clipboard.readText().catch(String),
      status: document.querySelector('#copy-status').textContent,
      attributes: iframe ? iframe.getAttributeNames() : [],
      src: iframe?.src ?? '',
    };
  });
  assert(result.clean === result.snippet, `sanitised:\n${result.clean}\noriginal:\n${result.snippet}`);
  assert(result.clipboard === result.snippet, `the clipboard holds "${result.clipboard}"; status "${result.status}"`);
  assert(JSON.stringify(result.attributes.sort()) === JSON.stringify(['allow', 'height', 'loading', 'src', 'title', 'width']), result.attributes.join());
  const src = new URL(result.src);
  assert(src.pathname.endsWith('/embed.html'), result.src);
  assert(src.searchParams.get('procedure') === 'balloon-dilation', result.src);
  assert(src.searchParams.get('obstruction') === 'benign-anastomotic', result.src);
});

test('in an RTL page the side markers stay over the sides they name; labels stay inside the frame', async () => {
  const dir = folder(['dist/liver-intervention.standalone.js'], {
    'rtl.html': pageWith('./liver-intervention.standalone.js', '<liver-intervention procedure="none"></liver-intervention>', 'rtl'),
  });
  cleanup.push(() => rmSync(dir, { recursive: true }));
  const server = await serveStatic(dir);
  cleanup.push(server.close);
  const { page } = await open(`${server.url}rtl.html`, { width: 720, height: 900 });
  await settled(page);
  const g = await page.evaluate(() => {
    const root = document.querySelector('liver-intervention').shadowRoot;
    const mid = (r) => r.left + r.width / 2;
    const markers = [...root.querySelectorAll('.sides > span')].map((s) => ({ text: s.textContent, x: mid(s.getBoundingClientRect()) }));
    const box = (id) => {
      const rects = [...root.querySelectorAll(`svg.scene [data-id="${id}"]`)].map((e) => e.getBoundingClientRect());
      return rects.length ? mid(rects[0]) : NaN;
    };
    const stage = root.querySelector('.stage').getBoundingClientRect();
    const outside = [...root.querySelectorAll('svg.scene g.label text')]
      .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && (r.left < stage.left - 1 || r.right > stage.right + 1))
      .map(({ text }) => text);
    return {
      right: markers.find((m) => m.text.startsWith('R'))?.x,
      left: markers.find((m) => m.text.startsWith('L'))?.x,
      rightDuct: box('right-hepatic-duct'),
      leftDuct: box('left-hepatic-duct'),
      gallbladder: box('gallbladder'),
      mid: stage.left + stage.width / 2,
      outside,
      dir: getComputedStyle(root.querySelector('.controls')).direction,
    };
  });
  assert(g.dir === 'rtl', `the controls do not follow the page direction (${g.dir})`);
  assert(g.right < g.mid && g.left > g.mid, `R marker at ${g.right}, L at ${g.left}, middle ${g.mid}`);
  assert(g.gallbladder < g.mid && g.rightDuct < g.leftDuct, `the drawing mirrored: ${JSON.stringify(g)}`);
  assert(g.outside.length === 0, `labels outside the frame: ${g.outside.join(', ')}`);
  await page.screenshot({ path: 'screenshots/rtl-720.png' });
});

/** Pages of a PDF made by Chromium: the page tree's `/Count`. */
const pdfPages = (pdf) => Number(/\/Type\s*\/Pages[^>]*?\/Count\s+(\d+)/s.exec(pdf.toString('latin1'))?.[1] ?? NaN);

/** Renders a PDF's pages to greyscale PNGs (poppler's pdftoppm, else Ghostscript); false when neither exists. */
function pdfToPngs(pdfFile, prefix) {
  const onPath = (cmd) => process.env.PATH.split(':').some((d) => existsSync(join(d, cmd)));
  if (onPath('pdftoppm')) execFileSync('pdftoppm', ['-gray', '-r', '100', '-png', pdfFile, prefix]);
  else if (onPath('gs')) execFileSync('gs', ['-q', '-sDEVICE=pnggray', '-r100', '-o', `${prefix}-%d.png`, pdfFile]);
  else return false;
  return true;
}

/** Step titles of a bundled procedure for an approach (without conditions on the case), in one register. */
function stepTitles(procedure, approach, audience) {
  const steps = JSON.parse(readFileSync(`data/procedures/${procedure}.json`, 'utf8')).steps;
  return steps
    .filter((s) => !s.when || ((!s.when.approach || s.when.approach === approach) && !s.when.obstruction && !s.when.stent))
    .map((s) => (audience === 'patient' ? (s.patientTitle ?? s.title) : s.title));
}

const CONTROL_WORDS = ['Play', 'Next step', 'Speed', 'All steps', 'Plain language', 'Full screen', 'Share', 'Print handout', 'Procedure', 'Obstruction', 'Copy embed code'];

for (const audience of ['clinician', 'patient']) {
  test(`printing the demo page gives an A4 handout of at most 2 pages: every step, no controls (${audience})`, async () => {
    const { page, errors } = await open(`${site.url}index.html?procedure=ptcd&audience=${audience}`);
    await settled(page);
    const pdf = Buffer.from(await page.pdf({ format: 'A4' }));
    const pages = pdfPages(pdf);
    assert(pages >= 1 && pages <= 2, `${pages} pages`);
    // What the printer was given, as the print media shows it.
    await page.emulateMediaType('print');
    const printed = await page.evaluate(() => {
      const el = document.querySelector('liver-intervention');
      const root = el.shadowRoot;
      const shown = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
      const controls = (r) => [...r.querySelectorAll('button, select, input, textarea, [role="button"], [role="slider"]')].filter(shown);
      const handout = root.querySelector('.handout');
      return {
        controls: [...controls(document), ...controls(root)].map((c) => c.outerHTML.slice(0, 80)),
        titles: [...handout.querySelectorAll('.frame h2')].map((h) => h.textContent.replace(/^\d+\.\s*/, '').trim()),
        text: `${document.body.innerText}\n${handout.innerText}`,
        drawings: [...handout.querySelectorAll('.frame-picture svg.scene')].map((svg) => svg.querySelectorAll('path').length),
        figure: getComputedStyle(root.querySelector('figure')).display,
      };
    });
    assert(printed.controls.length === 0, `controls printed: ${printed.controls.join(', ')}`);
    assert(printed.figure === 'none', `the widget's screen view printed (${printed.figure})`);
    const want = stepTitles('ptcd', 'right', audience);
    for (const title of want) assert(printed.titles.includes(title), `step "${title}" missing from ${printed.titles.join(' | ')}`);
    assert(printed.drawings.length === want.length && printed.drawings.every((n) => n > 50), `drawings ${printed.drawings}`);
    for (const word of CONTROL_WORDS)
      assert(!new RegExp(`(^|\\n)${word}\\b`).test(printed.text), `control label "${word}" printed`);
    assert(/liver-intervention \(MIT\)/.test(printed.text), 'no source line');
    assert(/straight away|warning signs/i.test(printed.text), 'no warning signs');
    mkdirSync('screenshots', { recursive: true });
    const file = `screenshots/handout-ptcd-${audience}.pdf`;
    writeFileSync(file, pdf);
    for (const old of readdirSync('screenshots').filter((f) => f.startsWith(`handout-ptcd-${audience}-`))) rmSync(`screenshots/${old}`);
    if (!pdfToPngs(file, `screenshots/handout-ptcd-${audience}`)) {
      await page.setViewport({ width: 794, height: 1123 });
      await page.screenshot({ path: `screenshots/handout-ptcd-${audience}-1.png`, fullPage: true });
    }
    console.log(`    ${audience}: ${pages} A4 pages, ${printed.titles.length} frames`);
    assert(errors.length === 0, errors.join('\n'));
  });
}

test('the Print handout action draws the storyboard and opens the print dialog', async () => {
  const { page, errors } = await open(`${site.url}embed.html?procedure=cholecystostomy&step=3`);
  await settled(page);
  const before = await page.evaluate(() => document.querySelector('liver-intervention').shadowRoot.querySelectorAll('.handout .frame').length);
  assert(before === 0, 'the handout was drawn before anyone printed');
  await page.evaluate(async () => {
    // Headless Chromium runs window.print() up to its beforeprint event (no dialog, so no afterprint).
    window.printed = 0;
    addEventListener('beforeprint', () => window.printed++);
    const el = document.querySelector('liver-intervention');
    [...el.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Share').click();
    await el.updateComplete;
    el.shadowRoot.querySelector('.print-handout').click();
  });
  await page.waitForFunction(() => window.printed > 0, { timeout: 20000 });
  const frames = await page.evaluate(() => document.querySelector('liver-intervention').shadowRoot.querySelectorAll('.handout .frame').length);
  assert(frames === stepTitles('cholecystostomy', 'transhepatic', 'clinician').length + 1, `${frames} frames`);
  assert(errors.length === 0, errors.join('\n'));
});

try {
  await runTests(tests, cleanup, {
    before: async () => {
      browser = await launch();
    },
    after: async () => {
      await browser?.close();
      browser = undefined;
    },
  });
} finally {
  await browser?.close();
  await site.close();
}
