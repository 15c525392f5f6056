import { integer, text } from 'drizzle-orm/sqlite-core';

/** Client-made UUIDv7 primary key: the PWA creates ids offline, so the server never assigns them. */
export const id = () => text('id').primaryKey();

const now = () => Date.now();

/**
 * Columns of every entity the PWA syncs. `seq` is stamped by the triggers in the `sync_sequence` migration
 * from one global counter, so pull can ask "everything after cursor N" and no handler can forget to bump it.
 * Rows are never hard-deleted: `deletedAt` is the tombstone that pull hands to the clients.
 */
export const syncColumns = () => ({
  createdAt: integer('created_at').notNull().$defaultFn(now),
  updatedAt: integer('updated_at').notNull().$defaultFn(now).$onUpdateFn(now),
  seq: integer('seq').notNull().default(0),
  deletedAt: integer('deleted_at'),
});

export const timestamps = () => ({
  createdAt: integer('created_at').notNull().$defaultFn(now),
  updatedAt: integer('updated_at').notNull().$defaultFn(now).$onUpdateFn(now),
});

/** Rows that came from the demo seed, so a district can remove them all before going live. */
export const demoFlag = () => integer('is_demo', { mode: 'boolean' }).notNull().default(false);
