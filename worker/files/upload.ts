import { ApiError } from '../errors.ts';

/**
 * Stores a file in R2 and then its record in D1, so that a failed upload leaves nothing half-written:
 * if R2 fails nothing is recorded, and if the record fails the stored object is removed again.
 * Keys are fresh per upload, so removing one never touches a file another record points at.
 */
export async function storeThenRecord(
  bucket: R2Bucket,
  object: { key: string; body: ArrayBuffer | Uint8Array; contentType: string },
  record: () => Promise<unknown>,
): Promise<void> {
  try {
    await bucket.put(object.key, object.body, { httpMetadata: { contentType: object.contentType } });
  } catch (err) {
    console.error(JSON.stringify({ level: 'error', message: 'file storage failed', error: err instanceof Error ? err.name : 'unknown' }));
    throw new ApiError(503, 'storage_unavailable', 'The file could not be stored; nothing was saved, please try again');
  }
  try {
    await record();
  } catch (err) {
    await bucket.delete(object.key).catch(() => {
      console.error(JSON.stringify({ level: 'error', message: 'orphaned upload could not be removed', key: object.key }));
    });
    throw err;
  }
}
