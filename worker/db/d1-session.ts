/**
 * D1 read replication through the Sessions API. Every API request gets its own D1 session, and the session decides
 * where its reads may go:
 *
 * - a public read whose answer is the same for everyone who may get it (a route of schema/cache-policy.ts: the
 *   catalogue, code lists, territories, published plans and minutes for a request without a session) may be served
 *   by the nearest read replica. Without a bookmark it starts unconstrained (any replica, however far behind); with
 *   the client's bookmark it starts at a copy at least as new as that bookmark, so a device never reads older data
 *   than what it wrote itself or already saw.
 * - everything else starts at the primary: every write (D1 sends writes to the primary anyway, but the reads that
 *   decide a write, such as a push's "seen this change already?", must not be stale), the sync protocol (a pull's
 *   cursor must never step back), and private reads (a revoked session or a role taken away must take effect at once,
 *   not after the replica catches up).
 *
 * Every answer carries the session's latest bookmark in `X-D1-Bookmark`; the PWA keeps the newest it has seen and
 * sends it back on each request (pwa/lib/d1-bookmark.ts).
 */
import type { Context, MiddlewareHandler } from 'hono';
import { publicRoute } from '../../schema/cache-policy.ts';
import { D1_BOOKMARK_HEADER, isD1Bookmark } from '../../schema/d1-bookmark.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../errors.ts';
import { changeResponseHeaders } from '../security/headers.ts';

/** The sync protocol, for a session and for a public hearing's phones: consistent, never from a replica. */
const SYNC_PATH = /^\/api\/(?:public-hearings\/[^/]+\/)?sync\//;

export type SessionStart = D1SessionConstraint | D1SessionBookmark;

/** Where a request's session starts; `bookmark` is the client's, already checked. */
export function sessionStart(method: string, pathname: string, carriesSession: boolean, bookmark: string | undefined): SessionStart {
  const route = publicRoute(method, pathname);
  const sameForEveryone = route !== undefined && (route.sameFor === 'everyone' || !carriesSession);
  if (!sameForEveryone || SYNC_PATH.test(pathname)) return 'first-primary';
  return bookmark ?? 'first-unconstrained';
}

function requestBookmark(c: Context<AppEnv>): string | undefined {
  const value = c.req.header(D1_BOOKMARK_HEADER)?.trim();
  if (value === undefined || value === '') return undefined;
  if (!isD1Bookmark(value)) {
    throw new ApiError(400, 'validation_failed', `The ${D1_BOOKMARK_HEADER} header is not a D1 bookmark`, [
      { field: `header.${D1_BOOKMARK_HEADER}`, message: 'Send back the bookmark of an earlier answer unchanged, or no header' },
    ]);
  }
  return value;
}

/**
 * The session in the shape of the binding, so drizzle and any wrapper of the binding take it as they take `env.DB`.
 * `exec` and `dump` have no session form: nothing in a request uses them, and they go to the primary.
 */
function sessionAsBinding(binding: D1Database, session: D1DatabaseSession): D1Database {
  return {
    prepare: (query) => session.prepare(query),
    batch: (statements) => session.batch(statements),
    exec: (query) => binding.exec(query),
    withSession: (start) => binding.withSession(start),
    dump: () => binding.dump(),
  };
}

/** Opens the request's D1 session as `c.var.d1` and answers with its bookmark. */
export const d1Session: MiddlewareHandler<AppEnv> = async (c, next) => {
  const bookmark = requestBookmark(c);
  const start = sessionStart(c.req.method, new URL(c.req.url).pathname, c.req.header('cookie') !== undefined, bookmark);
  const session = c.env.DB.withSession(start);
  c.set('d1', sessionAsBinding(c.env.DB, session));
  await next();
  // A request that ran no query has no bookmark of its own: the client's is still the newest it knows.
  const latest = session.getBookmark() ?? bookmark;
  if (!latest) return;
  changeResponseHeaders(c, (headers) => headers.set(D1_BOOKMARK_HEADER, latest));
};
