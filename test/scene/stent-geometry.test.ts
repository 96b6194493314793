import { expect } from '@open-wc/testing';
import stentJson from '../../data/procedures/stent.json';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import { parseAnatomy } from '../../src/model/parse-anatomy.js';
import { parseProcedure } from '../../src/model/parse-procedure.js';
import { STENT_NAMES } from '../../src/model/stent-names.js';
import { momentLesions } from '../../src/scene/lesion-path.js';
import { ductSqueeze, heldStretches, heldWidth } from '../../src/scene/duct-squeeze.js';
import { stentGeometry } from '../../src/scene/devices/stent-parts.js';
import { compileTimeline } from '../../src/timeline/compile-timeline.js';
import { sampleTimeline } from '../../src/timeline/sample-timeline.js';
import type { DeviceState, SampledState } from '../../src/timeline/timeline-types.js';

const anatomy = parseAnatomy(DEFAULT_ANATOMY_FILES);
const procedure = parseProcedure(stentJson, anatomy, 'stent.json');
const PPU = 1.66; // overview camera in a 1280 px box

/** The stent's drawn length and its widest drawn width, as the scene computes them at one moment. */
function measure(device: DeviceState, state: SampledState) {
  const lesions = momentLesions(state);
  const ctx = {
    anatomy,
    lesions,
    stateOf: (id: string) => ({
      dilation: state.dilation[id] ?? state.defaultDilation,
      minWidth: 2.5 / PPU,
      ...ductSqueeze(anatomy.byId.get(id)!, lesions, heldWidth(state.devices), heldStretches(state.devices)),
    }),
  };
  const g = stentGeometry(device, ctx, PPU);
  let width = 0;
  for (let s = g.proximal; s < g.distal; s += 2) width = Math.max(width, g.widthAt(s));
  width = Math.max(width, g.widthAt(g.distal));
  return { length: g.distal - g.proximal, width };
}

/** Samples every 50 ms through the stretch where the stent's `deploy` rises from 0 to 1. */
function deployment(stent: (typeof STENT_NAMES)[number]) {
  const timeline = compileTimeline(procedure, anatomy, { approach: 'right', obstruction: 'distal', stent });
  const out: { deploy: number; length: number; width: number }[] = [];
  for (let t = 0; t <= timeline.duration; t += 50) {
    const state = sampleTimeline(timeline, t);
    const device = state.devices.find((d) => d.kind === `stent-${stent}`);
    if (!device) continue;
    out.push({ deploy: device.deploy ?? 0, ...measure(device, state) });
  }
  return out;
}

describe('stent deployment, from scene data', () => {
  it('the mesh stent shortens while it widens', () => {
    const samples = deployment('mesh').filter((s) => s.deploy > 0 && s.deploy < 1);
    expect(samples.length, 'samples during deployment').to.be.greaterThan(5);
    for (let i = 1; i < samples.length; i++) {
      const [a, b] = [samples[i - 1]!, samples[i]!];
      if (b.deploy <= a.deploy) continue;
      expect(b.length, `length at deploy ${b.deploy.toFixed(2)}`).to.be.at.most(a.length + 1e-6);
      // The braid shortens toward its tip out of the widest, upstream duct, so allow 1 unit (0.25 mm) of jitter.
      expect(b.width, `width at deploy ${b.deploy.toFixed(2)}`).to.be.at.least(a.width - 1);
    }
    const [first, last] = [samples[0]!, samples.at(-1)!];
    expect(last.length).to.be.lessThan(first.length * 0.9);
    expect(last.width).to.be.greaterThan(first.width * 1.5);
  });

  for (const stent of ['z', 'spiral', 'plastic'] as const) {
    it(`the ${stent} stent keeps its length`, () => {
      const samples = deployment(stent);
      expect(samples.length).to.be.greaterThan(5);
      const lengths = samples.map((s) => s.length);
      expect(Math.max(...lengths) - Math.min(...lengths)).to.be.lessThan(1);
    });
  }

  it('only metal stents open wider than their delivery system', () => {
    const widest = (stent: (typeof STENT_NAMES)[number]) => Math.max(...deployment(stent).map((s) => s.width));
    expect(widest('mesh')).to.be.greaterThan(30);
    expect(widest('plastic')).to.be.lessThan(16);
  });
});
