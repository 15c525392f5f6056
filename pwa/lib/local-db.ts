import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

/**
 * The one IndexedDB database of the PWA. Snapshots of read-mostly data (catalogue, plan, pages) are replaceable
 * copies of the server; the outbox holds what people typed and is the only copy until the server acknowledges it,
 * so nothing ever clears it but an acknowledgement.
 */
export type OutboxStatus = 'waiting' | 'sending' | 'rejected' | 'conflict';

export type OutboxEntry = {
  /** the change's client-made UUIDv7: the idempotency key of the push */
  id: string;
  /** the account that made the change: another person signing in on the same device never sends it */
  authorId: string;
  entity: string;
  entityId: string;
  op: 'upsert' | 'delete';
  data: unknown;
  baseRevisionId?: string;
  createdAt: number;
  appVersion: string;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: number;
  /** the server's reason for a rejection or conflict, shown to the author */
  reason?: string;
  /** the server's words with the reason, and the fields it named (`data.title`) */
  message?: string;
  issues?: { field: string; message: string }[];
  /** a note's text merged by a person from the diverging texts of a conflict */
  resolvesConflict?: boolean;
};

/**
 * A row of the server as the signed-in person last pulled it (`GET /api/sync/pull`), kept per person: on a shared
 * device one person's meetings (attendance sheets are personal data) are never shown to another. `parentId` groups
 * what a screen reads at once: a meeting and its agenda, attendance, notes and tasks under the meeting's id, note
 * revisions under their note's id.
 */
export type LocalRow = {
  owner: string;
  entity: string;
  id: string;
  parentId: string;
  seq: number;
  data: Record<string, unknown>;
};

export type Snapshot<T = unknown> = { key: string; version: string | number; etag?: string; savedAt: number; data: T };

export interface KpssDb extends DBSchema {
  snapshots: { key: string; value: Snapshot };
  outbox: { key: string; value: OutboxEntry; indexes: { byAuthor: string; byEntity: string } };
  /** small values: the cached session, sync cursors, favourites */
  kv: { key: string; value: unknown };
  rows: { key: [string, string, string]; value: LocalRow; indexes: { byParent: [string, string]; byEntity: [string, string] } };
}

let opened: Promise<IDBPDatabase<KpssDb>> | undefined;

export function localDb(): Promise<IDBPDatabase<KpssDb>> {
  opened ??= openDB<KpssDb>('kpss', 2, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('snapshots', { keyPath: 'key' });
        const outbox = db.createObjectStore('outbox', { keyPath: 'id' });
        outbox.createIndex('byAuthor', 'authorId');
        outbox.createIndex('byEntity', 'entityId');
        db.createObjectStore('kv');
      }
      if (oldVersion < 2) {
        const rows = db.createObjectStore('rows', { keyPath: ['owner', 'entity', 'id'] });
        rows.createIndex('byParent', ['owner', 'parentId']);
        rows.createIndex('byEntity', ['owner', 'entity']);
      }
    },
    // Another tab still has version 1 open: it lets go so this one can upgrade, and picks up the new version on its
    // next open. Its outbox writes in flight finish first (IndexedDB closes after running transactions).
    blocking() {
      void opened?.then((db) => db.close());
      opened = undefined;
    },
  });
  return opened;
}

/** Keys whose saved copy this app run dropped as unfit: offline, the screen says so instead of "no connection". */
const droppedKeys = new Set<string>();

/** Whether the saved copy under `key` was found in a shape this app no longer reads (and so dropped). */
export const droppedAsUnfit = (key: string) => droppedKeys.has(key);

/** Deletes a saved copy found unfit by lib/saved-reads.ts, and remembers that it was. */
export async function dropUnfit(key: string): Promise<void> {
  droppedKeys.add(key);
  await (await localDb()).delete('snapshots', key);
}

/** Every key that starts with `prefix`, as one IndexedDB range. */
export const keysStartingWith = (prefix: string) => IDBKeyRange.bound(prefix, `${prefix}\uffff`);

/**
 * Whether anything is saved under `key` (or in the range), unchecked: a first visit need not load the validator to
 * learn "nothing".
 */
export async function hasSaved(store: 'snapshots' | 'kv', key: string | IDBKeyRange): Promise<boolean> {
  return (await (await localDb()).getKey(store, key)) !== undefined;
}

export async function writeSnapshot<T>(snapshot: Snapshot<T>): Promise<void> {
  await (await localDb()).put('snapshots', snapshot);
}

export async function writeValue(key: string, value: unknown): Promise<void> {
  await (await localDb()).put('kv', value, key);
}
