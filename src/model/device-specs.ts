import specs from '../../data/devices.json';
import type { DeviceSpec, Drawing } from './device-schema.js';

/**
 * A device kind: an id of data/devices.json (e.g. `chiba-needle`, `drain`,
 * `stent-mesh`). What the scene draws for it follows its `draws` archetype.
 */
export type DeviceKind = string;

export type { DeviceSpec };

/** The device kinds, trusted as bundled: test/data/bundled-data.test.ts validates data/devices.json. */
export const DEVICE_SPECS: Readonly<Record<DeviceKind, DeviceSpec>> = Object.fromEntries(
  Object.entries(specs).filter(([id]) => id !== '$schema'),
) as unknown as Record<DeviceKind, DeviceSpec>;

/** Every device kind an action may name. */
export const DEVICE_KINDS: readonly DeviceKind[] = Object.keys(DEVICE_SPECS);

/** Units per true mm for every tube and device (×1.5 exaggeration at 28 u/cm). */
export const UNITS_PER_MM = 4.2;

/** Units per true mm for lengths and positions (28 u/cm): loop sizes are not exaggerated. */
export const UNITS_PER_LENGTH_MM = 2.8;

/** The drawing archetype of a kind (`catheter` for an unknown one). */
export const drawsAs = (kind: DeviceKind): Drawing => DEVICE_SPECS[kind]?.draws ?? 'catheter';

/** Whether a kind is a pigtail drain (external, or internal–external across a block). */
export const isDrainKind = (kind: DeviceKind): boolean => ['drain', 'across-drain'].includes(drawsAs(kind));

/** Radius of a drain's locked pigtail loop, in units (12 mm across unless the kind says otherwise). */
export const loopRadius = (kind: DeviceKind): number => ((DEVICE_SPECS[kind]?.loopMm ?? 12) * UNITS_PER_LENGTH_MM) / 2;

/** Units back from a drain's tip that carry side holes: its loop and the shaft's last few cm unless the kind says. */
export const holesLength = (kind: DeviceKind): number => {
  const mm = DEVICE_SPECS[kind]?.holesMm;
  return mm === undefined ? 150 : mm * UNITS_PER_LENGTH_MM;
};

/** Drawn width of a device in units at a given zoom (px per unit). */
export function deviceWidth(kind: DeviceKind, pxPerUnit: number): number {
  const spec = DEVICE_SPECS[kind];
  if (!spec) return 1 / pxPerUnit;
  return Math.max(spec.mm * UNITS_PER_MM, spec.minPx / pxPerUnit);
}
