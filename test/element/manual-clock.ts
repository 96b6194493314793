import type { Clock } from '../../src/element/clock.js';

/** A clock that only moves when the test says so. */
export class ManualClock implements Clock {
  private t = 0;
  private next = 1;
  private readonly queue = new Map<number, (now: number) => void>();

  now(): number {
    return this.t;
  }

  request(callback: (now: number) => void): number {
    const id = this.next++;
    this.queue.set(id, callback);
    return id;
  }

  cancel(handle: number): void {
    this.queue.delete(handle);
  }

  get pending(): number {
    return this.queue.size;
  }

  /** Advances time by `ms` in frames of `frame` ms, running the callbacks due. */
  tick(ms: number, frame = 16): void {
    for (let left = ms; left > 0; left -= frame) {
      this.t += Math.min(frame, left);
      const due = [...this.queue.entries()];
      this.queue.clear();
      for (const [, cb] of due) cb(this.t);
    }
  }

  /** Runs frames until no callback is pending (or `limit` ms pass). */
  flush(limit = 600_000, frame = 50): void {
    for (let spent = 0; this.queue.size && spent < limit; spent += frame) this.tick(frame, frame);
  }
}
