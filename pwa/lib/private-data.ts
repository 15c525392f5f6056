/**
 * What the device forgets when its person signs out or their session ends: every cache and IndexedDB record that is
 * not known to be public or the device's own. Private by default, as on the server (schema/cache-policy.ts): a cache,
 * a store or a key added later is cleared unless it is listed here. The outbox stays whole: the changes that wait
 * belong to their author and go out when they sign in again (lib/outbox.ts). No DOM, no Solid: the service worker
 * uses the cache names too.
 */
import { localDb } from './local-db.ts';
import { withSyncLock } from './sync.ts';

/** The service worker's copies of public API answers (pwa/sw.ts); the precache of the app's files is workbox's. */
export const PUBLIC_API_CACHE = 'kpss-api-public';

/** Caches that hold nothing personal: the app's own files and the public API answers. */
export const isPublicCache = (name: string) => name === PUBLIC_API_CACHE || name.startsWith('workbox-precache');

/**
 * Saved answers of routes that are the same for everyone (schema/cache-policy.ts): the catalogue, a territory's public
 * page and groups, the region, published minutes, a public hearing's page, a group's page as the public sees it.
 * A plan is not among them: a coordinator's copy may be a draft.
 */
const PUBLIC_SNAPSHOTS = ['catalogue:', 'overview:', 'groups:', 'group:public:', 'region:', 'region-plans:', 'minutes:', 'hearing.public.'];

/**
 * The device's own small values: the outbox's bookkeeping, who last used the outbox (so Background Sync sends their
 * changes once they are back), favourites and a public hearing's participant token (neither tied to an account).
 */
const DEVICE_VALUES = ['sync.clientId', 'sync.currentUser', 'outbox.superseded.', 'catalogue:favourites', 'hearing.participant.', 'hearing.vote.'];

const startsWithAny = (key: IDBValidKey, prefixes: string[]) => typeof key === 'string' && prefixes.some((prefix) => key.startsWith(prefix));

async function clearCaches() {
  if (typeof caches === 'undefined') return;
  for (const name of await caches.keys()) if (!isPublicCache(name)) await caches.delete(name);
}

async function clearLocalDb() {
  const db = await localDb();
  const stores = Array.from(db.objectStoreNames).filter((store) => store !== 'outbox');
  const tx = db.transaction(stores, 'readwrite');
  for (const name of stores) {
    const store = tx.objectStore(name);
    if (name !== 'snapshots' && name !== 'kv') {
      await store.clear();
      continue;
    }
    const kept = name === 'snapshots' ? PUBLIC_SNAPSHOTS : DEVICE_VALUES;
    for (const key of await store.getAllKeys()) if (!startsWithAny(key, kept)) await store.delete(key);
  }
  await tx.done;
}

/**
 * Clears everything private; under the sync lock, so a pull that was under way cannot write rows back afterwards
 * (the next one asks the server who is signed in first, and starts from scratch: its cursor is gone with the rows).
 */
export async function forgetPrivateData(): Promise<void> {
  await Promise.all([clearCaches().catch(() => undefined), withSyncLock(clearLocalDb).catch(() => undefined)]);
}
