import specs from '../../data/devices.json';

/**
 * Device kinds the scene can draw. Sizes come from the brief §2a and
 * composition §13 (drawn width = true mm × 4.2 units).
 */
export type DeviceKind =
  | 'chiba-needle' // 21–22G, 0.7 mm, bevelled tip
  | 'wire-018' // 0.018-inch, floppy tip
  | 'wire-035' // 0.035-inch (hydrophilic or stiff)
  | 'coaxial-set' // 3-part access set; outer sheath 6F
  | 'dilator' // serial tract dilator
  | 'sheath' // access sheath
  | 'angled-catheter' // 4F angled (Berenstein/Kumpe-type)
  | 'marker-catheter' // straight catheter with radiopaque bands 1 cm apart, for measuring
  | 'drain' // 8F multi-side-hole locking pigtail (external)
  | 'ultrasound-probe' // probe on the skin with its beam
  | 'internal-external-drain' // 8F drain across the block, pigtail in the duodenum
  | 'balloon-catheter' // cholangioplasty balloon on a 5F shaft
  | 'stent-delivery' // outer sheath holding a self-expanding stent
  | 'pusher' // pushes a plastic stent over the wire
  | 'stent-mesh' // braided self-expanding metal stent: shortens as it opens
  | 'stent-z' // linked zig-zag rings: opens ring by ring, no shortening
  | 'stent-spiral' // zig-zag wire wound as a helix: no shortening, wide cells
  | 'stent-plastic'; // straight tube with flaps and side holes; no expansion

/** Size facts for one device kind (data/devices.json). */
export interface DeviceSpec {
  readonly name: string;
  /** True outer diameter in mm (stents: constrained on their delivery system); drawn at mm × 4.2 units (composition §1). */
  readonly mm: number;
  /** Smallest on-screen width in px (composition §13). */
  readonly minPx: number;
  /** Length drawn outside the skin (hub, handle), in units. */
  readonly hub: number;
  readonly sources: readonly string[];
}

export const DEVICE_SPECS = specs as Readonly<Record<DeviceKind, DeviceSpec>>;

/** Units per true mm for every tube and device (×1.5 exaggeration at 28 u/cm). */
export const UNITS_PER_MM = 4.2;

/** Drawn width of a device in units at a given zoom (px per unit). */
export function deviceWidth(kind: DeviceKind, pxPerUnit: number): number {
  const spec = DEVICE_SPECS[kind];
  return Math.max(spec.mm * UNITS_PER_MM, spec.minPx / pxPerUnit);
}
