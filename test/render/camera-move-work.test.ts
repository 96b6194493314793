import { expect } from '@open-wc/testing';
import { SceneRenderer } from '../../src/render/render-scene.js';
import { SceneBuilder } from '../../src/scene/build-scene.js';
import type { Scene } from '../../src/scene/scene-types.js';
import type { Track } from '../../src/timeline/track-types.js';
import { freshSvg, inputAt, loadProcedure } from './scene-fixture.js';

const noop = { onActivate: () => undefined };
/** A 30 Hz frame, ms: a move of 600 ms spans 18 frames. */
const FRAME = 1000 / 30;

/**
 * Plays a whole procedure frame by frame on one builder and renderer and counts, in the frames where the camera moved,
 * those that built the anatomy anew (a new `base`: the builder hands back the same one while it holds) or wrote to it
 * (under the layers' anatomy groups or the clip paths), and those that placed labels anew (a new label list) or moved
 * them in the drawing.
 */
function playCounting(procedure: string) {
  const loaded = loadProcedure(procedure);
  const timeline = loaded.timeline!;
  const svg = freshSvg();
  const renderer = new SceneRenderer(svg, 'li0', noop);
  const builder = new SceneBuilder();
  const anatomy = [...svg.querySelectorAll('g.layer > g.casing, g.layer > g.body, defs.clips')];
  const labels = svg.querySelector('g.labels')!;
  const observer = new MutationObserver(() => undefined);
  observer.observe(svg, { subtree: true, attributes: true, childList: true, characterData: true });
  const counts = { moving: 0, rebuilds: 0, placements: 0 };
  // Each step from the frame before it starts until its camera has arrived (600 ms at most).
  for (const step of timeline.steps) {
    let last: Scene | undefined;
    for (let t = Math.max(0, step.start - FRAME); t <= Math.min(step.end, step.start + 700); t += FRAME) {
      const scene = builder.build(loaded.anatomy, inputAt(loaded, t));
      renderer.render(scene);
      const records = observer.takeRecords();
      const moving = !!last && JSON.stringify(scene.camera) !== JSON.stringify(last.camera);
      const rebuilt = scene.base !== last?.base || records.some((r) => anatomy.some((g) => g.contains(r.target)));
      const placed =
        scene.labels !== last?.labels ||
        records.some((r) => labels.contains(r.target) && (r.type !== 'attributes' || r.attributeName !== 'class'));
      last = scene;
      counts.moving += +moving;
      counts.rebuilds += +(moving && rebuilt);
      counts.placements += +(moving && placed);
    }
  }
  observer.disconnect();
  return { counts, steps: timeline.steps.length };
}

/**
 * Plays a whole procedure at 30 frames a second on one builder and renderer and counts, in the frames while a
 * lesion opens (a patency track runs) and the camera stands still, those that built the anatomy anew and those that
 * placed the labels anew.
 */
function playOpening(procedure: string) {
  const loaded = loadProcedure(procedure);
  const timeline = loaded.timeline!;
  const renderer = new SceneRenderer(freshSvg(), 'li0', noop);
  const builder = new SceneBuilder();
  const counts = { opening: 0, rebuilds: 0, placements: 0 };
  const opening = (timeline.tracks as readonly Track[]).flatMap((k) =>
    k.type === 'value' && k.key.startsWith('patency:') ? [k] : [],
  );
  let last: Scene | undefined;
  for (let t = 0; t <= timeline.duration; t += FRAME) {
    const input = inputAt(loaded, t);
    const scene = builder.build(loaded.anatomy, input);
    renderer.render(scene);
    const still = !!last && JSON.stringify(scene.camera) === JSON.stringify(last.camera);
    if (still && opening.some((k) => k.start < t - FRAME && t <= k.end)) {
      counts.opening++;
      counts.rebuilds += +(scene.base !== last!.base);
      counts.placements += +(scene.labels !== last!.labels);
    }
    last = scene;
  }
  return counts;
}

describe('camera moves', () => {
  for (const procedure of ['ptcd', 'stent']) {
    it(`${procedure}: the anatomy and labels are drawn once per camera move, not per scale step`, () => {
      const { counts, steps } = playCounting(procedure);
      // The camera moves in most steps, for up to 600 ms each (36 frames): frames enough to tell a per-frame cost.
      expect(counts.moving, 'frames with the camera moving').to.be.greaterThan(steps * 4);
      // A step's first frame draws its new focus and label set; the rest of the move only shifts the view box.
      expect(counts.rebuilds, JSON.stringify(counts)).to.be.at.most(steps);
      expect(counts.placements, JSON.stringify(counts)).to.be.at.most(steps);
    });
  }
});

describe('a stent opening', () => {
  it('stent: the anatomy and labels are drawn anew a few times per opening, not every frame', function () {
    // Every frame of the whole procedure, built and drawn: Firefox on a 2-core machine takes over a minute.
    this.timeout(240_000);
    const counts = playOpening('stent');
    // The balloon and the stent open the block over several seconds: enough frames to tell a per-frame cost.
    expect(counts.opening, JSON.stringify(counts)).to.be.greaterThan(60);
    expect(counts.rebuilds, JSON.stringify(counts)).to.be.at.most(counts.opening / 10);
    // Labels key on whether the block is open, not on its lumen, and a re-placed layout holds while it stays off
    // the devices: 49 placements in 287 frames (114 keyed on the exact patency).
    expect(counts.placements, JSON.stringify(counts)).to.be.at.most(counts.opening / 5);
  });
});
