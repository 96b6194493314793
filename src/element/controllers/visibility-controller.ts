import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells whether the widget can be seen: on screen (IntersectionObserver) and
 * in a visible tab (document.visibilityState). Calls `onChange` when that flips.
 */
export class VisibilityController implements ReactiveController {
  /** True while some of the widget is on screen and the tab is shown. Starts true until observed. */
  visible = true;
  private onScreen = true;
  private observer?: IntersectionObserver;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly onChange: (visible: boolean) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.update);
    this.observer = new IntersectionObserver((entries) => {
      const last = entries[entries.length - 1];
      if (!last) return;
      this.onScreen = last.isIntersecting;
      this.update();
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.update);
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private readonly update = () => {
    const visible = this.onScreen && document.visibilityState !== 'hidden';
    if (visible === this.visible) return;
    this.visible = visible;
    this.onChange(visible);
  };
}
