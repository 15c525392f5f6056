import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { auditLog } from '../../schema/tables.ts';
import type { WriteGate } from '../db/guarded-d1.ts';
import type { AppEnv } from '../env.ts';

/** A handler wrote without asking the policy: a bug, refused before the write reaches D1 (answered 500). */
export class WriteWithoutAuthorization extends Error {
  override name = 'WriteWithoutAuthorization';
}

/** The route pattern that handled the request, e.g. `/api/territories/:territory/invitations`: no ids or tokens in it. */
export function handlerPattern(c: Context<AppEnv>): string {
  const handlers = c.req.matchedRoutes.filter((r) => r.method !== 'ALL');
  return handlers.at(-1)?.path ?? new URL(c.req.url).pathname;
}

/** The audit row as the request's note (`c.var.audit`) says it now: ids and field names only, never values. */
function auditRow(c: Context<AppEnv>) {
  const audit = c.var.audit;
  return {
    userId: c.var.actor?.userId ?? audit.actorId ?? null,
    territoryId: audit.territoryId ?? null,
    action: `${c.req.method} ${handlerPattern(c)}`,
    entity: audit.entity ?? handlerPattern(c).split('/')[2] ?? 'unknown',
    entityId: audit.entityId ?? null,
    fields: audit.fields ?? null,
  };
}

/** `changes()` is what the statement just before it in the batch changed (not counting triggers). */
const RECORD_IF_CHANGED =
  'INSERT INTO audit_log (at, user_id, territory_id, action, entity, entity_id, fields) SELECT ?, ?, ?, ?, ?, ?, ? WHERE changes() > 0 RETURNING id';

/**
 * The gate of `c.var.db`: a write needs `authorize` (or `requireActor` / `allowPublicWrite`) first, and commits with
 * the request's ONE audit row: the first write inserts it, a later write of the same request updates it to the note
 * as it stands then. So a handler sets `c.set('audit', …)` before it writes.
 */
export function auditedWrites(c: Context<AppEnv>): WriteGate {
  const learnRowId = (result: D1Result) => {
    const inserted = result.results[0] as { id?: number } | undefined;
    if (c.var.auditRowId === undefined && inserted?.id !== undefined) c.set('auditRowId', inserted.id);
  };
  return {
    admit() {
      if (!c.var.authorized) throw new WriteWithoutAuthorization(`write without authorization check in ${c.req.method} ${handlerPattern(c)}`);
    },
    companion(prepare, { soleStatement }) {
      const id = c.var.auditRowId;
      const row = auditRow(c);
      if (id === undefined && soleStatement) {
        // An UPDATE or DELETE that matched nothing (the handler then answers 404) is no change to record.
        return {
          statement: prepare(RECORD_IF_CHANGED).bind(Date.now(), row.userId, row.territoryId, row.action, row.entity, row.entityId, row.fields ? JSON.stringify(row.fields) : null),
          committed: learnRowId,
        };
      }
      const query =
        id === undefined
          ? c.var.systemDb.insert(auditLog).values({ at: Date.now(), ...row }).returning({ id: auditLog.id }).toSQL()
          : c.var.systemDb.update(auditLog).set(row).where(eq(auditLog.id, id)).toSQL();
      return {
        statement: prepare(query.sql).bind(...query.params),
        committed: learnRowId,
      };
    },
  };
}

/** A write request that succeeded without writing anything (a dry run, a push of duplicates) is recorded all the same. */
export async function auditUnlessWritten(c: Context<AppEnv>) {
  if (c.var.auditRowId !== undefined) return;
  await c.var.systemDb.insert(auditLog).values({ at: Date.now(), ...auditRow(c) });
}
