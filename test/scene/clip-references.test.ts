import { expect } from '@open-wc/testing';
import { isOpeningBowel } from '../../src/scene/opening-duct.js';
import { sweepSteps, type Look } from './label-sweep.js';

const LOOKS: Look[] = (['illustration', 'fluoroscopy'] as const).map((view) => ({
  width: 720,
  view,
  audience: 'clinician' as const,
}));

/**
 * Every clip a path or another clip names is defined, and the scene defines no clip nothing uses, other than those
 * contrast in the bowel may use as the step plays (the outline of a bowel a duct opens into, the gap at that duct's
 * end). A clip per vessel, unused, once put 11 kB of outlines into the prebuilt first frame.
 */
describe('scene clips: each one used, each one defined', () => {
  let missing: string[];
  let unused: string[];
  let frames = 0;
  before(function () {
    this.timeout(900000);
    const found = sweepSteps(LOOKS, (f) => {
      frames++;
      const defined = new Set(f.scene.clips.map((c) => c.id));
      const named = new Set([
        ...f.scene.paths.flatMap((p) => (p.clip ? [`clip-${p.clip}`] : [])),
        ...f.scene.clips.flatMap((c) => (c.clip ? [c.clip] : [])),
      ]);
      const lost = [...named].filter((id) => !defined.has(id)).map((id) => `${f.what}: ${id} missing`);
      const bowel = (id: string) => {
        const s = f.anatomy.byId.get(id.slice('clip-'.length));
        return !!s && isOpeningBowel(f.anatomy, s);
      };
      const idle = [...defined].filter((id) => !named.has(id) && !id.startsWith('clip-gap-') && !bowel(id));
      return [...lost, ...(idle.length ? [`${f.what}: unused ${idle.join(', ')}`] : [])];
    });
    missing = found.filter((s) => s.endsWith('missing'));
    unused = found.filter((s) => !s.endsWith('missing'));
  });
  it('sweeps every procedure and case', () => {
    expect(frames).to.be.greaterThan(100);
  });
  it('names no clip that is not defined', () => {
    expect(missing.slice(0, 20), `${missing.length} frames`).to.deep.equal([]);
  });
  it('defines no clip nothing can use', () => {
    expect(unused.slice(0, 10), `${unused.length} frames`).to.deep.equal([]);
  });
});
