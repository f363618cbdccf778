/**
 * Orders strings by their UTF-16 code units, as IndexedDB orders string keys: unlike
 * localeCompare, the same order on every device and in every locale.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
