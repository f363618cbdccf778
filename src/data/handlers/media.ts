import type { MediaFile } from '../../domain/media';
import { readMediaFile } from '../../storage/media-repo';
import { getDatabase } from '../services/database';

/** A stored image a card shows (`media:<key>`), or null when this device does not hold it. */
async function mediaImage({ key }: { key: string }): Promise<MediaFile | null> {
  return await readMediaFile(getDatabase(), key);
}

export const queries = { mediaImage };
export const commands = {};
