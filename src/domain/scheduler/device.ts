/**
 * The device of a review made before reviews recorded their device (database version 2 and
 * backups written then). It is no installation's id, so Undo never takes such a review back:
 * it may as well come from another device, and a review is never lost to an Undo.
 */
export const UNKNOWN_DEVICE_ID = 'unknown-device';

/** A review row's device: the one it names, or the unknown device for older rows. */
export function readDeviceId(value: unknown): string {
  return typeof value === 'string' && value !== '' ? value : UNKNOWN_DEVICE_ID;
}
