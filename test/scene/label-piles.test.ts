import { expect } from '@open-wc/testing';
import type { SceneLabel } from '../../src/scene/scene-types.js';
import { glyphBox, sweepSteps, type Look, type SweptFrame } from './label-sweep.js';

/** Clinician views at 360, 720 and 1280 in both views, and the patient's phone. */
const LOOKS: Look[] = [
  // The review's 720 frames are 700 px tall.
  { width: 720, height: 700, view: 'illustration', audience: 'clinician' },
  ...[360, 720, 1280].flatMap((width) =>
    (['illustration', 'fluoroscopy'] as const).map((view) => ({ width, view, audience: 'clinician' as const })),
  ),
  { width: 360, view: 'illustration', audience: 'patient' },
];

/**
 * Labels whose glyphs come closer than this many font sizes (in any direction) read as one group of names: three
 * such (four hepatic names in 90 px across a hilum, three ringing a pigtail) read as a pile.
 */
const APART = 3;

type Box = { x0: number; y0: number; x1: number; y1: number };

/** A label's glyphs. */
const boxOf = (l: SceneLabel): Box => glyphBox(l);

/** Whether two labels read as one group: less than APART font sizes between their glyphs. */
function together(a: Box, b: Box, size: number): boolean {
  const dx = Math.max(a.x0 - b.x1, b.x0 - a.x1, 0);
  const dy = Math.max(a.y0 - b.y1, b.y0 - a.y1, 0);
  return Math.hypot(dx, dy) < APART * size;
}

/** Shown labels of a frame (an X-ray hides organ and vessel names and those of empty ducts; numerals are marks). */
const shownLabels = ({ scene }: SweptFrame) =>
  scene.labels.filter(
    (l) =>
      l.kind !== 'numeral' &&
      (scene.view !== 'fluoroscopy' || (l.kind !== 'organ' && l.kind !== 'vessel' && !l.unfilled)),
  );

/** Piles of three or more labels, each within APART font sizes of another: one block of names. */
function piles(frame: SweptFrame): string[] {
  const labels = shownLabels(frame);
  const boxes = labels.map(boxOf);
  const group = labels.map((_, i) => i);
  const root = (i: number): number => (group[i] === i ? i : root(group[i]!));
  labels.forEach((a, i) =>
    labels.forEach((_, j) => {
      if (j > i && together(boxes[i]!, boxes[j]!, a.size)) group[root(j)] = root(i);
    }),
  );
  const sizes = new Map<number, string[]>();
  labels.forEach((l, i) => sizes.set(root(i), [...(sizes.get(root(i)) ?? []), l.text]));
  return [...sizes.values()].filter((g) => g.length >= 3).map((g) => `${frame.what}: ${g.join(' / ')} in one pile`);
}

describe('issue 8: no label piles', () => {
  it('no three labels stand within three font sizes of each other, in any step, view or width', function () {
    this.timeout(600000);
    const failures = sweepSteps(LOOKS, piles);
    expect(failures.slice(0, 40), `${failures.length} failures`).to.deep.equal([]);
  });
});
