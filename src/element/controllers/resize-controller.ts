import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tracks the content-box size of one element of the host's shadow tree. */
export class ResizeController implements ReactiveController {
  width = 0;
  height = 0;
  private observer?: ResizeObserver;
  private target?: Element;
  private connected = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Reads the size at once (one layout), for a first frame before the observer has reported. */
  measure(target: Element): void {
    const box = target.getBoundingClientRect();
    this.width = box.width;
    this.height = box.height;
  }

  /** Observes `target` while the host is on the page (an update may still draw after it was removed). */
  observe(target: Element): void {
    if (this.target === target && this.observer) return;
    this.observer?.disconnect();
    this.observer = undefined;
    this.target = target;
    if (!this.connected) return;
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
    this.connected = true;
    if (this.target) this.observe(this.target);
  }

  hostDisconnected(): void {
    this.connected = false;
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
