import type * as Bones from './xray-bones.js';
import { lazyPart } from './lazy-part.js';

/** The bones only a film shows, in a chunk of their own. */
export type XrayBones = typeof Bones;

const BONES = lazyPart(() => import('./xray-bones.js'));

/**
 * The X-ray bones once loaded (undefined before: the film is drawn without them). The element keeps the X-ray
 * drawing hidden until they are here, with the X-ray view's styles (element/lazy/chunks.ts).
 */
export const lazyXrayBones = (): XrayBones | undefined => BONES.get();

/** Loads the X-ray bones (once for the page; again after a failed fetch). */
export const loadXrayBones = (): Promise<XrayBones> => BONES.load();
