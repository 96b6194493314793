/**
 * The source of animation frames. The element uses the browser's by default;
 * tests inject a manual one and advance it, so no test ever sleeps.
 */
export interface Clock {
  now(): number;
  request(callback: (now: number) => void): number;
  cancel(handle: number): void;
}

export const browserClock: Clock = {
  now: () => performance.now(),
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};
