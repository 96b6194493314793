import type { ReactiveControllerHost } from 'lit';
import type { Camera } from '../../model/cameras.js';
import { IDENTITY_VIEW, zoomAbout, zoomCamera, type UserView } from '../../scene/zoom-camera.js';

/** The reader's own zoom and pan on top of the step's framing (`base`). */
export class UserViewController {
  view: UserView = IDENTITY_VIEW;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly base: () => Camera,
  ) {}

  /** True when zoomed in beyond the step's framing. */
  get zoomed(): boolean {
    return this.view.k > 1.001;
  }

  /** Zooms by `factor` about a point in scene units. */
  zoomAt(factor: number, x: number, y: number): void {
    this.set(zoomAbout(this.base(), this.view, factor, x, y));
  }

  /** Zooms by `factor` about the middle of what is shown. */
  zoomBy(factor: number): void {
    const c = zoomCamera(this.base(), this.view);
    this.zoomAt(factor, c.x + c.w / 2, c.y + c.h / 2);
  }

  /** Moves the view by a distance in scene units. */
  pan(dx: number, dy: number): void {
    this.set({ ...this.view, dx: this.view.dx + dx, dy: this.view.dy + dy });
  }

  reset(): void {
    this.set(IDENTITY_VIEW);
  }

  private set(view: UserView): void {
    if (view === this.view) return;
    this.view = view;
    this.host.requestUpdate();
  }
}
