import type { LesionNames } from './lesion-label.js';
import { cameraNamed, type CameraName } from '../model/cameras.js';
import type { SceneInput } from './build-scene.js';
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
  /** The block's label in each lesion kind, in the widget's language. */
  readonly lesionNames?: LesionNames;
}

/** The scene's input for one frame: the procedure's moment when there is one, else the anatomy explorer's. */
export function sceneInputFor(e: ElementView, moment: SampledState | undefined): SceneInput {
  const common = {
    viewport: { width: e.size.width || 360, height: e.size.height || 350 },
    labels: e.labels,
    active: e.active,
    view: e.view,
    fullNames: e.audience === 'patient',
    labelScale: e.labelScale,
    lesionNames: e.lesionNames,
  };
  if (!moment) {
    const dilated = e.ducts === 'dilated';
    return {
      ...common,
      camera: zoomCamera(cameraNamed(e.camera), e.userView),
      defaultDilation: dilated ? 1 : 0,
      gallbladder: dilated ? 'distended' : 'normal',
    };
  }
  return {
    ...common,
    camera: zoomCamera(moment.camera, e.userView),
    dilation: moment.dilation,
    defaultDilation: moment.defaultDilation,
    gallbladder: moment.gallbladder,
    reveal: moment.reveal,
    labelIds: moment.labels,
    moment,
  };
}
