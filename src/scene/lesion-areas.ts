import type { Point } from '../model/anatomy-schema.js';
import type { Anatomy } from '../model/parse-anatomy.js';
import { lesionOutline } from './lesion-path.js';
import type { SceneFrame } from './scene-frame.js';
import { cached, stateKey } from './shape-cache.js';

/**
 * The drawn outlines of a frame's lesions (tumour masses and sleeves, ring scars), scene units: what no other
 * structure's label box or leader end may lie on. Kept per lesion set and the shape states of their ducts.
 */
export function lesionAreas(anatomy: Anatomy, frame: Pick<SceneFrame, 'lesions' | 'lesionKey' | 'stateOf'>) {
  const states = frame.lesions.map((l) => frame.stateOf(l.duct));
  return cached(anatomy, { id: 'lesion-areas' }, `${frame.lesionKey}|${stateKey(states)}`, () =>
    frame.lesions.flatMap((lesion, i): Point[][] => {
      const duct = anatomy.byId.get(lesion.duct);
      const drawn = duct ? lesionOutline(lesion, duct, states[i]!) : null;
      return drawn ? [drawn.points] : [];
    }),
  );
}
