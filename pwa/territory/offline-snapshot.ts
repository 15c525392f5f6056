import { createResource } from 'solid-js';
import * as v from 'valibot';
import { ApiError } from '../lib/api.ts';
import { readSnapshot, writeSnapshot } from '../lib/local-db.ts';

export type Loaded<T> = { data: T; savedAt: number; fromSnapshot: boolean };

/**
 * Only the outline of these pages' answers is checked (an object from the server, in the snapshot envelope): unlike the
 * catalogue, the plan, the meeting's people and the hearings (schema/stored/), their answers have no stored schema yet,
 * and this cast is what is left of issue 14 point 5. A new screen with a saved copy brings its schema instead.
 */
const SavedAnswer = v.looseObject({});

async function readSaved<T>(key: string): Promise<Loaded<T> | undefined> {
  try {
    const saved = await readSnapshot(key, SavedAnswer);
    return saved ? { data: saved.data as T, savedAt: saved.savedAt, fromSnapshot: true } : undefined;
  } catch {
    // IndexedDB blocked (private mode): nothing saved to show.
    return undefined;
  }
}

/**
 * A page's one API response, kept in the `snapshots` store so the page opens offline once visited. Offline, the saved
 * copy comes first (with its date, which the page shows); online, the server's answer, and the saved copy only when
 * the server cannot be reached. A 404 never falls back: a deleted territory should not live on from a snapshot.
 */
export function createSnapshotResource<T>(key: () => string | undefined, load: () => Promise<T>) {
  return createResource(key, async (snapshotKey): Promise<Loaded<T>> => {
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      const saved = await readSaved<T>(snapshotKey);
      if (saved) return saved;
    }
    try {
      const data = await load();
      const savedAt = Date.now();
      await writeSnapshot({ key: snapshotKey, version: 1, savedAt, data }).catch(() => undefined);
      return { data, savedAt, fromSnapshot: false };
    } catch (error) {
      if (error instanceof ApiError && (error.isNetworkError || error.status >= 500)) {
        const saved = await readSaved<T>(snapshotKey);
        if (saved) return saved;
      }
      throw error;
    }
  });
}
