import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { AnatomyFileSchema } from '../../src/model/anatomy-schema.js';
import { BUNDLED_OBSTRUCTIONS } from '../../src/model/bundled-obstructions.js';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import { ObstructionFileSchema } from '../../src/model/obstruction-schema.js';
import { parseAnatomy } from '../../src/model/parse-anatomy.js';
import { parseProcedure } from '../../src/model/parse-procedure.js';
import { trustedAnatomy, trustedObstructions, trustedProcedure } from '../../src/model/trusted-data.js';
import { validatingParsers } from '../../src/model/validate-data.js';
import cameras from '../../data/cameras.json';
import devices from '../../data/devices.json';
import landmarks from '../../data/landmarks.json';
import routes from '../../data/routes.json';
import sequences from '../../data/sequences.json';
import stents from '../../data/stents.json';
import { CameraFileSchema } from '../../src/model/camera-schema.js';
import { CAMERAS } from '../../src/model/cameras.js';
import { DeviceFileSchema } from '../../src/model/device-schema.js';
import { DEVICE_SPECS } from '../../src/model/device-specs.js';
import { LandmarksSchema } from '../../src/model/landmarks-schema.js';
import { LANDMARKS } from '../../src/model/landmarks.js';
import { SHARED_SEQUENCES } from '../../src/model/resolve-procedure.js';
import { SharedRoutesSchema } from '../../src/model/routes-schema.js';
import { SharedSequencesSchema } from '../../src/model/sequence-schema.js';
import { SHARED_ROUTES } from '../../src/model/shared-routes.js';
import { StentFileSchema } from '../../src/model/stent-schema.js';
import { STENT_SPECS } from '../../src/model/stent-specs.js';

// The element draws bundled data without the validator; this is where that data is validated.
describe('bundled data', () => {
  const anatomy = parseAnatomy(DEFAULT_ANATOMY_FILES);

  it('every anatomy file passes the validator, and the obstruction cases name its ducts', () => {
    for (const [name, json] of Object.entries(DEFAULT_ANATOMY_FILES)) {
      expect(v.safeParse(AnatomyFileSchema, json).issues, name).to.equal(undefined);
    }
    expect(() => validatingParsers.anatomy(DEFAULT_ANATOMY_FILES)).not.to.throw();
  });

  it('every procedure passes the validator and its reference and device checks', () => {
    expect(Object.keys(BUNDLED_PROCEDURES)).to.include('ptcd');
    for (const [name, json] of Object.entries(BUNDLED_PROCEDURES)) {
      expect(() => parseProcedure(json, anatomy, `${name}.json`), name).not.to.throw();
    }
  });

  it('the trusted anatomy equals the validated one, defaults included', () => {
    const trusted = trustedAnatomy(DEFAULT_ANATOMY_FILES);
    expect(trusted.structures).to.deep.equal(anatomy.structures);
    expect([...trusted.byId.keys()]).to.deep.equal([...anatomy.byId.keys()]);
  });

  it('each trusted procedure equals the parsed one: defaults, shared routes and sequences included', () => {
    for (const [name, json] of Object.entries(BUNDLED_PROCEDURES)) {
      expect(trustedProcedure(json), name).to.deep.equal(parseProcedure(json, anatomy, `${name}.json`));
    }
  });

  it('the trusted obstruction cases equal the validated ones, defaults included', () => {
    const parsed = v.parse(ObstructionFileSchema, BUNDLED_OBSTRUCTIONS);
    const trusted = trustedObstructions(BUNDLED_OBSTRUCTIONS);
    expect(trusted.cases).to.deep.equal(parsed.cases);
    expect(trusted.default).to.equal(parsed.default);
  });

  it('the data files code reads at load pass their schemas and are used exactly as the validator returns them', () => {
    const without$ = (o: object) => Object.fromEntries(Object.entries(o).filter(([k]) => !k.startsWith('$')));
    expect(LANDMARKS).to.deep.equal(v.parse(LandmarksSchema, landmarks));
    expect(SHARED_ROUTES).to.deep.equal(v.parse(SharedRoutesSchema, routes));
    expect(SHARED_SEQUENCES).to.deep.equal(v.parse(SharedSequencesSchema, sequences).sequences);
    expect(STENT_SPECS).to.deep.equal(without$(v.parse(StentFileSchema, stents)));
    expect(DEVICE_SPECS).to.deep.equal(without$(v.parse(DeviceFileSchema, devices)));
    const parsedCameras = without$(v.parse(CameraFileSchema, cameras)) as Record<string, Record<string, unknown>>;
    expect(CAMERAS).to.deep.equal(
      Object.fromEntries(Object.entries(parsedCameras).map(([k, { x, y, w, h }]) => [k, { x, y, w, h }])),
    );
  });
});
