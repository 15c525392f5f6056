import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { LoginBody, PasswordChangeBody, SessionParams } from '../../schema/api/accounts.ts';
import { users } from '../../schema/tables.ts';
import { createRouter } from '../app.ts';
import { hashPassword, UNKNOWN_USER_HASH, verifyPassword } from '../auth/password.ts';
import { allowPublicWrite, requireActor } from '../auth/policy.ts';
import { clearSessionCookie, listSessions, revokeOtherSessions, revokeSession, startSession } from '../auth/sessions.ts';
import { findUserByEmail, profile } from '../db/users.ts';
import { ApiError, notFound } from '../errors.ts';
import { assertNotBlocked, clearFailures, loginKeys, recordFailure } from '../security/login-limit.ts';
import { validate } from '../validation.ts';

/** One message for a wrong e-mail and a wrong password, so nobody learns which accounts exist. */
const wrongCredentials = () => new ApiError(401, 'invalid_credentials', 'Wrong e-mail or password');

export const authRoutes = createRouter()
  .post('/login', validate('json', LoginBody), async (c) => {
    allowPublicWrite(c);
    const db = c.var.db;
    const { email, password } = c.req.valid('json');
    const keys = await loginKeys(email, c.req.header('cf-connecting-ip') ?? 'local');
    await assertNotBlocked(db, keys);
    const user = await findUserByEmail(db, email);
    // Hash even for an unknown e-mail: the answer takes as long either way.
    const passwordOk = await verifyPassword(password, user?.passwordHash ?? UNKNOWN_USER_HASH);
    if (!user || !passwordOk || user.disabledAt) {
      // throttle bookkeeping of a refused request: the system handle, no audit row
      await recordFailure(c.var.systemDb, keys);
      throw wrongCredentials();
    }
    await clearFailures(c.var.systemDb, keys);
    const sessionId = uuidv7();
    c.set('audit', { actorId: user.id, entity: 'session', entityId: sessionId });
    await startSession(c, user.id, sessionId);
    return c.json({ user: (await profile(db, user.id))! }, 200);
  })
  .post('/logout', async (c) => {
    const actor = requireActor(c);
    c.set('audit', { entity: 'session', entityId: actor.sessionId });
    await revokeSession(c.var.db, actor.userId, actor.sessionId);
    clearSessionCookie(c);
    return c.json({ signedOut: true }, 200);
  })
  .get('/me', async (c) => {
    const actor = c.var.actor;
    return c.json({ user: actor ? await profile(c.var.db, actor.userId) : null }, 200);
  })
  .get('/sessions', async (c) => {
    const actor = requireActor(c);
    const list = await listSessions(c.var.db, actor.userId);
    return c.json({ sessions: list.map((s) => ({ ...s, current: s.id === actor.sessionId })) }, 200);
  })
  .delete('/sessions/:sessionId', validate('param', SessionParams), async (c) => {
    const actor = requireActor(c);
    const { sessionId } = c.req.valid('param');
    c.set('audit', { entity: 'session', entityId: sessionId });
    const [revoked] = await revokeSession(c.var.db, actor.userId, sessionId);
    if (!revoked) throw notFound('Session');
    if (sessionId === actor.sessionId) clearSessionCookie(c);
    return c.json({ revoked: sessionId }, 200);
  })
  .post('/password', validate('json', PasswordChangeBody), async (c) => {
    const actor = requireActor(c);
    const db = c.var.db;
    const { currentPassword, newPassword } = c.req.valid('json');
    const user = await db.query.users.findFirst({ where: eq(users.id, actor.userId) });
    if (!user || !(await verifyPassword(currentPassword, user.passwordHash))) {
      throw new ApiError(400, 'validation_failed', 'The current password is wrong', [{ field: 'json.currentPassword', message: 'is wrong' }]);
    }
    c.set('audit', { entity: 'user', entityId: actor.userId, fields: ['password'] });
    // A changed password ends every other session: a stolen cookie stops working with it.
    await db.batch([
      db.update(users).set({ passwordHash: await hashPassword(newPassword) }).where(eq(users.id, actor.userId)),
      revokeOtherSessions(db, actor.userId, actor.sessionId),
    ]);
    return c.json({ changed: true }, 200);
  });
