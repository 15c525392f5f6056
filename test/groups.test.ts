import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { beforeAll, describe, expect, it } from 'vitest';
import { meetings, tasks } from '../schema/tables.ts';
import { as, createUser, signIn } from './accounts.ts';
import { api, createTerritory, db, type ErrorJson, loadDemoSeed } from './helpers.ts';
import { change, groupScene, newMeeting, push } from './meeting-fixtures.ts';

type Member = { id: string; personId: string; name: string; organization: string | null; planningRole: string; email?: string | null; phone?: string | null };
type GroupDetail = { group: { id: string; name: string; targetGroupName: string | null; subTerritorySlug: string | null }; members: Member[] | null };

describe('GET /api/territories/:territory/groups', () => {
  it('lists the groups for anyone, with their focus and without any person in them', async () => {
    const scene = await groupScene();
    const res = await api(`/api/territories/${scene.territory.slug}/groups`);
    expect(res.status).toBe(200);
    const text = await res.text();
    const { groups } = JSON.parse(text) as { groups: { name: string; kind: string }[] };
    expect(groups.map((g) => g.name).sort()).toEqual(['Rodiny s dětmi', 'Senioři']);
    expect(text).not.toContain('Lenka Testová');
    expect(text).not.toContain('@example.org');
  });

  it('names the target group and the sub-area of the demo groups', async () => {
    await loadDemoSeed();
    const { groups } = await (await api('/api/territories/tabor/groups')).json<{ groups: { name: string; targetGroupName: string | null; subTerritorySlug: string | null }[] }>();
    expect(groups.find((g) => g.name === 'Bechyňsko')?.subTerritorySlug).toBe('bechynsko');
    expect(groups.find((g) => g.name === 'Senioři')?.targetGroupName).toBeTruthy();
  });
});

describe('GET /api/groups/:id', () => {
  it('shows members to the territory, and contacts only to the group and the coordinators', async () => {
    const scene = await groupScene();
    const path = `/api/groups/${scene.group.id}`;
    const publicView = await (await api(path)).json<GroupDetail>();
    expect(publicView.group.name).toBe('Senioři');
    expect(publicView.members).toBeNull();

    const outsider = await (await as(scene.outsider.cookie, path)).json<GroupDetail>();
    expect(outsider.members?.map((m) => m.name).sort()).toEqual(['Lenka Testová', 'Petr Testový']);
    expect(outsider.members?.[0]).toMatchObject({ organization: 'Charita (test)', planningRole: 'provider' });
    expect(JSON.stringify(outsider)).not.toContain('@example.org');
    expect(JSON.stringify(outsider)).not.toContain('+420');

    for (const cookie of [scene.member.cookie, scene.coordinator.cookie]) {
      const inside = await (await as(cookie, path)).json<GroupDetail>();
      expect(inside.members?.find((m) => m.name === 'Petr Testový')).toMatchObject({ email: `${scene.secondMember.user.id}@example.org`, phone: '+420 777 000 111' });
    }
  });

  it('gives the demo member the contacts of her own group', async () => {
    await loadDemoSeed();
    const cookie = await signIn('clen@kpss.example', 'demo-heslo-clen');
    const { groups } = await (await api('/api/territories/jindrichuv-hradec/groups')).json<{ groups: { id: string; name: string }[] }>();
    const seniors = groups.find((g) => g.name === 'Senioři')!;
    const detail = await (await as(cookie, `/api/groups/${seniors.id}`)).json<GroupDetail>();
    expect(detail.members?.find((m) => m.name === 'Lenka Modelová')?.email).toBe('lenka.modelova@example.org');
  });

  it('answers 404 for a group that does not exist', async () => {
    expect((await api(`/api/groups/${uuidv7()}`)).status).toBe(404);
  });
});

describe('managing groups, people and memberships', () => {
  it('lets a coordinator create a territorial group for a sub-area of the territory only', async () => {
    const scene = await groupScene();
    const sub = await createTerritory(scene.territory.regionId, { kind: 'subarea', parentId: scene.territory.id });
    const elsewhere = await createTerritory(scene.territory.regionId, { kind: 'subarea' });
    const path = `/api/territories/${scene.territory.slug}/groups`;
    const create = (cookie: string, json: unknown) => as(cookie, path, { method: 'POST', json });
    const body = { kind: 'working_territorial', name: 'Územní skupina', subTerritory: sub.slug };
    expect((await create(scene.member.cookie, body)).status).toBe(403);
    const bad = await create(scene.coordinator.cookie, { ...body, subTerritory: elsewhere.slug });
    expect(bad.status).toBe(400);
    expect((await bad.json<ErrorJson>()).error.issues?.[0]?.field).toBe('json.subTerritory');
    const res = await create(scene.coordinator.cookie, body);
    expect(res.status).toBe(201);
    const { group } = await res.json<GroupDetail>();
    expect(group.subTerritorySlug).toBe(sub.slug);
    const renamed = await as(scene.coordinator.cookie, `/api/groups/${group.id}`, { method: 'PATCH', json: { name: 'Územní skupina Sever', targetGroupCode: 'seniors' } });
    expect((await renamed.json<GroupDetail>()).group).toMatchObject({ name: 'Územní skupina Sever', targetGroupName: expect.any(String) });
  });

  it('answers 400 naming the field for a bad group', async () => {
    const scene = await groupScene();
    const res = await as(scene.coordinator.cookie, `/api/territories/${scene.territory.slug}/groups`, { method: 'POST', json: { kind: 'club', name: '' } });
    expect(res.status).toBe(400);
    expect((await res.json<ErrorJson>()).error.issues?.map((i) => i.field)).toEqual(['json.kind', 'json.name']);
    const unknownCode = await as(scene.coordinator.cookie, `/api/groups/${scene.group.id}`, { method: 'PATCH', json: { targetGroupCode: 'pets' } });
    expect((await unknownCode.json<ErrorJson>()).error.issues?.[0]?.field).toBe('json.targetGroupCode');
  });

  it("makes a person a member, which lets their account write the group's minutes, until they are removed", async () => {
    const scene = await groupScene();
    const newcomer = await createUser({ roles: [[scene.territory.id, 'member']] });
    const cookie = await signIn(newcomer.email);
    const coordinator = (path: string, method: string, json?: unknown) => as(scene.coordinator.cookie, path, { method, json });

    const created = await coordinator(`/api/territories/${scene.territory.slug}/people`, 'POST', { name: 'Nová Členka', organization: 'Obec Testov', email: 'Nova@Example.org', planningRole: 'commissioner', userId: newcomer.id });
    expect(created.status).toBe(201);
    const { person } = await created.json<{ person: { id: string; email: string } }>();
    expect(person.email).toBe('nova@example.org');

    const meeting = newMeeting(scene);
    await push(scene.member.cookie, [meeting]);
    const note = () => change('note', uuidv7(), { meetingId: meeting.entityId, body: 'Poznámka nové členky' });
    expect((await push(cookie, [note()]))[0]?.reason).toBe('forbidden');

    const added = await coordinator(`/api/groups/${scene.group.id}/members`, 'POST', { personId: person.id, role: 'member' });
    expect(added.status).toBe(201);
    const { member } = await added.json<{ member: Member }>();
    expect(member).toMatchObject({ personId: person.id, planningRole: 'commissioner' });
    expect((await push(cookie, [note()]))[0]?.status).toBe('applied');

    expect((await coordinator(`/api/groups/${scene.group.id}/members/${member.id}`, 'DELETE')).status).toBe(200);
    expect((await push(cookie, [note()]))[0]?.reason).toBe('forbidden');
    const again = await coordinator(`/api/groups/${scene.group.id}/members`, 'POST', { personId: person.id });
    expect((await again.json<{ member: Member }>()).member.id).toBe(member.id);
  });

  it("refuses to link a person to an account from outside the territory, and to add another territory's person", async () => {
    const scene = await groupScene();
    const stranger = await createUser();
    const res = await as(scene.coordinator.cookie, `/api/territories/${scene.territory.slug}/people`, { method: 'POST', json: { name: 'X', planningRole: 'user', userId: stranger.id } });
    expect(res.status).toBe(400);
    expect((await res.json<ErrorJson>()).error.issues?.[0]?.field).toBe('json.userId');
    const otherScene = await groupScene();
    const add = await as(scene.coordinator.cookie, `/api/groups/${scene.group.id}/members`, { method: 'POST', json: { personId: otherScene.member.person.id } });
    expect(add.status).toBe(400);
    expect((await add.json<ErrorJson>()).error.issues?.[0]?.field).toBe('json.personId');
  });

  it('lets a coordinator list and correct people, and nobody else', async () => {
    const scene = await groupScene();
    expect((await as(scene.member.cookie, `/api/territories/${scene.territory.slug}/people`)).status).toBe(403);
    const { people } = await (await as(scene.coordinator.cookie, `/api/territories/${scene.territory.slug}/people`)).json<{ people: { id: string; name: string }[] }>();
    expect(people).toHaveLength(3);
    const patch = (cookie: string, json: unknown) => as(cookie, `/api/people/${scene.member.person.id}`, { method: 'PATCH', json });
    expect((await patch(scene.member.cookie, { phone: '+420 111 222 333' })).status).toBe(403);
    const res = await patch(scene.coordinator.cookie, { phone: '+420 111 222 333' });
    expect((await res.json<{ person: { phone: string } }>()).person.phone).toBe('+420 111 222 333');
    const bad = await patch(scene.coordinator.cookie, { phone: 'call me' });
    expect((await bad.json<ErrorJson>()).error.issues?.[0]?.field).toBe('json.phone');
  });
});

describe('GET /api/groups/:id/open-tasks', () => {
  let scene: Awaited<ReturnType<typeof groupScene>>;
  let next: string;
  beforeAll(async () => {
    scene = await groupScene();
    const earlier = newMeeting(scene, { startsAt: '2020-01-10T13:00', title: 'Lednové jednání' });
    const published = newMeeting(scene, { startsAt: '2020-03-10T13:00', title: 'Březnové jednání' });
    const upcoming = newMeeting(scene, { startsAt: '2099-01-10T13:00', title: 'Příští jednání' });
    next = upcoming.entityId;
    const task = (meetingId: string, description: string, status = 'open') => change('task', uuidv7(), { meetingId, assignee: 'Lenka', description, status });
    await push(scene.member.cookie, [
      earlier, published, upcoming,
      task(earlier.entityId, 'Nedokončený úkol z ledna'),
      task(earlier.entityId, 'Hotový úkol z ledna', 'done'),
      task(published.entityId, 'Úkol ze zveřejněného zápisu'),
      task(upcoming.entityId, 'Úkol zadaný až na příštím jednání'),
    ]);
    await db.update(meetings).set({ status: 'published' }).where(eq(meetings.id, published.entityId));
  });

  it('lists the tasks not done from earlier meetings, with the next meeting', async () => {
    const res = await as(scene.member.cookie, `/api/groups/${scene.group.id}/open-tasks`);
    const body = await res.json<{ nextMeeting: { id: string } | null; tasks: { description: string }[] }>();
    expect(body.nextMeeting?.id).toBe(next);
    expect(body.tasks.map((t) => t.description)).toEqual(['Nedokončený úkol z ledna', 'Úkol ze zveřejněného zápisu']);
  });

  it('shows the public only the tasks of published minutes', async () => {
    const body = await (await api(`/api/groups/${scene.group.id}/open-tasks`)).json<{ tasks: { description: string }[] }>();
    expect(body.tasks.map((t) => t.description)).toEqual(['Úkol ze zveřejněného zápisu']);
  });

  it('drops a task from the list once it is done', async () => {
    const [open] = await db.select().from(tasks).where(eq(tasks.description, 'Nedokončený úkol z ledna'));
    await push(scene.member.cookie, [change('task', open!.id, { status: 'done' })]);
    const body = await (await as(scene.member.cookie, `/api/groups/${scene.group.id}/open-tasks`)).json<{ tasks: { description: string }[] }>();
    expect(body.tasks.map((t) => t.description)).toEqual(['Úkol ze zveřejněného zápisu']);
  });
});
