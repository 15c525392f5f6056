import { uuidv7 } from 'uuidv7';
import type { ChangeResult, PullResponse, SyncChange } from '../schema/api/sync.ts';
import { groupMembers, groups, people } from '../schema/tables.ts';
import { as, createUser, signIn } from './accounts.ts';
import { createRegion, createTerritory, db } from './helpers.ts';

/**
 * A territory with two working groups: a member of the first one, a member of the second one, and a coordinator.
 * Each call makes a new territory, so tests in one file do not see each other's rows.
 */
export async function groupScene() {
  const region = await createRegion();
  const territory = await createTerritory(region.id);
  const group = { id: uuidv7(), territoryId: territory.id, kind: 'working_thematic' as const, name: 'Senioři' };
  const otherGroup = { id: uuidv7(), territoryId: territory.id, kind: 'working_thematic' as const, name: 'Rodiny s dětmi' };
  await db.insert(groups).values([group, otherGroup]);
  const memberOf = async (groupId: string, name: string) => {
    const user = await createUser({ roles: [[territory.id, 'member']] });
    const person = { id: uuidv7(), territoryId: territory.id, userId: user.id, name, organization: 'Charita (test)', email: `${user.id}@example.org`, phone: '+420 777 000 111', planningRole: 'provider' as const };
    await db.insert(people).values(person);
    await db.insert(groupMembers).values({ id: uuidv7(), groupId, personId: person.id, planningRole: 'provider' });
    return { user, person, cookie: await signIn(user.email) };
  };
  const member = await memberOf(group.id, 'Lenka Testová');
  const secondMember = await memberOf(group.id, 'Petr Testový');
  const outsider = await memberOf(otherGroup.id, 'Jana Jinší');
  const coordinatorUser = await createUser({ roles: [[territory.id, 'coordinator']] });
  const coordinator = { user: coordinatorUser, cookie: await signIn(coordinatorUser.email) };
  return { territory, group, otherGroup, member, secondMember, outsider, coordinator };
}

export type Scene = Awaited<ReturnType<typeof groupScene>>;

/** A change as the PWA's outbox makes it. */
export function change(entity: SyncChange['entity'], entityId: string, data: Record<string, unknown> = {}, extra: Partial<SyncChange> = {}): SyncChange {
  return { id: uuidv7(), entity, op: 'upsert', entityId, data, createdAt: Date.now(), ...extra };
}

export function newMeeting(scene: Scene, data: Record<string, unknown> = {}) {
  const id = uuidv7();
  return change('meeting', id, { territoryId: scene.territory.id, groupId: scene.group.id, kind: 'working_group', title: 'Jednání PS Senioři', startsAt: '2027-03-01T13:00', place: 'Radnice', ...data });
}

export async function push(cookie: string, changes: unknown[], envelope: Record<string, unknown> = {}) {
  const res = await as(cookie, '/api/sync/push', { method: 'POST', json: { clientId: 'test-device', appVersion: '1.0.0', changes, ...envelope } });
  if (res.status !== 200) throw new Error(`push answered ${res.status}: ${await res.text()}`);
  return (await res.json<{ results: ChangeResult[] }>()).results;
}

export async function pull(cookie: string, since = 0, limit?: number) {
  const res = await as(cookie, `/api/sync/pull?since=${since}${limit ? `&limit=${limit}` : ''}`);
  if (res.status !== 200) throw new Error(`pull answered ${res.status}: ${await res.text()}`);
  return res.json<PullResponse>();
}

/** Pulls page after page from `since` until the server has nothing more. */
export async function pullAll(cookie: string, since = 0, limit?: number) {
  const changes: PullResponse['changes'] = [];
  let cursor = since;
  for (;;) {
    const page = await pull(cookie, cursor, limit);
    changes.push(...page.changes);
    cursor = page.cursor;
    if (!page.hasMore) return { changes, cursor };
  }
}
