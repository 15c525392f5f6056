import { uuidv7 } from 'uuidv7';
import { beforeAll, describe, expect, it } from 'vitest';
import { groupMembers, groups, people } from '../schema/tables.ts';
import app from '../worker/index.ts';
import { can } from '../worker/auth/policy.ts';
import { actorFor } from './actors.ts';
import { as, createUser, signIn } from './accounts.ts';
import { api, createRegion, createTerritory, db, type ErrorJson } from './helpers.ts';

const UNSAFE = ['POST', 'PUT', 'PATCH', 'DELETE'];
const PUBLIC_WRITES = new Set(['POST /api/auth/login', 'POST /api/invitations/:token/accept', 'POST /api/public-hearings/:code/sync/push']);

/** Every write route the app has, with its parameters filled in: new routes are covered without a new test. */
const writeRoutes = [...new Set(app.routes.filter((r) => UNSAFE.includes(r.method)).map((r) => `${r.method} ${r.path}`))];
const fill = (path: string) =>
  path.replace(/:territory\b/g, 'tabor').replace(/:token\b/g, 'A'.repeat(43)).replace(/:[A-Za-z]+/g, '0190a4f0-0000-7000-8000-000000000000');

let tabor = '';
let trebon = '';
beforeAll(async () => {
  const region = await createRegion();
  tabor = (await createTerritory(region.id, { slug: 'tabor', name: 'Tábor' })).id;
  trebon = (await createTerritory(region.id, { slug: 'trebon', name: 'Třeboň' })).id;
});

describe('the public', () => {
  it.each(writeRoutes.filter((r) => !PUBLIC_WRITES.has(r)))('cannot %s', async (route) => {
    const [method, path] = route.split(' ') as [string, string];
    const res = await api(fill(path), { method, json: {} });
    expect(res.status).toBe(401);
    expect((await res.json<ErrorJson>()).error.code).toBe('unauthenticated');
  });

  it('has at least the account and role routes to be refused', () => {
    expect(writeRoutes).toContain('PUT /api/territories/:territory/roles/:userId');
    expect(writeRoutes).toContain('PATCH /api/admin/users/:userId');
  });
});

describe('a member of Tábor', () => {
  it('cannot invite anybody into Třeboň', async () => {
    const member = await createUser({ roles: [[tabor, 'member']] });
    const cookie = await signIn(member.email);
    const res = await as(cookie, '/api/territories/trebon/invitations', { method: 'POST', json: { email: 'x@example.org', role: 'member' } });
    expect(res.status).toBe(403);
  });

  it('cannot invite into Tábor either, which is for coordinators', async () => {
    const member = await createUser({ roles: [[tabor, 'member']] });
    const res = await as(await signIn(member.email), '/api/territories/tabor/invitations', { method: 'POST', json: { email: 'x@example.org', role: 'member' } });
    expect(res.status).toBe(403);
  });

  it('cannot read the members or the audit log of Třeboň', async () => {
    const member = await createUser({ roles: [[tabor, 'member']] });
    const cookie = await signIn(member.email);
    expect((await as(cookie, '/api/territories/trebon/members')).status).toBe(403);
    expect((await as(cookie, '/api/territories/trebon/audit')).status).toBe(403);
  });

  it('who coordinates Třeboň may manage Třeboň but not Tábor', async () => {
    const user = await createUser({ roles: [[tabor, 'member'], [trebon, 'coordinator']] });
    const actor = await actorFor(user.id);
    expect(await can(db, actor, { to: 'manage_territory', territoryId: trebon })).toBe(true);
    expect(await can(db, actor, { to: 'manage_territory', territoryId: tabor })).toBe(false);
  });
});

describe('group notes', () => {
  it('are open to members of the group and closed to other members of the territory', async () => {
    const groupId = uuidv7();
    const otherGroupId = uuidv7();
    await db.insert(groups).values([
      { id: groupId, territoryId: tabor, kind: 'working_thematic', name: 'Senioři' },
      { id: otherGroupId, territoryId: tabor, kind: 'working_thematic', name: 'Menšiny' },
    ]);
    const inGroup = await createUser({ roles: [[tabor, 'member']] });
    const personId = uuidv7();
    await db.insert(people).values({ id: personId, territoryId: tabor, userId: inGroup.id, name: 'Členka', planningRole: 'provider' });
    await db.insert(groupMembers).values({ id: uuidv7(), groupId, personId, planningRole: 'provider' });
    const member = await actorFor(inGroup.id);
    expect(await can(db, member, { to: 'take_part_in_group', territoryId: tabor, groupId })).toBe(true);
    expect(await can(db, member, { to: 'take_part_in_group', territoryId: tabor, groupId: otherGroupId })).toBe(false);
    const coordinator = await actorFor((await createUser({ roles: [[tabor, 'coordinator']] })).id);
    expect(await can(db, coordinator, { to: 'take_part_in_group', territoryId: tabor, groupId: otherGroupId })).toBe(true);
    expect(await can(db, null, { to: 'take_part_in_group', territoryId: tabor, groupId })).toBe(false);
  });
});

describe('a coordinator', () => {
  it('cannot make anybody an admin', async () => {
    const coordinator = await createUser({ roles: [[tabor, 'coordinator']] });
    const target = await createUser();
    const res = await as(await signIn(coordinator.email), `/api/admin/users/${target.id}`, { method: 'PATCH', json: { isAdmin: true } });
    expect(res.status).toBe(403);
  });

  it('cannot appoint or demote a coordinator, but can appoint a member', async () => {
    const coordinator = await createUser({ roles: [[tabor, 'coordinator']] });
    const colleague = await createUser({ roles: [[tabor, 'coordinator']] });
    const newcomer = await createUser();
    const cookie = await signIn(coordinator.email);
    expect((await as(cookie, `/api/territories/tabor/roles/${newcomer.id}`, { method: 'PUT', json: { role: 'coordinator' } })).status).toBe(403);
    expect((await as(cookie, `/api/territories/tabor/roles/${colleague.id}`, { method: 'PUT', json: { role: 'member' } })).status).toBe(403);
    expect((await as(cookie, `/api/territories/tabor/roles/${newcomer.id}`, { method: 'PUT', json: { role: 'member' } })).status).toBe(200);
    const { members } = await (await as(cookie, '/api/territories/tabor/members')).json<{ members: { userId: string; role: string }[] }>();
    expect(members.find((m) => m.userId === newcomer.id)?.role).toBe('member');
  });

  it('reads the territory audit log, which names the action and no personal data', async () => {
    const coordinator = await createUser({ roles: [[tabor, 'coordinator']] });
    const cookie = await signIn(coordinator.email);
    await as(cookie, '/api/territories/tabor/invitations', { method: 'POST', json: { email: 'secret.person@example.org', role: 'member' } });
    const res = await as(cookie, '/api/territories/tabor/audit');
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('POST /api/territories/:territory/invitations');
    expect(text).not.toContain('secret.person');
  });
});

describe('an admin', () => {
  it('appoints coordinators and admins', async () => {
    const admin = await createUser({ isAdmin: true });
    const target = await createUser();
    const cookie = await signIn(admin.email);
    expect((await as(cookie, `/api/territories/trebon/roles/${target.id}`, { method: 'PUT', json: { role: 'coordinator' } })).status).toBe(200);
    const res = await as(cookie, `/api/admin/users/${target.id}`, { method: 'PATCH', json: { isAdmin: true } });
    expect(res.status).toBe(200);
    expect((await res.json<{ user: { isAdmin: boolean } }>()).user.isAdmin).toBe(true);
  });

  it('gets 400 naming the field for an admin change that is not a boolean', async () => {
    const admin = await createUser({ isAdmin: true });
    const res = await as(await signIn(admin.email), `/api/admin/users/${admin.id}`, { method: 'PATCH', json: { isAdmin: 'yes' } });
    expect(res.status).toBe(400);
    expect((await res.json<ErrorJson>()).error.issues?.[0]?.field).toBe('json.isAdmin');
  });
});
