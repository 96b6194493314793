// Writes src/shell/first-frame.json: the default view (PTCD, step 1, illustration, clinician, English) as the
// real widget draws it in headless Chromium at 800 px, which the bundled entry paints before the engine loads.
// Trimmed to what a picture needs: no hit areas, no closed panels' contents, coordinates to 0.1, relative path
// commands, and only the style rules that match something in it.
import { writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { CHROME_ARGS, findBrowser } from './find-browser.mjs';
import { compactPath } from './compact-path.mjs';

const OUT = 'src/shell/first-frame.json';
const WIDTH = 800;
/** The width of the second set of labels, and the stage width below which it is shown (about their geometric mean). */
const NARROW = 360;
const SPLIT = 540;
const page = `<!doctype html><html lang="en"><meta charset="utf-8"><body style="margin:0;width:${WIDTH}px">
<liver-intervention></liver-intervention>
<script type="module" src="/@fs${process.cwd()}/src/index.ts"></script>`;

const server = await createServer({
  logLevel: 'error',
  server: { port: 0, host: '127.0.0.1' },
  plugins: [
    {
      name: 'first-frame-page',
      configureServer(s) {
        s.middlewares.use((req, res, next) => {
          if (req.url !== '/first-frame.html') return next();
          res.setHeader('content-type', 'text/html');
          res.end(page);
        });
      },
    },
  ],
});
await server.listen();
const browser = await puppeteer.launch({ executablePath: findBrowser(), args: CHROME_ARGS });
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: WIDTH, height: 1300 });
  await tab.goto(`${server.resolvedUrls.local[0]}first-frame.html`);
  await tab.waitForFunction(() => customElements.get('liver-intervention'));
  const { tree, css } = await tab.evaluate(
    async (width, narrow, split) => {
      const el = document.querySelector('liver-intervention');
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await el.updateComplete;
      const root = el.shadowRoot;
      const walk = (node, inSvg) => {
        if (node.nodeType === Node.TEXT_NODE) {
          const text = node.data.replace(/\s+/g, ' ');
          return text === ' ' && inSvg ? null : text;
        }
        // The open step list is the wide layout's: the picture, painted for a page of any width, leaves it out.
        if (node.nodeType !== Node.ELEMENT_NODE || node.classList.contains('target')) return null;
        if (node.classList.contains('steps-aside')) return null;
        const svg = inSvg || node.localName === 'svg';
        const attrs = {};
        for (const { name, value } of node.attributes) attrs[name] = value;
        if (node.localName === 'input' && node.type === 'range') attrs.value = node.value;
        const kids = node.localName === 'details' && !node.open ? [node.querySelector('summary')] : node.childNodes;
        const children = [...kids].map((k) => walk(k, svg)).filter((k) => k !== null && k !== '');
        return [node.localName, attrs, ...children];
      };
      const tree = [...root.childNodes].map((n) => walk(n, false)).filter((n) => n !== null && n.trim?.() !== '');
      // Style rules that match nothing in the picture are left out (:host rules always stay). The source text is
      // split by hand: the CSSOM's serialisation loses shorthands that hold var().
      const matches = (selector) =>
        selector.includes(':host') ||
        selector.split(',').some((part) => {
          const plain = part.replace(/::?[\w-]+(\((?:[^()]|\([^()]*\))*\))?/g, '').trim() || '*';
          try {
            return root.querySelector(plain) !== null;
          } catch {
            return true;
          }
        });
      const blocks = (text) => {
        const out = [];
        for (let i = 0, start = 0, depth = 0, open = -1; i < text.length; i++) {
          if (text[i] === '{' && depth++ === 0) open = i;
          else if (text[i] === '}' && --depth === 0) {
            out.push([text.slice(start, open).trim(), text.slice(open + 1, i)]);
            start = i + 1;
          }
        }
        return out;
      };
      const keep = (text) =>
        blocks(text)
          .map(([prelude, body]) => {
            if (/^@(media|supports|container|layer)/.test(prelude)) {
              const inner = keep(body);
              return inner && `${prelude}{${inner}}`;
            }
            if (prelude.startsWith('@keyframes')) return '';
            return prelude.startsWith('@') || matches(prelude) ? `${prelude}{${body.trim()}}` : '';
          })
          .join('');
      const source = el.constructor.elementStyles.map((s) => s.cssText).join('\n');
      const css = keep(source.replace(/\/\*[^]*?\*\//g, ''))
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};])\s*/g, '$1')
        .replace(/,\s+/g, ',')
        .replace(/;}/g, '}');
      // Labels keep their size on screen, so a narrow widget places them anew: the picture holds a second set,
      // placed at NARROW px, and a container query picks one (the scale bar is sized to the width likewise).
      const bar = root.querySelector('.scalebar .bar');
      const barWidth = parseFloat(bar.style.width);
      document.body.style.width = `${narrow}px`;
      for (let i = 0; i < 3; i++) {
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        await el.updateComplete;
      }
      const narrowLabels = walk(root.querySelector('g.labels'), true);
      narrowLabels[1].class = 'labels ff-narrow';
      const mark = (node) => {
        if (typeof node === 'string') return [node];
        const [tag, attrs, ...children] = node;
        const copy = [tag, { ...attrs }, ...children.flatMap(mark)];
        if (attrs.class === 'bar') copy[1].style = `width: ${((barWidth / width) * 100).toFixed(2)}cqi;`;
        if (tag !== 'g' || attrs.class !== 'labels') return [copy];
        copy[1].class = 'labels ff-wide';
        return [copy, narrowLabels];
      };
      const marked = tree.flatMap(mark);
      const pick = `@container (width < ${split}px){.ff-wide{display:none}}@container (width >= ${split}px){.ff-narrow{display:none}}`;
      return { tree: marked, css: css + pick };
    },
    WIDTH,
    NARROW,
    SPLIT,
  );
  const round = (v) => v.replace(/-?\d*\.\d+(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 10) / 10));
  const compact = (node, inSvg) => {
    if (typeof node === 'string') return node;
    const [tag, attrs, ...children] = node;
    const svg = inSvg || tag === 'svg';
    const out = {};
    for (const [name, value] of Object.entries(attrs))
      out[name] = !svg || name.startsWith('aria-') ? value : name === 'd' ? compactPath(value) : round(value);
    return [tag, out, ...children.map((c) => compact(c, svg))];
  };
  const text = `${JSON.stringify({ width: WIDTH, css, tree: tree.map((n) => compact(n, false)) })}\n`;
  writeFileSync(OUT, text);
} finally {
  await browser.close();
  await server.close();
}
