import { render } from 'lit';
import { bundledObstructions } from '../../model/bundled-obstructions.js';
import type { Anatomy } from '../../model/parse-anatomy.js';
import type { Procedure } from '../../model/procedure-schema.js';
import { createSceneSvg, SceneRenderer } from '../../render/render-scene.js';
import { SceneBuilder } from '../../scene/build-scene.js';
import { sceneInputFor } from '../../scene/scene-input.js';
import { IDENTITY_VIEW } from '../../scene/zoom-camera.js';
import { sampleTimeline } from '../../timeline/sample-timeline.js';
import type { Timeline } from '../../timeline/timeline-types.js';
import { renderHandout } from '../templates/handout.js';
import { stepText } from '../templates/step-text.js';

export { handout as handoutStyles } from '../styles/handout.js';
export { aftercare as aftercareStyles } from '../styles/aftercare.js';

/** What the handout is drawn from: the element's display choices and its data. */
export interface HandoutInput {
  readonly labels: boolean;
  readonly view: 'illustration' | 'fluoroscopy';
  readonly audience: 'clinician' | 'patient';
  readonly anatomy: Anatomy;
  readonly timeline: Timeline;
  readonly procedure?: Procedure;
  /** The source line, with the link to this view. */
  readonly source: string;
  /** Prefix of the ids in the drawings (unique in the shadow root). */
  readonly uid: string;
}

/**
 * Each frame is laid out as if on a screen this wide (px), then printed about 44 mm wide: labels come out at
 * about 6 pt, and only the most important ones are placed.
 */
const FRAME_PX = 240;
const builder = new SceneBuilder();

/** Draws the storyboard into `box`: the texts by template, then each step's end state into its frame. */
export function drawHandout(box: HTMLElement, h: HandoutInput): void {
  const plain = h.audience === 'patient';
  const { timeline } = h;
  const caseOf = timeline.obstruction ? bundledObstructions().byId.get(timeline.obstruction) : undefined;
  render(
    renderHandout({
      title: timeline.title,
      subtitle: caseOf ? (plain ? caseOf.plainName : caseOf.name) : '',
      audience: h.audience,
      steps: timeline.steps.map((s) => stepText(s, h.audience)),
      aftercare: h.procedure?.aftercare,
      approach: timeline.approach,
      source: h.source,
    }),
    box,
  );
  box.querySelectorAll('.frame-picture').forEach((frame, i) => drawFrame(frame, h, i));
}

/** One step's end state, drawn into a fresh SVG with no hit targets (paper has no pointer). */
function drawFrame(frame: Element, h: HandoutInput, index: number): void {
  const step = h.timeline.steps[index]!;
  const uid = `${h.uid}-${index}`;
  frame.replaceChildren();
  const svg = createSceneSvg(frame, stepText(step, h.audience).title, '', uid);
  const input = sceneInputFor(
    {
      size: { width: FRAME_PX, height: (FRAME_PX * 750) / 770 },
      labels: h.labels,
      active: null,
      view: h.view,
      audience: h.audience,
      userView: IDENTITY_VIEW,
      camera: 'overview',
      ducts: 'normal',
    },
    sampleTimeline(h.timeline, step.end),
  );
  new SceneRenderer(svg, uid, { onActivate: () => undefined }).render(builder.build(h.anatomy, input));
  svg.querySelector('g.targets')?.replaceChildren();
  svg.nextElementSibling?.remove();
}
