import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { spyConsole } from './console-spy.js';
import { mount, settle, svgOf } from './mount.js';
import type { LiverIntervention } from '../../src/element/liver-intervention.js';

const shadowText = (el: LiverIntervention) => el.shadowRoot!.querySelector('figure')!.textContent!.replace(/\s+/g, ' ');
const button = (el: LiverIntervention, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector)!.getAttribute('aria-label');

describe('languages', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('zh-Hans and es show translated controls, the same steps, and switch back to English', async () => {
    const el = await mount(480);
    const english = el.steps.map((s) => s.id);
    expect(button(el, '.play')).to.equal('Play');
    el.setAttribute('lang', 'zh-Hans');
    await settle(el);
    expect(button(el, '.play')).to.equal('播放');
    expect(shadowText(el)).to.contain('第 1 步，共');
    expect(el.steps.map((s) => s.id)).to.deep.equal(english);
    expect(el.shadowRoot!.querySelector('figure')!.lang).to.equal('zh-Hans');
    const labels = () => [...el.shadowRoot!.querySelectorAll('svg text')].map((t) => t.textContent).join(' ');
    expect(labels(), 'the drawing relabels too').to.contain('肝脏');
    expect(el.shadowRoot!.querySelector('svg > title')!.textContent).to.equal('肝脏和胆道，正面观');
    el.setAttribute('lang', 'es');
    await settle(el);
    expect(button(el, '.play')).to.equal('Reproducir');
    expect(shadowText(el)).to.contain('Paso 1 de');
    expect(el.steps.map((s) => s.id)).to.deep.equal(english);
    el.removeAttribute('lang');
    await settle(el);
    expect(button(el, '.play')).to.equal('Play');
  });

  it('takes lang from the element, then the nearest ancestor, then the document, then English', async () => {
    document.documentElement.lang = 'es';
    const outer = await fixture<HTMLDivElement>(
      html`<div lang="zh-CN">
        <section><liver-intervention></liver-intervention></section>
      </div>`,
    );
    const el = outer.querySelector('liver-intervention')!;
    await settle(el);
    expect(button(el, '.play'), 'nearest ancestor').to.equal('播放');
    el.setAttribute('lang', 'en-GB');
    await settle(el);
    expect(button(el, '.play'), 'own lang').to.equal('Play');
    el.removeAttribute('lang');
    outer.removeAttribute('lang');
    await settle(el);
    expect(button(el, '.play'), 'document').to.equal('Reproducir');
    document.documentElement.removeAttribute('lang');
    await settle(el);
    expect(button(el, '.play'), 'none').to.equal('Play');
  });

  it('inherits lang through a shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('liver-intervention');
    root.append(el);
    await settle(el);
    expect(button(el, '.play')).to.equal('Reproducir');
  });

  it('an unknown lang is English, and a Traditional Chinese one Simplified Chinese, each with one warning', async () => {
    const spy = spyConsole();
    let simplified: string | null = '';
    try {
      const el = await mount(480, { lang: 'fr' });
      el.requestUpdate();
      await settle(el);
      expect(button(el, '.play')).to.equal('Play');
      simplified = button(await mount(480, { lang: 'zh-Hans' }), '.play');
      for (const lang of ['zh-TW', 'zh-Hant-HK']) {
        const other = await mount(480, { lang });
        other.requestUpdate();
        await settle(other);
        expect(button(other, '.play'), lang).to.equal(simplified);
      }
    } finally {
      spy.restore();
    }
    expect(simplified).to.not.equal('Play');
    expect(spy.warnings.filter((w) => w.includes('"fr"'))).to.have.length(1);
    expect(spy.warnings.filter((w) => w.includes('"zh-TW"'))).to.have.length(1);
    expect(spy.warnings.filter((w) => w.includes('"zh-Hant-HK"'))).to.have.length(1);
    expect(spy.warnings.filter((w) => w.includes('"zh-Hans"'))).to.have.length(2);
  });
});

describe('languages: links, right-to-left, layout and accessibility', () => {
  it('a shared link carries the language shown, and English needs none', async () => {
    const el = await mount(480, { lang: 'zh-Hans' });
    expect(new URL(el.shareUrl()).searchParams.get('lang')).to.equal('zh-Hans');
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(new URL(el.shareUrl()).searchParams.has('lang')).to.equal(false);
  });

  it('right-to-left mirrors the controls in each language and never the drawing or its side markers', async () => {
    for (const lang of ['en', 'zh-Hans', 'es']) {
      const box = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width:480px"></div>`);
      const el = document.createElement('liver-intervention');
      el.setAttribute('lang', lang);
      box.append(el);
      await settle(el);
      const root = el.shadowRoot!;
      const direction = (selector: string) => getComputedStyle(root.querySelector(selector)!).direction;
      expect(direction('.controls'), lang).to.equal('rtl');
      expect(direction('.stage'), lang).to.equal('ltr');
      expect(direction('.sides'), lang).to.equal('ltr');
      const [right, left] = [...root.querySelectorAll('.sides > span:not(.scalebar)')].map(
        (s) => s.getBoundingClientRect().left,
      );
      expect(right!, `${lang}: the patient's right is on the viewer's left`).to.be.lessThan(left!);
      const previous = root.querySelector('[aria-label]:is(button)')!.getBoundingClientRect();
      const next = root.querySelectorAll('.transport button')[2]!.getBoundingClientRect();
      expect(next.left, `${lang}: the transport buttons run right to left`).to.be.lessThan(previous.left);
      // Previous, now on the right, points right; Next, on the left, points left (review, session 20).
      const turned = [...root.querySelectorAll('.transport button .turn')].map((g) => getComputedStyle(g).transform);
      // Turned, Previous must not read as Play beside it.
      const glyphs = [...root.querySelectorAll('.transport button')].map((b) => b.textContent!.trim());
      const mirrored = glyphs[0]!.replace(/[◀▶]/g, (c) => (c === '◀' ? '▶' : '◀'));
      expect(mirrored, `${lang}: Previous turned`).to.not.equal(glyphs[1]);
      expect(turned, `${lang}: Previous and Next point outward`).to.deep.equal([
        'matrix(-1, 0, 0, 1, 0, 0)',
        'matrix(-1, 0, 0, 1, 0, 0)',
      ]);
    }
    // On a left-to-right page they point as drawn.
    const el = await mount(480);
    expect(
      [...el.shadowRoot!.querySelectorAll('.transport button .turn')].map((g) => getComputedStyle(g).transform),
    ).to.deep.equal(['none', 'none']);
  });

  it('on a right-to-left page, the left arrow key goes to the next step, as Next points left there', async () => {
    const box = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width:480px"></div>`);
    const el = document.createElement('liver-intervention');
    el.setAttribute('procedure', 'ptcd');
    el.setAttribute('step', '3');
    box.append(el);
    await settle(el);
    el.shadowRoot!.querySelector<HTMLElement>('[part="scene"]')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(el.step).to.equal(4);
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(el.step).to.equal(3);
    // Clickers send PageDown and PageUp: the same on every page.
    await sendKeys({ press: 'PageDown' });
    await settle(el);
    expect(el.step).to.equal(4);
  });

  it('on a right-to-left page, a caption in each language keeps its sentence order and starts on the left', async () => {
    for (const lang of ['en', 'zh-Hans', 'es']) {
      const box = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width:480px"></div>`);
      const el = document.createElement('liver-intervention');
      el.setAttribute('lang', lang);
      el.setAttribute('procedure', 'ptcd');
      box.append(el);
      await settle(el);
      const paragraph = el.shadowRoot!.querySelector('.caption p')!;
      const text = [...paragraph.childNodes].find((n): n is Text => n instanceof Text && n.data.trim() !== '')!;
      const start = text.data.length - text.data.trimStart().length;
      const end = text.data.trimEnd().length;
      const at = (i: number) => {
        const range = document.createRange();
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        return range.getClientRects()[0]!;
      };
      const first = at(start);
      const last = at(end - 1);
      const beforeLast = at(end - 2);
      expect(last.top > first.top || last.left > first.left, `${lang}: the last character comes after the first`).to.be
        .true;
      expect(last.left, `${lang}: the full stop follows the last word`).to.be.above(beforeLast.left);
      expect(
        first.left - paragraph.getBoundingClientRect().left,
        `${lang}: the first line starts on the left`,
      ).to.be.below(2);
    }
  });

  // Review (session 18): each step title is a button of its own, and on a right-to-left page "0.018-inch wire" read
  // "inch wire-0.018".
  it('on a right-to-left page, a step title that starts with a number keeps its order', async () => {
    const box = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width:480px"></div>`);
    const el = document.createElement('liver-intervention');
    el.setAttribute('procedure', 'ptcd');
    box.append(el);
    await settle(el);
    el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
    const title = [...el.shadowRoot!.querySelectorAll('button.step')].find((b) => /^\s*\d/.test(b.textContent!))!;
    expect(title, 'a step titled with a number first').to.be.ok;
    const text = [...title.childNodes].find((n): n is Text => n instanceof Text && n.data.trim() !== '')!;
    const at = (i: number) => {
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      return range.getClientRects()[0]!;
    };
    const start = text.data.length - text.data.trimStart().length;
    const end = text.data.trimEnd().length;
    expect(at(start).left, `"${text.data.trim()}": its number comes first`).to.be.below(at(end - 1).left);
  });

  // Review (session 27): the hint came back in English once a hover left a structure.
  it('es: the details line describes a hovered structure and gives the hint again in Spanish', async () => {
    const el = await mount(800, { lang: 'es' });
    const details = el.shadowRoot!.querySelector('[part="details"]')!;
    const hint = details.textContent!.replace(/\s+/g, ' ').trim();
    expect(hint).to.match(/^Toque una parte/);
    const target = svgOf(el).querySelector<SVGPathElement>('.target[data-id="common-bile-duct"]')!;
    target.dispatchEvent(new PointerEvent('pointerenter'));
    expect(details.querySelector('strong')?.textContent).to.equal('Colédoco');
    // The description's own file comes after the hover's frame, in the widget's language.
    await waitUntil(() => /hasta la papila/.test(details.textContent!), 'no Spanish description', { timeout: 5000 });
    target.dispatchEvent(new PointerEvent('pointerleave'));
    expect(details.textContent!.replace(/\s+/g, ' ').trim()).to.equal(hint);
  });

  it('at 360 px, Chinese and Spanish text wraps inside the widget', async () => {
    for (const lang of ['zh-Hans', 'es'])
      for (const audience of ['patient', 'clinician']) {
        const el = await mount(360, { lang, audience });
        el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
        await settle(el);
        const width = el.getBoundingClientRect().right + 0.5;
        // A word read out but not shown (the phone's speed label) is a 1 px box its text overflows by design.
        const shown = (n: HTMLElement) => n.getClientRects().length && n.getBoundingClientRect().width > 1;
        const over = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.text *')].filter(
          (n) => shown(n) && (n.getBoundingClientRect().right > width || n.scrollWidth > n.clientWidth + 1),
        );
        expect(
          over.map((n) => `${n.localName}.${n.className}`),
          `${lang} ${audience}`,
        ).to.deep.equal([]);
      }
  });

  for (const lang of ['zh-Hans', 'es'])
    it(`${lang}: 0 axe violations in both registers, first and last step, panels open`, async () => {
      for (const audience of ['clinician', 'patient']) {
        const el = await mount(480, { lang, audience });
        el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
        for (const step of [1, el.steps.length]) {
          el.step = step;
          await settle(el);
          await expect(el, `${audience} step ${step}`).to.be.accessible();
        }
      }
    });
});
