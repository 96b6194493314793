import { expect } from '@open-wc/testing';
import type { Action } from '../../src/model/action-schema.js';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { obstructionCase } from '../../src/model/bundled-obstructions.js';
import { caseAnatomy } from '../../src/model/case-anatomy.js';
import { drawsAs } from '../../src/model/device-specs.js';
import { LANDMARKS } from '../../src/model/landmarks.js';
import type { Procedure } from '../../src/model/procedure-schema.js';
import { parseProcedure } from '../../src/model/parse-procedure.js';
import { whenHolds } from '../../src/model/when-holds.js';
import { buildScene } from '../../src/scene/build-scene.js';
import { locatorBox } from '../../src/scene/scene-locator.js';
import { sceneInputFor } from '../../src/scene/scene-input.js';
import type { Scene } from '../../src/scene/scene-types.js';
import { compileTimeline } from '../../src/timeline/compile-timeline.js';
import { sampleTimeline } from '../../src/timeline/sample-timeline.js';
import type { DeviceState, SampledState, Timeline } from '../../src/timeline/timeline-types.js';
import { anatomy, elementView, sweptTimelines, type Look } from './label-sweep.js';

type Box = { x0: number; y0: number; x1: number; y1: number };

/** A patient's phone stage (770 : 900 up to 480 px wide). */
const phone = (width: number): Look => ({
  width,
  height: Math.round((width * 900) / 770),
  view: 'illustration',
  audience: 'patient',
});

interface Frame {
  readonly what: string;
  readonly procedure: Procedure;
  readonly timeline: Timeline;
  readonly index: number;
  readonly moment: SampledState;
  readonly scene: Scene;
  readonly look: Look;
}

/** Every step of every bundled procedure, case and side, `fractions` of the way through, in each look. */
function sweep(looks: readonly Look[], fractions: readonly number[], check: (f: Frame) => void): number {
  let frames = 0;
  for (const { name, procedure, obstruction, anatomy: a, approach, timeline } of sweptTimelines()) {
    timeline.steps.forEach((step, index) => {
      for (const fraction of fractions) {
        const moment = sampleTimeline(timeline, step.start + fraction * (step.end - step.start));
        for (const look of looks) {
          const scene = buildScene(a, sceneInputFor(elementView(look), moment));
          const what = `${name}/${obstruction ?? 'default'}/${approach}/${step.id}@${fraction} ${look.width}`;
          frames++;
          check({ what, procedure, timeline, index, moment, scene, look });
        }
      }
    });
  }
  return frames;
}

const inBody = (d: DeviceState) => d.opacity > 0.5 && drawsAs(d.kind) !== 'probe' && d.tip > d.tail;

/**
 * The device a step is about: the first its actions name (an exchange's new device before the one it replaces, a
 * contrast's or a decompression's drain) that is in the body.
 */
function activeDevice(f: Frame): DeviceState | undefined {
  const step = f.procedure.steps.find((s) => s.id === f.timeline.steps[f.index]!.id)!;
  const variant = { approach: f.timeline.approach, obstruction: f.timeline.obstruction, stent: f.timeline.stent };
  const named = step.actions
    .filter((a: Action) => whenHolds(a.when, variant as never))
    .flatMap((a) =>
      a.type === 'exchange' ? [a.insert, a.remove] : 'device' in a ? [a.device] : 'through' in a ? [a.through] : [],
    );
  const inside = f.moment.devices.filter(inBody);
  return named.map((id) => inside.find((d) => d.id === id)).find((d) => d);
}

const near = (a: readonly number[], b: readonly number[], tolerance = 1) =>
  Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!) < tolerance;

// Radiologist N4 (round 5): in the hilar IV crossing step the dot marked the other (left, external) drain's entry.
describe('the patient map inset marks the entry of the device the step is about', () => {
  it('every procedure, case, side and step, mid-step and at its end: the highlighted dot is that entry', function () {
    this.timeout(600000);
    const failures: string[] = [];
    let checked = 0;
    sweep([phone(360)], [0.5, 1], (f) => {
      const locator = f.scene.locator;
      const device = activeDevice(f);
      if (!locator?.torso || !device) return;
      checked++;
      const spot = locator.spot;
      if (!spot || !near(spot, device.route[0]!))
        failures.push(
          `${f.what}: dot at ${spot?.map(Math.round)}, ${device.id} enters at ${device.route[0]!.map(Math.round)}`,
        );
      // Every other tract shows too, muted: a second drain stays in while the step works on the first.
      for (const other of f.moment.devices.filter(inBody)) {
        const at = other.route[0]!;
        if (near(at, device.route[0]!, 60)) continue;
        if (!(locator.others ?? []).some((p) => near(p, at))) failures.push(`${f.what}: no muted dot for ${other.id}`);
      }
    });
    expect(checked).to.be.greaterThan(100);
    expect(failures, failures.slice(0, 12).join('\n')).to.deep.equal([]);
  });

  it('hilar IV, the internal-external drain step: the right drain’s entry is highlighted, the left drain’s muted', () => {
    const procedure = parseProcedure(BUNDLED_PROCEDURES['internal-drainage'], anatomy, 'internal-drainage');
    const timeline = compileTimeline(procedure, anatomy, { approach: 'right', obstruction: 'hilar-4' });
    const step = timeline.steps.find((s) => s.id === 'internal-external-drain')!;
    const moment = sampleTimeline(timeline, step.end);
    const a = caseAnatomy(anatomy, obstructionCase('hilar-4'));
    const locator = buildScene(a, sceneInputFor(elementView(phone(360)), moment)).locator!;
    expect(locator.spot![0], 'the dot is on the patient’s right').to.be.below(LANDMARKS.midlineX);
    expect(locator.others?.length, 'one muted dot').to.equal(1);
    expect(locator.others![0]![0], 'the muted dot is the left drain’s').to.be.above(LANDMARKS.midlineX);
  });
});

/** What is drawn around a device rather than of it: an ultrasound beam, the body wall, the pale halo under tubing. */
const AROUND = new Set(['beam', 'scan-line', 'skin', 'halo']);

const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
svg.appendChild(path);
document.body.appendChild(svg);

/** Whether a path (the browser's own geometry), `pad` units wide each side, comes into the box. */
function enters(d: string, pad: number, box: Box, ppu: number): boolean {
  path.setAttribute('d', d);
  const b = path.getBBox();
  const grown = { x0: box.x0 - pad, y0: box.y0 - pad, x1: box.x1 + pad, y1: box.y1 + pad };
  if (b.x > grown.x1 || b.x + b.width < grown.x0 || b.y > grown.y1 || b.y + b.height < grown.y0) return false;
  const length = path.getTotalLength();
  for (let s = 0; s <= length; s += 2 / ppu) {
    const { x, y } = path.getPointAtLength(s);
    if (x > grown.x0 && x < grown.x1 && y > grown.y0 && y < grown.y1) return true;
  }
  return false;
}

// Radiologist N4 / U3 (round 5): on a phone the patient's map inset covered the left drain's pigtail in hilar IV.
describe('the patient map inset keeps off the devices and the lesion', () => {
  it('every procedure, case, side and step at 360 and 414 px: its box (map and words) clears them', function () {
    this.timeout(900000);
    const failures: string[] = [];
    let checked = 0;
    sweep([phone(360), phone(414)], [1], (f) => {
      const locator = f.scene.locator;
      if (!locator?.torso) return;
      const size = elementView(f.look).size;
      const box = locatorBox(f.scene.camera, size, true, locator.corner ?? 'top-right')!;
      checked++;
      const ppu = Math.min(size.width / f.scene.camera.w, size.height / f.scene.camera.h);
      const under = [
        ...f.scene.devices
          .filter((p) => !AROUND.has(p.part) && p.opacity > 0 && p.d && enters(p.d, p.width / 2, box, ppu))
          .map((p) => `${p.deviceId} ${p.part}`),
        ...f.scene.paths.filter((p) => p.paint === 'lesion' && enters(p.d, 0, box, ppu)).map((p) => p.id),
      ];
      if (under.length)
        failures.push(`${f.what} (${locator.corner ?? 'top-right'}): ${[...new Set(under)].join(', ')}`);
    });
    expect(checked).to.be.greaterThan(100);
    expect(failures, `${failures.length} frames\n${failures.slice(0, 20).join('\n')}`).to.deep.equal([]);
  });
});
