import { html, nothing, type TemplateResult } from 'lit';
import type { FullscreenController } from '../controllers/fullscreen-controller.js';
import type { ShareController } from '../controllers/share-controller.js';
import type { TransportController } from '../controllers/transport-controller.js';
import type { UserViewController } from '../controllers/user-view-controller.js';
import { renderPlayback, renderStepAside, renderStepControls, type StepControlsModel } from './step-controls.js';
import { renderViewControls } from './view-controls.js';

/** The element's public surface the controls drive. */
export interface ControlsHost {
  labels: boolean;
  audience: 'clinician' | 'patient';
  play(): Promise<void>;
  pause(): void;
  next(): Promise<void>;
  previous(): Promise<void>;
  goTo(step: number): Promise<void>;
  requestUpdate(): void;
}

/** The controls in their two places: `playback` above the step's text (nothing without a procedure), `display` below it. */
export interface RenderedControls {
  readonly playback: TemplateResult | typeof nothing;
  readonly display: TemplateResult;
}

/**
 * The controls: the playback row (step buttons, speed and timeline), which the widget puts above the step's text so
 * that text never moves it; and the display row (toggles, the step list, the view buttons) after the details line.
 */
export function renderControls(
  el: ControlsHost,
  transport: TransportController,
  userView: UserViewController,
  index: number,
  fullscreen: FullscreenController,
  share?: ShareController,
): RenderedControls {
  const timeline = transport.timeline();
  const zoom = renderViewControls({
    zoomBy: (f) => userView.zoomBy(f),
    reset: () => userView.reset(),
    zoomed: userView.zoomed,
    labels: timeline ? undefined : { on: el.labels, toggle: () => (el.labels = !el.labels) },
    share: share ? { open: share.open, toggle: () => share.toggle() } : undefined,
    fullscreen: fullscreen.available ? { on: fullscreen.active, toggle: () => void fullscreen.toggle() } : undefined,
  });
  if (!timeline) return { playback: nothing, display: html`<div class="controls" part="controls">${zoom}</div>` };
  const model: StepControlsModel = {
    timeline,
    index,
    time: transport.time,
    playing: transport.playing,
    speed: transport.playback.speed,
    audience: el.audience,
    labels: el.labels,
    onPlayPause: () => (transport.playing ? el.pause() : void el.play()),
    onPrevious: () => void el.previous(),
    onNext: () => void el.next(),
    onGoTo: (i) => void el.goTo(i + 1),
    onScrub: (t) => transport.jump(t),
    onSpeed: (s) => {
      transport.playback.speed = s;
      el.requestUpdate();
    },
    onAudience: () => (el.audience = el.audience === 'patient' ? 'clinician' : 'patient'),
    onLabels: () => (el.labels = !el.labels),
  };
  return {
    playback: html`<div class="controls playback" part="controls">${renderPlayback(model)}</div>`,
    display: html`<div class="controls" part="controls">${renderStepControls(model)} ${zoom}</div>
      ${renderStepAside(model)}`,
  };
}
