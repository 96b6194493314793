import { drawsAs } from '../../model/device-specs.js';
import type * as Stents from './lazy-device-drawing.js';
import type * as Struts from './lazy-stent-struts.js';
import type * as Balloons from './lazy-balloon-drawing.js';
import type * as Measure from '../measure-drawing.js';
import type * as Cavity from '../cavity-drawing.js';
import { lazyPart } from '../lazy-part.js';
import type { DeviceTrack, Track } from '../../timeline/track-types.js';

/** The drawing of the devices most procedures never show (a stent, a balloon), in three chunks of their own. */
export type LazyDeviceDrawing = typeof Stents & typeof Struts & typeof Balloons;
/** The measure step's brackets and figures beside a marker catheter, in a chunk of its own. */
export type LazyMeasureDrawing = typeof Measure;
/** Contrast given into an organ cavity and the gallstones in it, in a chunk of its own. */
export type LazyCavityDrawing = typeof Cavity;

// Three chunks fetched side by side, each under the lazy chunks' 5 kB: the stent's body, its struts (with the stented
// lumen) and the balloon's. Neither stent chunk imports the other: the first draws with the second's patterns, handed
// over (the merged part is passed to stentParts), so no module is shared between them and no fourth chunk is fetched.
const DEVICES = lazyPart(async (): Promise<LazyDeviceDrawing> => {
  const [stents, struts, balloons] = await Promise.all([
    import('./lazy-device-drawing.js'),
    import('./lazy-stent-struts.js'),
    import('./lazy-balloon-drawing.js'),
  ]);
  return { ...stents, ...struts, ...balloons };
});
const MEASURE = lazyPart(() => import('../measure-drawing.js'));
const CAVITY = lazyPart(() => import('../cavity-drawing.js'));

/** The stent and balloon drawing, once loaded (undefined before: such devices are not drawn). */
export const lazyDeviceDrawing = (): LazyDeviceDrawing | undefined => DEVICES.get();

/** The measure step's drawing, once loaded (undefined before: no brackets are drawn). */
export const lazyMeasureDrawing = (): LazyMeasureDrawing | undefined => MEASURE.get();

/** The cavity's contrast and stones, once loaded (undefined before: neither is drawn). */
export const lazyCavityDrawing = (): LazyCavityDrawing | undefined => CAVITY.get();

/** Whether a device of this kind is drawn by the lazy chunk. */
export const drawnLazily = (kind: string): boolean => drawsAs(kind) === 'stent' || kind === 'balloon-catheter';

/** Whether a device of this kind brings the measure step's brackets (a marker catheter across a stricture). */
const measures = (kind: string): boolean => drawsAs(kind) === 'marker-catheter';

/** Whether a track fills an organ cavity with contrast, puts stones in it or inflames it. */
const inCavity = (t: Track): boolean =>
  (t.type === 'value' && t.key.startsWith('cavity:')) || (t.type === 'base' && (t.stones.length > 0 || t.inflamed));

/** The lazy parts a compiled timeline needs (every part without a timeline). */
function partsFor(tracks?: readonly unknown[]) {
  const kinds = tracks?.flatMap((k) => ((k as Partial<DeviceTrack>).type === 'device' ? [k as DeviceTrack] : []));
  return [
    ...(!kinds || kinds.some((k) => drawnLazily(k.kind)) ? [DEVICES] : []),
    ...(!kinds || kinds.some((k) => measures(k.kind)) ? [MEASURE] : []),
    ...(!tracks || (tracks as readonly Track[]).some(inCavity) ? [CAVITY] : []),
  ];
}

/**
 * Loads the parts drawn from chunks of their own that a timeline needs: the stent and balloon drawing and the measure
 * step's for its devices, the cavity's for contrast given into an organ or its stones (all of them without tracks). A
 * widget awaits it before it shows such a procedure, so no frame is drawn without them.
 */
export function loadDeviceDrawing(tracks?: readonly unknown[]): Promise<unknown> {
  return Promise.all(partsFor(tracks).map((part) => part.load()));
}

/** Whether a compiled timeline needs a lazily drawn part that is not loaded yet. */
export function awaitsLazyDevices(tracks: readonly unknown[]): boolean {
  return partsFor(tracks).some((part) => !part.get());
}
