import { sweepSteps } from './label-sweep.js';
describe('debug', () => {
  it('prints', function () {
    this.timeout(600000);
    sweepSteps([{ width: 720, height: 700, view: 'illustration', audience: 'clinician' }, { width: 1280, height: 800, view: 'illustration', audience: 'clinician' }], (f) => {
      if (!/internal-drainage\/hilar-(3a|4)\/cholangiogram .* 720|ptcd\/default\/drain .*1280/.test(f.what)) return [];
      const c = f.scene.camera;
      const px = (v: number, o: number) => Math.round((v - o) * f.ppu);
      console.log(f.what, f.ppu.toFixed(2), f.scene.labels.map((l) => `${l.text}@${px(l.x, c.x)},${px(l.y, c.y)},${l.align},${(l.size * f.ppu).toFixed(1)}${l.leader ? `->${px(l.leader[2], c.x)},${px(l.leader[3], c.y)}` : ''}`).join(' | '));
      return [];
    });
  });
});
