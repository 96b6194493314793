import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The element as presenter mode sees it. */
export interface PresenterHost extends ReactiveControllerHost, HTMLElement {
  blank: boolean;
}

/**
 * Full screen and the blanked screen. While the element is full screen it
 * also takes the keys that arrive outside it (focus left on the page body),
 * in the capture phase, so nothing behind it reacts.
 */
export class PresenterController implements ReactiveController {
  constructor(
    private readonly host: PresenterHost,
    private readonly onKey: (e: KeyboardEvent) => void,
  ) {
    host.addController(this);
  }

  /** True while this element is the document's full-screen element. */
  get fullscreen(): boolean {
    return document.fullscreenElement === this.host;
  }

  /** Whether the browser allows full screen here (not, e.g., in an iframe without `allowfullscreen`). */
  get available(): boolean {
    return document.fullscreenEnabled && typeof this.host.requestFullscreen === 'function';
  }

  /** Enters or leaves full screen; a refusal (no user gesture, policy) leaves things as they were. */
  async toggle(): Promise<void> {
    try {
      if (this.fullscreen) await document.exitFullscreen();
      else if (this.available) await this.host.requestFullscreen({ navigationUI: 'hide' });
    } catch (e) {
      console.warn('<liver-intervention>: full screen was refused', e);
    }
  }

  hostConnected(): void {
    document.addEventListener('fullscreenchange', this.onChange);
    window.addEventListener('keydown', this.onWindowKey, true);
  }

  hostDisconnected(): void {
    document.removeEventListener('fullscreenchange', this.onChange);
    window.removeEventListener('keydown', this.onWindowKey, true);
  }

  private readonly onChange = () => this.host.requestUpdate();

  private readonly onWindowKey = (e: KeyboardEvent) => {
    if (this.fullscreen && !e.composedPath().includes(this.host)) this.onKey(e);
  };
}
