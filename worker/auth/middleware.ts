import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../errors.ts';
import { auditUnlessWritten, handlerPattern } from './audit.ts';
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

/**
 * Default deny for writes: the public gets 401 before any handler runs. A write that skipped `authorize` cannot
 * commit (worker/db/guarded-d1.ts), and each write commits with its audit row; a write request that succeeded
 * without writing is recorded here.
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
    // It wrote nothing (the database refuses that), but a write route that never asks the policy is a bug all the same.
    console.error(JSON.stringify({ level: 'error', message: 'write request without authorization check', route: handlerPattern(c) }));
  }
  await auditUnlessWritten(c);
};
