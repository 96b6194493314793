import { html, nothing } from 'lit';
import type { TimelineStep } from '../../timeline/timeline-types.js';

/** The current step's title and text in the chosen register, announced as it changes. */
export function renderCaption(step: TimelineStep | undefined, audience: 'clinician' | 'patient') {
  if (!step) return nothing;
  return html`<div class="caption" part="caption" aria-live="polite">
    <h2>${audience === 'patient' ? step.patientTitle : step.title}</h2>
    <p>${audience === 'patient' ? step.patient : step.clinician}</p>
  </div>`;
}
