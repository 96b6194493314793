import type { PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { DEFAULT_PROCEDURE } from '../model/procedure-names.js';
import { DEFAULT_ANATOMY_FILES } from '../model/default-anatomy.js';
import { applyChoices } from './attribute-choices.js';
import type { Clock } from './clock.js';
import { offByDefault, onByDefault, readStep, toNumber } from './converters.js';
import { createParts, type Parts } from './controllers/widget-parts.js';
import { elementStyles } from './styles/element-styles.js';
import { renderWidget } from './templates/widget.js';
import { inLanguage } from './i18n/messages.js';
import { PresentingElement } from './presenting-element.js';

/**
 * An annotated liver and biliary-tree schematic that animates percutaneous biliary procedures step by step.
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
 * @cssprop --li-fluid - Pericholecystic fluid beside an inflamed gallbladder (acute cholecystitis).
 * @cssprop --li-stone - Gallstones (the film shows them as lucent filling defects instead).
 * @cssprop --li-stone-edge - A gallstone's rim.
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
 * @cssprop --li-stent-second - The second stent of a hilar pair (a second metal tint, apart from the gold wires).
 * @cssprop --li-stent-edge - The thin edge either side of a stent's struts, so they read on pale tissue and dark contrast.
 * @cssprop --li-balloon - A dilation balloon's light fill.
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
 * @cssprop --li-stage-max-height - Height cap of the drawing; default `70vh` (beside the caption on a wide screen or container: the screen height), `none` in a self-sizing frame.
 * @fires {StepChangeEvent} li-step-change - The shown step changed; `detail` is `{ step, id, title }` (step is 1-based).
 * @fires {PlaybackEvent} li-play - Playback started; `detail.step`.
 * @fires {PlaybackEvent} li-pause - Playback paused before the end; `detail.step`.
 * @fires {PlaybackEvent} li-end - Playback reached the last step's end; `detail.step`.
 * @fires {StructureEvent} li-structure - A structure was pinned or unpinned; `detail.id` (null when cleared).
 * @fires {DataErrorEvent} li-error - Author data was rejected; `detail` is `{ code, path, message, source, problems }`.
 */
@customElement('liver-intervention')
export class LiverIntervention extends PresentingElement {
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
   * Current step, 1-based. Setting it shows that step's end state at once. Numeric text is read as a number
   * (`"3"` is 3) and values past the ends are clamped; anything else is 1, with one warning.
   */
  @property({ reflect: true })
  get step(): number {
    return this.stepValue;
  }
  set step(value: number) {
    const old = this.stepValue;
    this.stepValue = readStep(this.parts.warned, value);
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
   * With `procedure="none"`: a framing of data/cameras.json: `overview` (default; on a wide screen, where the
   * drawing is wider than tall beside a narrow panel, the whole anatomy: `anatomy`), `right-access`, `left-access`,
   * `hilum`, `distal`, `gallbladder`.
   */
  @property({ reflect: true }) camera: string = 'overview';
  /** Structure described below the scene, by anatomy id; null for none. */
  @property({ reflect: true }) selected: string | null = null;
  /**
   * Anatomy files replacing the bundled ones, by file name: `{ ...el.anatomyFiles, 'ducts.json': mine }` replaces one
   * and keeps the rest as bundled. Invalid data shows its JSON path; the last good drawing stays.
   */
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
    return this.parts.transport.playing;
  }

  /** The current procedure's steps, in order. */
  get steps(): readonly { id: string; title: string }[] {
    return (this.parts.data.timeline?.steps ?? []).map(({ id, title }) => ({ id, title }));
  }

  /** The frame source; replace it (e.g. with a manual clock in tests) before playing. */
  get clock(): Clock {
    return this.parts.transport.playback.clock;
  }
  set clock(clock: Clock) {
    this.parts.transport.playback.stop();
    this.parts.transport.playback.clock = clock;
  }

  private stepValue = 1;
  protected readonly parts: Parts = createParts(this);

  /** Plays from the current moment to the end; resolves when it ends or is paused. */
  play(): Promise<void> {
    return this.parts.transport.play();
  }
  /** Pauses playback where it is. */
  pause(): void {
    this.parts.transport.pause();
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
    return this.parts.transport.goTo(toNumber(step));
  }

  /**
   * Also waits for a procedure that is still being fetched, and for the widget's lazily loaded parts (fetched
   * after the first drawing, or when first shown), so the picture and panels are final when it resolves.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const waiting = this.parts.data.waiting() ?? this.parts.language.pending ?? this.parts.lazy.pending;
    return waiting ? waiting.then(() => this.getUpdateComplete()) : done;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    applyChoices(this, changed, this.parts.warned);
    this.parts.data.apply(changed);
  }

  override render() {
    return inLanguage(this.parts.language.catalogue.ui, () => renderWidget(this, this.parts));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'liver-intervention': LiverIntervention;
  }
}
