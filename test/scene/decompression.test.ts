import { expect } from '@open-wc/testing';
import type { Scene } from '../../src/scene/scene-types.js';
import { sceneFrame } from '../../src/scene/scene-frame.js';
import { anatomy, sceneOf, stateAt, timelineOf } from './scene-at.js';

/**
 * The steps whose captions say the ducts decompress: their last frame shows it. A drained system's contrast clears;
 * a check cholangiogram keeps it in the narrower ducts.
 */
const END_STATES = [
  ['ptcd', 'drainage', 'clears'],
  ['internal-drainage', 'capped', 'clears'],
  ['stent', 'check', 'stays'],
] as const;
const VIEWS = ['illustration', 'fluoroscopy'] as const;

const pathOf = (scene: Scene, id: string, paint: string) =>
  scene.paths.find((p) => p.structureId === id && p.paint === paint);

describe('decompression end state', () => {
  for (const [procedure, step, contrast] of END_STATES)
    for (const view of VIEWS)
      it(`${procedure} / ${step} (${view}): drained ducts return to normal calibre, the gallbladder shrinks, contrast ${contrast}`, () => {
        const timeline = timelineOf(procedure, { obstruction: 'distal' });
        const start = stateAt(timeline, step, 0.01);
        const end = stateAt(timeline, step, 1);
        const before = sceneOf(start, view);
        const after = sceneOf(end, view);
        // The same moment drawn with every duct at its normal calibre and a normal gallbladder.
        const normal = sceneOf(
          { ...end, dilation: {}, defaultDilation: 0, gallbladder: 'normal', distension: 0 },
          view,
        );
        // Ducts with no device in them shrink to their normal calibre; those holding a drain or stent only as far
        // as it lets them (a duct cannot close around a catheter).
        for (const duct of ['left-hepatic-duct', 'left-lateral-duct', 'segment-3-duct', 'segment-2-duct']) {
          expect(pathOf(before, duct, 'tube')!.d, `${duct} dilated at the start`).not.to.equal(
            pathOf(normal, duct, 'tube')!.d,
          );
          expect(pathOf(after, duct, 'tube')!.d, `${duct} normal at the end`).to.equal(pathOf(normal, duct, 'tube')!.d);
        }
        const drained = ['common-bile-duct', 'common-hepatic-duct', 'right-hepatic-duct', 'segment-6-duct'];
        for (const duct of [...drained, 'left-hepatic-duct']) {
          // The punctured segmental duct holds the drain: it stays about as wide as the drain needs. The common
          // hepatic duct holds its locked loop: it stays as wide as the loop (test/timeline/drain-placement.test.ts).
          if (duct !== 'segment-6-duct' && duct !== 'common-hepatic-duct')
            expect(end.dilation[duct]!, `${duct} narrower`).to.be.lessThan(start.dilation[duct]! - 0.2);
          expect(pathOf(before, duct, 'contrast'), `${duct} opacified at the start`).not.to.equal(undefined);
          if (contrast === 'clears')
            expect(pathOf(after, duct, 'contrast'), `${duct} contrast cleared`).to.equal(undefined);
          else expect(pathOf(after, duct, 'contrast')?.opacity ?? 1, `${duct} still opacified`).to.equal(1);
        }
        expect(pathOf(before, 'gallbladder', 'fill')!.d).not.to.equal(pathOf(normal, 'gallbladder', 'fill')!.d);
        expect(pathOf(after, 'gallbladder', 'fill')!.d).to.equal(pathOf(normal, 'gallbladder', 'fill')!.d);
        if (contrast === 'clears') expect(pathOf(after, 'gallbladder', 'contrast')).to.equal(undefined);
        // The bowel the ducts drain into clears with them (review, session 19: a capped drain's duodenum stayed
        // full of the check's contrast); a check that shows free flow keeps it.
        if (contrast === 'clears')
          expect(pathOf(after, 'duodenum', 'contrast'), 'duodenum cleared').to.equal(undefined);
        else expect(pathOf(after, 'duodenum', 'contrast'), 'duodenum opacified').not.to.equal(undefined);
      });

  it('shrinks the gallbladder and fades the contrast gradually, not in one jump', () => {
    const timeline = timelineOf('ptcd', { obstruction: 'distal' });
    const fractions = [0.3, 0.5, 0.7, 0.9];
    const outlines = fractions.map((f) => pathOf(sceneOf(stateAt(timeline, 'drainage', f)), 'gallbladder', 'fill')!.d);
    expect(new Set(outlines).size, 'a different gallbladder outline at each frame').to.equal(fractions.length);
    const opacity = fractions.map(
      (f) => pathOf(sceneOf(stateAt(timeline, 'drainage', f)), 'common-bile-duct', 'contrast')?.opacity ?? 1,
    );
    expect(opacity[0]).to.equal(1);
    expect(opacity[2]).to.be.within(0.05, 0.95);
  });

  it('narrows the ducts in jumps of at most a pixel on screen, in fewer jumps on a phone than on a wide screen', () => {
    // Each jump rebuilds the anatomy: as few as the eye allows at each size, no more than 64.
    const timeline = timelineOf('ptcd', { obstruction: 'distal' });
    const cbd = anatomy.byId.get('common-bile-duct')!.shape;
    if (cbd.type !== 'tube') throw new Error('the CBD is a tube');
    const span = cbd.diameter.dilated - cbd.diameter.normal;
    const jumps = [360, 800, 1280].map((width) => {
      const levels: number[] = [];
      let ppu = 0;
      for (let i = 0; i <= 2000; i++) {
        const state = stateAt(timeline, 'drainage', i / 2000);
        const frame = sceneFrame(anatomy, {
          camera: state.camera,
          viewport: { width, height: width },
          dilation: state.dilation,
          defaultDilation: state.defaultDilation,
          gallbladder: state.gallbladder,
          labels: false,
          active: null,
          moment: state,
        });
        ppu = frame.ppu;
        const now = frame.stateOf('common-bile-duct').dilation;
        if (levels.at(-1) !== now) levels.push(now);
      }
      for (let i = 1; i < levels.length; i++)
        expect(Math.abs(levels[i]! - levels[i - 1]!) * span * ppu, `${width} px: jump ${i}`).to.be.at.most(1);
      return levels.length - 1;
    });
    expect(jumps[0], 'a phone draws fewer jumps than a laptop').to.be.below(jumps[1]!);
    expect(jumps[1], 'a laptop fewer than a wide screen').to.be.below(jumps[2]!);
    expect(jumps[2]).to.be.at.most(64);
  });

  it('keeps the undrained side of a hilar block dilated and opacified', () => {
    const timeline = timelineOf('ptcd', { obstruction: 'hilar-2' });
    const end = stateAt(timeline, 'drainage', 1);
    expect(end.dilation['left-hepatic-duct']).to.equal(1);
    expect(end.washout?.['left-hepatic-duct'] ?? 0).to.equal(0);
  });
});
