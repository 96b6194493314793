import type { TimelineStep } from '../../timeline/timeline-types.js';

/** A step's title and text in the chosen register, as the caption shows them. */
export function stepText(step: TimelineStep, audience: 'clinician' | 'patient'): { title: string; text: string } {
  return audience === 'patient'
    ? { title: step.patientTitle, text: step.patient }
    : { title: step.title, text: step.clinician };
}
