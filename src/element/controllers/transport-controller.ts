import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { stepAt } from '../../timeline/sample-timeline.js';
import type { Timeline } from '../../timeline/timeline-types.js';
import { PlaybackEvent, StepChangeEvent } from '../events.js';
import { readChoice } from '../read-choice.js';
import { PlaybackController } from './playback-controller.js';

/** The element as the transport sees it: it reads and moves `step` and receives the events. */
export interface TransportHost extends ReactiveControllerHost, EventTarget {
  step: number;
  /** Start playing after the first update. */
  readonly autoplay: boolean;
}

/**
 * Play, pause and step navigation over the frame loop: owns the shown time,
 * whether it is playing, and the `li-step-change` / `li-play` / `li-pause` / `li-end` events.
 */
export class TransportController implements ReactiveController {
  time = 0;
  playing = false;
  /** The 0-based step last announced; the `step` property follows it. */
  shownStep = -1;
  readonly playback: PlaybackController;
  private started = false;

  constructor(
    private readonly host: TransportHost,
    private readonly source: {
      timeline(): Timeline | undefined;
      reduced(): boolean;
      /** Shows the new time: called each frame instead of a full update of the host. */
      frame(): void;
      /** Show each step's end state at once, never animated (an unsuitable pair is explained over a still picture). */
      still?(): boolean;
    },
    private readonly warned: Set<string>,
  ) {
    this.playback = new PlaybackController(host, (t, done) => this.onTime(t, done));
    host.addController(this);
  }

  /** The timeline being played, if any. */
  timeline(): Timeline | undefined {
    return this.source.timeline();
  }

  /** Plays from the current moment to the end; resolves when it ends or is paused. */
  async play(): Promise<void> {
    const timeline = this.source.timeline();
    if (!timeline || this.source.still?.()) return;
    if (this.time >= timeline.duration - 0.5) this.playback.seek(0);
    this.setPlaying(true);
    this.host.dispatchEvent(new PlaybackEvent('li-play', this.host.step));
    const ended = await this.playback.runTo(timeline.duration);
    if (ended && this.playing) {
      this.setPlaying(false);
      this.host.dispatchEvent(new PlaybackEvent('li-end', this.host.step));
    }
  }

  /** Stops any animation where it is: playback, or a step that `next()` or `goTo()` is animating. */
  pause(): void {
    this.playback.stop();
    if (!this.playing) return;
    this.setPlaying(false);
    this.host.dispatchEvent(new PlaybackEvent('li-pause', this.host.step));
  }

  /** Animates step `step` (1-based) from its start; out-of-range values are clamped. */
  async goTo(step: number): Promise<void> {
    const timeline = this.source.timeline();
    if (!timeline || !Number.isFinite(step)) return;
    const index = Math.max(0, Math.min(timeline.steps.length - 1, Math.round(step) - 1));
    const target = timeline.steps[index]!;
    this.stop();
    if (this.source.reduced() || this.source.still?.()) {
      this.playback.seek(target.end);
      return;
    }
    // A step owns (start, end]: start just inside it so no step-change event fires for the one before.
    this.playback.seek(Math.min(target.end, target.start + 0.01));
    await this.playback.runTo(target.end);
  }

  /** Stops playing and shows time `t` at once. */
  jump(t: number): void {
    this.stop();
    this.playback.seek(t);
  }

  /** Stops playback, announcing a pause when it was playing. */
  stop(): void {
    if (this.playing) this.pause();
    else this.playback.stop();
  }

  /** The 0-based index the `step` property asks for, clamped (with a warning) to the steps there are. */
  requestedStep(timeline: Timeline): number {
    const step = this.host.step;
    const index = Number.isFinite(step) ? Math.round(step) - 1 : 0;
    const clamped = Math.max(0, Math.min(timeline.steps.length - 1, index));
    if (clamped !== index) readChoice(this.warned, 'step', String(step), [], String(clamped + 1));
    return clamped;
  }

  /** After the first update, `autoplay` plays from the start. */
  hostUpdated(): void {
    if (this.started) return;
    this.started = true;
    if (this.host.autoplay && this.source.timeline()) {
      this.playback.seek(0);
      void this.play();
    }
  }

  hostDisconnected(): void {
    this.setPlaying(false);
  }

  /**
   * Time is not a reactive property: a frame redraws the scene only, and the
   * host's template updates when the step changes or a run ends.
   */
  private onTime(time: number, done: boolean): void {
    const moved = time !== this.time;
    this.time = time;
    const timeline = this.source.timeline();
    const index = timeline ? stepAt(timeline, time) : -1;
    if (timeline && index !== this.shownStep) {
      this.shownStep = index;
      this.host.step = index + 1;
      const s = timeline.steps[index]!;
      this.host.dispatchEvent(new StepChangeEvent({ step: index + 1, id: s.id, title: s.title }));
    }
    if (done && !this.playback.running) this.host.requestUpdate();
    else if (moved) this.source.frame();
  }

  private setPlaying(playing: boolean): void {
    if (playing === this.playing) return;
    this.playing = playing;
    this.host.requestUpdate();
  }
}
