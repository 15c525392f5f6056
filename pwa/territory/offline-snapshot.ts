import { createResource } from 'solid-js';
import type * as v from 'valibot';
import { ApiError } from '../lib/api.ts';
import { writeSnapshot } from '../lib/local-db.ts';
import { readSnapshot } from '../lib/saved-reads.ts';
import { noCopyError } from '../lib/unusable-copy.ts';

export type Loaded<T> = { data: T; savedAt: number; fromSnapshot: boolean };

async function readSaved<S extends v.GenericSchema>(key: string, schema: S): Promise<Loaded<v.InferOutput<S>> | undefined> {
  try {
    const saved = await readSnapshot(key, schema);
    return saved ? { data: saved.data, savedAt: saved.savedAt, fromSnapshot: true } : undefined;
  } catch {
    // IndexedDB blocked (private mode): nothing saved to show.
    return undefined;
  }
}

/**
 * A page's one API response, kept in the `snapshots` store so the page opens offline once visited. Offline, the saved
 * copy comes first (with its date, which the page shows); online, the server's answer, and the saved copy only when
 * the server cannot be reached. A 404 never falls back: a deleted territory should not live on from a snapshot.
 *
 * The saved copy is read through `schema` (schema/stored/): one an older app saved in another shape is dropped, so
 * the page fetches it again, or offline says that copy cannot be used. The page's type is the schema's output, and
 * `load` must answer in it, so the server's answer, the schema and the page cannot drift apart unnoticed.
 */
export function createSnapshotResource<S extends v.GenericSchema>(key: () => string | undefined, load: () => Promise<v.InferOutput<S>>, schema: S) {
  type T = v.InferOutput<S>;
  return createResource(key, async (snapshotKey): Promise<Loaded<T>> => {
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      const saved = await readSaved(snapshotKey, schema);
      if (saved) return saved;
    }
    try {
      const data = await load();
      const savedAt = Date.now();
      await writeSnapshot({ key: snapshotKey, version: 1, savedAt, data }).catch(() => undefined);
      return { data, savedAt, fromSnapshot: false };
    } catch (error) {
      if (error instanceof ApiError && (error.isNetworkError || error.status >= 500)) {
        const saved = await readSaved(snapshotKey, schema);
        if (saved) return saved;
        throw noCopyError(snapshotKey, error);
      }
      throw error;
    }
  });
}
