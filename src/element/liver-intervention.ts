import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { pixelsPerUnit } from '../model/cameras.js';
import { DEFAULT_PROCEDURE } from '../model/procedure-names.js';
import { DEFAULT_ANATOMY_FILES } from '../model/default-anatomy.js';
import { zoomCamera } from '../scene/zoom-camera.js';
import { stepAt } from '../timeline/sample-timeline.js';
import { applyChoices, ATTRIBUTE_CHOICES } from './attribute-choices.js';
import type { Clock } from './clock.js';
import { offByDefault, onByDefault, readFlag, readStep, toNumber } from './converters.js';
import { AftercareController } from './controllers/aftercare-controller.js';
import { AuthorContentController } from './controllers/author-content-controller.js';
import { announceError, DataController } from './controllers/data-controller.js';
import { FullscreenController } from './controllers/fullscreen-controller.js';
import { HandoutController } from './controllers/handout-controller.js';
import { PresenterController } from './controllers/presenter-controller.js';
import { ShareController } from './controllers/share-controller.js';
import { buildShareUrl, shareStateOf } from './share/share-url.js';
import { renderSharePanel } from './templates/share-panel.js';
import { ReducedMotionController } from './controllers/reduced-motion-controller.js';
import { ResizeController } from './controllers/resize-controller.js';
import { SceneHostController } from './controllers/scene-host-controller.js';
import { TransportController } from './controllers/transport-controller.js';
import { UserViewController } from './controllers/user-view-controller.js';
import { VisibilityController } from './controllers/visibility-controller.js';
import { handleStepKey } from './handle-step-key.js';
import { readChoice, warnOnce } from './read-choice.js';
import { elementStyles } from './styles/element-styles.js';
import { renderCaption } from './templates/caption.js';
import { renderContext } from './templates/context-panel.js';
import { renderControls } from './templates/controls.js';
import { renderDataError } from './templates/data-error.js';
import { renderDetails } from './templates/details.js';
import { renderStentCard } from './templates/stent-card.js';
import { renderUnsuitable } from './templates/unsuitable-panel.js';
import { SCALE_NOTE } from './scale-note.js';

const THEMES = ['light', 'dark', 'projector', 'high-contrast'] as const;

let instances = 0;
/** While playing, the scrubber follows the time in steps of this many ms, not every frame. */
const SCRUBBER_MS = 250;

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
 * @csspart loading - Shown while a procedure is being fetched.
 * @csspart blank - The black cover of a blanked widget (presenter mode).
 * @csspart context - The procedure's clinical (or patient) context panel.
 * @csspart stent-card - The chosen stent type's facts (`procedure="stent"`).
 * @csspart aftercare - "What you will see afterwards": the drain on the skin, its care and warning signs (after the last step).
 * @csspart handout - The printed storyboard of every step (shown only when printing).
 * @cssprop --li-liver - Liver colour.
 * @cssprop --li-segment - Couinaud segment boundaries inside the liver.
 * @cssprop --li-liver-tint - What the liver fill is mixed toward (light: a warm white).
 * @cssprop --li-tint - What tissue fills are mixed toward (light: white; dark: near black).
 * @cssprop --li-bile - Bile ducts.
 * @cssprop --li-pancreatic-duct - Main and accessory pancreatic ducts, apart from the bile ducts.
 * @cssprop --li-gallbladder - Gallbladder.
 * @cssprop --li-portal - Portal venous system.
 * @cssprop --li-artery - Hepatic arteries.
 * @cssprop --li-vein - Inferior vena cava.
 * @cssprop --li-pancreas - Pancreas.
 * @cssprop --li-duodenum - Duodenum.
 * @cssprop --li-bone - Ribs and vertebrae.
 * @cssprop --li-cartilage - Costal cartilage.
 * @cssprop --li-stomach - Stomach (shown for left access).
 * @cssprop --li-lung - Lung bases.
 * @cssprop --li-pleura - Costophrenic recess.
 * @cssprop --li-diaphragm - Diaphragm.
 * @cssprop --li-ligament - Falciform ligament and ligamentum teres.
 * @cssprop --li-skin - Skin and body wall.
 * @cssprop --li-reference - Access landmarks: entry, target and aim points.
 * @cssprop --li-lesion - Tumour or stricture.
 * @cssprop --li-contrast - Contrast medium in the ducts.
 * @cssprop --li-device - Wires and catheter walls.
 * @cssprop --li-metal - Needle shaft.
 * @cssprop --li-wire - Guidewire core.
 * @cssprop --li-hub - Needle and catheter hubs.
 * @cssprop --li-stent - Stent wires and body.
 * @cssprop --li-stent-second - The second stent of a hilar pair (a second tint).
 * @cssprop --li-probe - Ultrasound probe.
 * @cssprop --li-beam - Ultrasound beam.
 * @cssprop --li-catheter - Catheter body.
 * @cssprop --li-bile-fluid - Bile in the drain and bag.
 * @cssprop --li-highlight - Outline of the highlighted structure.
 * @cssprop --li-focus - Focus rings.
 * @cssprop --li-ink - Text.
 * @cssprop --li-muted - Secondary text (sides, scale bar).
 * @cssprop --li-surface - Background.
 * @cssprop --li-panel - Panels and buttons.
 * @cssprop --li-font - Font family.
 * @cssprop --li-stage-max-height - Height cap of the drawing; default `78vh`, `none` in a self-sizing frame.
 * @fires {StepChangeEvent} li-step-change - The shown step changed; `detail` is `{ step, id, title }` (step is 1-based).
 * @fires {PlaybackEvent} li-play - Playback started; `detail.step`.
 * @fires {PlaybackEvent} li-pause - Playback paused before the end; `detail.step`.
 * @fires {PlaybackEvent} li-end - Playback reached the last step's end; `detail.step`.
 * @fires {StructureEvent} li-structure - A structure was pinned or unpinned; `detail.id` (null when cleared).
 * @fires {DataErrorEvent} li-error - Author data was rejected; `detail` is `{ code, path, message, source, problems }`.
 */
@customElement('liver-intervention')
export class LiverIntervention extends LitElement {
  static override styles = elementStyles;

  /**
   * Procedure: the name of a file in data/procedures/ (shipped: `ptcd` (default), `internal-drainage`,
   * `balloon-dilation`, `stent`, `cholecystostomy`), or `none` (anatomy only).
   */
  @property({ reflect: true }) procedure: string = DEFAULT_PROCEDURE;
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
  /**
   * Current step, 1-based. Setting it shows that step's end state at once.
   * Numeric text is read as a number (`"3"` is 3) and values past the ends
   * are clamped; anything else is 1, with one warning.
   */
  @property({ reflect: true })
  get step(): number {
    return this.stepValue;
  }
  set step(value: number) {
    const old = this.stepValue;
    this.stepValue = readStep(this.warned, value);
    this.requestUpdate('step', old);
  }
  /**
   * Access route, one the procedure offers: `right` intercostal (default) or `left` subxiphoid for the biliary
   * procedures; `transhepatic` (its default) or `transperitoneal` for `cholecystostomy`. A route the procedure
   * does not offer becomes its default, with one warning (`right` silently).
   */
  @property({ reflect: true }) approach: string = 'right';
  /** Step text register: `clinician` (default) or `patient` (plain language). */
  @property({ reflect: true }) audience: 'clinician' | 'patient' = 'clinician';
  /** Show structure labels; `labels="off"` hides them. Default on. */
  @property({ reflect: true, converter: onByDefault }) labels = true;
  /** Show the playback controls; `controls="off"` hides them. Default on. */
  @property({ reflect: true, converter: onByDefault }) controls = true;
  /** Start playing when first shown. Default off; `autoplay="false"` (or `off`, `no`, `0`) keeps it off. */
  @property({ reflect: true, converter: offByDefault }) autoplay = false;
  /** With `procedure="none"`: duct calibre `normal` (default) or `dilated`. */
  @property({ reflect: true }) ducts: 'normal' | 'dilated' = 'normal';
  /**
   * Colour theme: `light` (the default), `dark`, `projector` (contrast ≥ 7:1, thicker outlines, larger labels
   * and captions) or `high-contrast`. Unset, it follows the system's light or dark preference.
   */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'projector' | 'high-contrast';
  /** Blanks the widget (presenter mode, like a slide show's black screen); the `B` and `.` keys toggle it. Default off. */
  @property({ reflect: true, converter: offByDefault }) blank = false;
  /** Spotlight: dims everything but the pinned `selected` structure (click, tap or Enter on one pins it). Default off. */
  @property({ reflect: true, converter: offByDefault }) spotlight = false;
  /**
   * Base URL of shared links (`shareUrl()`, the Share button), e.g. your page that embeds the widget or the
   * embed page; its query takes the state. Default: the current page.
   */
  @property({ attribute: 'share-base' }) shareBase: string | null = null;
  /**
   * With `procedure="none"`: a framing of data/cameras.json: `overview` (default), `right-access`, `left-access`,
   * `hilum`, `distal`, `gallbladder`.
   */
  @property({ reflect: true }) camera: string = 'overview';
  /** Structure described below the scene, by anatomy id; null for none. */
  @property({ reflect: true }) selected: string | null = null;
  /** Anatomy files replacing the bundled ones, by file name. Invalid data shows its JSON path; the last good drawing stays. */
  @property({ attribute: false }) anatomyFiles: Readonly<Record<string, unknown>> = DEFAULT_ANATOMY_FILES;
  /**
   * A procedure (JSON object, see data/schema) replacing the bundled one named by `procedure`.
   * It wins over a child `<script type="application/json">` and over `src`.
   */
  @property({ attribute: false }) procedureData: unknown = null;
  /**
   * URL of a procedure JSON file (same origin, or served with CORS), used when neither
   * `procedureData` nor an inline `<script type="application/json">` child gives one.
   */
  @property({ reflect: true }) src: string | null = null;

  /** True while the procedure is playing. Read-only. */
  get playing(): boolean {
    return this.transport.playing;
  }

  /** The current procedure's steps, in order. */
  get steps(): readonly { id: string; title: string }[] {
    return (this.data.timeline?.steps ?? []).map(({ id, title }) => ({ id, title }));
  }

  /** The frame source; replace it (e.g. with a manual clock in tests) before playing. */
  get clock(): Clock {
    return this.transport.playback.clock;
  }
  set clock(clock: Clock) {
    this.transport.playback.stop();
    this.transport.playback.clock = clock;
  }

  private readonly warned = new Set<string>();
  private stepValue = 1;
  /** Pixels per centimetre in the last render, for the scale bar. */
  private readonly size = new ResizeController(this);
  private readonly motion = new ReducedMotionController(this);
  private readonly fullscreenMode = new FullscreenController(this);
  private readonly transport: TransportController = new TransportController(
    this,
    {
      timeline: () => this.data.timeline,
      reduced: () => this.motion.reduced,
      frame: () => this.frame(),
      still: () => this.data.unsuitable !== null,
    },
    this.warned,
  );
  private readonly content: AuthorContentController = new AuthorContentController(this, (e) => announceError(this, e));
  private readonly data: DataController = new DataController(this, this.transport, this.warned, this.content);
  // Off screen or in a hidden tab, playback asks for no frames; it goes on where it was when seen again.
  private readonly visibility = new VisibilityController(this, (visible) => this.transport.playback.hold(!visible));
  private readonly userView: UserViewController = new UserViewController(this, () => this.scene.baseCamera());
  private readonly scene: SceneHostController = new SceneHostController(this, `li${++instances}`, {
    size: this.size,
    motion: this.motion,
    transport: this.transport,
    data: this.data,
    userView: this.userView,
  });

  private readonly presenter = new PresenterController(
    this,
    () => this.fullscreenMode.active,
    (e) => this.onKey(e),
  );

  constructor() {
    super();
    // On the host, so keys from any part of the widget (scene, buttons) are seen, and stopped, here.
    this.addEventListener('keydown', (e) => this.onKey(e));
  }

  /** True while the widget fills the screen. Read-only. */
  get fullscreen(): boolean {
    return this.fullscreenMode.active;
  }

  /** Enters or leaves full screen (the `F` key and the Full screen button); browsers allow it only after a user action. */
  toggleFullscreen(): Promise<void> {
    return this.fullscreenMode.toggle();
  }

  /** Blanks or unblanks the widget (the `B` and `.` keys). */
  toggleBlank(): void {
    this.blank = !this.blank;
  }

  private readonly share = new ShareController(this, () => this.shareUrl());
  private readonly handout = new HandoutController(this, () => this.data);

  /**
   * Prints a handout: an A4 storyboard of every step of the current procedure and case (small drawings with
   * their captions) in the chosen audience, with the warning signs and a source line, and no controls. Printing
   * the page from the browser gives the same.
   */
  printHandout(): void {
    this.handout.print();
  }

  private readonly aftercare = new AftercareController(this, () => ({
    aftercare: this.data.procedure?.aftercare,
    last: (this.data.timeline?.steps.length ?? 0) - 1,
  }));

  /**
   * A short link to what is shown now: `share-base` (default the current page) with only the attributes that
   * differ from their defaults, e.g. `…/embed.html?procedure=stent&step=4`. The embed page reads the same names.
   */
  shareUrl(): string {
    const fallbacks = {
      ...Object.fromEntries(Object.entries(ATTRIBUTE_CHOICES).map(([k, v]) => [k, v.fallback])),
      approach: this.data.procedure?.options.approach?.default ?? 'right',
    };
    const { state, defaults } = shareStateOf(this, this.data.timeline ? this.step : null, fallbacks);
    const here = typeof location === 'undefined' ? 'http://localhost/' : location.href;
    let base = here;
    try {
      base = new URL(this.shareBase ?? here, here).href;
    } catch {
      readChoice(this.warned, 'share-base', this.shareBase, [], 'the current page');
    }
    return buildShareUrl(state, defaults, base);
  }

  /**
   * The shown frame as a file, `svg` (default) or `png` (2× size): the drawing as it looks now (theme, view,
   * labels), the step's caption and a source line with the link to this view. The exporter loads on first use.
   */
  async exportFrame(type: 'svg' | 'png' = 'svg'): Promise<Blob> {
    const svg = this.renderRoot.querySelector<SVGSVGElement>('svg.scene');
    if (!svg) throw new Error('<liver-intervention>: nothing is drawn yet');
    const { exportSvg, exportPng } = await import('./share/export-frame.js');
    const caption = this.renderRoot.querySelector('[part="caption"], .unsuitable');
    const style = getComputedStyle(this);
    const file = exportSvg(
      svg,
      {
        title: caption?.querySelector('h2')?.textContent?.trim() ?? 'Liver and biliary tree',
        text: caption?.querySelector('p')?.textContent?.trim() ?? '',
        source: `${SCALE_NOTE.file}. liver-intervention (MIT): ${this.shareUrl()}`,
      },
      style.color,
      style.backgroundColor,
    );
    return type === 'png' ? exportPng(file) : new Blob([file], { type: 'image/svg+xml' });
  }

  /** Plays from the current moment to the end; resolves when it ends or is paused. */
  play(): Promise<void> {
    return this.transport.play();
  }

  /** Pauses playback where it is. */
  pause(): void {
    this.transport.pause();
  }

  /** Animates the next step; resolves when its animation ends (at once under reduced motion). */
  next(): Promise<void> {
    return this.goTo(this.step + 1);
  }

  /** Animates the previous step from its start. */
  previous(): Promise<void> {
    return this.goTo(this.step - 1);
  }

  /** Animates step `step` (1-based; numeric text too) from its start; out-of-range values are clamped. */
  goTo(step: number): Promise<void> {
    return this.transport.goTo(toNumber(step));
  }

  /** Also waits for a procedure that is still being fetched, so the picture is final when it resolves. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.data.pending || this.content.pending) {
      await (this.data.pending ?? this.content.pending);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    applyChoices(this, changed, this.warned);
    for (const [name, fallback] of [
      ['labels', true],
      ['controls', true],
      ['autoplay', false],
    ] as const) {
      if (changed.has(name)) this[name] = readFlag(this[name], fallback);
    }
    // Reflected text properties given something else by script: dropped, so reflecting cannot throw.
    for (const name of ['selected', 'src'] as const) {
      const value: unknown = this[name];
      if (changed.has(name) && value !== null && typeof value !== 'string') {
        warnOnce(this.warned, name, value, 'ignored (not text).');
        this[name] = null;
      }
    }
    if (changed.has('theme') && this.theme !== undefined && this.theme !== null) {
      this.theme = readChoice(this.warned, 'theme', this.theme, THEMES, 'light');
    }
    const inputs = ['anatomyFiles', 'procedure', 'approach', 'procedureData', 'obstruction', 'stent'] as const;
    if (changed.has('src')) this.content.setSrc(this.src);
    if (this.content.takeChanged() || inputs.some((k) => changed.has(k))) this.data.load();
    const { timeline, anatomy } = this.data;
    if (changed.has('step') && timeline && this.step !== this.transport.shownStep + 1) {
      this.transport.jump(timeline.steps[this.transport.requestedStep(timeline)]!.end);
    }
    if (changed.has('selected') && this.selected && anatomy && !anatomy.byId.has(this.selected)) {
      readChoice(this.warned, 'selected', this.selected, [], '');
      this.selected = null;
    }
  }

  override render() {
    const { timeline, unsuitable } = this.data;
    const error = this.content.error ?? this.data.error;
    const index = timeline ? stepAt(timeline, this.transport.time) : 0;
    return html`
      <figure>
        ${
          this.audience === 'patient'
            ? html`<div class="sides plain" aria-hidden="true">
                <span class="your-right">← Your right side</span
                ><span class="hint">as if you are facing the doctor</span>
              </div>`
            : html`<div class="sides" aria-hidden="true">
                <span>R (patient)</span
                ><span class="scalebar"
                  ><span class="bar"></span>1 cm<span class="scale-note">(${SCALE_NOTE.bar})</span></span
                ><span>L (patient)</span>
              </div>`
        }
        <div
          class=${['stage', unsuitable ? 'is-unsuitable' : '', this.spotlight && this.selected ? 'spotlight' : '']
            .filter(Boolean)
            .join(' ')}
          part="scene"
          tabindex="0"
          role="group"
          aria-label=${this.stageLabel()}
          @keydown=${this.onStructureKey}
        ></div>
        <div class="text">
          ${error ? renderDataError(error, this.data.anatomy !== undefined) : nothing}
          ${
            this.data.pending || this.content.pending
              ? html`<p class="loading" part="loading" role="status">Loading the procedure…</p>`
              : nothing
          }
          ${
            unsuitable
              ? renderUnsuitable(unsuitable, this.audience, this.obstruction, (p) => this.showInstead(p))
              : this.aftercare.render(index, renderCaption(timeline?.steps[index], this.audience))
          }
          ${renderDetails(this.scene.activeStructure(), this.audience)}
          ${
            this.controls && !unsuitable
              ? renderControls(this, this.transport, this.userView, index, this.fullscreenMode, this.share)
              : nothing
          }
          ${
            this.share.open
              ? renderSharePanel(
                  this.shareUrl(),
                  this.share.qr,
                  (type) => void this.downloadFrame(type),
                  () => this.printHandout(),
                )
              : nothing
          }
          ${this.procedure === 'stent' ? renderStentCard(this.stent) : nothing}
          ${renderContext(this.data.procedure?.context, this.audience)}
        </div>
      </figure>
      <div class="handout" part="handout"></div>
      ${
        this.blank
          ? html`<div class="blank" part="blank" role="status">
              <span>Screen blanked: press B to show it again.</span>
            </div>`
          : nothing
      }
    `;
  }

  override firstUpdated(): void {
    if (this.autoplay && this.data.timeline) {
      this.transport.playback.seek(0);
      void this.play();
    }
  }

  override updated(): void {
    this.scene.draw();
    // The first draw measures the stage; the scale bar follows here, through the CSSOM: a strict CSP blocks
    // inline style attributes (style-src-attr), not this.
    this.syncScaleBar();
  }

  private readonly onKey = (e: KeyboardEvent) => handleStepKey(e, this);

  /** Switches to a suitable procedure; the button pressed goes away, so the focus moves to the drawing. */
  private showInstead(procedure: LiverIntervention['procedure']): void {
    // The stent offered instead is a metal one.
    if (procedure === 'stent' && this.stent === 'plastic') this.stent = 'mesh';
    this.procedure = procedure;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.stage')?.focus());
  }

  /** ] [ and Escape among the drawing's structures; on the stage, where the focused structure is the target. */
  private readonly onStructureKey = (e: KeyboardEvent) => {
    if (this.scene.handleStructureKey(e)) e.stopPropagation();
  };

  /** One frame of playback: the scene, the scale bar, and the scrubber now and then; no template update. */
  private frame(): void {
    // A pending update draws the frame itself.
    if (this.isUpdatePending) return;
    this.scene.draw();
    this.syncScaleBar();
    const scrubber = this.renderRoot.querySelector<HTMLInputElement>('.scrubber');
    const time = this.transport.time;
    if (scrubber && Math.abs(Number(scrubber.value) - time) >= SCRUBBER_MS) scrubber.value = String(Math.round(time));
  }

  private syncScaleBar(): void {
    const bar = this.renderRoot.querySelector<HTMLElement>('.scalebar > span');
    const width = `${this.scaleBarPx()}px`;
    if (bar && bar.style.width !== width) bar.style.width = width;
  }

  /** Screen length of 1 cm (28 scene units) in the current framing. */
  private scaleBarPx(): number {
    const camera = zoomCamera(this.scene.baseCamera(), this.userView.view);
    return Math.round(28 * pixelsPerUnit(camera, this.size.width || 1, this.size.height || 1));
  }

  private async downloadFrame(type: 'svg' | 'png'): Promise<void> {
    try {
      const href = URL.createObjectURL(await this.exportFrame(type));
      const a = Object.assign(document.createElement('a'), {
        href,
        download: `liver-intervention-step-${this.step}.${type}`,
      });
      a.click();
      setTimeout(() => URL.revokeObjectURL(href), 0);
    } catch (e) {
      console.warn('<liver-intervention>: could not export the picture', e);
    }
  }

  private stageLabel(): string {
    const timeline = this.data.timeline;
    const explore = 'Press ] and [ to move between the parts of the drawing, Enter to pin one, Escape to come back.';
    return timeline
      ? `${timeline.title}. Arrow keys or Page Up/Down change the step, Space plays or pauses, F toggles full screen, B blanks. ${explore}`
      : `Liver and biliary tree. F toggles full screen, B blanks. ${explore}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'liver-intervention': LiverIntervention;
  }
}
