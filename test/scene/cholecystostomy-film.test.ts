import { expect } from '@open-wc/testing';
import { deviceWidth, loopRadius, UNITS_PER_LENGTH_MM } from '../../src/model/device-specs.js';
import { pixelsPerUnit } from '../../src/model/cameras.js';
import { pigtailLoop } from '../../src/scene/devices/pigtail-loop.js';
import { anatomy, stateAt, timelineOf } from './scene-at.js';

type Pt = readonly [number, number];
const span = (pts: readonly Pt[]) =>
  Math.max(...pts.flatMap((p) => pts.map((q) => Math.hypot(p[0] - q[0], p[1] - q[1]))));

// Radiologist U4 / illustrator B6 (round 6): on the transhepatic cholecystostomy film the locked loop was about
// 1.8 cm across, its band wider than the shaft, and the tight frame held nothing but ribs and the gallbladder.
describe('the cholecystostomy film', () => {
  const timeline = timelineOf('cholecystostomy', { approach: 'transhepatic' as never });
  const state = stateAt(timeline, 'drainage', 1);
  const drain = state.devices.find((d) => d.kind === 'cholecystostomy-drain')!;
  const camera = state.filmCamera ?? state.camera;

  it('the locked loop is about 12 mm across (10–14 mm outside edge to outside edge, the band drawn at the shaft’s width)', () => {
    expect(drain, 'the drain').to.exist;
    const ppu = pixelsPerUnit(camera, 845, 825);
    const band = deviceWidth(drain.kind, ppu);
    const loop = pigtailLoop(drain.route, drain.tip, 1, undefined, loopRadius(drain.kind)) as Pt[];
    const across = (span(loop) + band) / UNITS_PER_LENGTH_MM;
    expect(across, 'loop across, mm').to.be.within(10, 14);
  });

  it('lets a landmark into the frame: a vertebral body’s edge', () => {
    const bodies = anatomy.structures.filter((s) => s.id.startsWith('vertebra-') && s.shape.type === 'outline');
    const inside = bodies.some(
      (s) =>
        s.shape.type === 'outline' &&
        s.shape.points.some(
          ([x, y]) => x > camera.x + 10 && x < camera.x + camera.w - 10 && y > camera.y && y < camera.y + camera.h,
        ),
    );
    expect(inside, `a vertebral body inside ${JSON.stringify(camera)}`).to.equal(true);
  });
});
