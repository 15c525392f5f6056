import { and, eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import {
  GroupCreateBody,
  GroupMemberBody,
  GroupMemberParams,
  GroupParams,
  GroupPatchBody,
  PersonCreateBody,
  PersonParams,
  PersonPatchBody,
  TerritoryGroupParams,
} from '../../schema/api/groups.ts';
import { groupMembers, groups, people } from '../../schema/tables.ts';
import { createRouter } from '../app.ts';
import { authorize, can } from '../auth/policy.ts';
import {
  checkAccountLink,
  findGroup,
  findPerson,
  listGroupMembers,
  listGroups,
  listPeople,
  openTasks,
  requireGroup,
  resolveGroupFocus,
} from '../db/groups.ts';
import { requireTerritory } from '../db/territory-lookup.ts';
import { ApiError, notFound } from '../errors.ts';
import { validate } from '../validation.ts';

const taken = (field: string) => new ApiError(409, 'already_exists', `A row with this ${field} exists already`, [{ field: `json.${field}`, message: 'is taken' }]);

/** A territory's groups (public) and its list of people (coordinators). */
export const territoryGroupRoutes = createRouter()
  .get('/:territory/groups', validate('param', TerritoryGroupParams), async (c) => {
    const territory = await requireTerritory(c.var.db, c.req.valid('param').territory);
    return c.json({ groups: await listGroups(c.var.db, territory.id) }, 200);
  })
  .post('/:territory/groups', validate('param', TerritoryGroupParams), validate('json', GroupCreateBody), async (c) => {
    const db = c.var.db;
    const territory = await requireTerritory(db, c.req.valid('param').territory);
    await authorize(c, { to: 'manage_territory', territoryId: territory.id });
    const { id = uuidv7(), targetGroupCode, subTerritory, ...fields } = c.req.valid('json');
    if (await db.query.groups.findFirst({ where: eq(groups.id, id) })) throw taken('id');
    const focus = await resolveGroupFocus(db, territory.id, { targetGroupCode, subTerritory });
    c.set('audit', { ...c.var.audit, entity: 'group', entityId: id, fields: Object.keys(c.req.valid('json')) });
    await db.insert(groups).values({ ...fields, ...focus, id, territoryId: territory.id });
    return c.json({ group: (await findGroup(db, id))! }, 201);
  })
  .get('/:territory/people', validate('param', TerritoryGroupParams), async (c) => {
    const territory = await requireTerritory(c.var.db, c.req.valid('param').territory);
    await authorize(c, { to: 'manage_territory', territoryId: territory.id });
    return c.json({ people: await listPeople(c.var.db, territory.id) }, 200);
  })
  .post('/:territory/people', validate('param', TerritoryGroupParams), validate('json', PersonCreateBody), async (c) => {
    const db = c.var.db;
    const territory = await requireTerritory(db, c.req.valid('param').territory);
    await authorize(c, { to: 'manage_territory', territoryId: territory.id });
    const { id = uuidv7(), ...fields } = c.req.valid('json');
    if (await db.query.people.findFirst({ where: eq(people.id, id) })) throw taken('id');
    if (fields.userId) await checkAccountLink(db, territory.id, fields.userId);
    c.set('audit', { ...c.var.audit, entity: 'person', entityId: id, fields: Object.keys(fields) });
    await db.insert(people).values({ ...fields, id, territoryId: territory.id });
    return c.json({ person: (await findPerson(db, id))! }, 201);
  });

/** One group: who is in it (members of the territory), their contacts (the group and the coordinators), its tasks. */
export const groupRoutes = createRouter()
  .get('/:id', validate('param', GroupParams), async (c) => {
    const db = c.var.db;
    const group = await requireGroup(db, c.req.valid('param').id);
    const actor = c.var.actor;
    const seesMembers = await can(db, actor, { to: 'read_territory', territoryId: group.territoryId });
    const seesContacts = seesMembers && (await can(db, actor, { to: 'take_part_in_group', territoryId: group.territoryId, groupId: group.id }));
    const members = seesMembers ? await listGroupMembers(db, group.id, seesContacts) : null;
    c.header('cache-control', 'private, no-store');
    return c.json({ group, members }, 200);
  })
  .patch('/:id', validate('param', GroupParams), validate('json', GroupPatchBody), async (c) => {
    const db = c.var.db;
    const group = await requireGroup(db, c.req.valid('param').id);
    await authorize(c, { to: 'manage_territory', territoryId: group.territoryId });
    const { targetGroupCode, subTerritory, ...fields } = c.req.valid('json');
    const focus = await resolveGroupFocus(db, group.territoryId, { targetGroupCode, subTerritory });
    c.set('audit', { ...c.var.audit, entity: 'group', entityId: group.id, fields: Object.keys(c.req.valid('json')) });
    await db.update(groups).set({ ...fields, ...focus, updatedAt: Date.now() }).where(eq(groups.id, group.id));
    return c.json({ group: (await findGroup(db, group.id))! }, 200);
  })
  .post('/:id/members', validate('param', GroupParams), validate('json', GroupMemberBody), async (c) => {
    const db = c.var.db;
    const group = await requireGroup(db, c.req.valid('param').id);
    await authorize(c, { to: 'manage_territory', territoryId: group.territoryId });
    const { personId, role = 'member', planningRole } = c.req.valid('json');
    const person = await findPerson(db, personId);
    if (!person || person.territoryId !== group.territoryId) {
      throw new ApiError(400, 'validation_failed', 'The request has invalid fields', [{ field: 'json.personId', message: "is not on the territory's list of people" }]);
    }
    const values = { role, planningRole: planningRole ?? person.planningRole, deletedAt: null, updatedAt: Date.now() };
    // a person who left and comes back gets their old membership row again (one row per group and person)
    const [kept] = await db
      .select({ id: groupMembers.id })
      .from(groupMembers)
      .where(and(eq(groupMembers.groupId, group.id), eq(groupMembers.personId, personId)));
    const memberId = kept?.id ?? uuidv7();
    c.set('audit', { ...c.var.audit, entity: 'group_member', entityId: memberId, fields: ['personId', 'role', 'planningRole'] });
    const [member] = await db
      .insert(groupMembers)
      .values({ id: memberId, groupId: group.id, personId, ...values })
      .onConflictDoUpdate({ target: [groupMembers.groupId, groupMembers.personId], set: values })
      .returning({ id: groupMembers.id });
    const members = await listGroupMembers(db, group.id, true);
    return c.json({ member: members.find((m) => m.id === member!.id)! }, 201);
  })
  .delete('/:id/members/:memberId', validate('param', GroupMemberParams), async (c) => {
    const db = c.var.db;
    const { id, memberId } = c.req.valid('param');
    const group = await requireGroup(db, id);
    await authorize(c, { to: 'manage_territory', territoryId: group.territoryId });
    const now = Date.now();
    c.set('audit', { ...c.var.audit, entity: 'group_member', entityId: memberId });
    const [removed] = await db
      .update(groupMembers)
      .set({ deletedAt: now, updatedAt: now })
      .where(and(eq(groupMembers.id, memberId), eq(groupMembers.groupId, group.id)))
      .returning({ id: groupMembers.id });
    if (!removed) throw notFound('Group member');
    return c.json({ id: memberId, deleted: true }, 200);
  })
  .get('/:id/open-tasks', validate('param', GroupParams), async (c) => {
    const db = c.var.db;
    const group = await requireGroup(db, c.req.valid('param').id);
    const participant = await can(db, c.var.actor, { to: 'take_part_in_group', territoryId: group.territoryId, groupId: group.id });
    return c.json(await openTasks(db, group.id, !participant), 200);
  });

export const peopleRoutes = createRouter().patch('/:id', validate('param', PersonParams), validate('json', PersonPatchBody), async (c) => {
  const db = c.var.db;
  const person = await findPerson(db, c.req.valid('param').id);
  if (!person) throw notFound('Person');
  await authorize(c, { to: 'manage_territory', territoryId: person.territoryId });
  const fields = c.req.valid('json');
  if (fields.userId) await checkAccountLink(db, person.territoryId, fields.userId, person.id);
  c.set('audit', { ...c.var.audit, entity: 'person', entityId: person.id, fields: Object.keys(fields) });
  await db.update(people).set({ ...fields, updatedAt: Date.now() }).where(eq(people.id, person.id));
  return c.json({ person: (await findPerson(db, person.id))! }, 200);
});
