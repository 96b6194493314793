import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import type { LiverIntervention } from '../../src/element/liver-intervention.js';
import { contrastRatio, parseColor } from './contrast-ratio.js';
import { mount, svgOf } from './mount.js';

/** PTCD step 4: contrast fills the punctured duct, so ducts, contrast, devices and labels all show. */
const CONTRAST_STEP = { step: '4' };
const surface = (el: LiverIntervention) => getComputedStyle(el).backgroundColor;

/** A translucent background composited over the opaque one behind it. */
function over(color: string, behind: string): string {
  const top = parseColor(color)!;
  const back = parseColor(behind)!;
  const mix = top.rgb.map((c, i) => Math.round((c * top.alpha + back.rgb[i]! * (1 - top.alpha)) * 255));
  return `rgb(${mix.join(', ')})`;
}

/** A system colour's computed value here (forced colours give Canvas, Highlight… the user's own). */
function systemColour(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

/** The first drawn node each selector finds in the widget's shadow root. */
const drawn = (el: LiverIntervention, ...selectors: string[]) =>
  selectors.map((sel) => el.shadowRoot!.querySelector(sel));

describe('<liver-intervention> themes', () => {
  for (const theme of ['light', 'dark', 'projector', 'high-contrast']) {
    it(`has no axe violations in the ${theme} theme`, async () => {
      const el = await mount(1280, { theme, ...CONTRAST_STEP });
      await expect(el).to.be.accessible();
    });
  }

  // Review (session 30): on a projector and in the dark theme a pressed toggle was a faint tint of an unpressed one.
  for (const theme of ['light', 'dark', 'projector', 'high-contrast']) {
    it(`tells a pressed toggle from an unpressed one at a glance in the ${theme} theme`, async () => {
      const el = await mount(1280, { theme, ...CONTRAST_STEP });
      const toggles = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toggles button[aria-pressed]')];
      const pressed = toggles.find((b) => b.getAttribute('aria-pressed') === 'true');
      const unpressed = toggles.find((b) => b.getAttribute('aria-pressed') === 'false');
      expect(pressed && unpressed, 'a pressed and an unpressed toggle').to.be.ok;
      const bg = surface(el);
      const fill = (b: HTMLElement) => over(getComputedStyle(b).backgroundColor, bg);
      expect(contrastRatio(fill(pressed!), fill(unpressed!)), 'pressed against unpressed').to.be.at.least(3);
      expect(contrastRatio(getComputedStyle(pressed!).color, fill(pressed!)), 'its words').to.be.at.least(4.5);
    });
  }

  it('keeps projector text and key outlines at a contrast of at least 7:1', async () => {
    const el = await mount(1280, { theme: 'projector', ...CONTRAST_STEP });
    const root = el.shadowRoot!;
    const bg = surface(el);
    const texts = [...root.querySelectorAll<HTMLElement>('.caption h2, .caption p, .sides span, .counter, button')];
    expect(texts.length).to.be.greaterThan(5);
    for (const t of texts) {
      const style = getComputedStyle(t);
      expect(contrastRatio(style.color, over(style.backgroundColor, bg)), t.textContent!.trim()).to.be.at.least(7);
    }
    const labels = [...svgOf(el).querySelectorAll('.label text')];
    expect(labels.length).to.be.greaterThan(2);
    for (const l of labels) expect(contrastRatio(getComputedStyle(l).fill, bg), l.textContent!).to.be.at.least(7);
    for (const id of ['common-bile-duct', 'common-hepatic-duct', 'liver']) {
      const outline = svgOf(el).querySelector(`.layer [data-id="${id}"].casing, .layer [data-id="${id}"].paint-fill`)!;
      expect(contrastRatio(getComputedStyle(outline).stroke, bg), id).to.be.at.least(7);
    }
  });

  // Review (session 19): at projector size the scale bar read "1 cm(tubes ×1.5 wide)": a 4 px gap beside 30 px text.
  it('keeps a word space between the scale bar’s "1 cm" and its note, at any theme’s size', async () => {
    for (const theme of ['light', 'projector']) {
      const el = await mount(1920, { theme, ...CONTRAST_STEP });
      const bar = el.shadowRoot!.querySelector('.scalebar')!;
      const text = [...bar.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
      const range = document.createRange();
      range.selectNodeContents(text);
      const gap = bar.querySelector('.scale-note')!.getBoundingClientRect().left - range.getBoundingClientRect().right;
      const size = parseFloat(getComputedStyle(bar).fontSize);
      expect(gap, `${theme}: gap at ${size} px text`).to.be.at.least(size * 0.2);
    }
  });

  it('keeps the projector’s bone and behind-the-liver outlines quiet: no dark wireframes or guide lines', async () => {
    const el = await mount(1280, { theme: 'projector', procedure: 'ptcd', approach: 'right', step: '4' });
    const loud: string[] = [];
    for (const p of svgOf(el).querySelectorAll<SVGPathElement>('.layer path.tone-bone, .layer path.behind')) {
      const style = getComputedStyle(p);
      if (style.stroke === 'none' || style.display === 'none') continue;
      if (Number.parseFloat(style.strokeWidth) > 2) loud.push(`${p.dataset.id} ${style.strokeWidth}`);
    }
    expect(loud, loud.slice(0, 4).join('; ')).to.deep.equal([]);
  });

  it('draws projector labels and captions larger than the light theme', async () => {
    const light = await mount(1280, CONTRAST_STEP);
    const projector = await mount(1280, { theme: 'projector', ...CONTRAST_STEP });
    const size = (el: LiverIntervention, sel: string) =>
      parseFloat(getComputedStyle(el.shadowRoot!.querySelector(sel)!).fontSize);
    expect(size(projector, '.caption p')).to.be.greaterThan(size(light, '.caption p'));
    const label = (el: LiverIntervention) => svgOf(el).querySelector('.label text')!.getBoundingClientRect().height;
    // Larger, up to the lecture ceiling of 20 px type (issue 8).
    expect(label(projector)).to.be.greaterThan(label(light) * 1.05);
  });

  it('keeps contrast-filled ducts bright against the dark theme', async () => {
    const el = await mount(1280, { theme: 'dark', ...CONTRAST_STEP });
    const contrast = svgOf(el).querySelector('.paint-contrast')!;
    expect(contrast).to.exist;
    const bg = surface(el);
    expect(contrastRatio(bg, 'rgb(255, 255, 255)'), 'dark surface').to.be.greaterThan(12);
    expect(contrastRatio(getComputedStyle(contrast).fill, bg)).to.be.at.least(7);
  });

  it('follows the system dark preference unless a theme is set', async function () {
    // Media emulation needs the Chrome DevTools Protocol; Firefox is driven over WebDriver BiDi.
    if (navigator.userAgent.includes('Firefox')) this.skip();
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const auto = await mount(800);
      const light = await mount(800, { theme: 'light' });
      expect(contrastRatio(surface(auto), 'rgb(0, 0, 0)')).to.be.lessThan(2);
      expect(surface(light)).to.equal('rgb(255, 255, 255)');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('falls back to light, with one warning, for an unknown theme', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const el = await mount(800, { theme: 'neon' });
      expect(el.theme).to.equal('light');
      expect(surface(el)).to.equal('rgb(255, 255, 255)');
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => w.includes('theme'))).to.have.length(1);
  });

  describe('under forced colours', () => {
    before(async function () {
      if (!(await executeServerCommand('emulate-forced-colors', { active: true }))) this.skip();
    });
    after(() => executeServerCommand('emulate-forced-colors', { active: false }));

    it('keeps every structure, the contrast and the devices visible in system colours', async () => {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const el = await mount(1280, CONTRAST_STEP);
      const bg = surface(el);
      const shown = (node: Element) => {
        const s = getComputedStyle(node);
        const paints = [s.fill, s.stroke].filter((c) => parseColor(c)?.alpha);
        return Number(s.opacity) > 0 && paints.some((c) => contrastRatio(c, bg) >= 3);
      };
      const structures = [...svgOf(el).querySelectorAll('.layer path.casing, .layer path.paint-fill')];
      const ids = new Set(structures.map((p) => p.getAttribute('data-id')));
      const visible = new Set(structures.filter(shown).map((p) => p.getAttribute('data-id')));
      expect(
        [...ids].filter((id) => !visible.has(id)),
        'structures that disappear',
      ).to.deep.equal([]);
      for (const sel of ['.paint-contrast', '.label text']) {
        const nodes = [...svgOf(el).querySelectorAll(sel)];
        expect(nodes.length, sel).to.be.greaterThan(0);
        expect(nodes.filter((n) => !shown(n)).length, `${sel} hidden`).to.equal(0);
      }
      // A catheter is a dark wall around a light core: each device needs some part that shows.
      const devices = [...svgOf(el).querySelectorAll('.dev')];
      const byDevice = new Set(devices.map((d) => d.getAttribute('data-device')));
      const seen = new Set(devices.filter(shown).map((d) => d.getAttribute('data-device')));
      expect(byDevice.size).to.be.greaterThan(0);
      expect(
        [...byDevice].filter((d) => !seen.has(d)),
        'devices that disappear',
      ).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    // Review (session 29): the veins, arteries and duct walls kept their lavender, red and green fills when the rest
    // of the drawing turned to system colours.
    it("paints every structure in system colours, none of the drawing's own tints", async () => {
      const el = await mount(720, { procedure: 'none' });
      const system = new Set(['Canvas', 'CanvasText', 'Mark', 'Highlight', 'LinkText', 'GrayText'].map(systemColour));
      const paths = [...svgOf(el).querySelectorAll('.layer path')];
      expect(paths.length).to.be.greaterThan(50);
      const tinted = paths.flatMap((p) => {
        const { fill, stroke } = getComputedStyle(p);
        return [fill, stroke]
          .filter((c) => c !== 'none' && parseColor(c)?.alpha && !system.has(c))
          .map((c) => `${p.getAttribute('data-id')} ${p.getAttribute('class')}: ${c}`);
      });
      expect(tinted, 'structures in their own colours').to.deep.equal([]);
    });

    // Review (session 31): a step's faded structures, CanvasText at 40 % (20 % under the stepped-back arteries' layer),
    // stood at 1.5–2.8:1 on Canvas in a mode a user chooses for contrast.
    it('keeps what a step fades at 3:1 or more against the background', async () => {
      const el = await mount(1280, CONTRAST_STEP);
      const bg = surface(el);
      const svg = svgOf(el);
      // The opacity a node is drawn at: its own times every group's it lies in.
      const alpha = (node: Element) => {
        let a = 1;
        for (let n: Element | null = node; n && n !== svg; n = n.parentElement)
          a *= Number(getComputedStyle(n).opacity);
        return a;
      };
      const faded = [...svg.querySelectorAll('.layer path.is-faded.casing, .layer path.is-faded.paint-fill')];
      expect(faded.length, 'structures the step fades').to.be.greaterThan(10);
      const low = faded.flatMap((p) => {
        const s = getComputedStyle(p);
        const best = Math.max(
          ...[s.stroke, s.fill]
            .map((c) => parseColor(c))
            .filter((c) => c && c.alpha > 0)
            .map((c) =>
              contrastRatio(over(`rgba(${c!.rgb.map((v) => v * 255).join(', ')}, ${c!.alpha * alpha(p)})`, bg), bg),
            ),
        );
        return best >= 3 ? [] : [`${p.getAttribute('data-id')} ${best.toFixed(2)}`];
      });
      expect(low).to.deep.equal([]);
    });

    // Review (session 30): the tumour, solid Mark, hid the common duct and the stent it blocks.
    it('lets the contrast-filled duct under a tumour show through it', async () => {
      const el = await mount(720, { procedure: 'stent', step: '8' });
      const [lesion, contrast] = drawn(el, '.paint-lesion', '.paint-contrast');
      expect(lesion && contrast, 'a tumour and contrast drawn').to.be.ok;
      const { fill, fillOpacity } = getComputedStyle(lesion!);
      const mark = parseColor(fill)!;
      const alpha = Number(fillOpacity) * mark.alpha;
      const rgb = mark.rgb.map((c) => Math.round(c * 255)).join(', ');
      const tint = (under: string) => over(`rgba(${rgb}, ${alpha})`, under);
      const [duct, canvas] = [getComputedStyle(contrast!).fill, surface(el)];
      expect(
        contrastRatio(tint(duct), tint(canvas)),
        'the duct under it against the background under it',
      ).to.be.at.least(3);
    });

    // Review (session 18): the close-up's map kept its tinted organs and blue frame when everything else turned to
    // system colours.
    it('draws the close-up map in system colours: outlines on the background, its frame in Highlight', async () => {
      const el = await mount(720, CONTRAST_STEP);
      const map = el.shadowRoot!.querySelector<SVGSVGElement>('.stage > svg.locator')!;
      expect(map.getAttribute('display'), 'the map is shown at a close-up').to.not.equal('none');
      const bg = getComputedStyle(map).backgroundColor;
      const organs = [...map.querySelectorAll('path:not(.spot)')];
      expect(organs.length).to.be.greaterThan(2);
      for (const organ of organs) {
        const { fill, stroke } = getComputedStyle(organ);
        expect(
          contrastRatio(over(fill, bg), bg),
          `${organ.getAttribute('class')} filled like the background`,
        ).to.be.below(1.05);
        expect(contrastRatio(stroke, bg), `${organ.getAttribute('class')} outline`).to.be.at.least(3);
      }
      expect(getComputedStyle(map.querySelector('rect')!).stroke, 'the framed area').to.equal(
        systemColour('Highlight'),
      );
    });

    // Review (session 18): in a duct black with contrast the stent's CanvasText struts vanished, black on black.
    it('draws a stent as a mesh on its own light body, apart from the contrast round it', async () => {
      const el = await mount(720, { procedure: 'stent', step: '8' });
      const [body, wire, contrast] = drawn(el, '.dev-stent-body', '.dev-stent-wire', '.paint-contrast');
      expect(body && wire && contrast, 'a stent and contrast drawn').to.be.ok;
      const fill = getComputedStyle(body!).fill;
      expect(parseColor(fill)?.alpha, 'the body is opaque').to.equal(1);
      expect(contrastRatio(getComputedStyle(wire!).stroke, fill), 'struts on the body').to.be.at.least(3);
      expect(contrastRatio(fill, getComputedStyle(contrast!).fill), 'body on the contrast').to.be.at.least(3);
    });

    // Review (session 29): a guidewire in CanvasText vanished inside a duct black with contrast.
    it('edges a guidewire in the background colour, so it shows on the contrast round it', async () => {
      const el = await mount(720, { procedure: 'stent', step: '8' });
      const [casing, wire, contrast] = drawn(el, '.dev-wire-casing', '.dev-wire', '.paint-contrast');
      expect(casing && wire && contrast, 'a wire and contrast drawn').to.be.ok;
      const edge = getComputedStyle(casing!).stroke;
      expect(contrastRatio(edge, getComputedStyle(contrast!).fill), 'its edge on the contrast').to.be.at.least(3);
      expect(contrastRatio(getComputedStyle(wire!).stroke, edge), 'the wire within its edge').to.be.at.least(3);
    });
  });
});
