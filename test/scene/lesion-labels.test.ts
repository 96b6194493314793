import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import type { SceneLabel } from '../../src/scene/scene-types.js';
import { glyphBox, sweepSteps, type Look, type SweptFrame } from './label-sweep.js';
import { fills } from './path-fill.js';

/**
 * The drawing's views at a phone's, a laptop's half and a laptop's width, both audiences. The X-ray does not draw
 * the tumour or the scar (its cut-off is in the contrast), so nothing there can lie on it.
 */
const LOOKS: Look[] = [360, 720, 1280].flatMap((width) =>
  (['clinician', 'patient'] as const).map((audience) => ({ width, view: 'illustration' as const, audience })),
);

/** The glyphs of a label (a 0.58 em average advance, cap height to descender), sampled on a 5 × 3 grid. */
function glyphs(l: SceneLabel): Point[] {
  const { x0, y0, x1, y1 } = glyphBox(l);
  return [0.05, 0.27, 0.5, 0.73, 0.95].flatMap((fx) =>
    [0.1, 0.5, 0.9].map((fy): Point => [x0 + fx * (x1 - x0), y0 + fy * (y1 - y0)]),
  );
}

/**
 * Labels of anything but the lesion that lie on its drawing (a tumour, a sleeve, a ring scar): a text box on it,
 * or a leader ending on it (a device is drawn over the tumour, so its word may end there).
 */
function onLesion({ scene, what }: SweptFrame): string[] {
  const drawn = scene.paths.filter((p) => p.paint === 'lesion' || p.paint === 'scar').map((p) => p.d);
  if (!drawn.length) return [];
  const out: string[] = [];
  for (const l of scene.labels) {
    if (l.structureId === 'lesion' || l.kind === 'numeral' || l.id.startsWith('measure')) continue;
    if (glyphs(l).some((p) => drawn.some((d) => fills(d, p)))) out.push(`${what}: "${l.text}" printed on the lesion`);
    const end: Point | null = l.leader ? [l.leader[2], l.leader[3]] : null;
    if (end && !l.structureId.startsWith('device-') && drawn.some((d) => fills(d, end)))
      out.push(`${what}: "${l.text}" ends on the lesion`);
  }
  return out;
}

describe('issue 8: labels off the lesion', () => {
  it("no label but the lesion's own lies on the tumour or the scar, nor ends its leader there", function () {
    this.timeout(600000);
    const failures = sweepSteps(LOOKS, onLesion);
    expect(failures.slice(0, 40), `${failures.length} failures`).to.deep.equal([]);
  });
});
