import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { browserClock, type Clock } from '../clock.js';

/**
 * Moves a time value (ms) toward a target at a speed, one frame at a time.
 * It owns at most one frame loop; a new run replaces the old one, whose
 * promise then settles as interrupted. A held run (widget off-screen or tab
 * hidden) asks for no frames and goes on from the same time when released.
 */
export class PlaybackController implements ReactiveController {
  clock: Clock = browserClock;
  time = 0;
  speed = 1;
  private handle: number | null = null;
  private last = 0;
  private target = 0;
  private settle: ((completed: boolean) => void) | null = null;
  private held = false;
  /** A run is under way but held: it asks for frames again when released. */
  private waiting = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onTime: (time: number, done: boolean) => void,
  ) {
    host.addController(this);
  }

  get running(): boolean {
    return this.handle !== null || this.waiting;
  }

  /** Holds (true) or releases (false) the frame loop without ending the run. */
  hold(held: boolean): void {
    if (held === this.held) return;
    this.held = held;
    if (held && this.handle !== null) {
      this.clock.cancel(this.handle);
      this.handle = null;
      this.waiting = true;
    } else if (!held && this.waiting) {
      this.waiting = false;
      this.request();
    }
  }

  /** Runs from the current time to `target`; resolves true when reached, false if stopped first. */
  runTo(target: number): Promise<boolean> {
    this.stop();
    this.target = target;
    if (Math.abs(target - this.time) < 0.5) {
      this.time = target;
      this.onTime(target, true);
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      this.settle = resolve;
      if (this.held) this.waiting = true;
      else this.request();
    });
  }

  /** Jumps to `time` without animating, stopping any run. */
  seek(time: number): void {
    this.stop();
    this.time = time;
    this.onTime(time, false);
  }

  stop(): void {
    if (this.handle !== null) this.clock.cancel(this.handle);
    this.handle = null;
    this.waiting = false;
    const settle = this.settle;
    this.settle = null;
    settle?.(false);
  }

  private request(): void {
    this.last = this.clock.now();
    this.handle = this.clock.request((now) => this.frame(now));
  }

  private frame(now: number): void {
    // Cap one frame's step so a background tab does not jump a whole step.
    const dt = Math.min(100, Math.max(0, now - this.last)) * this.speed;
    this.last = now;
    const forward = this.target >= this.time;
    const next = forward ? Math.min(this.target, this.time + dt) : Math.max(this.target, this.time - dt);
    this.time = next;
    const done = next === this.target;
    if (done) {
      this.handle = null;
      const settle = this.settle;
      this.settle = null;
      this.onTime(next, true);
      settle?.(true);
      return;
    }
    this.onTime(next, false);
    this.handle = this.clock.request((t) => this.frame(t));
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.stop();
  }
}
