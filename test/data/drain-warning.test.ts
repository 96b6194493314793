import { expect } from '@open-wc/testing';
import ptcd from '../../data/procedures/ptcd.json';

describe('drain warning signs (brief §6)', () => {
  it('the last drainage step tells both readers to report a drain that stops draining, leaks or falls out', () => {
    const step = ptcd.steps.find((s) => s.id === 'drainage')!;
    for (const text of [step.patient, step.clinician]) {
      expect(text).to.match(/stops draining/);
      expect(text).to.match(/leaks/);
      expect(text).to.match(/falls out/);
    }
    expect(step.sources).to.include.members(['S38a', 'S38c']);
  });
});
