import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { handleStepKey, type StepKeyTarget } from '../handle-step-key.js';

/**
 * Clicker, keyboard and presenter keys. On the host, so keys from any part of
 * the widget (scene, buttons) are seen, and stopped, there. While the widget is
 * full screen, keys that arrive outside it (focus left on the page body) are
 * taken in the capture phase too, so nothing behind it reacts.
 */
export class PresenterController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & StepKeyTarget,
    private readonly fullscreen: () => boolean,
  ) {
    host.addController(this);
    host.addEventListener('keydown', this.onKey);
  }

  hostConnected(): void {
    window.addEventListener('keydown', this.onWindowKey, true);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.onWindowKey, true);
  }

  private readonly onKey = (e: KeyboardEvent) => handleStepKey(e, this.host);

  private readonly onWindowKey = (e: KeyboardEvent) => {
    if (this.fullscreen() && !e.composedPath().includes(this.host)) this.onKey(e);
  };
}
