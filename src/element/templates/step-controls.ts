import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Timeline } from '../../timeline/timeline-types.js';

/** Marks either side keep a speed's sign after its number in a right-to-left page ("1×", not "×1"). */
const LTR_MARK = '\u200E';

/** What the playback controls show and call. */
export interface StepControlsModel {
  readonly timeline: Timeline;
  readonly index: number;
  readonly time: number;
  readonly playing: boolean;
  readonly speed: number;
  readonly audience: 'clinician' | 'patient';
  readonly labels: boolean;
  readonly onPlayPause: () => void;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
  readonly onGoTo: (index: number) => void;
  readonly onScrub: (time: number) => void;
  readonly onSpeed: (speed: number) => void;
  readonly onAudience: () => void;
  readonly onLabels: () => void;
}

const SPEEDS = [0.5, 1, 2];

/**
 * Play/pause, previous/next, speed and the timeline: the row the widget keeps above the step's text, so a step's
 * text, long or short, never moves the Next button. Previous and Next at the ends are `aria-disabled`, not
 * `disabled`, so the focus stays on them instead of falling to the page.
 */
export function renderPlayback(m: StepControlsModel) {
  const steps = m.timeline.steps;
  const step = steps[m.index];
  const last = steps.length - 1;
  return html`
    <div class="transport" role="group" aria-label=${msg('Playback')}>
      <button
        type="button"
        @click=${() => m.index > 0 && m.onPrevious()}
        aria-disabled=${String(m.index <= 0)}
        aria-label=${msg('Previous step')}
      >
        <span class="turn">◀◀</span>
      </button>
      <button type="button" class="play" @click=${m.onPlayPause} aria-label=${m.playing ? msg('Pause') : msg('Play')}>
        ${m.playing ? '❚❚' : '▶'}
      </button>
      <button
        type="button"
        @click=${() => m.index < last && m.onNext()}
        aria-disabled=${String(m.index >= last)}
        aria-label=${msg('Next step')}
      >
        <span class="turn">▶▶</span>
      </button>
      <span class="counter">${msg(str`Step ${m.index + 1} of ${steps.length}`)}</span>
      <label class="speed"
        ><span class="speed-word">${msg('Speed')}</span>
        <select @change=${(e: Event) => m.onSpeed(Number((e.target as HTMLSelectElement).value))}>
          ${SPEEDS.map((s) => html`<option value=${s} ?selected=${s === m.speed}>${LTR_MARK}${s}×${LTR_MARK}</option>`)}
        </select>
      </label>
    </div>
    <input
      class="scrubber"
      type="range"
      min="0"
      max=${m.timeline.duration}
      step="50"
      .value=${live(String(Math.round(m.time)))}
      aria-label=${msg('Timeline')}
      aria-valuetext=${step ? msg(str`Step ${m.index + 1}: ${m.audience === 'patient' ? step.patientTitle : step.title}`) : ''}
      @input=${(e: Event) => m.onScrub(Number((e.target as HTMLInputElement).value))}
    />
  `;
}

/** The display toggles and the step list, below the step's text. */
export function renderStepControls(m: StepControlsModel) {
  return html`
    <div class="toggles" role="group" aria-label=${msg('Display')}>
      <button type="button" aria-pressed=${String(m.labels)} @click=${m.onLabels}>${msg('Labels')}</button>
      <button type="button" aria-pressed=${String(m.audience === 'patient')} @click=${m.onAudience}>
        ${msg('Plain language')}
      </button>
    </div>
    <details class="step-list">
      <summary>${msg('All steps')}</summary>
      ${stepItems(m)}
    </details>
  `;
}

/**
 * The steps as an ordered list of buttons, the shown one marked `aria-current="step"`. The open list draws its own
 * numbers (hidden from assistive tech, which counts the list's items), so each sits on its title's first line.
 */
function stepItems(m: StepControlsModel, numbered = false) {
  return html`<ol>
    ${m.timeline.steps.map(
      (s, i) =>
        html`<li>
          ${numbered ? html`<span class="number" aria-hidden="true">${i + 1}.</span>` : nothing}<button
            type="button"
            class="step"
            aria-current=${i === m.index ? 'step' : nothing}
            @click=${() => m.onGoTo(i)}
          >
            ${m.audience === 'patient' ? s.patientTitle : s.title}
          </button>
        </li>`,
    )}
  </ol>`;
}

/**
 * The step list laid open below the controls, for the right column of a wide screen (a projector's slide), where
 * the collapsed list above gives way to it; the layout shows one of the two.
 */
export function renderStepAside(m: StepControlsModel) {
  const id = 'steps-aside-heading';
  return html`<nav class="steps-aside" aria-labelledby=${id}>
    <h3 id=${id}>${msg('All steps')}</h3>
    ${stepItems(m, true)}
  </nav>`;
}
