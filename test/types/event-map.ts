// A consumer's view of the package: `tsc --noEmit` (npm run check) compiles
// this file, so a lost event typing fails the check, not a user's build.
import type { LiverIntervention, StepChangeDetail } from '../../src/index.js';

declare const el: LiverIntervention;

el.addEventListener('li-step-change', (e) => {
  const step: number = e.detail.step;
  const detail: StepChangeDetail = e.detail;
  // @ts-expect-error: the detail has no such field
  void e.detail.nope;
  void [step, detail.id, detail.title];
});
el.addEventListener('li-play', (e) => void (e.detail.step satisfies number));
el.addEventListener('li-end', (e) => void (e.detail.step satisfies number));
el.addEventListener('li-structure', (e) => void (e.detail.id satisfies string | null));
document.body.addEventListener('li-pause', (e) => void (e.detail.step satisfies number));
