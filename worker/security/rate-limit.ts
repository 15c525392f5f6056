import { sql } from 'drizzle-orm';
import type { MiddlewareHandler } from 'hono';
import { rateLimits } from '../../schema/tables.ts';
import { sha256Hex } from '../auth/tokens.ts';
import type { AppEnv, Database } from '../env.ts';
import { ApiError } from '../errors.ts';

/**
 * Fixed-window request counting for the endpoints anyone may call. One upsert per request counts and answers at
 * once, so two requests racing cannot both slip under the limit. A hall's Wi-Fi puts a whole room behind one
 * address, so the limits are set for a room, not for one person: they stop a script, not a busy hearing.
 */
export type Limit = { scope: string; limit: number; windowMs: number };

export async function countRequest(db: Database, key: string, { limit, windowMs }: Limit, now = Date.now()) {
  const windowStart = now - windowMs;
  const [row] = await db
    .insert(rateLimits)
    .values({ key, hits: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        hits: sql`CASE WHEN ${rateLimits.windowStartedAt} <= ${windowStart} THEN 1 ELSE ${rateLimits.hits} + 1 END`,
        windowStartedAt: sql`CASE WHEN ${rateLimits.windowStartedAt} <= ${windowStart} THEN ${now} ELSE ${rateLimits.windowStartedAt} END`,
      },
    })
    .returning({ hits: rateLimits.hits, windowStartedAt: rateLimits.windowStartedAt });
  if (row && row.hits > limit) {
    const retryAfter = Math.max(1, Math.ceil((row.windowStartedAt + windowMs - now) / 1000));
    throw new ApiError(429, 'rate_limited', `Too many requests; try again in ${retryAfter} s`, undefined, { 'Retry-After': String(retryAfter) });
  }
}

/** Counts the request per address (hashed) and per `param` of the route, e.g. one hearing's code. */
export const rateLimit = (limit: Limit, param?: string): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const address = c.req.header('cf-connecting-ip') ?? 'local';
    const target = param ? `:${(c.req.param(param) ?? '').toUpperCase()}` : '';
    // counted before any policy is asked, refused requests too: the throttle writes on the system handle
    await countRequest(c.var.systemDb, `${limit.scope}${target}:${await sha256Hex(address)}`, limit);
    await next();
  };
