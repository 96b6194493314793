import { expect } from '@open-wc/testing';
import { ENGLISH_WORDS, type SceneWords } from '../../src/scene/scene-words.js';
import type { SampledState } from '../../src/timeline/timeline-types.js';
import { sampleTimeline } from '../../src/timeline/sample-timeline.js';
import { polylines, sceneOf, stateAt, timelineOf } from './scene-at.js';

/** The scene with the step's labels, as the element draws it. */
const labelled = (state: SampledState, view: 'illustration' | 'fluoroscopy', words?: SceneWords) =>
  sceneOf(state, view, { labels: true, words });

describe('the block as an X-ray shows it', () => {
  it('names a cut-off on the contrast margin, not a tumour the X-ray cannot see', () => {
    const state = stateAt(timelineOf('stent', { obstruction: 'distal' }), 'cholangiogram', 1);
    const xray = labelled(state, 'fluoroscopy').labels.find((l) => l.structureId === 'lesion')!;
    expect(xray.text).to.equal('Cut-off');
    const column = labelled(state, 'fluoroscopy').paths.find((p) => p.id === 'contrast-common-bile-duct')!;
    const [, , x, y] = xray.leader!;
    const gap = Math.min(...polylines(column.d)[0]!.map(([px, py]) => Math.hypot(px - x, py - y)));
    expect(gap, 'leader ends on the column').to.be.lessThan(12);
    const drawn = labelled(state, 'illustration').labels.find((l) => l.structureId === 'lesion')!;
    expect(drawn.text).to.match(/^Tumour/);
  });

  it('names the ring of a hepaticojejunostomy a stricture', () => {
    const state = stateAt(timelineOf('internal-drainage', { obstruction: 'benign-anastomotic' }), 'cholangiogram', 1);
    const label = labelled(state, 'fluoroscopy').labels.find((l) => l.structureId === 'lesion');
    expect(label!.text).to.equal('Stricture');
  });

  it('names it in the widget’s language', () => {
    const words: SceneWords = {
      ...ENGLISH_WORDS,
      xrayLesions: {
        mass: { name: '截断', plain: '造影剂在这里停住' },
        sleeve: { name: '截断', plain: '造影剂在这里停住' },
        ring: { name: '狭窄', plain: '变窄的地方' },
      },
    };
    const distal = stateAt(timelineOf('stent', { obstruction: 'distal' }), 'cholangiogram', 1);
    const cutOff = labelled(distal, 'fluoroscopy', words).labels.find((l) => l.structureId === 'lesion')!;
    expect(cutOff.text).to.equal('截断');
    const ring = stateAt(timelineOf('internal-drainage', { obstruction: 'benign-anastomotic' }), 'cholangiogram', 1);
    const stricture = labelled(ring, 'fluoroscopy', words).labels.find((l) => l.structureId === 'lesion')!;
    expect(stricture.text).to.equal('狭窄');
  });

  // Radiologist N3: once a stent is open contrast runs through the block; "Cut-off" beside it is wrong.
  for (const stent of ['mesh', 'z', 'spiral', 'plastic'] as const)
    it(`calls the block a stented stricture once the ${stent} stent is open, in either view's words`, () => {
      const timeline = timelineOf('stent', { obstruction: 'distal', stent });
      const deploy = stent === 'plastic' ? 'deploy-plastic' : 'deploy';
      const open = labelled(stateAt(timeline, deploy, 1), 'fluoroscopy').labels.find((l) => l.structureId === 'lesion');
      if (open) expect(open.text).to.equal('Stricture (stented)');
      for (const step of ['safety-drain', 'check']) {
        const label = labelled(stateAt(timeline, step, 1), 'fluoroscopy').labels.find(
          (l) => l.structureId === 'lesion',
        );
        if (label) expect(label.text, step).to.equal('Stricture (stented)');
      }
      const words: SceneWords = {
        ...ENGLISH_WORDS,
        xrayStented: { name: '狭窄（已置支架）', plain: '支架把这里撑开' },
      };
      const translated = labelled(stateAt(timeline, deploy, 1), 'fluoroscopy', words).labels.find(
        (l) => l.structureId === 'lesion',
      );
      if (translated) expect(translated.text).to.equal('狭窄（已置支架）');
      // A plastic tube opens the block less: with contrast flowing past it no cut-off is named at all.
      if (stent !== 'plastic')
        expect([open, translated].filter(Boolean), 'named at the end of deployment').to.have.length(2);
    });

  // Illustrator F5: at 35 % only the distal centimetre is open and the stricture is still inside the sheath.
  for (const stent of ['mesh', 'z', 'spiral', 'plastic'] as const)
    it(`calls the ${stent} stent's stricture stented only once the open segment covers it (deployed ≥ 70 %)`, () => {
      const timeline = timelineOf('stent', { obstruction: 'distal', stent });
      const deploy = stent === 'plastic' ? 'deploy-plastic' : 'deploy';
      const step = timeline.steps.find((s) => s.id === deploy)!;
      const seen: string[] = [];
      for (let t = step.start; t <= step.end; t += (step.end - step.start) / 40) {
        const state = sampleTimeline(timeline, t);
        const released = state.devices.find((d) => d.kind === `stent-${stent}`)?.deploy ?? 0;
        const label = labelled(state, 'fluoroscopy').labels.find((l) => l.structureId === 'lesion');
        if (!label) continue;
        seen.push(label.text);
        if (released < 0.7) expect(label.text, `at ${Math.round(released * 100)} % released`).to.not.match(/stented/);
      }
      expect(seen.some((t) => /stented/.test(t)) || stent === 'plastic', 'stented once open').to.equal(true);
    });
});
