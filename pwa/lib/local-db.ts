import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import * as v from 'valibot';

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

const SnapshotEnvelope = v.looseObject({
  key: v.string(),
  version: v.union([v.string(), v.number()]),
  etag: v.optional(v.string()),
  savedAt: v.pipe(v.number(), v.finite()),
  data: v.unknown(),
});

/** Keys whose saved copy this app run dropped as unfit: offline, the screen says so instead of "no connection". */
const droppedKeys = new Set<string>();

/** Whether the saved copy under `key` was found in a shape this app no longer reads (and so dropped). */
export const droppedAsUnfit = (key: string) => droppedKeys.has(key);

/**
 * A saved copy read through the schema of its shape: an app update may find a copy an older app (or an older server)
 * wrote in another shape, and that one is deleted and reported as missing, so the screen fetches it again instead of
 * being handed values of the wrong type. The schema is required: no read of the store goes unchecked.
 */
export async function readSnapshot<S extends v.GenericSchema>(key: string, schema: S): Promise<Snapshot<v.InferOutput<S>> | undefined> {
  const db = await localDb();
  const stored = await db.get('snapshots', key);
  if (stored === undefined) return undefined;
  const envelope = v.safeParse(SnapshotEnvelope, stored);
  const data = envelope.success ? v.safeParse(schema, envelope.output.data) : undefined;
  if (envelope.success && data?.success) return { ...envelope.output, data: data.output };
  droppedKeys.add(key);
  await db.delete('snapshots', key);
  return undefined;
}

/** Every saved copy whose key starts with `prefix` that still fits; the others are dropped as `readSnapshot` does. */
export async function readSnapshots<S extends v.GenericSchema>(prefix: string, schema: S): Promise<Snapshot<v.InferOutput<S>>[]> {
  const db = await localDb();
  const keys = await db.getAllKeys('snapshots', IDBKeyRange.bound(prefix, `${prefix}\uffff`));
  const read = await Promise.all(keys.map((key) => readSnapshot(key, schema)));
  return read.filter((snapshot) => snapshot !== undefined);
}

export async function writeSnapshot<T>(snapshot: Snapshot<T>): Promise<void> {
  await (await localDb()).put('snapshots', snapshot);
}

/** A small value read through its schema; one in another shape is deleted and reads as missing. */
export async function readValue<S extends v.GenericSchema>(key: string, schema: S): Promise<v.InferOutput<S> | undefined> {
  const db = await localDb();
  const stored = await db.get('kv', key);
  if (stored === undefined) return undefined;
  const parsed = v.safeParse(schema, stored);
  if (parsed.success) return parsed.output;
  await db.delete('kv', key);
  return undefined;
}

export async function writeValue(key: string, value: unknown): Promise<void> {
  await (await localDb()).put('kv', value, key);
}
