import { expect } from '@open-wc/testing';
import { mount, svgOf } from './mount.js';

/** Draws an image file onto a canvas and returns its pixels. */
async function pixels(blob: Blob) {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  return { width: bitmap.width, height: bitmap.height, data: ctx.getImageData(0, 0, bitmap.width, bitmap.height).data };
}

describe('<liver-intervention> picture export', () => {
  it('exports the frame as SVG with its paint, the caption and a source line', async () => {
    const el = await mount(800, { step: '4', theme: 'dark', 'share-base': 'https://example.org/embed.html' });
    const file = await el.exportFrame('svg');
    expect(file.type).to.equal('image/svg+xml');
    const doc = new DOMParser().parseFromString(await file.text(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const texts = [...doc.querySelectorAll(':root > text')].map((t) => t.textContent);
    const caption = el.shadowRoot!.querySelector('[part="caption"] h2')!.textContent!.trim();
    expect(texts[0]).to.equal(caption);
    expect(texts.slice(-2).join('')).to.contain('https://example.org/embed.html?step=4&theme=dark');
    const live = svgOf(el).querySelectorAll('.layers path').length;
    expect(doc.querySelectorAll('.layers path').length).to.equal(live);
    const contrast = doc.querySelector<SVGPathElement>('.paint-contrast')!;
    // The file writes mixed colours as rgba(): compare the colour, not its syntax.
    const rgbOf = (colour: string) => {
      const g = new OffscreenCanvas(1, 1).getContext('2d')!;
      g.fillStyle = colour;
      g.fillRect(0, 0, 1, 1);
      return [...g.getImageData(0, 0, 1, 1).data];
    };
    const written = /(?:^|;)fill:([^;]+)/.exec(contrast.getAttribute('style')!)![1]!;
    expect(rgbOf(written)).to.deep.equal(rgbOf(getComputedStyle(svgOf(el).querySelector('.paint-contrast')!).fill));
    expect(doc.querySelector('.targets')).to.equal(null);
  });

  it('names no local address in the source line: off the public web it gives the procedure and step', async () => {
    const el = await mount(800, { step: '4' });
    const file = await el.exportFrame('svg');
    const doc = new DOMParser().parseFromString(await file.text(), 'image/svg+xml');
    const source = [...doc.querySelectorAll(':root > text')]
      .slice(-2)
      .map((t) => t.textContent)
      .join('');
    expect(source).not.to.match(/localhost|127\.0\.0\.1|file:|http/);
    expect(source).to.contain(`ptcd 4/${el.steps.length}`);
  });

  it('exports a PNG at twice the size, picture above and text below', async () => {
    const el = await mount(600, { step: '4' });
    const { width, height, data } = await pixels(await el.exportFrame('png'));
    const box = svgOf(el).getBoundingClientRect();
    expect(width).to.equal(Math.round(box.width * 2));
    expect(height).to.be.greaterThan(box.height * 2 + 100);
    const dark = (y0: number, y1: number) => {
      let n = 0;
      for (let y = y0; y < y1; y++) for (let x = 0; x < width; x++) if (data[(y * width + x) * 4]! < 100) n++;
      return n;
    };
    expect(dark(0, Math.round(box.height * 2)), 'drawing').to.be.greaterThan(1000);
    expect(dark(Math.round(box.height * 2) + 10, height), 'caption and source text').to.be.greaterThan(500);
  });

  it('keeps the tumour gradient: every url(#…) in the file resolves and the gradient stops keep their colours', async () => {
    const el = await mount(720, { procedure: 'stent', step: '8' });
    const live = svgOf(el);
    expect(live.querySelector('[fill^="url("]'), 'a gradient-filled tumour in this frame').to.not.equal(null);
    const text = await (await el.exportFrame('svg')).text();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const refs = [...text.matchAll(/url\((?:&quot;|["'])?([^)"'&]*?)(?:&quot;|["'])?\)/g)].map((m) => m[1]!);
    expect(refs.length, 'references').to.be.greaterThan(0);
    for (const ref of refs) {
      expect(ref, 'a local reference').to.match(/^#/);
      expect(doc.getElementById(ref.slice(1)), `target of ${ref}`).to.not.equal(null);
    }
    const stops = [...live.querySelectorAll('stop')];
    expect(stops.length).to.be.greaterThan(0);
    const exported = [...doc.querySelectorAll('stop')];
    // The exported stop colour, read back by the browser, is the live one (not the default black).
    const probe = document.createElementNS('http://www.w3.org/2000/svg', 'stop');
    live.append(probe);
    stops.forEach((stop, i) => {
      const colour = /stop-color:([^;]+)/.exec(exported[i]!.getAttribute('style')!)?.[1] ?? '';
      expect(colour, `stop ${i} in plain rgb()/rgba()`).to.match(/^rgba?\(/);
      probe.setAttribute('style', `stop-color:${colour}`);
      const [a, b] = [getComputedStyle(probe).stopColor, getComputedStyle(stop).stopColor].map((c) =>
        c.match(/[\d.]+/g)!.map(Number),
      );
      a!.forEach((v, k) =>
        expect(v, `stop ${i} channel ${k}`).to.be.closeTo(k < 3 && b![k]! <= 1 ? b![k]! * 255 : b![k]!, 1),
      );
    });
    probe.remove();
  });

  // Review (session 18): a picture pasted on a slide lost the R/L markers, and with them which side is which.
  it('keeps the side markers over the drawing: the patient’s right at the left edge, their left at the right', async () => {
    for (const audience of ['clinician', 'patient']) {
      const el = await mount(720, { step: '4', audience });
      const doc = new DOMParser().parseFromString(await (await el.exportFrame('svg')).text(), 'image/svg+xml');
      const width = Number(doc.documentElement.getAttribute('width'));
      const marks = [...doc.querySelectorAll('g.sides > text')].map((t) => ({
        text: t.textContent,
        x: Number(t.getAttribute('x')),
        end: t.getAttribute('text-anchor') === 'end',
      }));
      const shown = [...el.shadowRoot!.querySelectorAll('.sides > span:not(.scalebar, .hint)')].map((s) =>
        s.textContent!.trim(),
      );
      expect(marks.filter((m) => shown.includes(m.text!)).length, audience).to.equal(shown.length);
      expect(marks[0]!.text, `${audience}: the patient's right first`).to.equal(shown[0]);
      expect(marks[0]!.x, `${audience}: at the left edge`).to.be.below(20);
      if (audience === 'clinician') {
        const left = marks.find((m) => m.text === shown.at(-1))!;
        expect(left.end && left.x > width - 20, 'the patient’s left at the right edge').to.equal(true);
        expect(marks.some((m) => m.text === '1 cm')).to.equal(true);
      }
      // The drawing sits below the markers, not under them.
      expect(Number(doc.querySelector(':root > svg')!.getAttribute('y'))).to.be.at.least(20);
    }
  });

  it('the file and the on-screen scale bar make the same scale claim', async () => {
    const el = await mount(720, { step: '4' });
    const bar = el.shadowRoot!.querySelector('.scalebar')!.textContent!.replace(/\s+/g, ' ');
    const text = await (await el.exportFrame('svg')).text();
    expect(bar).to.contain('1 cm');
    expect(bar).to.contain('×1.5');
    expect(text).to.contain('tube widths drawn ×1.5');
    expect(text).to.contain('lengths to scale');
    expect(text).to.not.contain('not to scale');
    expect(text, 'no drawing units a viewer cannot see').to.not.contain('units');
  });
});
