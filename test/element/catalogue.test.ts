import { expect } from '@open-wc/testing';
import { type DataTexts, packCatalogue } from '../../src/element/i18n/catalogue.js';

const CBD = 'structures.common-bile-duct.description';

/** A language pack whose anatomy names are there and whose descriptions come by anatomy file, counting fetches. */
function pack(ducts: () => Promise<DataTexts>) {
  const calls: string[] = [];
  const lazy = {
    anatomy: () => (calls.push('anatomy'), Promise.resolve({ 'structures.common-bile-duct.name': 'Colédoco' })),
    'anatomy.texts/ducts': () => (calls.push('ducts'), ducts()),
    'anatomy.texts/skeleton': () => (calls.push('skeleton'), Promise.resolve({})),
  };
  return { calls, catalogue: packCatalogue({ ui: { templates: {} }, data: {}, lazy }) };
}

describe('a catalogue’s structure descriptions', () => {
  it('come from their anatomy file’s part alone, once, and are looked up with the names', async () => {
    const { calls, catalogue } = pack(() => Promise.resolve({ [CBD]: 'La vía biliar principal' }));
    await catalogue.need('ptcd');
    expect(catalogue.lookup('anatomy')!(CBD, 'The main bile duct')).to.equal('The main bile duct');
    const loaded = catalogue.loaded();
    const first = catalogue.needStructureTexts('ducts');
    const again = catalogue.needStructureTexts('ducts');
    expect(again, 'asked again while loading').to.be.instanceOf(Promise);
    await Promise.all([first, again]);
    expect(catalogue.needStructureTexts('ducts'), 'asked once loaded').to.equal(undefined);
    expect(catalogue.lookup('anatomy')!(CBD, 'The main bile duct')).to.equal('La vía biliar principal');
    expect(catalogue.lookup('anatomy')!('structures.common-bile-duct.name', 'CBD')).to.equal('Colédoco');
    expect(calls.filter((c) => c !== 'anatomy')).to.deep.equal(['ducts']);
    // A translated procedure made before they came needs no new copy: its text did not change.
    expect(catalogue.loaded()).to.equal(loaded);
  });

  it('stop asking after a failed fetch, so the English stands in instead of a fetch at every frame', async () => {
    const { calls, catalogue } = pack(() => Promise.reject(new Error('offline')));
    await catalogue.needStructureTexts('ducts')?.catch(() => undefined);
    expect(catalogue.needStructureTexts('ducts')).to.equal(undefined);
    expect(catalogue.lookup('anatomy')!(CBD, 'The main bile duct')).to.equal('The main bile duct');
    expect(calls).to.deep.equal(['ducts']);
  });
});
