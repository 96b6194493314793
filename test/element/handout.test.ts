import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { registerLanguage } from '../../src/element/i18n/languages.js';
import type { LiverIntervention } from '../../src/element/liver-intervention.js';
import { mount, settle, svgOf } from './mount.js';

const handout = (el: LiverIntervention) => el.shadowRoot!.querySelector<HTMLElement>('.handout')!;
const frames = (el: LiverIntervention) => [...handout(el).querySelectorAll('.frame')];
const print = () => dispatchEvent(new Event('beforeprint'));

describe('<liver-intervention> printed handout', () => {
  it('draws nothing until printing, then one frame per step with its drawing and caption', async () => {
    const el = await mount(720, { procedure: 'stent', stent: 'z', obstruction: 'hilar-2' });
    expect(frames(el)).to.have.length(0);
    expect(getComputedStyle(handout(el)).display).to.equal('none');
    print();
    const titles = frames(el)
      .filter((f) => !f.classList.contains('after'))
      .map((f) => f.querySelector('h2')!.textContent!.replace(/^\d+\.\s*/, ''));
    expect(titles).to.deep.equal(el.steps.map((s) => s.title));
    for (const svg of handout(el).querySelectorAll('.frame-picture svg.scene')) {
      expect(svg.querySelectorAll('.layers path').length).to.be.greaterThan(50);
      // Paper has no pointer: no hit targets, so nothing in it acts as a button.
      expect(svg.querySelectorAll('g.targets > *')).to.have.length(0);
    }
    expect(handout(el).querySelectorAll('button, select, input')).to.have.length(0);
    expect(handout(el).textContent).to.match(/Bismuth|hilar/i);
  });

  it('draws each frame at its step’s end: the last frame shows what the last step leaves in place', async () => {
    const el = await mount(720, { procedure: 'ptcd' });
    print();
    const pictures = handout(el).querySelectorAll('.frame-picture svg.scene');
    expect(pictures[0]!.querySelectorAll('g.devices path')).to.have.length(0);
    expect(pictures[pictures.length - 1]!.querySelectorAll('g.devices path').length).to.be.greaterThan(0);
  });

  // Review (session 29): the stent's pre- and post-dilation pictures showed no balloon: each step ends with it out.
  it('draws a dilation step at the moment its step names: the balloon full across the block', async () => {
    const el = await mount(720, { procedure: 'stent' });
    print();
    const titled = (start: string) =>
      frames(el).find((f) =>
        f
          .querySelector('h2')!
          .textContent!.replace(/^\d+\.\s*/, '')
          .startsWith(start),
      )!;
    for (const title of ['Pre-dilation', 'Post-dilation'])
      expect(titled(title).querySelectorAll('svg.scene .dev-balloon').length, title).to.be.greaterThan(0);
    // A step that names no moment still shows its end: the stent placed, no balloon left.
    expect(titled('Self-expanding stent').querySelectorAll('svg.scene .dev-balloon')).to.have.length(0);
  });

  it('follows the audience, with the aftercare warning signs, and redraws when it changes', async () => {
    const el = await mount(720, { procedure: 'ptcd', audience: 'patient' });
    print();
    expect(frames(el)[0]!.querySelector('h2')!.textContent).to.equal('1. The blocked tubes');
    // The leaflet's heading names the procedure in plain words, its initials kept for the consent form.
    expect(handout(el).querySelector('h1')!.textContent).to.equal('Draining bile through the skin (PTCD)');
    expect(handout(el).querySelector('.frame.after')!.textContent).to.match(/Tell a nurse or doctor straight away/);
    // The test page is served from this machine: a printed leaflet must not carry that address.
    const local = handout(el).querySelector('.handout-source')!.textContent!;
    expect(local).to.match(/liver-intervention \(MIT\): ptcd\s*$/);
    expect(local).not.to.match(/localhost|127\.0\.0\.1/);
    el.audience = 'clinician';
    await settle(el);
    print();
    expect(frames(el)[0]!.querySelector('h2')!.textContent).to.equal('1. Blocked bile ducts');
    expect(handout(el).querySelector('h1')!.textContent).to.equal('PTC and external biliary drainage (PTCD)');
  });

  // Review (session 20): a patient's handout printed its steps in 8 pt, under the 10–12 pt patient leaflets are set
  // in; it may take the second page the targets allow.
  it('prints a patient’s steps in type at least 10 pt, and a clinician’s as before', async function () {
    // Media emulation needs the Chrome DevTools Protocol; Firefox is driven over WebDriver BiDi.
    if (navigator.userAgent.includes('Firefox')) this.skip();
    const sizes = async (audience: 'patient' | 'clinician') => {
      const el = await mount(720, { procedure: 'ptcd', audience });
      print();
      const frame = frames(el)[1]!;
      const pt = (e: Element) => (parseFloat(getComputedStyle(e).fontSize) * 72) / 96;
      return { text: pt(frame.querySelector('p')!), title: pt(frame.querySelector('h2')!) };
    };
    await emulateMedia({ media: 'print' });
    try {
      const patient = await sizes('patient');
      expect(patient.text).to.be.at.least(10);
      expect(patient.title).to.be.greaterThan(patient.text);
      expect((await sizes('clinician')).text).to.be.closeTo(8, 0.01);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  // Review (session 20, left open then): the pictures' names printed at about 6 pt, the size the scene sets for a screen.
  it('prints the pictures’ names at about 8 pt for a patient and at least 7 pt for a clinician', async function () {
    if (navigator.userAgent.includes('Firefox')) this.skip();
    const smallest = async (audience: 'patient' | 'clinician') => {
      const el = await mount(720, { procedure: 'ptcd', audience });
      print();
      const names = [...handout(el).querySelectorAll<SVGTextElement>('.frame-picture svg.scene g.label text')];
      expect(names.length, 'names in the pictures').to.be.greaterThan(5);
      // The size on paper: the font's user units through the picture's scale, in points.
      return Math.min(...names.map((t) => (parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM()!.a * 72) / 96));
    };
    await emulateMedia({ media: 'print' });
    try {
      expect(await smallest('patient')).to.be.at.least(7.8);
      expect(await smallest('clinician')).to.be.at.least(7);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  // Review (session 30, left open then): the aftercare picture's side names and part numbers printed at about 4 pt.
  it('prints the aftercare picture’s side names and part numbers at 7.5 pt or more, whole inside it', async function () {
    if (navigator.userAgent.includes('Firefox')) this.skip();
    await emulateMedia({ media: 'print' });
    try {
      for (const [audience, lang] of [
        ['patient', 'en'],
        ['clinician', 'en'],
        ['patient', 'es'],
        ['patient', 'zh-Hans'],
      ] as const) {
        const el = await mount(720, { procedure: 'ptcd', audience, lang });
        await settle(el);
        print();
        const picture = handout(el).querySelector<SVGSVGElement>('.frame.after svg.aftercare-picture')!;
        const words = [...picture.querySelectorAll<SVGTextElement>('text')];
        expect(words.length, `${audience}, ${lang}: two sides and four numbers`).to.equal(6);
        const box = picture.getBoundingClientRect();
        for (const t of words) {
          const pt = (parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM()!.a * 72) / 96;
          expect(pt, `${audience}, ${lang}: "${t.textContent}"`).to.be.at.least(7.5);
          const r = t.getBoundingClientRect();
          expect(r.left, `${audience}, ${lang}: "${t.textContent}" left`).to.be.at.least(box.left - 0.5);
          expect(r.right, `${audience}, ${lang}: "${t.textContent}" right`).to.be.at.most(box.right + 0.5);
        }
      }
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  // Review (session 21): at the printed size, rib numerals "10" and "11" ran off the pictures' left edge.
  it('prints every word of every picture whole, inside its frame', async function () {
    if (navigator.userAgent.includes('Firefox')) this.skip();
    await emulateMedia({ media: 'print' });
    try {
      for (const audience of ['clinician', 'patient'] as const) {
        const el = await mount(720, { procedure: 'ptcd', audience });
        print();
        const cut: string[] = [];
        let count = 0;
        for (const svg of handout(el).querySelectorAll<SVGSVGElement>('.frame-picture svg.scene')) {
          const frame = svg.getBoundingClientRect();
          for (const t of svg.querySelectorAll<SVGTextElement>('text')) {
            const r = t.getBoundingClientRect();
            if (r.width === 0) continue;
            count++;
            const out = Math.max(
              frame.left - r.left,
              r.right - frame.right,
              frame.top - r.top,
              r.bottom - frame.bottom,
            );
            if (out > 0.5) cut.push(`${t.textContent} by ${out.toFixed(1)} px`);
          }
        }
        expect(count, `${audience}: words in the pictures`).to.be.greaterThan(20);
        expect(cut, audience).to.deep.equal([]);
      }
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  // Review (session 21): on the patient's pictures "lump" sat on the gallbladder, and read as its name.
  it('keeps a patient’s name for the block off the gallbladder in every picture', async function () {
    // Print media is emulated through CDP, which Firefox lacks.
    if (navigator.userAgent.includes('Firefox')) this.skip();
    const el = await mount(720, { procedure: 'ptcd', audience: 'patient' });
    print();
    await emulateMedia({ media: 'print' });
    let named = 0;
    const on: string[] = [];
    try {
      handout(el)
        .querySelectorAll<SVGSVGElement>('.frame-picture svg.scene')
        .forEach((svg, i) => {
          const text = svg.querySelector<SVGTextElement>('g.label[data-id="lesion"] text');
          const bladder = svg.querySelector<SVGPathElement>('path.paint-fill[data-id="gallbladder"]');
          if (!text || !bladder) return;
          named++;
          const b = text.getBBox();
          expect(b.width, 'the name laid out').to.be.greaterThan(0);
          const spots = [0.1, 0.5, 0.9].flatMap((fx) =>
            [0.25, 0.75].map((fy) => [b.x + fx * b.width, b.y + fy * b.height]),
          );
          if (spots.some(([x, y]) => bladder.isPointInFill(new DOMPoint(x, y)))) on.push(`picture ${i + 1}`);
        });
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(named, 'pictures naming the block').to.be.greaterThan(3);
    expect(on).to.deep.equal([]);
  });

  // Review (session 19): the frames printed the close-up map's words ("This is where it went in") without the map,
  // and the aftercare picture's numbers 1–4 had no key.
  it('prints no words that point at a missing map, and keys the aftercare picture’s numbers', async () => {
    const el = await mount(720, { procedure: 'ptcd', audience: 'patient' });
    print();
    for (const frame of handout(el).querySelectorAll('.frame-picture')) {
      expect(!!frame.querySelector('svg.locator'), 'a close-up map').to.equal(false);
      expect(frame.querySelector('.locator-note')?.textContent ?? '', 'words about a map').to.equal('');
    }
    const after = handout(el).querySelector('.frame.after')!;
    const numbers = [...after.querySelectorAll('svg text')]
      .map((t) => t.textContent!.trim())
      .filter((t) => /^\d$/.test(t));
    const key = [...after.querySelectorAll('ol.after-parts > li')].map((li) => li.textContent!.trim());
    expect(numbers.length, 'numbered parts on the picture').to.be.greaterThan(2);
    expect(key.length, 'a key line for each number').to.equal(Math.max(...numbers.map(Number)));
    expect(key.every((k) => k.length > 2)).to.equal(true);
  });

  // Radiologist U6 (round 5): the "Tell a nurse" figure's bag was green, the bile amber everywhere else on the sheet.
  it('fills the aftercare figure’s bag with the bile colour the drawing’s bag holds', async () => {
    const el = await mount(720, { procedure: 'ptcd', audience: 'patient' });
    el.step = el.steps.length;
    await settle(el);
    print();
    const sceneBile = svgOf(el).querySelector('g.devices .dev-bile')!;
    const printedBile = handout(el).querySelector('.frame.after .bag-fluid')!;
    const lastFrameBile = [...handout(el).querySelectorAll('.frame-picture svg.scene')]
      .at(-1)!
      .querySelector('.dev-bile')!;
    expect(getComputedStyle(printedBile).fill).to.equal(getComputedStyle(sceneBile).fill);
    expect(getComputedStyle(printedBile).fill).to.equal(getComputedStyle(lastFrameBile).fill);
  });

  it('prints the share link as its source when the page has a public address', async () => {
    const el = await mount(720, { procedure: 'ptcd' });
    el.shareBase = 'https://course.example.org/liver.html';
    await settle(el);
    print();
    expect(handout(el).querySelector('.handout-source')!.textContent).to.match(
      /liver-intervention \(MIT\): https:\/\/course\.example\.org\/liver\.html/,
    );
  });
});

describe('<liver-intervention> printed handout in other languages', () => {
  // A pseudo-locale makes every message and data text from the English, so the handout's English pieces are the
  // bracketed runs of its text.
  registerLanguage('x-pseudo-handout', () =>
    Promise.resolve({ ui: { wrap: (english: string) => `⟦${english}⟧` }, data: {} }),
  );
  const printedText = async (attrs: Record<string, string>) => {
    const el = await mount(720, attrs);
    await settle(el);
    print();
    const svgText = [...handout(el).querySelectorAll('svg text, svg title')].map((t) => t.textContent).join('\n');
    return { el, text: `${handout(el).textContent!}\n${svgText}` };
  };

  // Review (session 18): a patient's handout ended with "28 units = 1 cm", the drawing's own units; review (session
  // 31): so did a clinician's, where no picture shows a unit.
  it('gives a patient a plain footer, and a clinician the scale the pictures keep in words, not drawing units', async () => {
    const footer = async (audience: string) => {
      const { text } = await printedText({ procedure: 'ptcd', audience });
      return text.split('\n').find((l) => l.includes('(MIT)'))!;
    };
    const patient = await footer('patient');
    expect(patient).to.contain('not exact pictures of your body');
    expect(patient).to.not.match(/units|scale|×1\.5/);
    const clinician = await footer('clinician');
    expect(clinician).to.contain('lengths to scale');
    expect(clinician).to.not.match(/units/);
  });

  for (const audience of ['clinician', 'patient'])
    it(`${audience}: no English word of its own, and every text passed through the language`, async () => {
      const attrs = { procedure: 'ptcd', obstruction: 'hilar-2', audience };
      const { el, text: pseudo } = await printedText({ ...attrs, lang: 'x-pseudo-handout' });
      // Everything left once the translated runs and the source (the link, or on this machine the procedure's id) are
      // taken out is numbers and punctuation.
      let rest = pseudo.replaceAll(el.shareUrl(), '');
      for (let before = ''; before !== rest;) [before, rest] = [rest, rest.replace(/⟦[^⟦⟧]*⟧/g, '')];
      expect(rest.replace(el.procedure, '').replace(/[\s\d.,:;()/×+−–\-%]|T(?=\d)/g, '')).to.equal('');
      const english = [
        ...new Set([...pseudo.matchAll(/⟦([^⟦⟧]*)⟧/g)].map((m) => m[1]!.trim()).filter((t) => /[A-Za-z]{3}/.test(t))),
      ];
      expect(english).to.include(
        audience === 'patient' ? 'Tell a nurse or doctor straight away if' : 'Afterwards: warning signs',
      );
      for (const lang of ['es', 'zh-Hans']) {
        // The project's name stays as it is in every language.
        const text = (await printedText({ ...attrs, lang })).text.replaceAll('liver-intervention', '');
        expect(
          english.filter((t) => text.includes(t)),
          lang,
        ).to.deep.equal([]);
        // Chinese sentences end in "。", the case name's too (it was joined to the next sentence by a Latin ". ").
        if (lang === 'zh-Hans') expect(text, lang).to.not.match(/[\u4e00-\u9fff]\. /u);
      }
    });
});
