import { expect } from '@open-wc/testing';
import esAnatomy from '../../data/i18n/es/anatomy.es.json';
import zhAnatomy from '../../data/i18n/zh-Hans/anatomy.zh-Hans.json';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import { translateData } from '../../src/model/translate-data.js';
import { trustedAnatomy } from '../../src/model/trusted-data.js';
import { buildScene } from '../../src/scene/build-scene.js';
import { sceneInputFor } from '../../src/scene/scene-input.js';
import type { Scene, SceneLabel } from '../../src/scene/scene-types.js';
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

/** A label's text as the browser draws it in the scene's units (the widget's label font). */
function drawnBox(l: SceneLabel, scene: Scene): DOMRect {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const { x, y, w, h } = scene.camera;
  svg.setAttribute('viewBox', `${x} ${y} ${w} ${h}`);
  svg.style.cssText = 'position:absolute;width:360px';
  const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
  for (const [k, v] of Object.entries({ x: l.x, y: l.y, 'font-size': l.size, 'text-anchor': l.align }))
    text.setAttribute(k, String(v));
  text.style.cssText = "font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-weight:600";
  text.textContent = l.text;
  svg.appendChild(text);
  document.body.appendChild(svg);
  const box = text.getBBox();
  svg.remove();
  return box;
}

describe('a selected structure is named on a phone’s drawing', () => {
  for (const [lang, texts] of [
    ['es', esAnatomy],
    ['zh-Hans', zhAnatomy],
    ['en', {}],
  ] as const)
    for (const audience of ['patient', 'clinician'] as const)
      it(`${lang} ${audience}: the selected common bile duct keeps its label, inside the drawing, clear of the others`, () => {
        // The element's phone stage: 360 px wide, taller for a patient (layout.ts).
        const view = { ...overviewView(360, audience === 'patient' ? 421 : 351, 'normal'), audience };
        const scene = buildScene(anatomyIn(texts), sceneInputFor({ ...view, active: 'common-bile-duct' }, undefined));
        const label = scene.labels.find((l) => l.structureId === 'common-bile-duct');
        expect(label, `labels: ${scene.labels.map((l) => l.text).join(', ')}`).to.exist;
        const { x, y, w, h } = scene.camera;
        const box = drawnBox(label!, scene);
        expect(box.x, 'left').to.be.at.least(x);
        expect(box.x + box.width, 'right').to.be.at.most(x + w);
        expect(box.y, 'top').to.be.at.least(y);
        expect(box.y + box.height, 'bottom').to.be.at.most(y + h);
        for (const other of scene.labels.filter((l) => l !== label)) {
          const b = drawnBox(other, scene);
          const apart =
            b.x > box.x + box.width || box.x > b.x + b.width || b.y > box.y + box.height || box.y > b.y + b.height;
          expect(apart, `${label!.text} × ${other.text}`).to.equal(true);
        }
      });
});
