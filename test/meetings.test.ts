import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import { as, signIn } from './accounts.ts';
import { api, type ErrorJson, loadDemoSeed } from './helpers.ts';
import { change, groupScene, newMeeting, push, type Scene } from './meeting-fixtures.ts';

type ListedMeeting = { id: string; title: string; kind: string; startsAt: string; place: string | null; status: string };
type Participant = {
  access: 'participant';
  agendaItems: { title: string }[];
  attendance: { name: string; status: string }[];
  notes: { id: string; kind: string; body: string; conflicted: boolean; conflictingRevisions: { body: string }[] }[];
  tasks: { description: string }[];
};
type PublicView = { access: 'public'; meeting: ListedMeeting; minutes: Minutes | null };
type Minutes = {
  meeting: { title: string; territoryName: string };
  agendaItems: { title: string; notes: { kind: string; body: string }[] }[];
  otherNotes: { kind: string; body: string }[];
  tasks: { description: string }[];
  attendeeCount: number;
};

/** A held meeting of the scene's group with everything minutes have, private remarks and the attendance sheet too. */
async function heldMeeting(scene: Scene) {
  const meeting = newMeeting(scene, { startsAt: '2024-05-02T13:00', status: 'held' });
  const item = change('agenda_item', uuidv7(), { meetingId: meeting.entityId, position: 1, title: 'Potřeby seniorů' });
  await push(scene.member.cookie, [
    meeting,
    item,
    change('attendance', uuidv7(), { meetingId: meeting.entityId, personId: scene.member.person.id, status: 'present' }),
    change('attendance', uuidv7(), { meetingId: meeting.entityId, personId: scene.secondMember.person.id, status: 'excused' }),
    change('attendance', uuidv7(), { meetingId: meeting.entityId, name: 'Host Hostující', organization: 'Úřad práce', status: 'guest' }),
    change('note', uuidv7(), { meetingId: meeting.entityId, agendaItemId: item.entityId, kind: 'note', body: 'Chybí odlehčovací služba.' }),
    change('note', uuidv7(), { meetingId: meeting.entityId, agendaItemId: item.entityId, kind: 'decision', body: 'Doporučeno jako priorita.' }),
    change('note', uuidv7(), { meetingId: meeting.entityId, kind: 'private', body: 'Paní X má dluhy, neuvádět.' }),
    change('task', uuidv7(), { meetingId: meeting.entityId, assignee: 'Lenka Testová', description: 'Oslovit poskytovatele' }),
  ]);
  return meeting.entityId;
}

describe('GET /api/territories/:territory/meetings', () => {
  it('lists upcoming and past meetings with their public fields only', async () => {
    const scene = await groupScene();
    await heldMeeting(scene);
    const upcoming = newMeeting(scene, { startsAt: '2099-06-01T10:00', title: 'Budoucí jednání' });
    await push(scene.member.cookie, [upcoming]);
    const list = async (query: string) => (await (await api(`/api/territories/${scene.territory.slug}/meetings${query}`)).json<{ meetings: ListedMeeting[] }>()).meetings;
    expect((await list('?when=upcoming')).map((m) => m.title)).toEqual(['Budoucí jednání']);
    const past = await list('?when=past');
    expect(past.map((m) => m.title)).toEqual(['Jednání PS Senioři']);
    expect(past[0]).toMatchObject({ kind: 'working_group', startsAt: '2024-05-02T13:00', place: 'Radnice', status: 'held' });
    const text = JSON.stringify(await list(''));
    expect(text).not.toContain('Chybí odlehčovací');
    expect(text).not.toContain('Lenka Testová');
  });

  it("keeps a steering group's meeting off the public list until its minutes are published, but shows it to the territory", async () => {
    const scene = await groupScene();
    const steering = newMeeting(scene, { groupId: null, kind: 'steering_group', title: 'Řídicí skupina' });
    await push(scene.coordinator.cookie, [steering]);
    const path = `/api/territories/${scene.territory.slug}/meetings`;
    expect((await (await api(path)).json<{ meetings: ListedMeeting[] }>()).meetings).toEqual([]);
    expect((await (await as(scene.member.cookie, path)).json<{ meetings: ListedMeeting[] }>()).meetings.map((m) => m.id)).toEqual([steering.entityId]);
    expect((await api(`/api/meetings/${steering.entityId}`)).status).toBe(404);
  });

  it('answers 400 naming a bad filter', async () => {
    const scene = await groupScene();
    const res = await api(`/api/territories/${scene.territory.slug}/meetings?when=tomorrow`);
    expect(res.status).toBe(400);
    expect((await res.json<ErrorJson>()).error.issues?.[0]?.field).toBe('query.when');
  });
});

describe('POST /api/territories/:territory/meetings', () => {
  it('plans a group meeting with its agenda and the whole group invited', async () => {
    const scene = await groupScene();
    const res = await as(scene.member.cookie, `/api/territories/${scene.territory.slug}/meetings`, {
      method: 'POST',
      json: { groupId: scene.group.id, kind: 'working_group', title: 'Květnové jednání', startsAt: '2099-05-12T13:00', place: 'Radnice', agenda: ['Úvod', 'Různé'], inviteGroup: true },
    });
    expect(res.status).toBe(201);
    const meeting = await res.json<Participant>();
    expect(meeting.agendaItems.map((i) => i.title)).toEqual(['Úvod', 'Různé']);
    expect(meeting.attendance.map((a) => [a.name, a.status])).toEqual([['Lenka Testová', 'invited'], ['Petr Testový', 'invited']]);
  });

  it("refuses a member planning another group's meeting, and names a bad time", async () => {
    const scene = await groupScene();
    const path = `/api/territories/${scene.territory.slug}/meetings`;
    const json = { groupId: scene.otherGroup.id, kind: 'working_group', title: 'Cizí', startsAt: '2099-05-12T13:00' };
    expect((await as(scene.member.cookie, path, { method: 'POST', json })).status).toBe(403);
    const bad = await as(scene.member.cookie, path, { method: 'POST', json: { ...json, groupId: scene.group.id, startsAt: '12. 5. 2099' } });
    expect(bad.status).toBe(400);
    expect((await bad.json<ErrorJson>()).error.issues?.[0]?.field).toBe('json.startsAt');
  });
});

describe('GET /api/meetings/:id', () => {
  it('gives the group everything: agenda, attendance, private notes and tasks', async () => {
    const scene = await groupScene();
    const id = await heldMeeting(scene);
    const view = await (await as(scene.secondMember.cookie, `/api/meetings/${id}`)).json<Participant>();
    expect(view.access).toBe('participant');
    expect(view.notes.map((n) => n.kind).sort()).toEqual(['decision', 'note', 'private']);
    expect(view.attendance.map((a) => a.name)).toEqual(['Host Hostující', 'Lenka Testová', 'Petr Testový']);
    expect(view.tasks.map((t) => t.description)).toEqual(['Oslovit poskytovatele']);
  });

  it('shows both texts of a conflicted note to the group', async () => {
    const scene = await groupScene();
    const meeting = newMeeting(scene);
    const create = change('note', uuidv7(), { meetingId: meeting.entityId, body: 'Původní' });
    await push(scene.member.cookie, [meeting, create]);
    await push(scene.member.cookie, [change('note', create.entityId, { body: 'Verze Lenky' }, { baseRevisionId: create.id })]);
    await push(scene.secondMember.cookie, [change('note', create.entityId, { body: 'Verze Petra' }, { baseRevisionId: create.id })]);
    const view = await (await as(scene.member.cookie, `/api/meetings/${meeting.entityId}`)).json<Participant>();
    expect(view.notes[0]).toMatchObject({ conflicted: true, body: 'Verze Petra', conflictingRevisions: [{ body: 'Verze Lenky' }] });
  });

  it('gives others no notes and no attendance before the minutes are published', async () => {
    const scene = await groupScene();
    const id = await heldMeeting(scene);
    for (const cookie of [undefined, scene.outsider.cookie]) {
      const res = cookie ? await as(cookie, `/api/meetings/${id}`) : await api(`/api/meetings/${id}`);
      const text = await res.text();
      expect(JSON.parse(text)).toMatchObject({ access: 'public', minutes: null, meeting: { title: 'Jednání PS Senioři' } });
      expect(text).not.toContain('Chybí odlehčovací');
      expect(text).not.toContain('Lenka Testová');
    }
  });
});

describe('publishing the minutes', () => {
  it('is for coordinators, and makes a public page without the attendance sheet or private notes', async () => {
    const scene = await groupScene();
    const id = await heldMeeting(scene);
    expect((await api(`/api/meetings/${id}/minutes`)).status).toBe(404);
    expect((await as(scene.member.cookie, `/api/meetings/${id}/publish`, { method: 'POST' })).status).toBe(403);
    const published = await as(scene.coordinator.cookie, `/api/meetings/${id}/publish`, { method: 'POST' });
    expect(published.status).toBe(200);

    const res = await api(`/api/meetings/${id}/minutes`);
    expect(res.status).toBe(200);
    const text = await res.text();
    const { minutes } = JSON.parse(text) as { minutes: Minutes };
    expect(minutes.agendaItems).toEqual([
      expect.objectContaining({ title: 'Potřeby seniorů', notes: [{ id: expect.any(String), kind: 'note', body: 'Chybí odlehčovací služba.' }, { id: expect.any(String), kind: 'decision', body: 'Doporučeno jako priorita.' }] }),
    ]);
    expect(minutes.otherNotes).toEqual([]);
    expect(minutes.tasks.map((t) => t.description)).toEqual(['Oslovit poskytovatele']);
    expect(minutes.attendeeCount).toBe(2);
    expect(text).not.toContain('Paní X');
    expect(text).not.toContain('Petr Testový');
    expect(text).not.toContain('Host Hostující');
    expect(text).not.toContain('attendance');

    const view = await (await api(`/api/meetings/${id}`)).json<PublicView>();
    expect(view.meeting.status).toBe('published');
    expect(view.minutes?.attendeeCount).toBe(2);
  });

  it('waits until every public note with two texts is merged', async () => {
    const scene = await groupScene();
    const meeting = newMeeting(scene);
    const create = change('note', uuidv7(), { meetingId: meeting.entityId, body: 'Původní' });
    await push(scene.member.cookie, [meeting, create]);
    await push(scene.member.cookie, [change('note', create.entityId, { body: 'A' }, { baseRevisionId: create.id })]);
    const b = change('note', create.entityId, { body: 'B' }, { baseRevisionId: create.id });
    await push(scene.secondMember.cookie, [b]);
    const res = await as(scene.coordinator.cookie, `/api/meetings/${meeting.entityId}/publish`, { method: 'POST' });
    expect(res.status).toBe(409);
    expect((await res.json<ErrorJson>()).error.code).toBe('notes_conflicted');
    await push(scene.member.cookie, [change('note', create.entityId, { body: 'A i B' }, { baseRevisionId: b.id, resolvesConflict: true })]);
    expect((await as(scene.coordinator.cookie, `/api/meetings/${meeting.entityId}/publish`, { method: 'POST' })).status).toBe(200);
  });

  it('serves the demo minutes of Jindřichův Hradec without the private remark', async () => {
    await loadDemoSeed();
    const { meetings } = await (await api('/api/territories/jindrichuv-hradec/meetings?when=past')).json<{ meetings: ListedMeeting[] }>();
    const held = meetings.find((m) => m.startsAt === '2018-03-29T13:00')!;
    const text = await (await api(`/api/meetings/${held.id}/minutes`)).text();
    expect(text).toContain('zimní noclehárny');
    expect(text).not.toContain('tlumočníka');
    expect((JSON.parse(text) as { minutes: Minutes }).minutes.attendeeCount).toBe(5);
    expect(JSON.parse(text).minutes.meeting).toMatchObject({ territoryName: 'Jindřichův Hradec', groupName: 'Osoby ohrožené sociálním vyloučením' });
  });

  it("lets the demo member write the minutes of her group's next meeting, with the 2018 task carried over", async () => {
    await loadDemoSeed();
    const cookie = await signIn('clen@kpss.example', 'demo-heslo-clen');
    const { meetings } = await (await api('/api/territories/jindrichuv-hradec/meetings?when=upcoming')).json<{ meetings: (ListedMeeting & { groupId: string })[] }>();
    const next = meetings.find((m) => m.startsAt === '2027-02-18T13:00')!;
    const carried = await (await as(cookie, `/api/groups/${next.groupId}/open-tasks`)).json<{ nextMeeting: { id: string }; tasks: { description: string }[] }>();
    expect(carried.nextMeeting.id).toBe(next.id);
    expect(carried.tasks.map((t) => t.description)).toEqual(['Zjistit možnosti prostor pro zimní noclehárnu u města.']);
    const [result] = await push(cookie, [change('note', uuidv7(), { meetingId: next.id, body: 'Noclehárna: město nabízí prostory v Jarošovské ulici.' })]);
    expect(result?.status).toBe('applied');
    const view = await (await as(cookie, `/api/meetings/${next.id}`)).json<Participant>();
    expect(view.attendance.map((a) => a.status)).toEqual(['invited', 'invited', 'invited', 'invited']);
  });
});
