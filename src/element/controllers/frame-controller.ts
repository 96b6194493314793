import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pixelsPerUnit } from '../../model/cameras.js';
import { zoomCamera } from '../../scene/zoom-camera.js';
import { inLanguage } from '../i18n/messages.js';
import type { LanguageController } from './language-controller.js';
import type { ResizeController } from './resize-controller.js';
import type { SceneHostController } from './scene-host-controller.js';
import type { TransportController } from './transport-controller.js';
import type { UserViewController } from './user-view-controller.js';

/** While playing, the scrubber follows the time in steps of this many ms, not every frame. */
const SCRUBBER_MS = 250;
/** Scene units in 1 cm (the scale bar's length). */
const UNITS_PER_CM = 28;

/**
 * What is drawn outside Lit's template: the scene, the scale bar and, while
 * playing, the scrubber. After each update all of it; on a playback frame the
 * same without a template update. The scale bar is set through the CSSOM: a
 * strict CSP blocks inline style attributes (style-src-attr), not this.
 */
export class FrameController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & {
      readonly renderRoot: HTMLElement | DocumentFragment;
      readonly isUpdatePending: boolean;
    },
    private readonly parts: {
      readonly scene: SceneHostController;
      readonly size: ResizeController;
      readonly userView: UserViewController;
      readonly transport: TransportController;
      readonly language: LanguageController;
    },
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.draw();
  }

  /** One frame of playback: no template update (a pending one draws the frame itself). */
  frame(): void {
    if (this.host.isUpdatePending) return;
    this.draw();
    const scrubber = this.host.renderRoot.querySelector<HTMLInputElement>('.scrubber');
    const time = this.parts.transport.time;
    if (scrubber && Math.abs(Number(scrubber.value) - time) >= SCRUBBER_MS) scrubber.value = String(Math.round(time));
  }

  private draw(): void {
    // The first draw measures the stage; the scale bar follows.
    // The drawing's words (title, lesion names) in the widget's language.
    inLanguage(this.parts.language.catalogue.ui, () => this.parts.scene.draw());
    const bar = this.host.renderRoot.querySelector<HTMLElement>('.scalebar > span');
    const width = `${this.scaleBarPx()}px`;
    if (bar && bar.style.width !== width) bar.style.width = width;
  }

  /**
   * Screen length of 1 cm in the framing drawn: the step's camera widened for a bag, not the step's camera (with a bag
   * the bar read 15–20 % long against the drawing).
   */
  private scaleBarPx(): number {
    const { scene, userView, size } = this.parts;
    const camera = scene.drawnCamera() ?? zoomCamera(scene.baseCamera(), userView.view);
    return Math.round(UNITS_PER_CM * pixelsPerUnit(camera, size.width || 1, size.height || 1));
  }
}
