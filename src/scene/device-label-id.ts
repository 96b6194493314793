/**
 * The id a device's word takes among the scene's structures. Ids that name anatomy never start this way, so the
 * label placer can tell a device's word (scored by the lines it crosses, allowed on a tumour) from a structure's name.
 */
export const deviceLabelId = (deviceId: string): string => `device-${deviceId}`;

/** Whether a labelled structure is a device's word (see `deviceLabelId`). */
export const isDeviceLabel = (id: string): boolean => id.startsWith('device-');
