import { expect } from '@open-wc/testing';
import { buildScene } from '../../src/scene/build-scene.js';
import { sceneInputFor } from '../../src/scene/scene-input.js';
import type { Point } from '../../src/model/anatomy-schema.js';
import { glyphBox } from './label-sweep.js';
import { anatomy, overviewView } from './scene-at.js';

/** The structures the explorer names on a stage of this size, nothing hovered. */
const named = (width: number, height: number, active: string | null = null) =>
  buildScene(anatomy, sceneInputFor({ ...overviewView(width, height, 'normal'), active }, undefined)).labels.map(
    (l) => l.structureId,
  );

// Review (session 32): at 1920 px the explorer named four Couinaud numerals, the lung base and the gallbladder's neck,
// and no bile duct, where a laptop named five ducts; composition §14 keeps numerals to a segment view.
describe('the explorer’s names', () => {
  it('are the same on a laptop and on a projector’s stage, bile ducts among them, and no segment numeral', () => {
    const laptop = named(1000, 800);
    const projector = named(1540, 1150);
    expect(projector).to.deep.equal(laptop);
    expect(laptop.filter((id) => anatomy.byId.get(id)?.kind === 'duct').length, 'ducts named').to.be.at.least(3);
    expect(projector.filter((id) => id.startsWith('segment-') && !id.endsWith('-duct'))).to.deep.equal([]);
  });

  it('still names a segment when it is pointed at', () => {
    expect(named(1540, 1150, 'segment-6')).to.include('segment-6');
  });
});

/** The bile ducts outside the liver and the two hepatic ducts: a name written across one reads as that duct's. */
const MAIN_DUCTS = [
  'common-bile-duct',
  'common-hepatic-duct',
  'cystic-duct',
  'right-hepatic-duct',
  'left-hepatic-duct',
];

/** Whether a polyline enters the box (sampled every unit). */
function enters(line: readonly Point[], box: { x0: number; y0: number; x1: number; y1: number }): boolean {
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [line[i - 1]!, line[i]!];
    const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1])));
    for (let k = 0; k <= n; k++) {
      const [x, y] = [a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n];
      if (x > box.x0 && x < box.x1 && y > box.y0 && y < box.y1) return true;
    }
  }
  return false;
}

// Review (session 32): at 1920 px the explorer wrote "Cystic duct" across the common hepatic and common bile duct.
describe('the explorer’s duct names', () => {
  for (const [width, height] of [
    [360, 350],
    [700, 600],
    [1000, 800],
    [1540, 1150],
  ] as const)
    for (const ducts of ['normal', 'dilated'] as const)
      it(`${width} × ${height}, ${ducts} ducts: no duct's name across another main bile duct`, () => {
        const scene = buildScene(
          anatomy,
          sceneInputFor({ ...overviewView(width, height, ducts), active: null }, undefined),
        );
        const across = scene.labels
          .filter((l) => l.kind === 'duct')
          .flatMap((l) =>
            MAIN_DUCTS.filter((id) => id !== l.structureId).flatMap((id) => {
              const s = anatomy.byId.get(id);
              return s?.shape.type === 'tube' && enters(s.shape.centerline, glyphBox(l))
                ? [`${l.text} across ${id}`]
                : [];
            }),
          );
        expect(across).to.deep.equal([]);
      });
});
