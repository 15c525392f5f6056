import { and, desc, eq } from 'drizzle-orm';
import { RoleGrantBody, TerritoryUserParams } from '../../schema/api/accounts.ts';
import { TerritoryParams } from '../../schema/api/territories.ts';
import { auditLog, userRoles, users } from '../../schema/tables.ts';
import { createRouter } from '../app.ts';
import { authorize } from '../auth/policy.ts';
import { requireTerritory } from '../db/territory-lookup.ts';
import { roleOf } from '../db/users.ts';
import { notFound } from '../errors.ts';
import { validate } from '../validation.ts';
import { uuidv7 } from 'uuidv7';

/** A territory's accounts and roles, and its audit log: for its coordinators (and admins). */
export const territoryMemberRoutes = createRouter()
  .get('/:territory/members', validate('param', TerritoryParams), async (c) => {
    const territory = await requireTerritory(c.var.db, c.req.valid('param').territory);
    await authorize(c, { to: 'manage_territory', territoryId: territory.id });
    const members = await c.var.db
      .select({ userId: users.id, name: users.name, email: users.email, role: userRoles.role })
      .from(userRoles)
      .innerJoin(users, eq(users.id, userRoles.userId))
      .where(eq(userRoles.territoryId, territory.id))
      .orderBy(users.name);
    return c.json({ members }, 200);
  })
  .put('/:territory/roles/:userId', validate('param', TerritoryUserParams), validate('json', RoleGrantBody), async (c) => {
    const db = c.var.db;
    const { territory: slugOrId, userId } = c.req.valid('param');
    const territory = await requireTerritory(db, slugOrId);
    const { role } = c.req.valid('json');
    // Demoting a coordinator is as much an appointment of coordinators as promoting one.
    const current = await roleOf(db, userId, territory.id);
    await authorize(c, { to: 'grant_role', territoryId: territory.id, role: current === 'coordinator' ? 'coordinator' : role });
    if (!(await db.query.users.findFirst({ where: eq(users.id, userId) }))) throw notFound('User');
    c.set('audit', { ...c.var.audit, entity: 'user_role', entityId: userId, fields: ['role'] });
    await db
      .insert(userRoles)
      .values({ id: uuidv7(), userId, territoryId: territory.id, role, grantedBy: c.var.actor!.userId })
      .onConflictDoUpdate({ target: [userRoles.userId, userRoles.territoryId], set: { role, grantedBy: c.var.actor!.userId } });
    return c.json({ userId, territoryId: territory.id, role }, 200);
  })
  .delete('/:territory/roles/:userId', validate('param', TerritoryUserParams), async (c) => {
    const db = c.var.db;
    const { territory: slugOrId, userId } = c.req.valid('param');
    const territory = await requireTerritory(db, slugOrId);
    const current = await roleOf(db, userId, territory.id);
    await authorize(c, { to: 'grant_role', territoryId: territory.id, role: current ?? 'member' });
    if (!current) throw notFound('Role');
    c.set('audit', { ...c.var.audit, entity: 'user_role', entityId: userId });
    await db.delete(userRoles).where(and(eq(userRoles.userId, userId), eq(userRoles.territoryId, territory.id)));
    return c.json({ userId, territoryId: territory.id, role: null }, 200);
  })
  .get('/:territory/audit', validate('param', TerritoryParams), async (c) => {
    const territory = await requireTerritory(c.var.db, c.req.valid('param').territory);
    await authorize(c, { to: 'manage_territory', territoryId: territory.id });
    const entries = await c.var.db
      .select({ at: auditLog.at, userId: auditLog.userId, userName: users.name, action: auditLog.action, entity: auditLog.entity, entityId: auditLog.entityId, fields: auditLog.fields })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.userId))
      .where(eq(auditLog.territoryId, territory.id))
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(500);
    return c.json({ entries }, 200);
  });
