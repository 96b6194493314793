import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { DataError } from '../model/data-error.js';
import { DEFAULT_ANATOMY_FILES } from '../model/default-anatomy.js';
import { parseAnatomy, type Anatomy } from '../model/parse-anatomy.js';
import { buildScene } from '../scene/build-scene.js';
import { CAMERAS, pixelsPerUnit, type CameraName } from '../scene/cameras.js';
import { attachZoom, type ZoomControl } from '../render/attach-zoom.js';
import { createSceneSvg, renderScene } from '../render/render-scene.js';
import { readChoice } from './read-choice.js';
import { ResizeController } from './resize-controller.js';
import { styles } from './liver-intervention.styles.js';

const CAMERA_NAMES = Object.keys(CAMERAS) as CameraName[];
const DUCT_STATES = ['normal', 'dilated'] as const;
type DuctState = (typeof DUCT_STATES)[number];
let instances = 0;

/** Reads "false", "off" and "no" as false; presence otherwise means true. */
const flag = {
  fromAttribute: (value: string | null) => value === null || !/^(false|off|no|0)$/i.test(value.trim()),
  toAttribute: (value: boolean) => (value ? '' : 'off'),
};

/**
 * An annotated, explorable SVG of the liver and biliary tree.
 *
 * @summary Frontal liver and bile-duct schematic with labels, zoom and structure details.
 * @csspart scene - The box holding the drawing.
 * @csspart controls - The toolbar (zoom, labels).
 * @csspart caption - The details of the highlighted structure (aria-live).
 * @csspart error - A data error message.
 * @cssprop --li-liver - Liver colour. @cssprop --li-bile - Bile ducts and gallbladder edge.
 * @cssprop --li-gallbladder - Gallbladder. @cssprop --li-portal - Portal venous system.
 * @cssprop --li-artery - Hepatic arteries. @cssprop --li-vein - IVC. @cssprop --li-pancreas - Pancreas.
 * @cssprop --li-duodenum - Duodenum. @cssprop --li-bone - Ribs and vertebrae.
 * @cssprop --li-highlight - Outline of the highlighted structure. @cssprop --li-focus - Focus rings.
 * @cssprop --li-ink - Text. @cssprop --li-surface - Background. @cssprop --li-panel - Panels and buttons.
 * @fires li-structure - A structure was selected; `detail.id` is its id (null when cleared).
 */
@customElement('liver-intervention')
export class LiverIntervention extends LitElement {
  static override styles = styles;

  /** Show structure labels. Write `labels="off"` to hide them. Default: on. */
  @property({ reflect: true, converter: flag }) labels = true;

  /** Duct calibre: `normal` or `dilated` (obstructed; the gallbladder is then distended). Default `normal`. */
  @property({ reflect: true }) ducts: DuctState = 'normal';

  /** Framing: `overview`, `right-access`, `left-access`, `hilum` or `distal`. Default `overview`. */
  @property({ reflect: true }) camera: CameraName = 'overview';

  /** Structure highlighted and described, by anatomy id; null for none. */
  @property({ attribute: 'selected', reflect: true }) selected: string | null = null;

  /**
   * Anatomy files to draw instead of the bundled ones, by file name (see
   * data/schema/anatomy.schema.json). Invalid data shows an error with its JSON
   * path and keeps the last good drawing.
   */
  @property({ attribute: false }) anatomyFiles: Readonly<Record<string, unknown>> = DEFAULT_ANATOMY_FILES;

  @state() private anatomy?: Anatomy;
  @state() private error: DataError | null = null;
  @state() private hovered: string | null = null;
  @state() private zoomScale = 1;

  private readonly size = new ResizeController(this);
  private readonly uid = `li${++instances}`;
  private readonly warned = new Set<string>();
  private svg?: SVGSVGElement;
  private zoom?: ZoomControl;

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('anatomyFiles')) {
      try {
        this.anatomy = parseAnatomy(this.anatomyFiles);
        this.error = null;
      } catch (e) {
        this.error = e instanceof DataError ? e : new DataError('anatomy', [{ path: '(root)', message: String(e) }]);
      }
    }
    if (changed.has('camera')) this.camera = readChoice(this.warned, 'camera', this.camera, CAMERA_NAMES, 'overview');
    if (changed.has('ducts')) this.ducts = readChoice(this.warned, 'ducts', this.ducts, DUCT_STATES, 'normal');
    if (changed.has('selected') && this.selected && this.anatomy && !this.anatomy.byId.has(this.selected)) {
      readChoice(this.warned, 'selected', this.selected, [], '');
      this.selected = null;
    }
  }

  override render() {
    const active = this.activeStructure();
    const ppu = pixelsPerUnit(CAMERAS[this.camera], this.size.width || 1, this.size.height || 1);
    const cmPx = Math.round(28 * ppu * this.zoomScale);
    return html`
      <figure>
        <div class="sides" aria-hidden="true">
          <span>R (patient)</span>
          <span class="scalebar"><span style="width:${cmPx}px"></span>1 cm</span>
          <span>L (patient)</span>
        </div>
        <div class="stage" part="scene"></div>
        ${this.error ? this.renderError(this.error) : nothing}
        <div class="toolbar" part="controls" role="toolbar" aria-label="Scene controls">
          <button type="button" @click=${() => this.zoom?.zoomBy(1.5)} aria-label="Zoom in">+</button>
          <button type="button" @click=${() => this.zoom?.zoomBy(1 / 1.5)} aria-label="Zoom out">−</button>
          <button type="button" @click=${() => this.zoom?.reset()} ?disabled=${this.zoomScale <= 1.001}>Reset view</button>
          <button type="button" aria-pressed=${String(this.labels)} @click=${() => this.toggleLabels()}>Labels</button>
        </div>
        <div class="info" part="caption" aria-live="polite">
          ${active
            ? html`<strong>${active.name}</strong>${active.description}`
            : html`Hover, tap or tab to a structure to see what it is.`}
        </div>
      </figure>
    `;
  }

  private renderError(error: DataError) {
    return html`<div class="error" part="error" role="alert">
      <strong>The anatomy data could not be used</strong> (the last good drawing is kept).
      <ul>
        ${error.problems.slice(0, 5).map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
      </ul>
    </div>`;
  }

  override updated(): void {
    const stage = this.renderRoot.querySelector('.stage');
    if (!stage || !this.anatomy) return;
    this.size.observe(stage);
    if (!this.svg) {
      this.svg = createSceneSvg(stage, 'Liver and biliary tree, front view', this.describeScene(), this.uid);
      this.zoom = attachZoom(this.svg, (k) => (this.zoomScale = k));
    }
    try {
      const scene = buildScene(this.anatomy, {
        camera: CAMERAS[this.camera],
        viewport: { width: this.size.width || 360, height: this.size.height || 350 },
        defaultDilation: this.ducts === 'dilated' ? 1 : 0,
        gallbladder: this.ducts === 'dilated' ? 'distended' : 'normal',
        labels: this.labels,
        active: this.activeStructure()?.id ?? null,
      });
      renderScene(this.svg, scene, this.uid, {
        onActivate: (id, pinned) => this.activate(id, pinned),
      });
    } catch (e) {
      // Drawing must never take the page down; the last frame stays on screen.
      console.error('<liver-intervention>: could not draw the scene', e);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.zoom?.detach();
    this.svg?.remove();
    this.svg = undefined;
    this.zoom = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate();
  }

  private activeStructure() {
    const id = this.hovered ?? this.selected;
    return id ? this.anatomy?.byId.get(id) : undefined;
  }

  private activate(id: string | null, pinned: boolean): void {
    if (pinned) {
      this.selected = this.selected === id ? null : id;
      this.hovered = null;
      this.dispatchEvent(new CustomEvent('li-structure', { detail: { id: this.selected }, bubbles: true, composed: true }));
    } else {
      this.hovered = id;
    }
  }

  private toggleLabels(): void {
    this.labels = !this.labels;
  }

  private describeScene(): string {
    return (
      'Front view with the patient facing you: the patient’s right is on your left. ' +
      'The liver sits under the right ribs; bile ducts (green) join at the hilum into the common hepatic duct, ' +
      'which becomes the common bile duct and runs behind the duodenum and pancreas to the papilla.'
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'liver-intervention': LiverIntervention;
  }
}
