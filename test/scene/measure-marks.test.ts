import { expect } from '@open-wc/testing';
import { nearestOnPolyline, polylineLength, sampleSpline } from '../../src/model/geometry.js';
import { measurement, plannedLength } from '../../src/scene/measure-marks.js';
import { chosenStentLength } from '../../src/model/stent-length.js';
import { STENT_NAMES } from '../../src/model/stent-names.js';
import { STENT_SPECS } from '../../src/model/stent-specs.js';
import { stentGeometry } from '../../src/scene/devices/stent-geometry.js';
import { stentRoute } from '../../src/scene/devices/stent-route.js';
import { ENGLISH_WORDS } from '../../src/scene/scene-words.js';
import { UNITS_PER_LENGTH_MM } from '../../src/model/device-specs.js';
import { tubeWidth } from '../../src/scene/structure-paths.js';
import type { SampledState } from '../../src/timeline/timeline-types.js';
import { anatomy, contextOf, polylines, pxPerUnit, sceneOf, stateAt, timelineOf } from './scene-at.js';

const brackets = (state: SampledState, view: 'illustration' | 'fluoroscopy' = 'illustration') =>
  sceneOf(state, view).paths.filter((p) => p.id.startsWith('measure-'));

/** The scene's numerals with labels on, for a clinician or a patient. */
const numeralsOf = (state: SampledState, plain: boolean): string[] =>
  sceneOf(state, 'illustration', { labels: true, fullNames: plain })
    .labels.filter((l) => l.id.startsWith('measure-'))
    .map((l) => l.text);

/** The measure figures in a lecture-sized frame (on a small one the sum stays in the caption). */
const lecture = (state: SampledState): string[] =>
  sceneOf(state, 'illustration', { labels: true, viewport: { width: 1280, height: 1000 } })
    .labels.filter((l) => l.id.startsWith('measure-'))
    .map((l) => l.text);

describe('the Measure step measures', () => {
  const distal = timelineOf('stent');
  const end = stateAt(distal, 'measure', 1);

  it('brackets the stricture and a margin at each end, in both views, when the step is done', () => {
    for (const view of ['illustration', 'fluoroscopy'] as const) {
      expect(brackets(end, view).map((p) => p.id)).to.have.members([
        'measure-above',
        'measure-stricture',
        'measure-below',
      ]);
    }
  });

  /** Each bracket's drawn line (its ticks left out) and the figure printed beside it, in cm. */
  const drawn = (state: SampledState) => {
    const figures = sceneOf(state, 'illustration', { labels: true }).labels;
    return brackets(state).map((p) => {
      const line = polylines(p.d)[0]!.slice(1, -1);
      const text = figures.find((l) => l.id === p.id)!.text;
      return { id: p.id, cm: polylineLength(line) / (10 * UNITS_PER_LENGTH_MM), text, figure: parseFloat(text) };
    });
  };

  it('draws each bracket as long as its figure says, on the scale bar’s scale (28 units = 1 cm), within 0.1 cm', () => {
    for (const obstruction of ['distal', 'hilar-2', 'benign-anastomotic']) {
      const state = stateAt(timelineOf('stent', { obstruction }), 'measure', 1);
      for (const b of drawn(state)) expect(b.cm, `${obstruction} ${b.id} "${b.text}"`).to.be.closeTo(b.figure, 0.1);
    }
  });

  it('below a pancreatic-head mass: the stricture runs from the shoulder down to the papilla, the stent crosses it', () => {
    const [above, stricture, below] = drawn(end);
    expect(above!.figure).to.equal(1.5);
    // The narrowed column runs about 2.5–3 cm from the shoulder to the papilla (composition: CBD 1.6–2.7 cm above it).
    expect(stricture!.figure).to.be.within(2.4, 3.2);
    // Transpapillary: the stent's end stands 5–10 mm into D2, as the deploy step places it.
    expect(below!.figure).to.be.within(0.5, 1);
    const route = end.devices.find((d) => d.kind === 'marker-catheter')!.route;
    const papilla = nearestOnPolyline(route, (anatomy.byId.get('major-papilla')!.shape as { at: [number, number] }).at);
    const bottom = polylines(brackets(end).find((p) => p.id === 'measure-stricture')!.d)[0]!.at(-2)!;
    expect(
      Math.abs(nearestOnPolyline(route, bottom).arc - papilla.arc) / UNITS_PER_LENGTH_MM,
      'mm from the papilla',
    ).to.be.below(3);
  });

  it('a hilar stricture keeps a 1.5 cm margin at both ends and a stent above the papilla', () => {
    const state = stateAt(timelineOf('stent', { obstruction: 'hilar-2' }), 'measure', 1);
    const figures = drawn(state).map((b) => b.figure);
    expect([figures[0], figures[2]]).to.deep.equal([1.5, 1.5]);
    expect(measurement(state.devices, contextOf(state))!.end).to.equal('suprapapillary');
  });

  it('runs right beside the drawn ducts, never over one', () => {
    const ctx = contextOf(end);
    const tubes = anatomy.structures.flatMap((st) =>
      st.kind === 'duct' && st.shape.type === 'tube' ? [{ st, spine: sampleSpline(st.shape.centerline, 6) }] : [],
    );
    let nearest = Infinity;
    for (const p of brackets(end))
      for (const pt of polylines(p.d).flat())
        for (const { st, spine } of tubes) {
          const near = nearestOnPolyline(spine, pt);
          const half = tubeWidth(st, near.arc / polylineLength(spine), { ...ctx.stateOf(st.id), narrow: [] }) / 2;
          expect(near.distance, `${p.id} over ${st.id}`).to.be.above(half);
          nearest = Math.min(nearest, near.distance - half);
        }
    // Right beside: the closest bracket point within about 1 mm of a duct's edge.
    expect(nearest / UNITS_PER_LENGTH_MM, 'mm from the nearest duct edge').to.be.below(1.5);
  });

  // Illustrator L8: the brackets were curves 40–60 px left of the duct, over the duodenal cast.
  it('draws each bracket straight, with end ticks, 6–12 px beside the duct’s edge in a lecture frame', () => {
    const viewport = { width: 845, height: 825 };
    const ppu = Math.min(viewport.width / end.camera.w, viewport.height / end.camera.h);
    const ctx = contextOf(end);
    const cbd = anatomy.byId.get('common-bile-duct')!;
    if (cbd.shape.type !== 'tube') throw new Error('the CBD is a tube');
    const spine = sampleSpline(cbd.shape.centerline, 6);
    const half = (pt: [number, number]) => {
      const near = nearestOnPolyline(spine, pt);
      const w = tubeWidth(cbd, near.arc / polylineLength(spine), { ...ctx.stateOf(cbd.id), narrow: [] }) / 2;
      return { gap: (near.distance - w) * ppu, beyond: near.arc >= polylineLength(spine) - 1 };
    };
    for (const p of sceneOf(end, 'illustration', { viewport }).paths.filter((q) => q.id.startsWith('measure-'))) {
      const [run] = polylines(p.d);
      expect(run, p.id).to.have.length(4);
      const [tickA, a, b, tickB] = run!;
      // Straight: one segment between the ticks, and the ticks square to it, 5 px toward the duct.
      const along: [number, number] = [b![0] - a![0], b![1] - a![1]];
      for (const [t, e] of [
        [tickA!, a!],
        [tickB!, b!],
      ] as const) {
        const tick: [number, number] = [t[0] - e[0], t[1] - e[1]];
        expect(
          Math.abs(tick[0] * along[0] + tick[1] * along[1]) / Math.hypot(...tick) / Math.hypot(...along),
          `${p.id} tick square (cosine)`,
        ).to.be.below(0.05);
        expect(Math.hypot(...tick) * ppu, `${p.id} tick px`).to.be.closeTo(5, 0.5);
      }
      if (p.id === 'measure-below') continue;
      const steps = 20;
      const gaps = Array.from({ length: steps + 1 }, (_, k) =>
        half([a![0] + (along[0]! * k) / steps, a![1] + (along[1]! * k) / steps]),
      ).filter((g) => !g.beyond);
      const nearest = Math.min(...gaps.map((g) => g.gap));
      expect(nearest, `${p.id}: px from the CBD's edge at its nearest`).to.be.within(6, 12);
    }
  });

  it('names each length with its unit, the D2 stub as such, and sums them into a stocked stent length, for clinicians; no figures for patients', () => {
    const texts = lecture(end);
    const figures = texts.filter((t) => /^\d\.\d cm (margin|stricture|into D2)$/.test(t));
    expect(figures, texts.join(' | ')).to.have.length(3);
    // Radiologist (round 8): a bare "2.8 cm" from the stricture's top to the papilla read as the stricture with no
    // lower margin. Each bracket says what it measures.
    expect(figures[0], 'the upper bracket').to.match(/ margin$/);
    expect(figures[1], 'the middle bracket').to.match(/ stricture$/);
    expect(figures[2], 'the lower bracket, in D2').to.match(/ into D2$/);
    const numbers = figures.map((t) => t.split(' ')[0]!);
    const sum = texts.find((t) => t.includes('≈'))!;
    expect(sum).to.match(new RegExp(`^${numbers.join(' \\+ ').replace(/\./g, '\\.')} ≈ \\d\\.\\d cm$`));
    const total = parseFloat(sum.split('≈ ')[1]!);
    expect(total).to.be.closeTo(
      numbers.reduce((a, n) => a + parseFloat(n), 0),
      0.11,
    );
    const stent = texts.find((t) => t.startsWith('→'))!;
    expect(stent).to.match(/^→ \d+ cm stent, transpapillary$/);
    // A metal stent typically comes in 4, 6 or 8 cm: the shortest that covers the plan.
    const ordered = parseFloat(stent.slice(2));
    expect(STENT_SPECS.mesh.lengthsCm).to.include(ordered);
    expect(ordered).to.equal(STENT_SPECS.mesh.lengthsCm!.find((cm) => cm >= total - 0.05));
    expect(numeralsOf(end, true)).to.deep.equal([]);
  });

  // Radiologist N1: the plan ordered a "5 cm stent" and the drawn stent was another length.
  for (const obstruction of ['distal', 'hilar-2', 'hilar-3a', 'hilar-4'])
    for (const stent of STENT_NAMES)
      it(`${obstruction}, ${stent}: the deployed stent is as long as the plan orders, within 2 mm`, () => {
        const timeline = timelineOf('stent', { obstruction, stent });
        const measured = stateAt(timeline, 'measure', 1);
        const m = measurement(measured.devices, contextOf(measured))!;
        const ordered = chosenStentLength(plannedLength(m), stent);
        const placed = stateAt(timeline, stent === 'plastic' ? 'deploy-plastic' : 'deploy', 1);
        const device = placed.devices.find((d) => d.kind === `stent-${stent}`)!;
        const ctx = contextOf(placed);
        const g = stentGeometry({ ...device, route: stentRoute(device, ctx) }, ctx, pxPerUnit(placed));
        expect((g.distal - g.proximal) / UNITS_PER_LENGTH_MM, 'drawn length (mm)').to.be.closeTo(
          ordered / UNITS_PER_LENGTH_MM,
          2,
        );
      });

  it('writes the figures in the language’s number format', () => {
    const words = { ...ENGLISH_WORDS, measure: { ...ENGLISH_WORDS.measure, locale: 'es' } };
    const texts = sceneOf(end, 'illustration', { labels: true, words })
      .labels.filter((l) => l.id.startsWith('measure-'))
      .map((l) => l.text);
    expect(texts).to.include('1,5 cm margin');
  });

  it('draws nothing to measure once the stent goes in', () => {
    expect(brackets(stateAt(distal, 'deploy', 1))).to.deep.equal([]);
  });
});
