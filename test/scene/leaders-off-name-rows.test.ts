import { expect } from '@open-wc/testing';
import type { SceneLabel } from '../../src/scene/scene-types.js';
import { glyphBox, PHONE_TO_PROJECTOR, sweepSteps, type SweptFrame } from './label-sweep.js';

/** Font sizes from a name's glyphs within which a leader's end on its row reads as a dash joining two names. */
const NEAR = 1.5;

/** Leaders that end on another name's row, close beside it. */
const joined = (f: SweptFrame): string[] =>
  f.scene.labels.flatMap((l: SceneLabel) => {
    if (!l.leader) return [];
    const [x, y] = [l.leader[2], l.leader[3]];
    return f.scene.labels
      .filter((o) => {
        if (o === l) return false;
        const b = glyphBox(o);
        if (y < b.y0 - o.size * 0.2 || y > b.y1 + o.size * 0.2) return false;
        return Math.max(b.x0 - x, x - b.x1, 0) < o.size * NEAR;
      })
      .map((o) => `${f.what}: "${l.text}" from beside "${o.text}"`);
  });

const leaders = (f: SweptFrame) => [f.scene.labels.filter((l) => l.leader).length];

// Review (session 35): in the plastic and spiral stents' deploy views the pancreas' leader ran from the papilla's
// name on its row, "Papilla — Pancreas", one name in two words; so did the pancreas' beside the block's name in
// internal drainage, the common hepatic duct's beside the scar's. A leader now ends beside another name only where
// the structure offers no other end.
describe('leaders beside other names', function () {
  this.timeout(900000);
  it('rarely end on another name’s row close beside it, at every step end, on phones, a laptop and a projector', () => {
    const count = sweepSteps(PHONE_TO_PROJECTOR, leaders).reduce((a, b) => a + b, 0);
    const found = sweepSteps(PHONE_TO_PROJECTOR, joined);
    expect(count, 'leaders checked').to.be.above(2000);
    // 66 of about 6,960 leaders before (0.95 %); 8 now (0.11 %), where the structure offers no better end.
    expect(found.length / count, found.slice(0, 12).join('\n')).to.be.below(0.003);
  });

  it('never make "Papilla — Pancreas" while a spiral or a plastic stent goes in', () => {
    const stent = (name: string) => name === 'stent';
    const found = [
      ...sweepSteps(PHONE_TO_PROJECTOR, joined, [0.35, 0.7, 1], stent, 'spiral'),
      ...sweepSteps(PHONE_TO_PROJECTOR, joined, [0.35, 0.7, 1], stent, 'plastic'),
    ].filter((j) => /\/deploy(-plastic)? /.test(j) && /Pancreas|Papilla/.test(j));
    expect(found.slice(0, 12), `${found.length} leaders`).to.deep.equal([]);
  });
});
