import { eq } from 'drizzle-orm';
import { AdminUserPatchBody, UserParams } from '../../schema/api/accounts.ts';
import { sessions, users } from '../../schema/tables.ts';
import { createRouter } from '../app.ts';
import { authorize } from '../auth/policy.ts';
import { profile } from '../db/users.ts';
import { notFound } from '../errors.ts';
import { validate } from '../validation.ts';

/** Accounts across all territories: admins only. */
export const adminRoutes = createRouter()
  .get('/users', async (c) => {
    await authorize(c, { to: 'administer' });
    const list = await c.var.db
      .select({ id: users.id, email: users.email, name: users.name, isAdmin: users.isAdmin, disabledAt: users.disabledAt })
      .from(users)
      .orderBy(users.name);
    return c.json({ users: list }, 200);
  })
  .patch('/users/:userId', validate('param', UserParams), validate('json', AdminUserPatchBody), async (c) => {
    await authorize(c, { to: 'administer' });
    const db = c.var.db;
    const { userId } = c.req.valid('param');
    const { isAdmin, disabled } = c.req.valid('json');
    if (!(await db.query.users.findFirst({ where: eq(users.id, userId) }))) throw notFound('User');
    const changes = {
      ...(isAdmin === undefined ? {} : { isAdmin }),
      ...(disabled === undefined ? {} : { disabledAt: disabled ? Date.now() : null }),
    };
    c.set('audit', { entity: 'user', entityId: userId, fields: Object.keys(changes) });
    await db.batch([
      db.update(users).set(changes).where(eq(users.id, userId)),
      // A disabled account is signed out everywhere at once.
      ...(disabled ? [db.delete(sessions).where(eq(sessions.userId, userId))] : []),
    ]);
    return c.json({ user: (await profile(db, userId))! }, 200);
  });
