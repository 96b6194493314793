import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import type { Camera } from '../../src/model/cameras.js';
import { isDrainKind } from '../../src/model/device-specs.js';
import { bagFor } from '../../src/scene/devices/bag-slots.js';
import type { SampledState } from '../../src/timeline/timeline-types.js';
import { anatomy, stateAt, timelineOf } from './scene-at.js';

/** The stage on a patient's phone (770 : 900 at 360 px) and beside the caption on a 1280 × 800 laptop. */
const STAGES = [
  { name: 'phone', width: 360, height: 421 },
  { name: 'laptop', width: 850, height: 776 },
];

/** What the stage shows of the scene: the camera grown to the stage's shape about its centre (xMidYMid meet). */
function shown(camera: Camera, width: number, height: number): Camera {
  const k = Math.min(width / camera.w, height / camera.h);
  const [w, h] = [width / k, height / k];
  return { x: camera.x + (camera.w - w) / 2, y: camera.y + (camera.h - h) / 2, w, h };
}

/** The gallbladder as drawn at this moment (its outline shrinks from distended to normal as it drains). */
function gallbladder(state: SampledState): Point[] {
  const shape = anatomy.byId.get('gallbladder')!.shape;
  if (shape.type !== 'outline') throw new Error('gallbladder outline');
  const full = shape.states!.distended!;
  const mix =
    state.distension > 0 && state.distension < 1 ? state.distension : state.gallbladder === 'distended' ? 1 : 0;
  return shape.points.map(([x, y], i) => [x + mix * (full[i]![0] - x), y + mix * (full[i]![1] - y)]);
}

describe('the cholecystostomy close-ups frame the gallbladder and the drain’s way out', () => {
  for (const approach of ['transhepatic', 'transperitoneal'] as const) {
    const timeline = timelineOf('cholecystostomy', { approach: approach as 'right' });
    // From the puncture on (the first step is the whole picture, the scan plans the path in the puncture's frame).
    for (const step of timeline.steps.slice(2)) {
      for (const stage of STAGES)
        it(`${approach}, ${step.id}, ${stage.name}: centred, and filling the frame`, () => {
          const state = stateAt(timeline, step.id, 1);
          // The skin exit of each device in (its route runs skin first).
          const exits = state.devices.filter((d) => d.opacity > 0.5 && d.route.length).map((d) => d.route[0]!);
          // Once bile runs to the bag, the bag the caption names.
          const bags = state.devices
            .filter((d) => isDrainKind(d.kind) && d.opacity > 0.5 && (state.flow.into === 'bag' || state.bag > 0))
            .flatMap((d) => {
              const bag = bagFor(d);
              return [
                [bag.x, bag.y],
                [bag.x + bag.w, bag.y + bag.h],
              ] as Point[];
            });
          const points = [...gallbladder(state), ...exits, ...bags];
          const xs = points.map((p) => p[0]);
          const ys = points.map((p) => p[1]);
          const box = {
            x: Math.min(...xs),
            y: Math.min(...ys),
            w: Math.max(...xs) - Math.min(...xs),
            h: Math.max(...ys) - Math.min(...ys),
          };
          const frame = shown(state.camera, stage.width, stage.height);
          // Whole in the frame.
          expect(box.x, 'left').to.be.at.least(frame.x);
          expect(box.y, 'top').to.be.at.least(frame.y);
          expect(box.x + box.w, 'right').to.be.at.most(frame.x + frame.w);
          expect(box.y + box.h, 'bottom').to.be.at.most(frame.y + frame.h);
          // Centred within a tenth of the frame each way.
          expect(Math.abs(box.x + box.w / 2 - (frame.x + frame.w / 2)) / frame.w, 'centred across').to.be.at.most(0.1);
          expect(Math.abs(box.y + box.h / 2 - (frame.y + frame.h / 2)) / frame.h, 'centred down').to.be.at.most(0.1);
          // Spanning most of the frame's width or height, whichever the stage's shape leaves room for: 60 % leaves a
          // fifth of the frame each side for the ribs, the liver rim and the labels (before: 38 % on a phone).
          const span = Math.max(box.w / frame.w, box.h / frame.h);
          expect(span, 'span').to.be.at.least(0.6);
        });
    }
  }
});
