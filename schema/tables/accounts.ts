import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { TERRITORY_ROLES } from '../enums.ts';
import { id, timestamps } from '../columns.ts';
import { territories } from './geography.ts';

export { TERRITORY_ROLES } from '../enums.ts';

export const users = sqliteTable('users', {
  id: id(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  /** "pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>": scheme and count travel with the hash so they can be raised */
  passwordHash: text('password_hash').notNull(),
  isAdmin: integer('is_admin', { mode: 'boolean' }).notNull().default(false),
  locale: text('locale').notNull().default('cs'),
  disabledAt: integer('disabled_at'),
  ...timestamps(),
});

export const sessions = sqliteTable(
  'sessions',
  {
    id: id(),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    /** SHA-256 of the cookie token: a leaked table does not sign anybody in */
    tokenHash: text('token_hash').notNull(),
    expiresAt: integer('expires_at').notNull(),
    lastUsedAt: integer('last_used_at').notNull(),
    userAgent: text('user_agent'),
    ...timestamps(),
  },
  (t) => [uniqueIndex('sessions_token_unique').on(t.tokenHash), index('sessions_user_idx').on(t.userId)],
);

/** A role scoped to one territory: coordinator in Tábor and member in Třeboň are two rows. */
export const userRoles = sqliteTable(
  'user_roles',
  {
    id: id(),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    territoryId: text('territory_id').notNull().references(() => territories.id),
    role: text('role', { enum: TERRITORY_ROLES }).notNull(),
    grantedBy: text('granted_by'),
    ...timestamps(),
  },
  (t) => [uniqueIndex('user_roles_unique').on(t.userId, t.territoryId), index('user_roles_territory_idx').on(t.territoryId)],
);

export const invitations = sqliteTable(
  'invitations',
  {
    id: id(),
    territoryId: text('territory_id').notNull().references(() => territories.id),
    role: text('role', { enum: TERRITORY_ROLES }).notNull(),
    email: text('email').notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: integer('expires_at').notNull(),
    usedAt: integer('used_at'),
    createdBy: text('created_by').notNull().references(() => users.id),
    ...timestamps(),
  },
  (t) => [uniqueIndex('invitations_token_unique').on(t.tokenHash)],
);

/** Login attempts per account and per address, for rate limiting; keys are hashed, never raw emails or IPs. */
export const loginAttempts = sqliteTable(
  'login_attempts',
  {
    key: text('key').primaryKey(),
    failures: integer('failures').notNull().default(0),
    windowStartedAt: integer('window_started_at').notNull(),
    blockedUntil: integer('blocked_until'),
  },
);

/**
 * Requests per key (a hashed address plus what it asks for) in a fixed window, for the public endpoints that anyone
 * may call: the public hearing's page and push. Keys are hashed, never raw addresses.
 */
export const rateLimits = sqliteTable('rate_limits', {
  key: text('key').primaryKey(),
  hits: integer('hits').notNull().default(0),
  windowStartedAt: integer('window_started_at').notNull(),
});

/** Who changed what and when. Holds ids and field names, never the personal data itself. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at').notNull(),
    userId: text('user_id'),
    territoryId: text('territory_id'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    fields: text('fields', { mode: 'json' }).$type<string[]>(),
  },
  (t) => [index('audit_log_territory_idx').on(t.territoryId, t.at)],
);

/**
 * Every change the PWA pushed, by its client-made id. Push is idempotent: the same id with the same content hash
 * is answered "duplicate"; the same id with other content is a conflict, never an overwrite.
 */
export const syncChanges = sqliteTable(
  'sync_changes',
  {
    id: text('id').primaryKey(),
    userId: text('user_id'),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    contentHash: text('content_hash').notNull(),
    result: text('result', { enum: ['applied', 'conflict', 'rejected'] }).notNull(),
    reason: text('reason'),
    receivedAt: integer('received_at').notNull(),
  },
  (t) => [index('sync_changes_entity_idx').on(t.entity, t.entityId)],
);

/** The one global change counter behind every synced row's `seq`. */
export const syncSequence = sqliteTable('sync_sequence', {
  id: integer('id').primaryKey(),
  value: integer('value').notNull(),
});
