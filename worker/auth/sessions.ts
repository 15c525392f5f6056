import { and, eq, gt, ne } from 'drizzle-orm';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { uuidv7 } from 'uuidv7';
import { sessions, userRoles, users } from '../../schema/tables.ts';
import type { Actor, AppEnv, Database } from '../env.ts';
import { newToken, sha256Hex } from './tokens.ts';

/** Sent as `__Host-kpss_session`: HttpOnly, Secure, SameSite=Lax, path /, no domain. */
const COOKIE_NAME = 'kpss_session';
const DAY = 24 * 60 * 60 * 1000;
/** A field worker may be offline for days; the session lives 30 days from its last use. */
export const SESSION_TTL_MS = 30 * DAY;
/** Renew at most once an hour, so reading does not turn every request into a write. */
const RENEW_AFTER_MS = 60 * 60 * 1000;

export async function startSession(c: Context<AppEnv>, userId: string, id: string = uuidv7()) {
  const token = newToken();
  const now = Date.now();
  const session = {
    id,
    userId,
    tokenHash: await sha256Hex(token),
    expiresAt: now + SESSION_TTL_MS,
    lastUsedAt: now,
    userAgent: c.req.header('user-agent')?.slice(0, 200) ?? null,
  };
  await c.var.db.insert(sessions).values(session);
  writeCookie(c, token);
  return session;
}

function writeCookie(c: Context<AppEnv>, token: string) {
  setCookie(c, COOKIE_NAME, token, {
    prefix: 'host',
    httpOnly: true,
    secure: true,
    sameSite: 'Lax',
    path: '/',
    maxAge: SESSION_TTL_MS / 1000,
  });
}

export function clearSessionCookie(c: Context<AppEnv>) {
  deleteCookie(c, COOKIE_NAME, { prefix: 'host', path: '/', secure: true });
}

/** The signed-in person behind the request's cookie, or null; renews the session as it is used. */
export async function actorFromCookie(c: Context<AppEnv>): Promise<Actor | null> {
  const token = getCookie(c, COOKIE_NAME, 'host');
  if (!token || token.length > 100) return null;
  const db = c.var.db;
  const now = Date.now();
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, await sha256Hex(token)), gt(sessions.expiresAt, now)))
    .limit(1);
  if (!row || row.user.disabledAt) return null;
  if (now - row.session.lastUsedAt > RENEW_AFTER_MS) {
    // the request machinery's own write, before any policy has been asked: on the system handle, unaudited
    await c.var.systemDb.update(sessions).set({ lastUsedAt: now, expiresAt: now + SESSION_TTL_MS }).where(eq(sessions.id, row.session.id));
    writeCookie(c, token);
  }
  const roles = await db.select({ territoryId: userRoles.territoryId, role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, row.user.id));
  return {
    userId: row.user.id,
    email: row.user.email,
    name: row.user.name,
    isAdmin: row.user.isAdmin,
    sessionId: row.session.id,
    roles,
  };
}

export function listSessions(db: Database, userId: string) {
  return db
    .select({ id: sessions.id, createdAt: sessions.createdAt, lastUsedAt: sessions.lastUsedAt, expiresAt: sessions.expiresAt, userAgent: sessions.userAgent })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, Date.now())));
}

export const revokeSession = (db: Database, userId: string, sessionId: string) =>
  db.delete(sessions).where(and(eq(sessions.userId, userId), eq(sessions.id, sessionId))).returning({ id: sessions.id });

export const revokeOtherSessions = (db: Database, userId: string, keepSessionId: string) =>
  db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)));
