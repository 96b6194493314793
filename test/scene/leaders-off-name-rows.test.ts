import { expect } from '@open-wc/testing';
import { glyphBox, PHONE_TO_PROJECTOR, sweepSteps } from './label-sweep.js';

/** Font sizes from a name's glyphs within which a leader's end on its row reads as a dash joining two names. */
const NEAR = 1.5;

// Review (session 35): in the plastic and spiral stents' deploy views the pancreas' leader ran from the papilla's
// name on its row, "Papilla — Pancreas", one name in two words; the same in the balloon's crossing step and the stent's
// measure step. A leader now ends beside another name only where the structure offers no other end.
describe('leaders beside other names', function () {
  this.timeout(900000);
  it('rarely end on another name’s row close beside it, at every step end, on phones, a laptop and a projector', () => {
    let leaders = 0;
    const found = sweepSteps(PHONE_TO_PROJECTOR, (f) =>
      f.scene.labels.flatMap((l) => {
        if (!l.leader) return [];
        leaders++;
        const [x, y] = [l.leader[2], l.leader[3]];
        return f.scene.labels
          .filter((o) => {
            if (o === l) return false;
            const b = glyphBox(o);
            if (y < b.y0 - o.size * 0.2 || y > b.y1 + o.size * 0.2) return false;
            return Math.max(b.x0 - x, x - b.x1, 0) < o.size * NEAR;
          })
          .map((o) => `${f.what}: "${l.text}" from beside "${o.text}"`);
      }),
    );
    expect(leaders, 'leaders checked').to.be.above(2000);
    // 66 of about 6,960 leaders at step ends before (0.95 %); 24 now (0.34 %), where every other end is worse still.
    expect(found.length / leaders, found.slice(0, 12).join('\n')).to.be.below(0.005);
  });
});
