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
};

export type Snapshot<T = unknown> = { key: string; version: string | number; etag?: string; savedAt: number; data: T };

interface KpssDb extends DBSchema {
  snapshots: { key: string; value: Snapshot };
  outbox: { key: string; value: OutboxEntry; indexes: { byAuthor: string; byEntity: string } };
  /** small values: the cached session, sync cursors, favourites */
  kv: { key: string; value: unknown };
}

let opened: Promise<IDBPDatabase<KpssDb>> | undefined;

export function localDb(): Promise<IDBPDatabase<KpssDb>> {
  opened ??= openDB<KpssDb>('kpss', 1, {
    upgrade(db) {
      db.createObjectStore('snapshots', { keyPath: 'key' });
      const outbox = db.createObjectStore('outbox', { keyPath: 'id' });
      outbox.createIndex('byAuthor', 'authorId');
      outbox.createIndex('byEntity', 'entityId');
      db.createObjectStore('kv');
    },
  });
  return opened;
}

export async function readSnapshot<T>(key: string): Promise<Snapshot<T> | undefined> {
  return (await (await localDb()).get('snapshots', key)) as Snapshot<T> | undefined;
}

export async function writeSnapshot<T>(snapshot: Snapshot<T>): Promise<void> {
  await (await localDb()).put('snapshots', snapshot);
}

export async function readValue<T>(key: string): Promise<T | undefined> {
  return (await (await localDb()).get('kv', key)) as T | undefined;
}

export async function writeValue(key: string, value: unknown): Promise<void> {
  await (await localDb()).put('kv', value, key);
}
