import { expect } from '@open-wc/testing';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { cachedProcedure, fetchProcedure } from '../../src/model/procedure-loader.js';
import { DEFAULT_PROCEDURE, PROCEDURE_FILES, PROCEDURE_NAMES } from '../../src/model/procedure-names.js';
import { mount } from '../element/mount.js';

describe('procedures found from data/procedures/', () => {
  it('offers every procedure file by its name, the default first and `none` last', () => {
    const files = Object.keys(BUNDLED_PROCEDURES).sort();
    expect(files).to.include.members(['ptcd', 'internal-drainage', 'balloon-dilation', 'stent', 'cholecystostomy']);
    expect(Object.keys(PROCEDURE_FILES).sort()).to.deep.equal(files);
    expect(PROCEDURE_NAMES[0]).to.equal(DEFAULT_PROCEDURE);
    expect(PROCEDURE_NAMES.at(-1)).to.equal('none');
    expect([...PROCEDURE_NAMES].slice(0, -1).sort()).to.deep.equal(files);
  });

  it('names each procedure after its file: the `id` inside equals the file name', () => {
    for (const [name, json] of Object.entries(BUNDLED_PROCEDURES)) expect((json as { id: string }).id).to.equal(name);
  });

  it('has the default at once and loads another on demand, the same JSON the files hold', async () => {
    expect(cachedProcedure(DEFAULT_PROCEDURE)).to.deep.equal(BUNDLED_PROCEDURES[DEFAULT_PROCEDURE]);
    expect(await fetchProcedure('cholecystostomy')).to.deep.equal(BUNDLED_PROCEDURES.cholecystostomy);
    expect(cachedProcedure('cholecystostomy')).to.deep.equal(BUNDLED_PROCEDURES.cholecystostomy);
    expect(await fetchProcedure('none')).to.equal(undefined);
  });

  it('lets the element show a procedure that exists only as a data file, with its own route names', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await mount(800, { procedure: 'cholecystostomy' });
      expect(el.procedure).to.equal('cholecystostomy');
      // The element's default `right` is replaced by the procedure's own default route, silently.
      expect(el.approach).to.equal('transhepatic');
      expect(el.steps.map((s) => s.id)).to.include('th-puncture');
      el.approach = 'transperitoneal';
      await el.updateComplete;
      expect(el.steps.map((s) => s.id)).to.include('tp-puncture');
      expect(warnings).to.deep.equal([]);
    } finally {
      console.warn = warn;
    }
  });
});
