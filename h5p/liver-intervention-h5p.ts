import '../src/index.js';
import type { LiverInterventionParams } from './h5p-params.js';
import { type H5PEventDispatcher, type H5PExtras, LiverInterventionContent } from './liver-intervention-content.js';
import type { SavedState } from './saved-state.js';

// The H5P content type. This file is built as one classic script (scripts/build-h5p.mjs) that H5P loads after
// its core, which provides `H5P.EventDispatcher` and the xAPI helpers.

interface H5PCore {
  /** Its constructor sets up `on` and `trigger` on the instance; the xAPI helpers are on its prototype. */
  EventDispatcher: { prototype: H5PEventDispatcher; call(self: object): void };
  LiverIntervention?: unknown;
}

/** The methods H5P calls on a content instance. */
interface ContentInstance extends H5PEventDispatcher {
  attach($container: ArrayLike<HTMLElement>): void;
  getTitle(): string;
  getCurrentState(): SavedState;
}

const H5P = (globalThis as unknown as { H5P: H5PCore }).H5P;

/**
 * `H5P.LiverIntervention`: shows `<liver-intervention>` with the author's choices and reports progress as
 * xAPI: `experienced` once per step shown (the step in the result extensions), `completed` when the last step
 * is first shown. H5P may save where the learner was (`getCurrentState`) and resume there, without reporting
 * the steps seen before again.
 *
 * A classic constructor with its methods on the instance, as H5P expects: H5P replaces a content type's
 * prototype with a copy of its enumerable members, which would drop a class's methods.
 *
 * @param params the author's fields (semantics.json)
 * @param contentId H5P's id of this content
 * @param extras H5P's metadata (title) and the state saved on a former visit
 */
function LiverInterventionH5P(
  this: ContentInstance & { contentId: string | number },
  params: LiverInterventionParams,
  contentId: string | number,
  extras: H5PExtras = {},
): void {
  H5P.EventDispatcher.call(this);
  this.contentId = contentId;
  const content = new LiverInterventionContent(this, params, extras);
  /** Puts the widget into H5P's container (a jQuery object) once; a second call moves it. */
  this.attach = ($container) => content.attach($container);
  /** The content's title from the H5P metadata, for H5P's reports. */
  this.getTitle = () => content.getTitle();
  /** Where the learner is, for H5P to save and hand back on the next visit. */
  this.getCurrentState = () => content.getCurrentState();
}
LiverInterventionH5P.prototype = Object.create(H5P.EventDispatcher.prototype) as H5PEventDispatcher;
LiverInterventionH5P.prototype.constructor = LiverInterventionH5P;

H5P.LiverIntervention = LiverInterventionH5P;
