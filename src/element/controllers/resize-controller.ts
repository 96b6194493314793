import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tracks the content-box size of one element of the host's shadow tree. */
export class ResizeController implements ReactiveController {
  width = 0;
  height = 0;
  private observer?: ResizeObserver;
  private target?: Element;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  observe(target: Element): void {
    if (this.target === target && this.observer) return;
    this.observer?.disconnect();
    this.target = target;
    this.observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      if (Math.abs(width - this.width) < 0.5 && Math.abs(height - this.height) < 0.5) return;
      this.width = width;
      this.height = height;
      this.host.requestUpdate();
    });
    this.observer.observe(target);
  }

  hostConnected(): void {
    if (this.target) this.observe(this.target);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
