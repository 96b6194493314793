import { expect } from '@open-wc/testing';
import stents from '../../data/stents.json';
import { CAMERAS } from '../../src/model/cameras.js';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import { DEVICE_SPECS } from '../../src/model/device-specs.js';
import { SHARED_SEQUENCES } from '../../src/model/resolve-procedure.js';
import { LANDMARKS } from '../../src/model/landmarks.js';
import { parseAnatomy } from '../../src/model/parse-anatomy.js';
import { SHARED_ROUTES } from '../../src/model/shared-routes.js';
import { StentFileSchema } from '../../src/model/stent-schema.js';
import { STENT_SPECS } from '../../src/model/stent-specs.js';
import { STENT_NAMES } from '../../src/model/stent-names.js';
import * as v from 'valibot';

const anatomy = parseAnatomy(DEFAULT_ANATOMY_FILES);

describe('the data files code reads', () => {
  it('names only anatomy that exists in data/landmarks.json', () => {
    const { aimLine, hepaticDucts, overlay } = LANDMARKS;
    const ids = [
      aimLine.from,
      aimLine.toward,
      LANDMARKS.gallbladder,
      LANDMARKS.gallbladderDuct,
      LANDMARKS.papilla,
      LANDMARKS.roomiest,
    ];
    for (const id of [...ids, hepaticDucts.right, hepaticDucts.left, overlay.structure, ...LANDMARKS.cavities])
      expect(anatomy.byId.has(id), id).to.equal(true);
    for (const id of LANDMARKS.cavities) expect(anatomy.byId.get(id)!.shape.type, id).to.equal('outline');
  });

  it('validates data/stents.json like every other file, with a path for a fault', () => {
    expect(Object.keys(STENT_SPECS).sort()).to.deep.equal([...STENT_NAMES].sort());
    const broken = JSON.parse(JSON.stringify(stents)) as Record<string, Record<string, unknown>>;
    broken.mesh!.shortening = 2;
    const result = v.safeParse(StentFileSchema, broken);
    expect(result.success).to.equal(false);
    expect(result.issues?.[0]?.path?.map((p) => p.key)).to.deep.equal(['mesh', 'shortening']);
  });

  it('gives every device kind a drawing archetype, every camera a size, every shared route known ids', () => {
    for (const [kind, spec] of Object.entries(DEVICE_SPECS)) expect(spec.draws, kind).to.be.a('string');
    expect(Object.keys(CAMERAS)).to.include.members(['overview', 'gallbladder']);
    for (const [name, route] of Object.entries(SHARED_ROUTES.routes))
      for (const list of Array.isArray(route) ? [route] : Object.values(route))
        for (const id of list)
          expect(anatomy.byId.has(id) || Object.hasOwn(SHARED_ROUTES.points, id), `${name}: ${id}`).to.equal(true);
    expect(Object.keys(SHARED_SEQUENCES)).to.include('pull-out');
  });
});
