import { msg, str } from '@lit/localize';
import { render } from 'lit';
import { bundledObstructions } from '../../model/bundled-obstructions.js';
import type { Anatomy } from '../../model/parse-anatomy.js';
import type { Procedure } from '../../model/procedure-schema.js';
import { createSceneSvg, SceneRenderer } from '../../render/render-scene.js';
import type { SceneBuilder } from '../../scene/build-scene.js';
import { sceneInputFor } from '../../scene/scene-input.js';
import { IDENTITY_VIEW } from '../../scene/zoom-camera.js';
import { sampleTimeline } from '../../timeline/sample-timeline.js';
import type { Timeline } from '../../timeline/timeline-types.js';
import { sceneWords } from '../controllers/scene-host-controller.js';
import type { Catalogue } from '../i18n/catalogue.js';
import { inLanguage } from '../i18n/messages.js';
import { renderHandout } from '../templates/handout.js';
import { stepText } from '../templates/step-text.js';

/** What a handout is drawn from: the widget's settings, its data and its language. */
export interface HandoutJob {
  readonly box: HTMLElement;
  readonly anatomy: Anatomy;
  readonly timeline: Timeline;
  readonly procedure?: Procedure;
  readonly labels: boolean;
  readonly view: 'illustration' | 'fluoroscopy';
  readonly audience: 'clinician' | 'patient';
  /**
   * Draws the aftercare picture for the route in use (the extras chunk's, which draws the aftercare view), in the
   * language current when called.
   */
  readonly figure: () => unknown;
  /** The link to the state shown, or where it is local the procedure's name. */
  readonly source: string;
  readonly catalogue: Catalogue;
  /** Prefix of the frames' SVG ids, unique on the page. */
  readonly uid: string;
  readonly builder: SceneBuilder;
}

/**
 * Each frame is laid out as if on a screen this wide (px), then printed 38 mm (a patient's) or 44 mm wide, so
 * only the most important labels are placed.
 */
const FRAME_PX = 240;
/**
 * Labels on paper: at a screen's size they printed at about 5½–6 pt, under what a printed figure is read at. Scaled,
 * they print at about 8 pt on a patient's 38 mm picture and 7½ pt on a clinician's 44 mm one.
 */
const PRINTED_LABELS = { patient: 1.5, clinician: 1.2 } as const;

/** Renders the storyboard, the handout's words, the case name and each frame's labels in the widget's language. */
export function drawHandout(job: HandoutJob): void {
  const { timeline, audience } = job;
  inLanguage(job.catalogue.ui, () => {
    render(
      renderHandout({
        title: audience === 'patient' ? timeline.patientTitle : timeline.title,
        subtitle: caseName(job),
        audience,
        steps: timeline.steps.map((s) => stepText(s, audience)),
        aftercare: job.procedure?.aftercare,
        figure: job.figure(),
        // A patient's footer says what the pictures are without the drawing's units.
        source:
          audience === 'patient'
            ? msg(str`Simple drawings, not exact pictures of your body. liver-intervention (MIT): ${job.source}`)
            : msg(str`Schematic: lengths to scale, tube widths drawn ×1.5. liver-intervention (MIT): ${job.source}`),
      }),
      job.box,
    );
    job.box.querySelectorAll('.frame-picture').forEach((frame, i) => drawFrame(frame, job, i));
  });
}

/** The case's name in the audience's register and the widget's language; empty without a case. */
function caseName({ timeline, audience, catalogue }: HandoutJob): string {
  const id = timeline.obstruction;
  const found = id ? bundledObstructions().byId.get(id) : undefined;
  if (!found) return '';
  const field = audience === 'patient' ? 'plainName' : 'name';
  const english = found[field];
  return catalogue.lookup('obstructions')?.(`cases.${id}.${field}`, english) ?? english;
}

/** One step's still picture (its end, or the moment it names), drawn into a fresh SVG with no hit targets. */
function drawFrame(frame: Element, job: HandoutJob, index: number): void {
  const step = job.timeline.steps[index]!;
  const uid = `${job.uid}-print${index}`;
  frame.replaceChildren();
  const svg = createSceneSvg(frame, stepText(step, job.audience).title, '', uid);
  const input = sceneInputFor(
    {
      size: { width: FRAME_PX, height: (FRAME_PX * 750) / 770 },
      labels: job.labels,
      active: null,
      view: job.view,
      audience: job.audience,
      userView: IDENTITY_VIEW,
      camera: 'overview',
      ducts: 'normal',
      words: sceneWords(),
      labelScale: PRINTED_LABELS[job.audience],
    },
    // Paper has no key for a step's focus outline: without one it reads as a fourth structure.
    { ...sampleTimeline(job.timeline, step.picture), highlight: [] },
  );
  new SceneRenderer(svg, uid, { onActivate: () => undefined }).render(job.builder.build(job.anatomy, input));
  svg.querySelector('g.targets')?.replaceChildren();
  // A frame has no close-up map, nor the words under it ("This is where it went in"), which point at the map.
  frame.querySelectorAll(':scope > svg.locator, :scope > p.locator-note').forEach((n) => n.remove());
}
