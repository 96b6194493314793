import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Whether the host fills the screen, and a toggle for it (the lecture view). */
export class FullscreenController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** True while the host is the document's fullscreen element. */
  get active(): boolean {
    return document.fullscreenElement === this.host;
  }

  /** False where the page may not go fullscreen (e.g. an iframe without `allowfullscreen`). */
  get available(): boolean {
    return document.fullscreenEnabled;
  }

  /** Enters or leaves fullscreen; a refusal (no user gesture, policy) leaves things as they are. */
  async toggle(): Promise<void> {
    try {
      if (this.active) await document.exitFullscreen();
      else await this.host.requestFullscreen();
    } catch {
      // Refused by the browser: the widget keeps its place in the page.
    }
  }

  hostConnected(): void {
    document.addEventListener('fullscreenchange', this.changed);
  }

  hostDisconnected(): void {
    document.removeEventListener('fullscreenchange', this.changed);
  }

  private readonly changed = () => this.host.requestUpdate();
}
