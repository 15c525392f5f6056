/**
 * Every read of IndexedDB goes through a schema (valibot): an app update may find a copy an older app (or an older
 * server) wrote in another shape. Apart from lib/local-db.ts so that a screen can load the validator only when there
 * is a saved copy to check (the catalogue: a first visit has none, and downloads nothing for it).
 */
import * as v from 'valibot';
import { type Snapshot, dropUnfit, keysStartingWith, localDb } from './local-db.ts';

const SnapshotEnvelope = v.looseObject({
  key: v.string(),
  version: v.union([v.string(), v.number()]),
  etag: v.optional(v.string()),
  savedAt: v.pipe(v.number(), v.finite()),
  data: v.unknown(),
});

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
  await dropUnfit(key);
  return undefined;
}

/** Every saved copy whose key starts with `prefix` that still fits; the others are dropped as `readSnapshot` does. */
export async function readSnapshots<S extends v.GenericSchema>(prefix: string, schema: S): Promise<Snapshot<v.InferOutput<S>>[]> {
  const db = await localDb();
  const keys = await db.getAllKeys('snapshots', keysStartingWith(prefix));
  const read = await Promise.all(keys.map((key) => readSnapshot(key, schema)));
  return read.filter((snapshot) => snapshot !== undefined);
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
