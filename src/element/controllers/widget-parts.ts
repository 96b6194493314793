import type { ReactiveControllerHost } from 'lit';
import type { StepKeyTarget } from '../handle-step-key.js';
import type { WidgetParts } from '../templates/widget.js';
import { AftercareController, type AftercareHost } from './aftercare-controller.js';
import { AuthorContentController } from './author-content-controller.js';
import { announceError, DataController, type DataHost } from './data-controller.js';
import { FrameController } from './frame-controller.js';
import { FullscreenController } from './fullscreen-controller.js';
import { LanguageController } from './language-controller.js';
import { LazyPartsController } from './lazy-parts-controller.js';
import { HandoutController, type HandoutHost } from './handout-controller.js';
import { PresenterController } from './presenter-controller.js';
import { ReducedMotionController } from './reduced-motion-controller.js';
import { ResizeController } from './resize-controller.js';
import { SceneHostController, type SceneHost } from './scene-host-controller.js';
import { ShareController, type ShareHost } from './share-controller.js';
import { TransportController, type TransportHost } from './transport-controller.js';
import { UserViewController } from './user-view-controller.js';
import { VisibilityController } from './visibility-controller.js';

/** Everything the element's controllers read from it and set on it. */
export type PartsHost = ReactiveControllerHost &
  HTMLElement &
  DataHost &
  AftercareHost &
  HandoutHost &
  SceneHost &
  ShareHost &
  StepKeyTarget &
  TransportHost & {
    step: number;
    readonly isUpdatePending: boolean;
    readonly renderRoot: HTMLElement | DocumentFragment;
  };

/** The element's controllers, wired to each other. */
export interface Parts extends WidgetParts {
  readonly motion: ReducedMotionController;
  /** Attribute values already warned about (one warning each). */
  readonly warned: Set<string>;
}

let instances = 0;

/**
 * Creates and connects the element's controllers: data loading, playback, the
 * scene and what is drawn around it, the reader's view, sharing, and the keys.
 */
export function createParts(host: PartsHost): Parts {
  const warned = new Set<string>();
  const lazy = new LazyPartsController(host);
  const size = new ResizeController(host);
  const motion = new ReducedMotionController(host);
  const fullscreen = new FullscreenController(host);
  const transport: TransportController = new TransportController(
    host,
    {
      timeline: () => data.timeline,
      reduced: () => motion.reduced,
      frame: () => frames.frame(),
      still: () => data.unsuitable !== null,
    },
    warned,
  );
  const content = new AuthorContentController(host, (e) => announceError(host, e));
  // The bundled data's text follows the language, so a new language reloads it (keeping the step).
  const language: LanguageController = new LanguageController(host, warned, () => {
    data.load();
    host.requestUpdate();
  });
  const data: DataController = new DataController(host, transport, warned, content, () => language.catalogue);
  // Off screen or in a hidden tab, playback asks for no frames; it goes on where it was when seen again.
  new VisibilityController(host, (visible) => transport.playback.hold(!visible));
  const userView: UserViewController = new UserViewController(host, () => scene.baseCamera());
  const scene = new SceneHostController(host, `li${++instances}`, {
    size,
    motion,
    transport,
    data,
    userView,
    catalogue: () => language.catalogue,
    redraw: () => frames.frame(),
  });
  const frames = new FrameController(host, { scene, size, userView, transport, language });
  new PresenterController(host, () => fullscreen.active);
  const share = new ShareController(host, {
    hasSteps: () => data.timeline !== undefined,
    defaultApproach: () => data.procedure?.options.approach?.default ?? 'right',
    language: () => language,
    warned,
  });
  const handout = new HandoutController(
    host,
    () => data,
    () => language,
    lazy,
  );
  const aftercare = new AftercareController(
    host,
    () => ({ aftercare: data.procedure?.aftercare, last: (data.timeline?.steps.length ?? 0) - 1 }),
    lazy,
  );
  return {
    data,
    content,
    transport,
    userView,
    fullscreen,
    share,
    scene,
    handout,
    aftercare,
    language,
    lazy,
    motion,
    warned,
  };
}
