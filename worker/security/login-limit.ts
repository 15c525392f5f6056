import { eq, sql } from 'drizzle-orm';
import { loginAttempts } from '../../schema/tables.ts';
import type { Database } from '../env.ts';
import { ApiError } from '../errors.ts';
import { sha256Hex } from '../auth/tokens.ts';

/**
 * Failed sign-ins are counted per account and per address in a 15-minute window; past the limit the key is blocked
 * for 15 minutes and sign-in answers 429 with Retry-After. Keys are hashes, so no e-mail or IP address is stored.
 */
const WINDOW_MS = 15 * 60 * 1000;
const LIMITS = { account: 5, address: 20 } as const;

type Scope = keyof typeof LIMITS;
const keyFor = async (scope: Scope, value: string) => `${scope}:${await sha256Hex(value.toLowerCase())}`;

export async function loginKeys(email: string, address: string) {
  return [
    { scope: 'account' as const, key: await keyFor('account', email) },
    { scope: 'address' as const, key: await keyFor('address', address) },
  ];
}

export async function assertNotBlocked(db: Database, keys: { key: string }[]) {
  const now = Date.now();
  for (const { key } of keys) {
    const row = await db.query.loginAttempts.findFirst({ where: eq(loginAttempts.key, key) });
    if (row?.blockedUntil && row.blockedUntil > now) {
      throw new ApiError(429, 'too_many_attempts', 'Too many failed sign-ins; try again later', undefined, {
        'Retry-After': String(Math.ceil((row.blockedUntil - now) / 1000)),
      });
    }
  }
}

export async function recordFailure(db: Database, keys: { scope: Scope; key: string }[]) {
  const now = Date.now();
  for (const { scope, key } of keys) {
    const windowStart = now - WINDOW_MS;
    // One upsert per key: a window that has run out starts again at one failure.
    await db
      .insert(loginAttempts)
      .values({ key, failures: 1, windowStartedAt: now })
      .onConflictDoUpdate({
        target: loginAttempts.key,
        set: {
          failures: sql`CASE WHEN ${loginAttempts.windowStartedAt} < ${windowStart} THEN 1 ELSE ${loginAttempts.failures} + 1 END`,
          windowStartedAt: sql`CASE WHEN ${loginAttempts.windowStartedAt} < ${windowStart} THEN ${now} ELSE ${loginAttempts.windowStartedAt} END`,
          blockedUntil: sql`CASE WHEN ${loginAttempts.windowStartedAt} >= ${windowStart} AND ${loginAttempts.failures} + 1 >= ${LIMITS[scope]} THEN ${now + WINDOW_MS} ELSE ${loginAttempts.blockedUntil} END`,
        },
      });
  }
}

export async function clearFailures(db: Database, keys: { scope: Scope; key: string }[]) {
  const [account] = keys.filter((k) => k.scope === 'account');
  if (account) await db.delete(loginAttempts).where(eq(loginAttempts.key, account.key));
}
