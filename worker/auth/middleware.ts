import type { MiddlewareHandler } from 'hono';
import { auditLog } from '../../schema/tables.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../errors.ts';
import { actorFromCookie } from './sessions.ts';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Unsafe routes open to the public; everything else that writes needs a session. */
const PUBLIC_WRITES = [
  /^\/api\/auth\/login$/,
  /^\/api\/invitations\/[^/]+\/accept$/,
  // the public hearing's phones and kiosk: only its own sync modules, each change checked (worker/sync/hearings.ts)
  /^\/api\/public-hearings\/[^/]+\/sync\/push$/,
];

export const loadActor: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('actor', await actorFromCookie(c));
  c.set('authorized', false);
  c.set('audit', {});
  await next();
};

/** The route pattern that handled the request, e.g. `/api/territories/:territory/invitations`: no ids or tokens in it. */
function handlerPattern(c: Parameters<MiddlewareHandler<AppEnv>>[0]): string {
  const handlers = c.req.matchedRoutes.filter((r) => r.method !== 'ALL');
  return handlers.at(-1)?.path ?? new URL(c.req.url).pathname;
}

/**
 * Default deny for writes: the public gets 401 before any handler runs, and every successful write is written to the
 * audit log (ids and field names only, never the values: they may be personal data).
 */
export const guardWrites: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!UNSAFE.has(c.req.method)) return next();
  const path = new URL(c.req.url).pathname;
  if (!c.var.actor && !PUBLIC_WRITES.some((re) => re.test(path))) {
    throw new ApiError(401, 'unauthenticated', 'Sign in first');
  }
  await next();
  if (c.res.status >= 400) return;
  if (!c.var.authorized) {
    // A handler wrote without asking `authorize`: a bug the route tests are there to catch.
    console.error(JSON.stringify({ level: 'error', message: 'write without authorization check', route: handlerPattern(c) }));
  }
  const audit = c.var.audit;
  await c.var.db.insert(auditLog).values({
    at: Date.now(),
    userId: c.var.actor?.userId ?? audit.actorId ?? null,
    territoryId: audit.territoryId ?? null,
    action: `${c.req.method} ${handlerPattern(c)}`,
    entity: audit.entity ?? handlerPattern(c).split('/')[2] ?? 'unknown',
    entityId: audit.entityId ?? null,
    fields: audit.fields ?? null,
  });
};
