import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { PROCEDURE_NAMES } from '../model/procedure-names.js';
import { cachedProcedure, fetchProcedure } from '../model/procedure-loader.js';
import { OBSTRUCTION_NAMES } from '../model/obstruction-names.js';
import { obstructionCase } from '../model/bundled-obstructions.js';
import type { Procedure } from '../model/procedure-schema.js';
import { STENT_NAMES } from '../model/stent-names.js';
import type { Unsuitability } from '../model/check-suitability.js';
import { CAMERAS, pixelsPerUnit, type CameraName } from '../model/cameras.js';
import { DataError } from '../model/data-error.js';
import { DEFAULT_ANATOMY_FILES } from '../model/default-anatomy.js';
import type { Anatomy } from '../model/parse-anatomy.js';
import { sampleTimeline, stepAt } from '../timeline/sample-timeline.js';
import type { SampledState, Timeline } from '../timeline/timeline-types.js';
import { buildScene, type SceneInput } from '../scene/build-scene.js';
import { attachZoom } from '../render/attach-zoom.js';
import { IDENTITY_VIEW, zoomAbout, zoomCamera, type UserView } from '../scene/zoom-camera.js';
import { createSceneSvg, renderScene } from '../render/render-scene.js';
import type { Clock } from './clock.js';
import { PlaybackEvent, StepChangeEvent, StructureEvent } from './events.js';
import { handleStepKey } from './handle-step-key.js';
import { PlaybackController } from './playback-controller.js';
import { readChoice } from './read-choice.js';
import { ReducedMotionController } from './reduced-motion-controller.js';
import { ResizeController } from './resize-controller.js';
import { renderStepControls } from './step-controls.js';
import { renderContext, renderStentCard, renderUnsuitable } from './info-panels.js';
import { loadTimeline } from './load-timeline.js';
import { LoadError } from './load-error.js';
import { rtlStyles } from './rtl.styles.js';
import { stageHeightStyles } from './stage-height.styles.js';
import { sceneInputFor } from './scene-input.js';
import { renderDataError, renderViewControls } from './view-controls.js';
import { styles } from './liver-intervention.styles.js';

const CAMERA_NAMES = Object.keys(CAMERAS) as CameraName[];
const DUCT_STATES = ['normal', 'dilated'] as const;
const VIEWS = ['illustration', 'fluoroscopy'] as const;
const APPROACHES = ['right', 'left'] as const satisfies readonly LiverIntervention['approach'][];
const AUDIENCES = ['clinician', 'patient'] as const;
let instances = 0;

/** Reads "false", "off", "no" and "0" as false; presence otherwise means true. */
const flag = {
  fromAttribute: (value: string | null) => value !== null && !/^(false|off|no|0)$/i.test(value.trim()),
  toAttribute: (value: boolean) => (value ? '' : 'off'),
};
/** Like `flag`, but an absent attribute means true (on by default). */
const onByDefault = { ...flag, fromAttribute: (value: string | null) => value === null || flag.fromAttribute(value) };

/**
 * An annotated liver and biliary-tree schematic that animates percutaneous
 * biliary procedures step by step.
 *
 * @summary Explorable liver/bile-duct SVG with seekable procedure playback.
 * @csspart scene - The box holding the drawing (focus it for the step keys).
 * @csspart controls - Playback and display controls.
 * @csspart caption - The current step's text (aria-live).
 * @csspart details - The highlighted structure's name and description (aria-live).
 * @csspart error - A data error message.
 * @cssprop --li-liver - Liver colour.
 * @cssprop --li-bile - Bile ducts.
 * @cssprop --li-gallbladder - Gallbladder.
 * @cssprop --li-portal - Portal venous system.
 * @cssprop --li-artery - Hepatic arteries.
 * @cssprop --li-vein - Inferior vena cava.
 * @cssprop --li-pancreas - Pancreas.
 * @cssprop --li-duodenum - Duodenum.
 * @cssprop --li-bone - Ribs and vertebrae.
 * @cssprop --li-lesion - Tumour or stricture.
 * @cssprop --li-contrast - Contrast medium in the ducts.
 * @cssprop --li-device - Wires and catheter walls.
 * @cssprop --li-metal - Needle shaft.
 * @cssprop --li-catheter - Catheter body.
 * @cssprop --li-bile-fluid - Bile in the drain and bag.
 * @cssprop --li-highlight - Outline of the highlighted structure.
 * @cssprop --li-focus - Focus rings.
 * @cssprop --li-ink - Text.
 * @cssprop --li-surface - Background.
 * @cssprop --li-panel - Panels and buttons.
 * @cssprop --li-font - Font family.
 * @cssprop --li-stage-max-height - Height cap of the drawing; default `78vh`, `none` in a self-sizing frame.
 * @fires li-step-change - The shown step changed; `detail` is `{ step, id, title }` (step is 1-based).
 * @fires li-play - Playback started; `detail.step`.
 * @fires li-pause - Playback paused before the end; `detail.step`.
 * @fires li-end - Playback reached the last step's end; `detail.step`.
 * @fires li-structure - A structure was pinned or unpinned; `detail.id` (null when cleared).
 */
@customElement('liver-intervention')
export class LiverIntervention extends LitElement {
  static override styles = [styles, rtlStyles, stageHeightStyles];

  /** Procedure: `ptcd` (default), `internal-drainage`, `balloon-dilation`, `stent`, or `none` (anatomy only). */
  @property({ reflect: true }) procedure: 'ptcd' | 'internal-drainage' | 'balloon-dilation' | 'stent' | 'none' = 'ptcd';
  /**
   * Obstruction case: `distal` (pancreatic-head mass, default), `hilar-1`, `hilar-2`, `hilar-3a`, `hilar-3b`,
   * `hilar-4` (Bismuth–Corlette) or `benign-anastomotic`. Switching keeps the step.
   */
  @property({ reflect: true }) obstruction:
    'distal' | 'hilar-1' | 'hilar-2' | 'hilar-3a' | 'hilar-3b' | 'hilar-4' | 'benign-anastomotic' = 'distal';
  /** Stent type for `procedure="stent"`: `mesh` (default), `z`, `spiral` or `plastic`. Switching keeps the step. */
  @property({ reflect: true }) stent: 'mesh' | 'z' | 'spiral' | 'plastic' = 'mesh';
  /** `illustration` (default) or `fluoroscopy` (what the X-ray shows). Switching keeps the step. */
  @property({ reflect: true }) view: 'illustration' | 'fluoroscopy' = 'illustration';
  /** Current step, 1-based. Setting it shows that step's end state at once. */
  @property({ type: Number, reflect: true }) step = 1;
  /** Access route: `right` intercostal (default) or `left` subxiphoid. */
  @property({ reflect: true }) approach: 'right' | 'left' = 'right';
  /** Step text register: `clinician` (default) or `patient` (plain language). */
  @property({ reflect: true }) audience: 'clinician' | 'patient' = 'clinician';
  /** Show structure labels; `labels="off"` hides them. Default on. */
  @property({ reflect: true, converter: onByDefault }) labels = true;
  /** Show the playback controls; `controls="off"` hides them. Default on. */
  @property({ reflect: true, converter: onByDefault }) controls = true;
  /** Start playing when first shown. Default off. */
  @property({ type: Boolean, reflect: true }) autoplay = false;
  /** With `procedure="none"`: duct calibre `normal` (default) or `dilated`. */
  @property({ reflect: true }) ducts: 'normal' | 'dilated' = 'normal';
  /** With `procedure="none"`: framing `overview` (default), `right-access`, `left-access`, `hilum`, `distal`. */
  @property({ reflect: true }) camera: 'overview' | 'right-access' | 'left-access' | 'hilum' | 'distal' = 'overview';
  /** Structure described below the scene, by anatomy id; null for none. */
  @property({ reflect: true }) selected: string | null = null;
  /** Anatomy files replacing the bundled ones, by file name. Invalid data shows its JSON path; the last good drawing stays. */
  @property({ attribute: false }) anatomyFiles: Readonly<Record<string, unknown>> = DEFAULT_ANATOMY_FILES;
  /** A procedure (JSON object, see data/schema) replacing the bundled one named by `procedure`. */
  @property({ attribute: false }) procedureData: unknown = null;

  /** True while the procedure is playing. Read-only. */
  get playing(): boolean {
    return this.isPlaying;
  }

  /** The current procedure's steps, in order. */
  get steps(): readonly { id: string; title: string }[] {
    return (this.timeline?.steps ?? []).map(({ id, title }) => ({ id, title }));
  }

  /** The frame source; replace it (e.g. with a manual clock in tests) before playing. */
  get clock(): Clock {
    return this.playback.clock;
  }
  set clock(clock: Clock) {
    this.playback.stop();
    this.playback.clock = clock;
  }

  @state() private anatomy?: Anatomy;
  @state() private timeline?: Timeline;
  @state() private procedureModel?: Procedure;
  @state() private unsuitable: Unsuitability | null = null;
  @state() private error: DataError | null = null;
  @state() private hovered: string | null = null;
  @state() private time = 0;
  @state() private userView: UserView = IDENTITY_VIEW;
  @state() private isPlaying = false;

  private readonly size = new ResizeController(this);
  private readonly motion = new ReducedMotionController(this);
  private readonly playback = new PlaybackController(this, (t, done) => this.onTime(t, done));
  private readonly uid = `li${++instances}`;
  private readonly warned = new Set<string>();
  private shownStep = -1;
  private pending?: Promise<void>;
  private memo?: { timeline: Timeline; t: number; state: SampledState };
  private svg?: SVGSVGElement;
  private detachZoom?: () => void;

  /** Plays from the current moment to the end; resolves when it ends or is paused. */
  async play(): Promise<void> {
    const timeline = this.timeline;
    if (!timeline) return;
    if (this.time >= timeline.duration - 0.5) this.playback.seek(0);
    this.isPlaying = true;
    this.dispatchEvent(new PlaybackEvent('li-play', this.step));
    const ended = await this.playback.runTo(timeline.duration);
    if (ended && this.isPlaying) {
      this.isPlaying = false;
      this.dispatchEvent(new PlaybackEvent('li-end', this.step));
    }
  }

  /** Pauses playback where it is. */
  pause(): void {
    if (!this.isPlaying) return;
    this.isPlaying = false;
    this.playback.stop();
    this.dispatchEvent(new PlaybackEvent('li-pause', this.step));
  }

  /** Animates the next step; resolves when its animation ends (at once under reduced motion). */
  next(): Promise<void> {
    return this.goTo(this.step + 1);
  }

  /** Animates the previous step from its start. */
  previous(): Promise<void> {
    return this.goTo(this.step - 1);
  }

  /** Animates step `step` (1-based) from its start; out-of-range values are clamped. */
  async goTo(step: number): Promise<void> {
    const timeline = this.timeline;
    if (!timeline || !Number.isFinite(step)) return;
    const index = Math.max(0, Math.min(timeline.steps.length - 1, Math.round(step) - 1));
    const target = timeline.steps[index]!;
    this.stopPlaying();
    if (this.motion.reduced) {
      this.playback.seek(target.end);
      return;
    }
    // A step owns (start, end]: start just inside it so no step-change event fires for the one before.
    this.playback.seek(Math.min(target.end, target.start + 0.01));
    await this.playback.runTo(target.end);
  }

  /** Also waits for a procedure that is still being fetched, so the picture is final when it resolves. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.pending) {
      await this.pending;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    const w = this.warned;
    if (changed.has('procedure')) this.procedure = readChoice(w, 'procedure', this.procedure, PROCEDURE_NAMES, 'ptcd');
    if (changed.has('approach')) this.approach = readChoice(w, 'approach', this.approach, APPROACHES, 'right');
    if (changed.has('audience')) this.audience = readChoice(w, 'audience', this.audience, AUDIENCES, 'clinician');
    if (changed.has('camera')) this.camera = readChoice(w, 'camera', this.camera, CAMERA_NAMES, 'overview');
    if (changed.has('ducts')) this.ducts = readChoice(w, 'ducts', this.ducts, DUCT_STATES, 'normal');
    if (changed.has('view')) this.view = readChoice(w, 'view', this.view, VIEWS, 'illustration');
    if (changed.has('stent')) this.stent = readChoice(w, 'stent', this.stent, STENT_NAMES, 'mesh');
    if (changed.has('obstruction')) {
      this.obstruction = readChoice(w, 'obstruction', this.obstruction, OBSTRUCTION_NAMES, 'distal');
    }
    const inputs = ['anatomyFiles', 'procedure', 'approach', 'procedureData', 'obstruction', 'stent'] as const;
    if (inputs.some((k) => changed.has(k))) this.load();
    if (changed.has('step') && this.timeline && this.step !== this.shownStep + 1) {
      this.stopPlaying();
      this.playback.seek(this.timeline.steps[this.requestedStep(this.timeline)]!.end);
    }
    if (changed.has('selected') && this.selected && this.anatomy && !this.anatomy.byId.has(this.selected)) {
      readChoice(w, 'selected', this.selected, [], '');
      this.selected = null;
    }
  }

  /** Parses the data; on failure keeps the last good anatomy and timeline and shows why. */
  private load(): void {
    const json = this.procedureData ?? cachedProcedure(this.procedure);
    if (json === undefined && this.procedure !== 'none') {
      // Fetch the procedure's chunk; the picture stays as it is until it arrives.
      const name = this.procedure;
      this.pending = fetchProcedure(name)
        .then(() => {
          if (this.procedure === name) this.load();
        })
        .catch((e: unknown) => {
          this.error = new LoadError(name, e);
        })
        .finally(() => (this.pending = undefined));
      return;
    }
    try {
      const loaded = loadTimeline({
        anatomyFiles: this.anatomyFiles,
        procedure: this.procedure,
        procedureData: json,
        authored: this.procedureData !== null,
        approach: this.approach,
        obstruction: this.obstruction,
        stent: this.stent,
      });
      const before = this.timeline;
      const into = before ? this.time - before.steps[stepAt(before, this.time)]!.start : Infinity;
      this.anatomy = loaded.anatomy;
      this.timeline = loaded.timeline;
      this.procedureModel = loaded.procedure;
      this.unsuitable = loaded.unsuitable;
      this.error = null;
      // Switching approach, stent, obstruction or data keeps the step, and the time within it.
      const step = loaded.timeline?.steps[this.requestedStep(loaded.timeline)];
      if (step) this.playback.seek(Math.min(step.end, step.start + Math.max(0.01, into)));
    } catch (e) {
      this.error = e instanceof DataError ? e : new DataError('data', [{ path: '(root)', message: String(e) }]);
    }
  }

  /** The 0-based index the `step` property asks for, clamped (with a warning) to the steps there are. */
  private requestedStep(timeline: Timeline): number {
    const index = Number.isFinite(this.step) ? Math.round(this.step) - 1 : 0;
    const clamped = Math.max(0, Math.min(timeline.steps.length - 1, index));
    if (clamped !== index) readChoice(this.warned, 'step', String(this.step), [], String(clamped + 1));
    return clamped;
  }

  override render() {
    const active = this.activeStructure();
    const timeline = this.timeline;
    const index = timeline ? stepAt(timeline, this.time) : 0;
    const current = timeline?.steps[index];
    const camera = zoomCamera(this.baseCamera(), this.userView);
    const cmPx = Math.round(28 * pixelsPerUnit(camera, this.size.width || 1, this.size.height || 1));
    return html`
      <figure>
        <div class="sides" aria-hidden="true">
          <span>R (patient)</span><span class="scalebar"><span style="width:${cmPx}px"></span>1 cm</span
          ><span>L (patient)</span>
        </div>
        <div
          class=${this.unsuitable ? 'stage is-unsuitable' : 'stage'}
          part="scene"
          tabindex="0"
          role="group"
          aria-label=${this.stageLabel()}
          @keydown=${this.onKey}
        ></div>
        ${this.error ? renderDataError(this.error, this.anatomy !== undefined) : nothing}
        ${
          this.unsuitable
            ? renderUnsuitable(this.unsuitable, this.audience, this.caseName(), (p) => (this.procedure = p))
            : current
              ? html`<div class="caption" part="caption" aria-live="polite">
                  <h2>${this.audience === 'patient' ? current.patientTitle : current.title}</h2>
                  <p>${this.audience === 'patient' ? current.patient : current.clinician}</p>
                </div>`
              : nothing
        }
        <div class="details" part="details" aria-live="polite">
          ${active ? html`<strong>${active.name}</strong> ${active.description}` : html`Hover, tap or tab to a structure to see what it is.`}
        </div>
        ${this.controls && !this.unsuitable ? this.renderControls(index) : nothing}
        ${this.procedure === 'stent' ? renderStentCard(this.stent) : nothing}
        ${renderContext(this.procedureModel?.context, this.audience)}
      </figure>
    `;
  }

  private renderControls(index: number) {
    const zoom = renderViewControls({
      zoomBy: (f) => this.zoomBy(f),
      reset: () => (this.userView = IDENTITY_VIEW),
      zoomed: this.userView.k > 1.001,
      labels: this.timeline ? undefined : { on: this.labels, toggle: () => (this.labels = !this.labels) },
    });
    if (!this.timeline) return html`<div class="controls" part="controls">${zoom}</div>`;
    return html`<div class="controls" part="controls">
      ${renderStepControls({
        timeline: this.timeline,
        index,
        time: this.time,
        playing: this.isPlaying,
        speed: this.playback.speed,
        audience: this.audience,
        labels: this.labels,
        onPlayPause: () => (this.isPlaying ? this.pause() : void this.play()),
        onPrevious: () => void this.previous(),
        onNext: () => void this.next(),
        onGoTo: (i) => void this.goTo(i + 1),
        onScrub: (t) => {
          this.stopPlaying();
          this.playback.seek(t);
        },
        onSpeed: (s) => {
          this.playback.speed = s;
          this.requestUpdate();
        },
        onAudience: () => (this.audience = this.audience === 'patient' ? 'clinician' : 'patient'),
        onLabels: () => (this.labels = !this.labels),
      })}
      ${zoom}
    </div>`;
  }

  override firstUpdated(): void {
    if (this.autoplay && this.timeline) {
      this.playback.seek(0);
      void this.play();
    }
  }

  override updated(): void {
    const stage = this.renderRoot.querySelector('.stage');
    if (!stage || !this.anatomy) return;
    this.size.observe(stage);
    if (!this.svg) {
      this.svg = createSceneSvg(stage, 'Liver and biliary tree, front view', DESCRIPTION, this.uid);
      this.detachZoom = attachZoom(this.svg, {
        onZoom: (factor, x, y) => (this.userView = zoomAbout(this.baseCamera(), this.userView, factor, x, y)),
        onPan: (dx, dy) => (this.userView = { ...this.userView, dx: this.userView.dx + dx, dy: this.userView.dy + dy }),
      });
    }
    try {
      renderScene(this.svg, buildScene(this.anatomy, this.sceneInput()), this.uid, {
        onActivate: (id, pinned) => this.activate(id, pinned),
      });
    } catch (e) {
      // A drawing fault must never take the host page down; the last frame stays.
      console.error('<liver-intervention>: could not draw the scene', e);
    }
  }

  /** The step's (or the `camera` attribute's) framing, before the user's zoom. */
  private baseCamera() {
    return this.sampled()?.camera ?? CAMERAS[this.camera];
  }

  private zoomBy(factor: number): void {
    const c = zoomCamera(this.baseCamera(), this.userView);
    this.userView = zoomAbout(this.baseCamera(), this.userView, factor, c.x + c.w / 2, c.y + c.h / 2);
  }

  private sceneInput(): SceneInput {
    return sceneInputFor(
      {
        size: this.size,
        labels: this.labels,
        active: this.activeStructure()?.id ?? null,
        view: this.view,
        audience: this.audience,
        userView: this.userView,
        camera: this.camera,
        ducts: this.ducts,
      },
      this.sampled(),
    );
  }

  private sampled(): SampledState | undefined {
    const timeline = this.timeline;
    if (!timeline) return undefined;
    const t = this.displayTime();
    // Render, camera and scale bar all ask within one frame: sample once.
    if (this.memo?.timeline !== timeline || this.memo.t !== t) {
      this.memo = { timeline, t, state: sampleTimeline(timeline, t) };
    }
    return this.memo.state;
  }

  /** Under reduced motion the picture snaps to each step's end: no tweening. */
  private displayTime(): number {
    const timeline = this.timeline;
    if (!timeline || !this.motion.reduced) return this.time;
    return timeline.steps[stepAt(timeline, this.time)]!.end;
  }

  private onTime(time: number, done: boolean): void {
    this.time = time;
    const timeline = this.timeline;
    if (!timeline) return;
    const index = stepAt(timeline, time);
    if (index !== this.shownStep) {
      this.shownStep = index;
      this.step = index + 1;
      const s = timeline.steps[index]!;
      this.dispatchEvent(new StepChangeEvent({ step: index + 1, id: s.id, title: s.title }));
    }
    if (done && !this.playback.running) this.requestUpdate();
  }

  private stopPlaying(): void {
    if (this.isPlaying) this.pause();
    else this.playback.stop();
  }

  private readonly onKey = (e: KeyboardEvent) => handleStepKey(e, this);

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.isPlaying = false;
    this.detachZoom?.();
    this.svg?.remove();
    this.svg = undefined;
    this.detachZoom = undefined;
  }

  private activeStructure() {
    const id = this.hovered ?? this.selected;
    return id ? this.anatomy?.byId.get(id) : undefined;
  }

  private activate(id: string | null, pinned: boolean): void {
    if (!pinned) {
      this.hovered = id;
      return;
    }
    this.selected = this.selected === id ? null : id;
    this.hovered = null;
    this.dispatchEvent(new StructureEvent(this.selected));
  }

  /** The obstruction case's name in the current register. */
  private caseName(): string {
    try {
      const c = obstructionCase(this.obstruction);
      return this.audience === 'patient' ? c.plainName : c.name;
    } catch {
      return this.obstruction;
    }
  }

  private stageLabel(): string {
    return this.timeline
      ? `${this.timeline.title}. Arrow keys or Page Up/Down change the step, Space plays or pauses.`
      : 'Liver and biliary tree';
  }
}

const DESCRIPTION =
  'Front view with the patient facing you: the patient’s right is on your left. The liver sits under the right ribs; ' +
  'bile ducts (green) join at the hilum into the common hepatic duct, which becomes the common bile duct and runs ' +
  'behind the duodenum and pancreas to the papilla.';

declare global {
  interface HTMLElementTagNameMap {
    'liver-intervention': LiverIntervention;
  }
}
