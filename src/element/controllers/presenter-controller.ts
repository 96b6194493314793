import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Presenter keys while the widget is full screen: keys that arrive outside it
 * (focus left on the page body) are taken in the capture phase, so nothing
 * behind it reacts. Inside the widget the host's own listener handles them.
 */
export class PresenterController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly fullscreen: () => boolean,
    private readonly onKey: (e: KeyboardEvent) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('keydown', this.onWindowKey, true);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.onWindowKey, true);
  }

  private readonly onWindowKey = (e: KeyboardEvent) => {
    if (this.fullscreen() && !e.composedPath().includes(this.host)) this.onKey(e);
  };
}
