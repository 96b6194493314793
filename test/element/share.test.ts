import { expect, waitUntil } from '@open-wc/testing';
import jsQR from 'jsqr';
import type { LiverIntervention } from '../../src/element/liver-intervention.js';
import { mount, settle } from './mount.js';

/** Reads a QR code out of an image, as a phone camera would. */
async function decode(src: string): Promise<string | undefined> {
  const img = new Image();
  img.src = src;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 400;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(img, 0, 0, 400, 400);
  return jsQR(ctx.getImageData(0, 0, 400, 400).data, 400, 400)?.data;
}

async function openShare(el: LiverIntervention) {
  el.shadowRoot!.querySelector<HTMLButtonElement>('button.share-toggle')!.click();
  await settle(el);
  const panel = el.shadowRoot!.querySelector('[part="share"]')!;
  // The QR encoder is a lazy chunk: the code appears once it has loaded (on a loaded CI machine that took over the
  // default second once).
  await waitUntil(() => panel.querySelector('img.qr'), 'no QR code', { timeout: 5000 });
  return panel;
}

describe('<liver-intervention> share', () => {
  it('builds a short link from the non-default state, on the current page or share-base', async () => {
    const el = await mount(800, { procedure: 'stent', stent: 'z', step: '4', theme: 'dark' });
    const url = new URL(el.shareUrl());
    expect(url.origin + url.pathname).to.equal(location.origin + location.pathname);
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      procedure: 'stent',
      stent: 'z',
      step: '4',
      theme: 'dark',
    });
    el.setAttribute('share-base', 'https://example.org/course/liver.html?old=1#x');
    el.labels = false;
    await settle(el);
    expect(el.shareUrl()).to.equal(
      'https://example.org/course/liver.html?procedure=stent&stent=z&step=4&labels=off&theme=dark',
    );
  });

  it('restores the same view from its link', async () => {
    const el = await mount(800, {
      procedure: 'internal-drainage',
      obstruction: 'hilar-2',
      step: '3',
      audience: 'patient',
    });
    const copy = await mount(800, Object.fromEntries(new URL(el.shareUrl()).searchParams));
    for (const k of ['procedure', 'obstruction', 'step', 'audience', 'stent', 'view', 'approach'] as const) {
      expect(copy[k], k).to.equal(el[k]);
    }
    expect(copy.shadowRoot!.querySelector('[part="caption"]')!.textContent).to.equal(
      el.shadowRoot!.querySelector('[part="caption"]')!.textContent,
    );
  });

  it('shows a QR code that decodes to the link, downloadable as SVG and PNG', async () => {
    const el = await mount(800, {
      procedure: 'stent',
      stent: 'spiral',
      step: '5',
      'share-base': 'https://example.org/embed.html',
    });
    const panel = await openShare(el);
    const url = el.shareUrl();
    expect(panel.querySelector('input')!.value).to.equal(url);
    const img = panel.querySelector<HTMLImageElement>('img.qr')!;
    expect(img.alt).to.match(/QR code/);
    expect(await decode(img.src)).to.equal(url);
    const svg = panel.querySelector<HTMLAnchorElement>('a[download$=".svg"]')!;
    const png = panel.querySelector<HTMLAnchorElement>('a[download$=".png"]')!;
    expect(await decode(svg.href)).to.equal(url);
    expect((await (await fetch(png.href)).blob()).type).to.equal('image/png');
    expect(await decode(png.href)).to.equal(url);
    await expect(el).to.be.accessible();
  });

  // Review (session 18): the QR download links were 18 px tall on a phone, the step list's toggle 20 px.
  it('keeps the download links and the step list toggle 44 px tall on a phone', async () => {
    const el = await mount(360, { procedure: 'ptcd', step: '3' });
    const panel = await openShare(el);
    const targets = [
      ...panel.querySelectorAll<HTMLElement>('a[download]'),
      el.shadowRoot!.querySelector<HTMLElement>('.step-list summary')!,
    ];
    expect(targets.length).to.equal(3);
    for (const t of targets) expect(t.getBoundingClientRect().height, t.textContent!.trim()).to.be.at.least(44);
  });

  it('remakes the code when the step moves while the panel is open', async () => {
    const el = await mount(800, { step: '2' });
    await openShare(el);
    const before = el.shadowRoot!.querySelector<HTMLImageElement>('img.qr')!.src;
    el.step = 5;
    await settle(el);
    // The new code comes asynchronously (the encoder's chunk, then a PNG drawn and encoded): on a loaded test machine
    // that can take longer than waitUntil's default second.
    await waitUntil(
      () => {
        const src = el.shadowRoot!.querySelector<HTMLImageElement>('img.qr')?.src;
        return src && src !== before;
      },
      'no new code',
      { timeout: 5000 },
    );
    const img = el.shadowRoot!.querySelector<HTMLImageElement>('img.qr')!;
    expect(await decode(img.src)).to.equal(el.shareUrl());
    expect(el.shareUrl()).to.contain('step=5');
  });
});
