// Speed and memory benchmark on the production build, in headless Chromium.
// Timings are noisy on shared machines: each figure is a median of interleaved
// runs, compared as a ratio against a reference measured in the same run.
import { execSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findBrowser } from './find-browser.mjs';

if (!existsSync('dist/liver-intervention.js')) execSync('npm run build', { stdio: 'inherit' });
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.svg': 'image/svg+xml' };

// Pages under test, served from memory next to dist/.
const pages = {
  '/widget.html': `<!doctype html><meta charset="utf-8"><body style="margin:0;width:800px">
    <liver-intervention controls="off"></liver-intervention>
    <script>
      // Frame intervals and long animation frames while \`action\` runs (used by the playback measurements).
      window.measureFrames = async (action) => {
        const long = [];
        new PerformanceObserver((l) => long.push(...l.getEntries().map((e) => e.duration))).observe({
          type: 'long-animation-frame',
        });
        const gaps = [];
        let last = performance.now();
        let sampling = true;
        const tick = (t) => {
          gaps.push(t - last);
          last = t;
          if (sampling) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
        const started = performance.now();
        await action();
        sampling = false;
        gaps.sort((a, b) => a - b);
        return {
          seconds: (performance.now() - started) / 1000,
          frames: gaps.length,
          longFrames: long.filter((d) => d > 50).length,
          p95: gaps[Math.floor(gaps.length * 0.95)],
        };
      };
    </script>
    <script type="module">
      performance.mark('start');
      await import('/dist/liver-intervention.js');
      const el = document.querySelector('liver-intervention');
      await el.updateComplete;
      requestAnimationFrame(() => requestAnimationFrame(() => { performance.mark('painted'); window.done = true; }));
    </script>`,
  '/image.html': `<!doctype html><meta charset="utf-8"><body style="margin:0;width:800px">
    <script type="module">
      performance.mark('start');
      const img = new Image(); img.src = '/scene.svg'; img.style.width = '800px';
      await img.decode(); document.body.append(img);
      requestAnimationFrame(() => requestAnimationFrame(() => { performance.mark('painted'); window.done = true; }));
    </script>`,
  '/many.html': `<!doctype html><meta charset="utf-8"><body style="margin:0;width:600px">
    <script type="module">
      await import('/dist/liver-intervention.js');
      for (let i = 0; i < 20; i++) document.body.append(document.createElement('liver-intervention'));
      await Promise.all([...document.querySelectorAll('liver-intervention')].map((e) => e.updateComplete));
      window.done = true;
    </script>`,
};
let sceneSvg = '';
const server = createServer(async (req, res) => {
  const path = req.url.split('?')[0];
  if (pages[path]) return res.writeHead(200, { 'content-type': 'text/html' }).end(pages[path]);
  if (path === '/scene.svg') return res.writeHead(200, { 'content-type': TYPES['.svg'] }).end(sceneSvg);
  try {
    const body = await readFile(join(process.cwd(), path));
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: findBrowser(), args: CHROME_ARGS });

async function open(path, cpu = 1) {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.goto(base + path);
  await page.waitForFunction('window.done === true', { timeout: 60000 });
  return { page, cdp };
}
const paintTime = (page) => page.evaluate(() => performance.measure('m', 'start', 'painted').duration);

const results = {};
try {
  // The exported drawing as a static SVG image: the physical floor for first render.
  {
    const { page } = await open('/widget.html');
    sceneSvg = await page.evaluate(() => {
      const svg = document.querySelector('liver-intervention').shadowRoot.querySelector('svg').cloneNode(true);
      svg.setAttribute('width', '800');
      svg.setAttribute('height', '780');
      return new XMLSerializer().serializeToString(svg);
    });
    await page.close();
  }
  for (const cpu of [1, 4]) {
    const widget = [];
    const image = [];
    for (let i = 0; i < RUNS; i++) {
      for (const [path, out] of [
        ['/widget.html', widget],
        ['/image.html', image],
      ]) {
        const { page } = await open(path, cpu);
        out.push(await paintTime(page));
        await page.close();
      }
    }
    results[`first render, CPU×${cpu}`] = {
      widget: median(widget),
      image: median(image),
      ratio: median(widget) / median(image),
    };
  }

  // Playing a whole procedure at CPU×4: long animation frames and frame intervals.
  {
    const { page } = await open('/widget.html', 4);
    const stats = await page.evaluate(() => {
      const el = document.querySelector('liver-intervention');
      return window.measureFrames(() =>
        el
          .goTo(3)
          .then(() => el.goTo(5))
          .then(() => el.goTo(10)),
      );
    });
    results['playing steps 3, 5 and 10 at CPU×4'] = stats;
    await page.close();
  }
  {
    const { page } = await open('/widget.html', 1);
    const { frames, p95 } = await page.evaluate(() => {
      const el = document.querySelector('liver-intervention');
      return window.measureFrames(() => el.goTo(3));
    });
    const stats = { frames, p95 };
    results['frame interval while animating step 3, CPU×1'] = stats;
    await page.close();
  }

  // Next step to paint, at CPU×4.
  {
    const { page } = await open('/widget.html', 4);
    const latency = await page.evaluate(async () => {
      const el = document.querySelector('liver-intervention');
      const out = [];
      for (let step = 2; step <= 8; step++) {
        const t0 = performance.now();
        el.step = step;
        await el.updateComplete;
        await new Promise((r) => requestAnimationFrame(r));
        out.push(performance.now() - t0);
      }
      out.sort((a, b) => a - b);
      return { median: out[Math.floor(out.length / 2)], max: out.at(-1) };
    });
    results['step change to paint, CPU×4 (ms)'] = latency;
    await page.close();
  }

  // 20 widgets on one page: DOM nodes and JS heap per widget, idle frames.
  {
    const { page, cdp } = await open('/many.html');
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const counted = await page.evaluate(async () => {
      let frames = 0;
      const raf = window.requestAnimationFrame;
      window.requestAnimationFrame = (cb) => {
        frames++;
        return raf(cb);
      };
      await new Promise((r) => setTimeout(r, 500));
      const nodes = [...document.querySelectorAll('liver-intervention')].map(
        (el) => el.shadowRoot.querySelectorAll('*').length,
      );
      return { idleFramesIn500ms: frames, nodesPerWidget: Math.max(...nodes) };
    });
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
    results['20 widgets on a page'] = { ...counted, heapKBPerWidget: heap / 1024 / 20 };
    await page.close();
  }

  // 200 mount/unmount cycles: heap growth after GC.
  {
    const { page, cdp } = await open('/widget.html');
    await cdp.send('Performance.enable');
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
    };
    const before = await heap();
    await page.evaluate(async () => {
      for (let i = 0; i < 200; i++) {
        const el = document.createElement('liver-intervention');
        document.body.append(el);
        await el.updateComplete;
        if (i % 4 === 0) el.step = 5;
        el.remove();
      }
    });
    results['heap growth after 200 mount/unmount cycles (KB)'] = ((await heap()) - before) / 1024;
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

const fmt = (v) => (typeof v === 'number' ? (Math.abs(v) < 10 ? v.toFixed(2) : v.toFixed(0)) : JSON.stringify(v));
const lines = Object.entries(results).map(([k, v]) =>
  typeof v === 'object'
    ? `| ${k} | ${Object.entries(v)
        .map(([a, b]) => `${a} ${fmt(b)}`)
        .join(', ')} |`
    : `| ${k} | ${fmt(v)} |`,
);
const table = ['| measurement | result |', '| --- | --- |', ...lines].join('\n');
console.log(table);
writeFileSync('bench-results.md', `${table}\n`);
