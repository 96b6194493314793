// Renders the demo in headless Chromium and writes PNGs to screenshots/.
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { CHROME_ARGS, findBrowser } from './find-browser.mjs';

const WIDTHS = [360, 1280, 1920];
const STEPS = { right: 11, left: 10 };
const VIEWS = [
  { name: 'anatomy', query: 'procedure=none' },
  { name: 'dilated', query: 'procedure=none&ducts=dilated' },
  { name: 'no-labels', query: 'procedure=none&labels=off', widths: [1280] },
  { name: 'hilum', query: 'procedure=none&camera=hilum&ducts=dilated', widths: [360, 1280] },
  { name: 'selected-cbd', query: 'procedure=none&selected=common-bile-duct', widths: [360] },
  ...Object.entries(STEPS).flatMap(([approach, n]) =>
    Array.from({ length: n }, (_, i) => ({
      name: `ptcd-${approach}-step-${String(i + 1).padStart(2, '0')}`,
      query: `approach=${approach}&step=${i + 1}`,
      widths: [720],
    })),
  ),
  { name: 'ptcd-right-step-06', query: 'approach=right&step=6&audience=patient', widths: [360] },
  { name: 'ptcd-left-step-02', query: 'approach=left&step=2', widths: [360] },
];

const server = await createServer({ logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await puppeteer.launch({ executablePath: findBrowser(), args: CHROME_ARGS });
mkdirSync('screenshots', { recursive: true });
try {
  const page = await browser.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') console.log(`[page ${m.type()}] ${m.text()}`);
  });
  for (const view of VIEWS) {
    for (const width of view.widths ?? WIDTHS) {
      await page.setViewport({ width, height: Math.round(width * 1.2), deviceScaleFactor: 1 });
      await page.goto(`${base}embed.html?${view.query}`, { waitUntil: 'networkidle0' });
      await page.waitForSelector('liver-intervention');
      await page.evaluate(async () => {
        const el = document.querySelector('liver-intervention');
        await el.updateComplete;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        await el.updateComplete;
      });
      const file = `screenshots/${view.name}-${width}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
