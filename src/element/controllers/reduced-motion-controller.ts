import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Follows `prefers-reduced-motion: reduce` and re-renders the host when it changes. */
export class ReducedMotionController implements ReactiveController {
  reduced = false;
  private query?: MediaQueryList;
  private readonly onChange = () => {
    this.reduced = this.query?.matches ?? false;
    this.host.requestUpdate();
  };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.query = window.matchMedia('(prefers-reduced-motion: reduce)');
    this.reduced = this.query.matches;
    this.query.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.query?.removeEventListener('change', this.onChange);
  }
}
