import { ductWidthAt } from '../../src/scene/devices/device-context.js';
import { stentGeometry } from '../../src/scene/devices/stent-geometry.js';
import { stentRoute } from '../../src/scene/devices/stent-route.js';
import { zRingCount } from '../../src/scene/devices/stent-geometry.js';
import { contextOf, pxPerUnit, stateAt, timelineOf } from './scene-at.js';

describe('diag', () => {
  it('prints', () => {
    for (const stent of ['z', 'spiral'] as const) {
      const state = stateAt(timelineOf('stent', { stent, obstruction: 'distal' }), 'deploy', 1);
      const placed = state.devices.find((d) => d.kind === `stent-${stent}`)!;
      const ctx = contextOf(state);
      const route = stentRoute(placed, ctx);
      const g = stentGeometry({ ...placed, route }, ctx, pxPerUnit(state));
      const rows: string[] = [];
      for (let s = g.proximal; s <= g.distal + 1; s += 4)
        rows.push(`${s.toFixed(0)} duct=${ductWidthAt(route, s, ctx, true).toFixed(1)} w=${g.widthAt(s).toFixed(1)}`);
      console.log(
        stent,
        g.proximal,
        g.distal,
        'rings',
        zRingCount(g.distal - g.proximal, g.restWidth),
        g.restWidth,
        rows.join(' | '),
      );
    }
  });
});
