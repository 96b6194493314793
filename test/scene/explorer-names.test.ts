import { expect } from '@open-wc/testing';
import { buildScene } from '../../src/scene/build-scene.js';
import { sceneInputFor } from '../../src/scene/scene-input.js';
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
