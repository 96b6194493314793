// Speed, memory and size benchmark, before (commit BENCH_BEFORE, default 81461d4) and after (this tree) side by
// side in one run, in headless Chromium. Timings on shared machines are noisy: first render interleaves the
// builds and the floor over BENCH_RUNS runs (default 10) and reports medians. Sizes are in kB (1000 bytes).
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { emptyPage, imagePage, manyPage, widgetPage } from './bench-pages.mjs';
import { composition } from './composition.mjs';
import { CHROME_ARGS, findBrowser } from './find-browser.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const SPEED = Number(process.env.BENCH_SPEED ?? 2);
/** Plays of each procedure per build for the long-frame count. */
const PLAY_RUNS = Number(process.env.BENCH_PLAY_RUNS ?? 3);
const BEFORE = process.env.BENCH_BEFORE ?? '81461d4';
/** BENCH_ONLY=render,playback,frame-script,interaction,instances,heap,payload runs some sections only. */
const ONLY = process.env.BENCH_ONLY?.split(',');
const want = (section) => !ONLY || ONLY.includes(section);
/** Next-step clicks per interaction run. */
const CLICKS = 4;
const PROCEDURES = (process.env.BENCH_PROCEDURES ?? 'ptcd,internal-drainage,balloon-dilation,stent').split(',');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kB = (bytes) => Math.round(bytes / 100) / 10;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const sh = (cmd, cwd) => execSync(cmd, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });

// The old commit, built once into a temp dir with this tree's node_modules (the dependencies are the same).
const beforeDir = join(tmpdir(), `li-bench-${BEFORE}`);
if (!existsSync(join(beforeDir, 'dist/liver-intervention.js'))) {
  mkdirSync(beforeDir, { recursive: true });
  sh(`git archive ${BEFORE} | tar -x -C ${beforeDir}`);
  if (!existsSync(join(beforeDir, 'node_modules')))
    symlinkSync(resolve('node_modules'), join(beforeDir, 'node_modules'));
  // Runtime dependencies the old commit had and this tree has dropped (d3-selection, d3-shape …) go to the temp
  // dir's node_modules, where the build looks after the linked one.
  const oldDeps = JSON.parse(readFileSync(join(beforeDir, 'package.json'), 'utf8')).dependencies ?? {};
  const missing = Object.entries(oldDeps).filter(([name]) => !existsSync(resolve('node_modules', name)));
  if (missing.length)
    sh(
      `npm install --prefix ${tmpdir()} --no-save --ignore-scripts --no-audit --no-fund ${missing.map(([n, v]) => `${n}@${v}`).join(' ')}`,
    );
  sh('npx vite build --logLevel warn', beforeDir);
  // Since the npm build leaves lit external, a browser loads the bundled (cdn) build of a later commit.
  if (readFileSync(join(beforeDir, 'vite.config.ts'), 'utf8').includes("'cdn'"))
    sh('npx vite build --mode cdn --logLevel warn', beforeDir);
}
// BENCH_SKIP_BUILD=1 measures the build already in dist/ (another bench run may be serving it).
if (!process.env.BENCH_SKIP_BUILD) sh('npm run build --silent');
const beforeCdn = existsSync(join(beforeDir, 'dist/cdn/liver-intervention.js'));
const BUILDS = {
  before: `/before/dist/${beforeCdn ? 'cdn/' : ''}liver-intervention.js`,
  after: '/after/dist/cdn/liver-intervention.js',
};

const pages = new Map();
let floorSvg = '';
const server = createServer(async (req, res) => {
  const path = req.url.split('?')[0];
  if (pages.has(path)) return res.writeHead(200, { 'content-type': 'text/html' }).end(pages.get(path));
  if (path === '/floor.svg') return res.writeHead(200, { 'content-type': 'image/svg+xml' }).end(floorSvg);
  const [, build, ...rest] = path.split('/');
  const dir = build === 'before' ? beforeDir : build === 'after' ? process.cwd() : null;
  try {
    if (!dir) throw new Error('unknown');
    const body = readFileSync(join(dir, ...rest));
    const type = { '.js': 'text/javascript', '.json': 'application/json' }[extname(path)] ?? 'text/plain';
    res.writeHead(200, { 'content-type': type }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(20000 + Math.floor(Math.random() * 10000), '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: findBrowser(), args: CHROME_ARGS });

async function open(html, cpu = 1) {
  const path = `/p${pages.size}.html`;
  pages.set(path, html);
  const page = await browser.newPage();
  await page.setViewport({ width: 800, height: 1000 });
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.goto(base + path);
  await page.waitForFunction('window.done === true', { timeout: 120_000 });
  return { page, cdp };
}

/**
 * Main-thread time in a CPU profile (CDP Profiler samples), ms: `busy` is everything but idle, `script` leaves out
 * the engine's own work as well ((program): style, layout, paint; and garbage collection).
 */
function profileTimes({ profile }) {
  const kind = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName]));
  let busy = 0;
  let script = 0;
  profile.samples.forEach((id, i) => {
    const name = kind.get(id);
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    if (name === '(idle)') return;
    busy += dt;
    if (name !== '(program)' && name !== '(garbage collector)') script += dt;
  });
  return { busy, script };
}

/** Pages per build for the heap growth reading, interleaved (BENCH_HEAP_RUNS). */
const HEAP_RUNS = Number(process.env.BENCH_HEAP_RUNS ?? 5);

async function heapKB(cdp) {
  // What the last widgets started (lazy chunks, idle-time work) ends, and the heap is swept: read at once after
  // the cycles, the used size swings by 10 MB or more with garbage a snapshot shows is not retained.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1000;
}

/** Mounts and removes `n` widgets one after another, every fourth moved to step 5 before it goes. */
const mountCycles = (page, n) =>
  page.evaluate(async (n) => {
    for (let i = 0; i < n; i++) {
      const el = document.createElement('liver-intervention');
      document.body.append(el);
      await el.updateComplete;
      if (i % 4 === 0) {
        el.step = 5;
        await el.updateComplete;
      }
      el.remove();
    }
  }, n);

/**
 * The live heap split in a snapshot: compiled code (V8 optimising more of the engine's functions as they warm, which
 * stops once they are all hot) and everything else (objects and arrays, strings, DOM wrappers), where a leak shows.
 */
async function heapParts(cdp) {
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const chunks = [];
  const take = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', take);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', take);
  const { snapshot, nodes } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const types = snapshot.meta.node_types[0];
  const [type, size] = [fields.indexOf('type'), fields.indexOf('self_size')];
  let code = 0;
  let other = 0;
  for (let i = 0; i < nodes.length; i += fields.length) {
    if (types[nodes[i + type]] === 'code') code += nodes[i + size];
    else other += nodes[i + size];
  }
  return { code: code / 1000, other: other / 1000 };
}

const results = {};
const row = (name, before, after, target = '') => (results[name] = { before, after, target });

try {
  if (want('render')) {
    // The floor: the widget's drawing as a static SVG image, every computed style inlined.
    {
      const { page } = await open(widgetPage(BUILDS.after));
      const box = await page.evaluate(() =>
        document.querySelector('liver-intervention').shadowRoot.querySelector('svg').getBoundingClientRect().toJSON(),
      );
      floorSvg = await page.evaluate(() => {
        const PROPS = [
          'fill',
          'fill-opacity',
          'stroke',
          'stroke-width',
          'stroke-opacity',
          'stroke-dasharray',
          'stroke-dashoffset',
          'stroke-linecap',
          'stroke-linejoin',
          'opacity',
          'display',
          'visibility',
          'font-family',
          'font-size',
          'font-weight',
          'font-style',
          'text-anchor',
          'paint-order',
          'fill-rule',
          'stop-color',
          'stop-opacity',
          'mix-blend-mode',
          'filter',
          'clip-path',
          'vector-effect',
          'dominant-baseline',
          'letter-spacing',
        ];
        const svg = document.querySelector('liver-intervention').shadowRoot.querySelector('svg');
        const copy = svg.cloneNode(true);
        const from = [svg, ...svg.querySelectorAll('*')];
        const to = [copy, ...copy.querySelectorAll('*')];
        from.forEach((el, i) => {
          const cs = getComputedStyle(el);
          to[i].setAttribute('style', PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';'));
          to[i].removeAttribute('class');
        });
        const { width, height } = svg.getBoundingClientRect();
        copy.setAttribute('width', String(width));
        copy.setAttribute('height', String(height));
        return new XMLSerializer().serializeToString(copy);
      });
      const shotWidget = await page.screenshot({ clip: box, encoding: 'base64' });
      await page.close();
      const img = await open(imagePage('/floor.svg'));
      const shotFloor = await img.page.screenshot({ clip: { ...box, x: 0, y: 0 }, encoding: 'base64' });
      // BENCH_FLOOR_SHOTS=dir keeps the two pictures compared, to see where they differ.
      if (process.env.BENCH_FLOOR_SHOTS) {
        mkdirSync(process.env.BENCH_FLOOR_SHOTS, { recursive: true });
        for (const [name, data] of [
          ['widget', shotWidget],
          ['floor', shotFloor],
        ])
          writeFileSync(join(process.env.BENCH_FLOOR_SHOTS, `${name}.png`), Buffer.from(data, 'base64'));
      }
      const differing = await img.page.evaluate(
        async (a, b) => {
          const pixels = async (data) => {
            const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
            const c = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d');
            c.drawImage(bitmap, 0, 0);
            return c.getImageData(0, 0, bitmap.width, bitmap.height).data;
          };
          const [p, q] = [await pixels(a), await pixels(b)];
          let n = 0;
          for (let i = 0; i < p.length; i += 4) {
            if (Math.max(Math.abs(p[i] - q[i]), Math.abs(p[i + 1] - q[i + 1]), Math.abs(p[i + 2] - q[i + 2])) > 32) n++;
          }
          return n / (p.length / 4);
        },
        shotWidget,
        shotFloor,
      );
      await img.page.close();
      results['floor image vs widget drawing'] = {
        'pixels differing': `${(differing * 100).toFixed(2)} %`,
        target: '< 1 %',
      };
    }

    // First render to paint, interleaved: before, after, floor.
    for (const cpu of [1, 4]) {
      const times = { before: [], after: [], floor: [] };
      const pictured = { before: [], after: [] };
      for (let i = 0; i < RUNS; i++) {
        for (const [name, html] of [
          ['before', widgetPage(BUILDS.before)],
          ['after', widgetPage(BUILDS.after)],
          ['floor', imagePage('/floor.svg')],
        ]) {
          const { page } = await open(html, cpu);
          times[name].push(await page.evaluate(() => window.painted));
          if (name !== 'floor') pictured[name].push(await page.evaluate(() => window.pictured));
          await page.close();
        }
      }
      const f = median(times.floor);
      const ratio = (t) => `${(median(t) / f).toFixed(2)}× (${median(t).toFixed(0)} ms)`;
      row(
        `first picture on screen ÷ floor, CPU×${cpu} (floor ${f.toFixed(0)} ms)`,
        ratio(pictured.before),
        ratio(pictured.after),
        '≤ 1.5×',
      );
      row(
        `widget ready (update complete, with what it fetches after drawing) ÷ floor, CPU×${cpu}`,
        ratio(times.before),
        ratio(times.after),
      );
    }
  }
  if (want('playback')) {
    // Whole procedures at CPU×4, controls on, 800 px wide, at BENCH_SPEED; and PTCD at CPU×1 for frame intervals.
    const play = async (build, procedure, cpu) => {
      // Balloon dilation is for benign strictures: on the default malignant case it explains instead of playing.
      const attrs = `procedure="${procedure}"${procedure === 'balloon-dilation' ? ' obstruction="benign-anastomotic"' : ''}`;
      const { page } = await open(widgetPage(BUILDS[build], attrs), cpu);
      await page.waitForFunction(() => document.querySelector('liver-intervention').steps.length > 0);
      const stats = await page.evaluate(async (speed) => {
        const el = document.querySelector('liver-intervention');
        const select = el.shadowRoot.querySelector('.speed select');
        select.value = String(speed);
        select.dispatchEvent(new Event('change'));
        await el.updateComplete;
        return window.measureFrames(el, () => el.play());
      }, SPEED);
      await page.close();
      return stats;
    };
    const loaf = { before: [], after: [] };
    const mutations = { before: [], after: [] };
    for (const procedure of PROCEDURES) {
      // One play reads a machine's hiccup as the build's (a stent once read 52 long frames, then 206 on the same build):
      // PLAY_RUNS plays per build, interleaved, each with the seconds it took, so a play cut short shows.
      const plays = { before: [], after: [] };
      for (let i = 0; i < PLAY_RUNS; i++)
        for (const build of ['before', 'after']) plays[build].push(await play(build, procedure, 4));
      for (const build of ['before', 'after']) {
        const runs = plays[build];
        const each = runs.map((r) => `${r.longFrames} in ${r.seconds.toFixed(0)} s`).join(', ');
        loaf[build].push(`${procedure} ${median(runs.map((r) => r.longFrames))} (${each})`);
        const s = runs[0];
        mutations[build].push(`${procedure} ${s.mutationsMedian} (mean ${s.mutationsMean.toFixed(0)})`);
      }
    }
    row(
      `long animation frames (> 50 ms) playing each procedure at ${SPEED}×, CPU×4: median of ${PLAY_RUNS} plays (each play)`,
      loaf.before.join(', '),
      loaf.after.join(', '),
      '0',
    );
    row(
      'DOM mutations per frame while playing: median (mean)',
      mutations.before.join(', '),
      mutations.after.join(', '),
    );
    const p95 = {};
    for (const build of ['before', 'after']) p95[build] = (await play(build, 'ptcd', 1)).p95;
    row(
      `p95 frame interval playing PTCD at ${SPEED}×, CPU×1`,
      `${p95.before.toFixed(1)} ms`,
      `${p95.after.toFixed(1)} ms`,
      '≤ 17.5 ms',
    );
  }
  if (want('frame-script')) {
    // The script a whole procedure costs, free of frame drops and the machine's timing: each build's element on an
    // injected clock, played from the first step to the end in 16 ms ticks, each frame timed from its callbacks to
    // the end of the element update they cause.
    const script = async (build, procedure) => {
      const attrs = `procedure="${procedure}"${procedure === 'balloon-dilation' ? ' obstruction="benign-anastomotic"' : ''}`;
      const { page } = await open(widgetPage(BUILDS[build], attrs), 1);
      const out = await page.evaluate(async () => {
        const el = document.querySelector('liver-intervention');
        let t = 0;
        let queue = [];
        let id = 0;
        el.clock = {
          now: () => t,
          request: (cb) => (queue.push([++id, cb]), id),
          cancel: (h) => (queue = queue.filter(([i]) => i !== h)),
        };
        await el.updateComplete;
        // Lazy chunks (a stent's drawing) come over the network: a message task lets them in, unthrottled.
        const yieldTask = () =>
          new Promise((r) => {
            const c = new MessageChannel();
            c.port1.onmessage = r;
            c.port2.postMessage(0);
          });
        let spent = 0;
        let frames = 0;
        const ticks = async (n) => {
          for (let k = 0; k < n; k++) {
            t += 16;
            const due = queue;
            queue = [];
            const start = performance.now();
            for (const [, cb] of due) cb(t);
            // Up to the update the frame asked for: a build that draws in Lit's update does its work there.
            await el.updateComplete;
            spent += performance.now() - start;
            frames += due.length;
          }
          await yieldTask();
        };
        void el.play();
        await ticks(5);
        for (let guard = 0; el.playing && guard < 400; guard++) await ticks(50);
        return { spent, frames };
      });
      await page.close();
      return out;
    };
    const rows = { before: [], after: [] };
    for (const procedure of PROCEDURES) {
      const runs = { before: [], after: [] };
      for (let i = 0; i < PLAY_RUNS; i++)
        for (const build of ['before', 'after']) runs[build].push(await script(build, procedure));
      for (const build of ['before', 'after']) {
        const ms = median(runs[build].map((r) => r.spent));
        const frames = runs[build][0].frames;
        rows[build].push(
          `${procedure} ${(ms / 1000).toFixed(1)} s (${((ms / frames) * 1000).toFixed(0)} µs × ${frames} frames)`,
        );
      }
    }
    row(
      `frame script over each whole procedure, injected clock, CPU×1 (median of ${PLAY_RUNS} plays)`,
      rows.before.join(', '),
      rows.after.join(', '),
    );
  }
  if (want('interaction')) {
    // Interaction to the next paint (Event Timing), CPU×4: the Next button, and hovering a structure. The latencies
    // come from runs with no profiler attached (sampling slows the page it measures); the script and busy times from
    // separate profiled runs of the same actions.
    const interact = async (build, profiled) => {
      const { page, cdp } = await open(widgetPage(BUILDS[build]), 4);
      await page.evaluate(() => {
        // Element updates (Lit's update(): the template rendered again), counted for both builds alike.
        window.updates = 0;
        const proto = customElements.get('liver-intervention').prototype;
        const update = proto.update;
        proto.update = function (changed) {
          window.updates++;
          return update.call(this, changed);
        };
        window.events = [];
        new PerformanceObserver((l) => window.events.push(...l.getEntries())).observe({
          type: 'event',
          durationThreshold: 16,
          buffered: false,
        });
      });
      const next = await page.$('pierce/button[aria-label="Next step"]');
      if (profiled) await cdp.send('Profiler.enable');
      // Each click gets its own profile of the first 100 ms after it (the click's work and its first frames).
      const clickTimes = [];
      // Rest first, as a reader does between clicks: the step's animation (6 s at most at 1×) ends, the browser idles.
      const rest = () => new Promise((r) => setTimeout(r, 6500));
      for (let i = 0; i < CLICKS; i++) {
        await (i === 0 ? new Promise((r) => setTimeout(r, 1500)) : rest());
        if (profiled) await cdp.send('Profiler.start');
        await next.click();
        await new Promise((r) => setTimeout(r, 100));
        if (profiled) clickTimes.push(profileTimes(await cdp.send('Profiler.stop')));
      }
      const clicks = await page.evaluate(() => window.events.filter((e) => e.name === 'click').map((e) => e.duration));
      const updatesBeforeHover = await page.evaluate(() => window.updates);
      // The last click's step animates to its end first: a reader points at the drawing once it holds still.
      await rest();
      const box = await page.evaluate(() => {
        const t = document.querySelector('liver-intervention').shadowRoot.querySelector('path.target[data-id="liver"]');
        return t.getBoundingClientRect().toJSON();
      });
      await page.evaluate(() => (window.events = []));
      if (profiled) await cdp.send('Profiler.start');
      for (let i = 0; i < 6; i++) {
        await page.mouse.move(box.x + box.width * (0.3 + i * 0.05), box.y + box.height * 0.5);
        await new Promise((r) => setTimeout(r, 150));
        await page.mouse.move(5, 5);
        await new Promise((r) => setTimeout(r, 150));
      }
      const hoverTimes = profiled ? profileTimes(await cdp.send('Profiler.stop')) : undefined;
      // One figure per move: the longest of the pointer and mouse events it dispatched (they share its paint).
      const hovers = await page.evaluate(() => {
        const byMove = new Map();
        for (const e of window.events.filter((e) => /pointer|mouse/.test(e.name)))
          byMove.set(e.startTime, Math.max(byMove.get(e.startTime) ?? 0, e.duration));
        return [...byMove.values()];
      });
      const hoverUpdates = (await page.evaluate(() => window.updates)) - updatesBeforeHover;
      await page.close();
      // Event Timing reports only interactions over 16 ms; the rest were painted within a frame.
      return {
        clicks: [...clicks, ...Array(Math.max(0, CLICKS - clicks.length)).fill(16)],
        hovers: [...hovers, ...Array(Math.max(0, 12 - hovers.length)).fill(16)],
        clickScript: clickTimes.map((t) => t.script),
        clickBusy: clickTimes.map((t) => t.busy),
        hoverScript: (hoverTimes?.script ?? 0) / 12,
        hoverBusy: (hoverTimes?.busy ?? 0) / 12,
        hoverUpdates: hoverUpdates / 12,
      };
    };
    // BENCH_RUNS runs unprofiled and 3 profiled, before and after interleaved; each figure is a median over all.
    const runs = { before: [], after: [] };
    const profiles = { before: [], after: [] };
    for (let i = 0; i < RUNS; i++)
      for (const build of ['before', 'after']) runs[build].push(await interact(build, false));
    for (let i = 0; i < Math.min(3, RUNS); i++)
      for (const build of ['before', 'after']) profiles[build].push(await interact(build, true));
    const summary = (list, profiled) => ({
      click: median(list.flatMap((r) => r.clicks)),
      hover: median(list.flatMap((r) => r.hovers)),
      hoverWorst: median(list.map((r) => Math.max(...r.hovers))),
      clickScript: median(profiled.flatMap((r) => r.clickScript)),
      clickBusy: median(profiled.flatMap((r) => r.clickBusy)),
      hoverScript: median(profiled.map((r) => r.hoverScript)),
      hoverBusy: median(profiled.map((r) => r.hoverBusy)),
      hoverUpdates: median(list.map((r) => r.hoverUpdates)),
    });
    const inter = {
      before: summary(runs.before, profiles.before),
      after: summary(runs.after, profiles.after),
    };
    row(
      `Next step click to paint, CPU×4 (median of ${CLICKS} clicks × ${RUNS} runs; ≤ 16 = within a frame)`,
      `${inter.before.click} ms`,
      `${inter.after.click} ms`,
      '≤ 50 ms',
    );
    row(
      `hover to paint at rest, CPU×4 (median of 12 moves × ${RUNS} runs)`,
      `${inter.before.hover} ms`,
      `${inter.after.hover} ms`,
      '≤ 50 ms',
    );
    row(
      `hover to paint at rest, CPU×4: the slowest of 12 moves (median of ${RUNS} runs)`,
      `${inter.before.hoverWorst} ms`,
      `${inter.after.hoverWorst} ms`,
      '',
    );
    const ms = (x) => `${x.toFixed(1)} ms`;
    const profiled = (b) => `script ${ms(b.clickScript)}, main thread busy ${ms(b.clickBusy)}`;
    row(
      `Next step click, CPU×4: profiled time in the 100 ms after it (median, ${Math.min(3, RUNS)} profiled runs)`,
      profiled(inter.before),
      profiled(inter.after),
    );
    const hovered = (b) =>
      `script ${ms(b.hoverScript)}, busy ${ms(b.hoverBusy)}, element updates ${b.hoverUpdates.toFixed(2)}`;
    row(
      'hover, CPU×4: profiled time and element updates per pointer move (12 moves)',
      hovered(inter.before),
      hovered(inter.after),
    );
  }
  if (want('instances')) {
    // 20 instances: frames asked for by idle widgets, and by autoplaying widgets that are all off screen.
    const frames = async (build, attrs, offscreen) => {
      const { page } = await open(manyPage(BUILDS[build], 20, attrs, offscreen));
      const n = await page.evaluate(async () => {
        await new Promise((r) => setTimeout(r, 300));
        const start = window.frameCallbacks;
        await new Promise((r) => setTimeout(r, 2000));
        return (window.frameCallbacks - start) / 2;
      });
      await page.close();
      return n;
    };
    for (const [label, attrs, offscreen] of [
      ['20 idle widgets: frame callbacks a second', '', false],
      ['20 autoplaying widgets, all off screen: frame callbacks a second', 'autoplay', true],
    ]) {
      row(label, await frames('before', attrs, offscreen), await frames('after', attrs, offscreen), '0');
    }
  }
  if (want('heap')) {
    // Heap: extra cost per widget (21 widgets minus 1, over 20), and growth over 200 mount/unmount cycles.
    const perWidget = async (build) => {
      const one = await open(manyPage(BUILDS[build], 1));
      const h1 = await heapKB(one.cdp);
      await one.page.close();
      const many = await open(manyPage(BUILDS[build], 21));
      const h21 = await heapKB(many.cdp);
      await many.page.close();
      return (h21 - h1) / 20;
    };
    const cycles = async (build) => {
      const { page, cdp } = await open(emptyPage(BUILDS[build]));
      const cycle = (n) => mountCycles(page, n);
      await cycle(20);
      const warm = await heapKB(cdp);
      await cycle(80);
      const h100 = await heapKB(cdp);
      const p100 = await heapParts(cdp);
      await cycle(200);
      const h300 = await heapKB(cdp);
      const p300 = await heapParts(cdp);
      await cycle(200);
      const h500 = await heapKB(cdp);
      const p500 = await heapParts(cdp);
      await page.close();
      return {
        filling: h100 - warm,
        growth: h300 - h100,
        next: h500 - h300,
        objects: p300.other - p100.other,
        objectsNext: p500.other - p300.other,
        code: p300.code - p100.code,
      };
    };
    const pw = { before: await perWidget('before'), after: await perWidget('after') };
    row('JS heap per extra widget', `${pw.before.toFixed(0)} kB`, `${pw.after.toFixed(0)} kB`);
    // One reading swings by a few hundred kB at this size: the median of interleaved pages, and the next 200
    // cycles beside the first, which stay near zero when the growth is bounded rather than linear.
    const runs = { before: [], after: [] };
    for (let i = 0; i < HEAP_RUNS; i++) for (const build of ['before', 'after']) runs[build].push(await cycles(build));
    const median = (list) => [...list].sort((a, b) => a - b)[list.length >> 1];
    const grew = (list) => {
      const m = (key) => median(list.map((c) => c[key])).toFixed(0);
      const all = list.map((c) => c.growth.toFixed(0)).join(', ');
      return (
        `${m('growth')} kB, then ${m('next')} kB over cycles 301–500 (each run: ${all}; caches filling in cycles ` +
        `21–100: ${m('filling')} kB); in a heap snapshot, objects ${m('objects')} kB then ${m('objectsNext')} kB, ` +
        `compiled code ${m('code')} kB`
      );
    };
    row(
      `heap growth over 200 mount/unmount cycles after 100 warm-up, median of ${HEAP_RUNS} interleaved pages`,
      grew(runs.before),
      grew(runs.after),
      '≤ 200 kB, bounded',
    );
    // Whether the growth stops: the used heap over 2,100 cycles, read every 250 (one page per build).
    const long = async (build) => {
      const { page, cdp } = await open(emptyPage(BUILDS[build]));
      const cycle = (n) => mountCycles(page, n);
      await cycle(100);
      let last = await heapKB(cdp);
      const growth = [];
      for (let i = 0; i < 8; i++) {
        await cycle(250);
        const now = await heapKB(cdp);
        growth.push((now - last).toFixed(0));
        last = now;
      }
      await page.close();
      return `${growth.join(', ')} kB`;
    };
    row(
      'heap growth per 250 cycles, cycles 101–2,100 (one page)',
      await long('before'),
      await long('after'),
      'falls to ~0',
    );
  }
} finally {
  await browser.close();
  server.close();
}

if (want('payload')) {
  // Payload, gzip: this widget before and after, and what a user would embed instead (their npm packages, packed
  // into a temp dir for this run only).
  const chunks = (dir, pattern) =>
    readdirSync(dir)
      .filter((f) => pattern.test(f))
      .map((f) => join(dir, f));
  const sum = (files) => kB(files.reduce((a, f) => a + gz(f), 0));
  // The entry chunk (the shell with the prebuilt first frame) and the engine it loads import no other chunk
  // statically (scripts/build.mjs checks): the shell is the whole first paint, the two together play PTCD.
  const afterFirst = sum([join('dist/cdn/liver-intervention.js')]);
  const afterPlay = sum(['dist/cdn/liver-intervention.js', 'dist/cdn/liver-intervention.engine.js']);
  row(
    'payload: first paint of the default view (gzip)',
    `${sum([join(beforeDir, 'dist/liver-intervention.js')])} kB`,
    `${afterFirst} kB`,
    '≤ 30 kB',
  );
  row(
    'payload: everything to play PTCD in English (gzip)',
    `${sum([join(beforeDir, 'dist/liver-intervention.js')])} kB`,
    `${afterPlay} kB`,
    '≤ 45 kB',
  );
  // Every lazy chunk, text chunks (`ducts.es.texts-…`) included: their count, the largest, and any over 5 kB.
  const lazy = chunks('dist/cdn', /^(?!liver-intervention\.|react\.|embed-host\.)[\w.-]+-[\w-]{8}\.js$/)
    .map((f) => ({ name: basename(f).replace(/-[\w-]{8}\.js$/, ''), size: gz(f) / 1000 }))
    .sort((a, b) => b.size - a.size);
  const over = lazy.filter((c) => c.size > 5);
  row(
    'payload: lazy chunks (gzip)',
    '',
    `${lazy.length} chunks, ${over.length} over 5 kB${over.length ? ` (${over.map((c) => c.name).join(', ')})` : ''}; ` +
      `the largest: ${lazy
        .slice(0, 6)
        .map((c) => `${c.name} ${c.size.toFixed(2)} kB`)
        .join(', ')}`,
    '≤ 5 kB each',
  );
  const others = join(tmpdir(), 'li-bench-payload');
  mkdirSync(others, { recursive: true });
  const alternatives = {
    'lottie-web (light)': ['lottie-web', 'build/player/lottie_light.min.js'],
    'lottie-web (full)': ['lottie-web', 'build/player/lottie.min.js'],
    'h5p-standalone': ['h5p-standalone', 'dist/main.bundle.js', 'dist/frame.bundle.js'],
    '@google/model-viewer': ['@google/model-viewer', 'dist/model-viewer.min.js'],
  };
  const payload = {};
  for (const [label, [pkg, ...files]] of Object.entries(alternatives)) {
    const dir = join(others, pkg.replace('/', '-'));
    if (!existsSync(join(dir, 'package'))) {
      mkdirSync(dir, { recursive: true });
      const tgz = execSync(`npm pack ${pkg} --silent --pack-destination ${dir}`, { encoding: 'utf8' })
        .trim()
        .split('\n')
        .pop();
      sh(`tar -xzf ${tgz}`, dir);
    }
    const version = JSON.parse(readFileSync(join(dir, 'package/package.json'), 'utf8')).version;
    payload[`${label} ${version}`] = `${sum(files.map((f) => join(dir, 'package', f)))} kB`;
  }
  results['what a user would embed instead (gzip JS)'] = payload;
  results['engine chunk composition, after (kB gzip, estimated)'] = await composition();
}

const cell = (v) =>
  typeof v === 'object'
    ? Object.entries(v)
        .map(([k, x]) => `${k} ${x}`)
        .join(', ')
    : String(v);
const lines = Object.entries(results).map(([k, v]) =>
  'before' in v ? `| ${k} | ${v.before} | ${v.after} | ${v.target} |` : `| ${k} | ${cell(v)} | | |`,
);
const table = [`| measurement | before (${BEFORE}) | after | target |`, '| --- | --- | --- | --- |', ...lines].join(
  '\n',
);
console.log(table);
writeFileSync('bench-results.md', `${table}\n`);
