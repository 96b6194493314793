import { expect } from '@open-wc/testing';
import esAnatomy from '../../data/i18n/es/anatomy.es.json';
import zhAnatomy from '../../data/i18n/zh-Hans/anatomy.zh-Hans.json';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import { translateData } from '../../src/model/translate-data.js';
import { trustedAnatomy } from '../../src/model/trusted-data.js';
import { SceneRenderer } from '../../src/render/render-scene.js';
import { buildScene } from '../../src/scene/build-scene.js';
import { sceneInputFor } from '../../src/scene/scene-input.js';
import type { Scene } from '../../src/scene/scene-types.js';
import { freshSvg } from '../render/scene-fixture.js';
import { overviewView } from './scene-at.js';

/** The bundled anatomy in a language, as the element translates it (English: as written). */
const anatomyIn = (texts: Readonly<Record<string, string>>) =>
  trustedAnatomy(
    Object.fromEntries(
      Object.entries(DEFAULT_ANATOMY_FILES).map(([file, json]) => [
        file,
        translateData(json, (p, en) => texts[p] ?? en),
      ]),
    ),
  );

const LANGUAGES = { es: esAnatomy, 'zh-Hans': zhAnatomy, en: {} } as const;

/** The explorer on a phone (360 px wide, taller for a patient, as layout.ts has it) with one structure selected. */
function phoneScene(lang: keyof typeof LANGUAGES, audience: 'patient' | 'clinician', selected: string): Scene {
  const view = { ...overviewView(360, audience === 'patient' ? 421 : 351, 'normal'), audience, active: selected };
  return buildScene(anatomyIn(LANGUAGES[lang]), sceneInputFor(view, undefined));
}

/** Each drawn label's text box (all its lines), scene units, as the browser lays out the widget's label font. */
function drawnLabels(scene: Scene): { id: string; text: string; box: DOMRect }[] {
  const svg = freshSvg();
  svg.style.cssText = "width:360px;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-weight:600";
  document.body.appendChild(svg.parentElement!);
  new SceneRenderer(svg, 'li0', { onActivate: () => undefined }).render(scene);
  const drawn = [...svg.querySelectorAll<SVGGElement>('.label')].map((g) => {
    const text = g.querySelector('text')!;
    return { id: g.dataset.id!, text: text.textContent!, box: text.getBBox() };
  });
  svg.parentElement!.remove();
  return drawn;
}

/** Asserts `selected` has a label inside the scene's frame, clear of every other label. */
function expectNamed(scene: Scene, selected: string) {
  const labels = drawnLabels(scene);
  const mine = labels.find((l) => l.id === selected);
  expect(mine, `labels: ${labels.map((l) => l.text).join(', ')}`).to.exist;
  const { x, y, w, h } = scene.camera;
  const b = mine!.box;
  expect(b.x, `${mine!.text}: left`).to.be.at.least(x);
  expect(b.x + b.width, `${mine!.text}: right`).to.be.at.most(x + w);
  expect(b.y, `${mine!.text}: top`).to.be.at.least(y);
  expect(b.y + b.height, `${mine!.text}: bottom`).to.be.at.most(y + h);
  for (const { text, box: o } of labels.filter((l) => l !== mine)) {
    const apart = o.x > b.x + b.width || b.x > o.x + o.width || o.y > b.y + b.height || b.y > o.y + o.height;
    expect(apart, `${mine!.text} × ${text}`).to.equal(true);
  }
}

describe('a selected structure is named on a phone’s drawing', () => {
  for (const lang of ['es', 'zh-Hans', 'en'] as const)
    for (const audience of ['patient', 'clinician'] as const)
      it(`${lang} ${audience}: the selected common bile duct, inside the drawing, clear of the other labels`, () => {
        // Spanish patient: "conducto principal de la bilis" found every spot near the duct taken by the others.
        expectNamed(phoneScene(lang, audience, 'common-bile-duct'), 'common-bile-duct');
      });

  // The cystic duct's authored end lies in the gallbladder's neck, where a clinician's duct name may not end; the
  // left costal margin's points near its authored end lie at the frame's right edge, with no room on its own side.
  for (const [lang, audience, selected] of [
    ['en', 'clinician', 'cystic-duct'],
    ['es', 'clinician', 'cystic-duct'],
    ['en', 'clinician', 'costal-margin-left'],
    ['en', 'clinician', 'costal-margin-right'],
    ['es', 'clinician', 'costal-margin-left'],
  ] as const)
    it(`${lang} ${audience}: the selected ${selected}, inside the drawing, clear of the other labels`, () => {
      expectNamed(phoneScene(lang, audience, selected), selected);
    });

  for (const lang of ['es', 'zh-Hans', 'en'] as const)
    for (const audience of ['patient', 'clinician'] as const)
      for (const width of [360, 720])
        it(`${lang} ${audience} at ${width} px: every structure one can select is named when selected`, () => {
          const anatomy = anatomyIn(LANGUAGES[lang]);
          const view = overviewView(width, Math.round(width * (audience === 'patient' ? 1.17 : 0.975)), 'normal');
          const overview = buildScene(anatomy, sceneInputFor({ ...view, audience }, undefined));
          // A patient's drawing names only what has a plain name; the rest is named in the details panel alone.
          const named = [...new Set(overview.targets.map((t) => t.structureId))].filter(
            (id) => audience === 'clinician' || !!anatomy.byId.get(id)?.plainName,
          );
          expect(named.length).to.be.greaterThan(audience === 'patient' ? 10 : 80);
          const unnamed = named.filter(
            (id) =>
              !buildScene(anatomy, sceneInputFor({ ...view, audience, active: id }, undefined)).labels.some(
                (l) => l.structureId === id,
              ),
          );
          expect(unnamed).to.deep.equal([]);
        });

  it('a name with no room on one line on its side wraps onto more lines', () => {
    // "right bile tube" keeps to the viewer's left of the duct (paired-sides.ts), where one line reaches off the frame.
    const scene = phoneScene('en', 'patient', 'right-hepatic-duct');
    expect(scene.labels.find((l) => l.structureId === 'right-hepatic-duct')?.lines?.length).to.be.at.least(2);
    expectNamed(scene, 'right-hepatic-duct');
  });
});
