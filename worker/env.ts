import type { DrizzleD1Database } from 'drizzle-orm/d1';
import type * as tables from '../schema/tables.ts';
import type { TERRITORY_ROLES } from '../schema/tables.ts';

export type Bindings = {
  DB: D1Database;
  ASSETS: Fetcher;
  FILES: R2Bucket;
  /** absent where the runtime offers no version metadata */
  CF_VERSION_METADATA?: WorkerVersionMetadata;
};

export type Database = DrizzleD1Database<typeof tables>;

export type TerritoryRole = (typeof TERRITORY_ROLES)[number];

/** The signed-in person making a request. */
export type Actor = {
  userId: string;
  email: string;
  name: string;
  isAdmin: boolean;
  sessionId: string;
  roles: { territoryId: string; role: TerritoryRole }[];
};

/** What the audit middleware writes down about a successful write; handlers fill in what they know. */
export type AuditNote = { actorId?: string; entity?: string; entityId?: string; territoryId?: string | null; fields?: string[] };

export type AppEnv = {
  Bindings: Bindings;
  Variables: {
    /** the request's D1 session (worker/db/d1-session.ts): may read from a replica; use it, not `env.DB` */
    d1: D1Database;
    /** the request's database (over `d1`): a write is refused unless `authorized`, and commits with its audit row */
    db: Database;
    /** the plain binding, for the writes the request machinery itself makes (session renewal, throttles) */
    systemDb: Database;
    /** the audit row this request's first write inserted; later writes update it */
    auditRowId?: number;
    actor: Actor | null;
    /** set by `authorize`: a write without it is refused by `db` */
    authorized: boolean;
    audit: AuditNote;
  };
};
