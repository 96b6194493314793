import type { SceneWords } from './scene-words.js';
import { cameraNamed, filmPresetOf, OVERVIEW, type Camera, type CameraName } from '../model/cameras.js';
import type { SceneInput } from './build-scene.js';
import { LANDMARKS } from '../model/landmarks.js';
import { bagsEdges, drainHub } from './devices/bag-slots.js';
import { isDrainKind } from '../model/device-specs.js';
import { zoomCamera, type UserView } from './zoom-camera.js';
import type { SampledState } from '../timeline/timeline-types.js';

/** What the element contributes to a frame, besides the sampled procedure state. */
export interface ElementView {
  readonly size: { readonly width: number; readonly height: number };
  readonly labels: boolean;
  readonly active: string | null;
  readonly view: 'illustration' | 'fluoroscopy';
  readonly audience: 'clinician' | 'patient';
  readonly userView: UserView;
  /** Used without a procedure: the `camera` and `ducts` attributes. */
  readonly camera: CameraName;
  readonly ducts: 'normal' | 'dilated';
  /** Label size factor; default 1. */
  readonly labelScale?: number;
  /** The drawing's own words, in the widget's language. */
  readonly words?: SceneWords;
}

/** The scene's input for one frame: the procedure's moment when there is one, else the anatomy explorer's. */
export function sceneInputFor(e: ElementView, moment: SampledState | undefined): SceneInput {
  // A patient's phone stage is taller than the crop: the crop grows up and down to fill it, never narrower.
  const fit = (c: Camera) => {
    // A radiograph shows no bag: the frame keeps its width.
    const framed = e.view === 'fluoroscopy' ? c : withCap(withBag(c, moment), moment);
    return e.audience === 'patient' ? fillHeight(framed, e.size) : framed;
  };
  const common = {
    viewport: { width: e.size.width || 360, height: e.size.height || 350 },
    labels: e.labels,
    active: e.active,
    view: e.view,
    fullNames: e.audience === 'patient',
    labelScale: e.labelScale,
    words: e.words,
  };
  if (!moment) {
    const dilated = e.ducts === 'dilated';
    return {
      ...common,
      camera: fit(zoomCamera(cameraNamed(exploreFraming(e.camera, e.size)), e.userView)),
      defaultDilation: dilated ? 1 : 0,
      gallbladder: dilated ? 'distended' : 'normal',
    };
  }
  // A film shows no bag outside the body: there the step's film preset frames the gallbladder and the access.
  const film = e.view === 'fluoroscopy';
  const shot = (film && moment.filmCamera) || moment.camera;
  const camera = fit(zoomCamera(shot, e.userView));
  const preset = moment.framing ? cameraNamed(film ? filmPresetOf(moment.framing) : moment.framing) : shot;
  const settled = sameCamera(preset, shot) ? undefined : fit(zoomCamera(preset, e.userView));
  return {
    ...common,
    camera,
    ...(settled && { settled }),
    dilation: moment.dilation,
    defaultDilation: moment.defaultDilation,
    gallbladder: moment.gallbladder,
    distension: moment.distension,
    reveal: moment.reveal,
    labelIds: moment.labels,
    moment,
  };
}

/**
 * The explorer's framing: the overview on a stage of its own shape, the whole anatomy (down to D3) on a stage at
 * least a fifth wider than that, where the extra width shows the flanks and the overview would cut D3 at the edge.
 */
export function exploreFraming(
  camera: CameraName,
  size: { readonly width: number; readonly height: number },
): CameraName {
  const wide = size.height > 0 && size.width / size.height >= 1.2 * (OVERVIEW.w / OVERVIEW.h);
  return camera === 'overview' && wide ? 'anatomy' : camera;
}

const sameCamera = (a: Camera, b: Camera) => a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;

/** A camera as tall as the stage's shape at the same width, centred on the original (unchanged for a wider stage). */
export function fillHeight(c: Camera, size: { readonly width: number; readonly height: number }): Camera {
  if (!size.width || !size.height) return c;
  const h = (c.w * size.height) / size.width;
  return h <= c.h ? c : { ...c, y: c.y - (h - c.h) / 2, h };
}

/**
 * The frame widened to take in `left` and `right` (scene x; infinite for none), each side by a fifth of its width at
 * most: what lies further out is left out, and a close-up elsewhere is left alone.
 */
function widenedTo(c: Camera, left: number, right: number): Camera {
  const grown =
    Number.isFinite(left) && left < c.x && c.x - left <= c.w * 0.2 ? { ...c, x: left, w: c.w + (c.x - left) } : c;
  const more = right - (c.x + c.w);
  return Number.isFinite(right) && more > 0 && more <= c.w * 0.2 ? { ...grown, w: grown.w + more } : grown;
}

/**
 * A frame that shows every bag when drains run to them: the bags hang outside the body, beyond the overview's
 * edges (a right drain's outside the right flank, a left drain's on the patient's left), so the frame widens on
 * that side.
 */
export function withBag(c: Camera, moment: SampledState | undefined): Camera {
  if (!moment || !(moment.bag > 0 || moment.flow.into === 'bag')) return c;
  const { left, right } = bagsEdges(moment.devices);
  if (LANDMARKS.bags.right.y > c.y + c.h) return c;
  return widenedTo(c, left - 10, right + 10);
}

/** The cap's radius on a capped drain's hub (drainage-parts.ts), and a little room round it. */
const CAP_ROOM = 7 + 10;

/**
 * A frame that shows the cap on each capped drain's hub: the hub lies outside the skin, just beyond the overview's
 * edge for a right intercostal drain, and a capped drain that runs out of the picture hides what the step is about.
 * The frame widens on that side.
 */
export function withCap(c: Camera, moment: SampledState | undefined): Camera {
  if (!moment || moment.flow.into !== 'duodenum' || moment.bag > 0) return c;
  const xs = moment.devices
    .filter((d) => isDrainKind(d.kind) && d.opacity > 0 && d.route.length > 0)
    .map((d) => drainHub(d))
    .filter(([, y]) => y >= c.y && y <= c.y + c.h)
    .map(([x]) => x);
  return widenedTo(c, Math.min(...xs) - CAP_ROOM, Math.max(...xs) + CAP_ROOM);
}
