import { drawsAs } from '../../model/device-specs.js';
import type * as Drawing from './lazy-device-drawing.js';
import type { DeviceTrack } from '../../timeline/track-types.js';

/** The drawing of the devices most procedures never show (a stent, a balloon), in a chunk of its own. */
export type LazyDeviceDrawing = typeof Drawing;

let drawing: LazyDeviceDrawing | undefined;
let loading: Promise<LazyDeviceDrawing> | undefined;

/** The stent and balloon drawing, once loaded (undefined before: such devices are not drawn). */
export const lazyDeviceDrawing = (): LazyDeviceDrawing | undefined => drawing;

/** Whether a device of this kind is drawn by the lazy chunk. */
export const drawnLazily = (kind: string): boolean => drawsAs(kind) === 'stent' || kind === 'balloon-catheter';

/**
 * Loads the stent and balloon drawing (once for the page; again after a failed fetch). A widget awaits it before
 * it shows a procedure that uses such a device, so no frame is drawn without them.
 */
export function loadDeviceDrawing(): Promise<LazyDeviceDrawing> {
  return (loading ??= import('./lazy-device-drawing.js').then(
    (module) => (drawing = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));
}

/** Whether a compiled timeline's devices include one the lazy chunk draws. */
export function usesLazyDevices(tracks: readonly unknown[]): boolean {
  return (tracks as readonly Partial<DeviceTrack>[]).some((k) => k.type === 'device' && drawnLazily(k.kind!));
}
