import { expect, waitUntil } from '@open-wc/testing';
import stents from '../../data/stents.json';
import esStents from '../../data/i18n/es/stents.es.json';
import { STENT_NAMES } from '../../src/model/stent-names.js';
import type { LiverIntervention } from '../../src/element/liver-intervention.js';
import { mount } from './mount.js';

/** The stent card once the lazy extras have drawn it. */
async function cardOf(el: LiverIntervention, name: string): Promise<HTMLDetailsElement> {
  const find = () => el.shadowRoot!.querySelector<HTMLDetailsElement>('[part="stent-card"]');
  await waitUntil(() => find()?.querySelector('summary')?.textContent?.trim() === name, `card titled "${name}"`, {
    timeout: 5000,
  });
  return find()!;
}

describe('stent card', () => {
  for (const type of STENT_NAMES) {
    const spec = stents[type];
    it(`${type}: clinicians compare the facts; patients get a plain name and plain words`, async () => {
      const clinician = await cardOf(await mount(480, { procedure: 'stent', stent: type }), spec.name);
      expect([...clinician.querySelectorAll('dt')].length).to.equal(5);
      expect(clinician.textContent).to.include(spec.sizes);

      const patient = await cardOf(
        await mount(480, { procedure: 'stent', stent: type, audience: 'patient' }),
        spec.plainName,
      );
      const words = patient.textContent!.replace(/\s+/g, ' ');
      expect(words).to.include(spec.patient);
      // None of the clinician's card: no French sizes, no maker's type names, no comparison table.
      expect(patient.querySelector('dl')).to.equal(null);
      expect(words).not.to.match(/\d+\s*F\b|Wallstent|Gianturco|Rösch|endoprosthesis|palliation/i);
    });
  }

  it('a patient reading Spanish gets the Spanish plain name and words', async () => {
    const el = await mount(480, { procedure: 'stent', stent: 'z', audience: 'patient', lang: 'es' });
    const card = await cardOf(el, esStents['z.plainName']);
    expect(card.textContent).to.include(esStents['z.patient']);
  });
});
