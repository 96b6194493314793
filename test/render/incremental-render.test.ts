import { expect } from '@open-wc/testing';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { SceneRenderer } from '../../src/render/render-scene.js';
import { buildScene, SceneBuilder } from '../../src/scene/build-scene.js';
import { freshSvg, inputAt, loadProcedure, normalisedSvg } from './scene-fixture.js';

/** Fails with the first differing stretch of two drawings, not the whole SVG. */
function expectSame(actual: string, expected: string, what: string) {
  if (actual === expected) return;
  let i = 0;
  while (actual[i] === expected[i]) i++;
  expect(actual.slice(Math.max(0, i - 160), i + 160), what).to.equal(expected.slice(Math.max(0, i - 160), i + 160));
}

const noop = { onActivate: () => undefined };

describe('incremental rendering', () => {
  for (const procedure of Object.keys(BUNDLED_PROCEDURES)) {
    it(`${procedure}: every sampled frame drawn on the last equals a fresh full render`, () => {
      const loaded = loadProcedure(procedure);
      const timeline = loaded.timeline!;
      const svg = freshSvg();
      const renderer = new SceneRenderer(svg, 'li0', noop);
      const builder = new SceneBuilder();
      // Forward through the whole procedure at 60 sampled times, then some jumps back, with hover on and off.
      const times = Array.from({ length: 60 }, (_, i) => (timeline.duration * i) / 59);
      const jumps = [timeline.duration * 0.3, timeline.duration * 0.9, 0, timeline.duration * 0.55];
      const hovered = ['liver', null, 'common-bile-duct', 'common-bile-duct', null];
      [...times, ...jumps].forEach((t, i) => {
        const active = hovered[i % hovered.length]!;
        renderer.render(builder.build(loaded.anatomy, inputAt(loaded, t, active)));
        const fresh = freshSvg();
        new SceneRenderer(fresh, 'li0', noop).render(buildScene(loaded.anatomy, inputAt(loaded, t, active)));
        expectSame(normalisedSvg(svg), normalisedSvg(fresh), `${procedure} at ${Math.round(t)} ms`);
      });
    });
  }

  it('a frame whose moment does not change writes nothing to the DOM', () => {
    const loaded = loadProcedure('ptcd');
    const svg = freshSvg();
    const renderer = new SceneRenderer(svg, 'li0', noop);
    const builder = new SceneBuilder();
    const t = loaded.timeline!.steps[2]!.end;
    renderer.render(builder.build(loaded.anatomy, inputAt(loaded, t)));
    const observer = new MutationObserver(() => undefined);
    observer.observe(svg, { subtree: true, attributes: true, childList: true, characterData: true });
    renderer.render(builder.build(loaded.anatomy, inputAt(loaded, t)));
    expect(observer.takeRecords()).to.have.length(0);
    // Hovering toggles classes; only the hovered structure's label may be added, when the step does not show it.
    renderer.render(builder.build(loaded.anatomy, inputAt(loaded, t, 'liver')));
    const labels = svg.querySelector('g.labels')!;
    const records = observer.takeRecords().filter((r) => !labels.contains(r.target));
    observer.disconnect();
    expect(records.length).to.be.greaterThan(0);
    const kinds = new Set(records.map((r) => `${r.type} ${r.attributeName}`));
    expect([...kinds].sort()).to.deep.equal(['attributes aria-pressed', 'attributes class']);
  });
});
