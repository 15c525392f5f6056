import { count, eq, inArray } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import { agendaItems, meetings, noteRevisions, notes, syncChanges, tasks } from '../schema/tables.ts';
import { taskSync } from '../worker/sync/tasks.ts';
import { pushChanges } from '../worker/sync/push.ts';
import { actorFor } from './actors.ts';
import { as } from './accounts.ts';
import { api, db, type ErrorJson } from './helpers.ts';
import { change, groupScene, newMeeting, pull, pullAll, push } from './meeting-fixtures.ts';

const countRows = async (table: SQLiteTable, column: SQLiteColumn, id: string) =>
  (await db.select({ n: count() }).from(table).where(eq(column, id)))[0]!.n;

describe('POST /api/sync/push', () => {
  it('creates a meeting with its agenda, attendance, a note and a task from one push', async () => {
    const scene = await groupScene();
    const meeting = newMeeting(scene);
    const item = change('agenda_item', uuidv7(), { meetingId: meeting.entityId, position: 1, title: 'Úvod' });
    const presence = change('attendance', uuidv7(), { meetingId: meeting.entityId, personId: scene.member.person.id, status: 'present' });
    const note = change('note', uuidv7(), { meetingId: meeting.entityId, agendaItemId: item.entityId, kind: 'decision', body: 'Schváleno.' });
    const task = change('task', uuidv7(), { meetingId: meeting.entityId, assignee: 'Lenka Testová', description: 'Poslat zápis', dueOn: '2027-03-10' });
    const results = await push(scene.member.cookie, [meeting, item, presence, note, task]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied', 'applied']);
    expect(results.every((r) => typeof r.serverSeq === 'number')).toBe(true);
    const stored = await db.query.notes.findFirst({ where: eq(notes.id, note.entityId) });
    expect(stored).toMatchObject({ body: 'Schváleno.', kind: 'decision', headRevisionId: note.id, conflicted: false });
    expect((await db.query.tasks.findFirst({ where: eq(tasks.id, task.entityId) }))?.groupId).toBe(scene.group.id);
  });

  it('applies a change once when pushed twice, and answers duplicate the second time', async () => {
    const scene = await groupScene();
    const meeting = newMeeting(scene);
    const item = change('agenda_item', uuidv7(), { meetingId: meeting.entityId, position: 1, title: 'Úvod' });
    const note = change('note', uuidv7(), { meetingId: meeting.entityId, body: 'Jednou.' });
    await push(scene.member.cookie, [meeting, item, note]);
    const again = await push(scene.member.cookie, [meeting, item, note]);
    expect(again.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    expect(await countRows(agendaItems, agendaItems.meetingId, meeting.entityId)).toBe(1);
    expect(await countRows(noteRevisions, noteRevisions.noteId, note.entityId)).toBe(1);
    expect(await countRows(syncChanges, syncChanges.id, note.id)).toBe(1);
  });

  it('answers conflict for a change id reused with other content, and keeps what the first one wrote', async () => {
    const scene = await groupScene();
    const meeting = newMeeting(scene);
    await push(scene.member.cookie, [meeting]);
    const [result] = await push(scene.member.cookie, [{ ...meeting, data: { ...meeting.data, title: 'Přepsáno' } }]);
    expect(result).toMatchObject({ id: meeting.id, status: 'conflict', reason: 'change_id_reused' });
    expect((await db.query.meetings.findFirst({ where: eq(meetings.id, meeting.entityId) }))?.title).toBe('Jednání PS Senioři');
  });

  it('treats the same change with its keys in another order and another device clock as a duplicate', async () => {
    const scene = await groupScene();
    const meeting = newMeeting(scene);
    await push(scene.member.cookie, [meeting]);
    const reordered = Object.fromEntries(Object.entries({ ...meeting, createdAt: 1 }).reverse());
    expect((await push(scene.member.cookie, [reordered]))[0]?.status).toBe('duplicate');
  });

  it('has an agenda item that arrives before its meeting wait (depends_on_missing, retryable), then applies it', async () => {
    const scene = await groupScene();
    const meeting = newMeeting(scene);
    const item = change('agenda_item', uuidv7(), { meetingId: meeting.entityId, position: 1, title: 'Úvod' });
    const [early] = await push(scene.member.cookie, [item]);
    expect(early).toMatchObject({ status: 'rejected', reason: 'depends_on_missing', retryable: true });
    expect(await countRows(agendaItems, agendaItems.id, item.entityId)).toBe(0);
    expect((await push(scene.member.cookie, [meeting]))[0]?.status).toBe('applied');
    expect((await push(scene.member.cookie, [item]))[0]?.status).toBe('applied');
  });

  it("has a note edit that arrives before the note's creation wait, then applies it on top", async () => {
    const scene = await groupScene();
    const meeting = newMeeting(scene);
    await push(scene.member.cookie, [meeting]);
    const noteId = uuidv7();
    const create = change('note', noteId, { meetingId: meeting.entityId, body: 'První verze' });
    const edit = change('note', noteId, { body: 'Druhá verze' }, { baseRevisionId: create.id });
    const [early] = await push(scene.member.cookie, [edit]);
    expect(early).toMatchObject({ status: 'rejected', reason: 'depends_on_missing', retryable: true });
    const results = await push(scene.member.cookie, [create, edit]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const stored = await db.query.notes.findFirst({ where: eq(notes.id, noteId) });
    expect(stored).toMatchObject({ body: 'Druhá verze', headRevisionId: edit.id, conflicted: false });
  });

  it('applies the rest of a push when one change is bad, and names the bad field', async () => {
    const scene = await groupScene();
    const meeting = newMeeting(scene);
    const good = change('task', uuidv7(), { meetingId: meeting.entityId, assignee: 'Petr', description: 'Zjistit kapacity' });
    const bad = change('agenda_item', uuidv7(), { meetingId: meeting.entityId, position: -3, title: 'Záporné pořadí' });
    const alsoGood = change('agenda_item', uuidv7(), { meetingId: meeting.entityId, position: 2, title: 'Různé' });
    const results = await push(scene.member.cookie, [meeting, good, bad, alsoGood]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'rejected', 'applied']);
    expect(results[2]).toMatchObject({ reason: 'invalid', retryable: false, issues: [{ field: 'data.position' }] });
    expect(results[2]?.message).toContain('data.position');
    expect(await countRows(agendaItems, agendaItems.id, bad.entityId)).toBe(0);
  });

  it('keeps a write that fails in the database to its own change, and writes the others', async () => {
    const scene = await groupScene();
    const meeting = newMeeting(scene);
    await push(scene.member.cookie, [meeting]);
    const task = (description: string) => change('task', uuidv7(), { meetingId: meeting.entityId, assignee: 'Petr', description });
    const changes = [task('první'), task('vadný'), task('třetí')];
    const failing = {
      task: {
        entity: 'task',
        plan: async (...args: Parameters<typeof taskSync.plan>) => {
          const plan = await taskSync.plan(...args);
          if (args[1].entityId !== changes[1]!.entityId || 'rejected' in plan) return plan;
          // a write the database refuses: a task of a meeting that does not exist
          return { ...plan, statements: [db.insert(tasks).values({ id: uuidv7(), meetingId: uuidv7(), assignee: 'x', description: 'x' })] };
        },
      },
    };
    const { results } = await pushChanges(db, await actorFor(scene.member.user.id), { clientId: 'a', appVersion: '1', changes }, failing);
    expect(results.map((r) => [r.status, r.reason, r.retryable])).toEqual([['applied', undefined, undefined], ['rejected', 'server_error', true], ['applied', undefined, undefined]]);
    const stored = await db.select({ description: tasks.description }).from(tasks).where(eq(tasks.meetingId, meeting.entityId));
    expect(stored.map((t) => t.description).sort()).toEqual(['první', 'třetí']);
  });

  it('names each field a new row is missing', async () => {
    const scene = await groupScene();
    const [result] = await push(scene.member.cookie, [change('meeting', uuidv7(), { territoryId: scene.territory.id, groupId: scene.group.id })]);
    expect(result?.status).toBe('rejected');
    expect(result?.issues?.map((i) => i.field)).toEqual(['data.kind', 'data.title', 'data.startsAt']);
  });

  it("refuses a member of another group change by change, and applies the same push's allowed changes", async () => {
    const scene = await groupScene();
    const meeting = newMeeting(scene);
    await push(scene.member.cookie, [meeting]);
    const ownMeeting = newMeeting(scene, { groupId: scene.otherGroup.id, title: 'Jednání PS Rodiny' });
    const intrusion = change('note', uuidv7(), { meetingId: meeting.entityId, body: 'Cizí poznámka' });
    const rename = change('meeting', meeting.entityId, { title: 'Přejmenováno' });
    const results = await push(scene.outsider.cookie, [intrusion, ownMeeting, rename]);
    expect(results.map((r) => [r.status, r.reason])).toEqual([['rejected', 'forbidden'], ['applied', undefined], ['rejected', 'forbidden']]);
    expect(await db.query.notes.findFirst({ where: eq(notes.id, intrusion.entityId) })).toBeUndefined();
    expect((await db.query.meetings.findFirst({ where: eq(meetings.id, meeting.entityId) }))?.title).toBe('Jednání PS Senioři');
  });

  it("lets a member plan their own group's meetings only, and meetings without a group are the coordinators'", async () => {
    const scene = await groupScene();
    const hearing = newMeeting(scene, { groupId: null, kind: 'public_hearing', title: 'Veřejné projednání' });
    expect((await push(scene.member.cookie, [hearing]))[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' });
    expect((await push(scene.member.cookie, [newMeeting(scene, { groupId: scene.otherGroup.id })]))[0]?.reason).toBe('forbidden');
    expect((await push(scene.coordinator.cookie, [hearing]))[0]?.status).toBe('applied');
  });

  it('applies a change queued by an older app with fields this server does not know, and rejects what it cannot apply', async () => {
    const scene = await groupScene();
    const meeting = newMeeting(scene, { colour: 'blue', legacyRoom: 12 });
    const vote = change('vote', uuidv7(), { points: 3 });
    const strangeOp = { ...change('task', uuidv7(), {}), op: 'archive' };
    const results = await push(scene.member.cookie, [meeting, vote, strangeOp], { appVersion: '0.9.0' });
    expect(results[0]?.status).toBe('applied');
    expect(results[1]).toMatchObject({ status: 'rejected', reason: 'unknown_entity', retryable: false });
    expect(results[2]).toMatchObject({ status: 'rejected', reason: 'unknown_op', retryable: false });
  });

  it('rejects a change whose envelope fields are malformed, naming them, and keeps going', async () => {
    const scene = await groupScene();
    const results = await push(scene.member.cookie, [{ id: uuidv7(), entity: 'task', op: 'upsert', entityId: 'not-a-uuid', data: 'everything' }, newMeeting(scene)]);
    expect(results[0]).toMatchObject({ status: 'rejected', reason: 'invalid' });
    expect(results[0]?.issues?.map((i) => i.field)).toEqual(['entityId', 'data']);
    expect(results[1]?.status).toBe('applied');
  });

  it('answers 400 naming the field for a malformed push, and applies nothing', async () => {
    const scene = await groupScene();
    const send = (json: unknown) => as(scene.member.cookie, '/api/sync/push', { method: 'POST', json });
    const fields = async (res: Response) => ((await res.json()) as ErrorJson).error.issues?.map((i) => i.field);
    const meeting = newMeeting(scene);
    let res = await send({ appVersion: '1', changes: [meeting] });
    expect(res.status).toBe(400);
    expect(await fields(res)).toEqual(['json.clientId']);
    res = await send({ clientId: 'a', appVersion: '1', changes: 'all of them' });
    expect(await fields(res)).toEqual(['json.changes']);
    res = await send({ clientId: 'a', appVersion: '1', changes: [meeting, { entity: 'note' }] });
    expect(await fields(res)).toEqual(['json.changes[1].id']);
    expect(await db.query.meetings.findFirst({ where: eq(meetings.id, meeting.entityId) })).toBeUndefined();
  });

  it('refuses more than 500 changes in one push with 400 naming json.changes', async () => {
    const scene = await groupScene();
    const changes = Array.from({ length: 501 }, () => newMeeting(scene));
    const res = await as(scene.member.cookie, '/api/sync/push', { method: 'POST', json: { clientId: 'a', appVersion: '1', changes } });
    expect(res.status).toBe(400);
    expect((await res.json<ErrorJson>()).error.issues?.[0]?.field).toBe('json.changes');
  });

  it('refuses the public', async () => {
    const res = await api('/api/sync/push', { method: 'POST', json: { clientId: 'a', appVersion: '1', changes: [] } });
    expect(res.status).toBe(401);
  });

  it('marks a task done at the server time, and reopening it clears that', async () => {
    const scene = await groupScene();
    const meeting = newMeeting(scene);
    const task = change('task', uuidv7(), { meetingId: meeting.entityId, assignee: 'Petr', description: 'Zjistit kapacity' });
    await push(scene.member.cookie, [meeting, task, change('task', task.entityId, { status: 'done' })]);
    expect((await db.query.tasks.findFirst({ where: eq(tasks.id, task.entityId) }))?.doneAt).toBeTypeOf('number');
    await push(scene.member.cookie, [change('task', task.entityId, { status: 'open' })]);
    expect((await db.query.tasks.findFirst({ where: eq(tasks.id, task.entityId) }))?.doneAt).toBeNull();
  });
});

describe('GET /api/sync/pull', () => {
  it("gives a member their group's rows in seq order, private notes included, and nothing of other groups", async () => {
    const scene = await groupScene();
    const meeting = newMeeting(scene);
    const secret = change('note', uuidv7(), { meetingId: meeting.entityId, kind: 'private', body: 'Jen pro skupinu' });
    await push(scene.member.cookie, [meeting, secret]);
    const theirs = newMeeting(scene, { groupId: scene.otherGroup.id });
    const theirNote = change('note', uuidv7(), { meetingId: theirs.entityId, body: 'Poznámka jiné skupiny' });
    await push(scene.outsider.cookie, [theirs, theirNote]);

    const mine = await pullAll(scene.member.cookie);
    const seqs = mine.changes.map((c) => c.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(mine.changes.map((c) => c.id)).toEqual(expect.arrayContaining([meeting.entityId, secret.entityId, secret.id]));
    const text = JSON.stringify(mine);
    expect(text).not.toContain('Poznámka jiné skupiny');
    expect(text).not.toContain(theirs.entityId);

    const coordinator = JSON.stringify(await pullAll(scene.coordinator.cookie));
    expect(coordinator).toContain('Poznámka jiné skupiny');
    expect(coordinator).toContain('Jen pro skupinu');
  });

  it('hands out deleted notes as tombstones to a pull from an earlier cursor', async () => {
    const scene = await groupScene();
    const meeting = newMeeting(scene);
    const note = change('note', uuidv7(), { meetingId: meeting.entityId, body: 'Smazat' });
    await push(scene.member.cookie, [meeting, note]);
    const { cursor } = await pullAll(scene.secondMember.cookie);
    await push(scene.member.cookie, [change('note', note.entityId, {}, { op: 'delete', baseRevisionId: note.id })]);
    const after = await pullAll(scene.secondMember.cookie, cursor);
    const entry = after.changes.find((c) => c.entity === 'note' && c.id === note.entityId);
    expect(entry).toEqual({ entity: 'note', id: note.entityId, seq: expect.any(Number), deleted: true });
    expect(after.cursor).toBeGreaterThan(cursor);
    expect((await pull(scene.secondMember.cookie, after.cursor)).changes).toEqual([]);
  });

  it('pages with limit, cursor and hasMore without losing or repeating a row', async () => {
    const scene = await groupScene();
    const meeting = newMeeting(scene);
    const items = Array.from({ length: 7 }, (_, i) => change('agenda_item', uuidv7(), { meetingId: meeting.entityId, position: i, title: `Bod ${i}` }));
    await push(scene.member.cookie, [meeting, ...items]);
    const first = await pull(scene.member.cookie, 0, 3);
    expect(first.changes).toHaveLength(3);
    expect(first.hasMore).toBe(true);
    const all = await pullAll(scene.member.cookie, 0, 3);
    const ids = all.changes.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining([meeting.entityId, ...items.map((i) => i.entityId)]));
    const stored = await db.select({ id: agendaItems.id }).from(agendaItems).where(inArray(agendaItems.id, items.map((i) => i.entityId)));
    expect(stored).toHaveLength(7);
  });

  it('answers 400 naming a malformed cursor', async () => {
    const scene = await groupScene();
    const res = await as(scene.member.cookie, '/api/sync/pull?since=yesterday');
    expect(res.status).toBe(400);
    expect((await res.json<ErrorJson>()).error.issues?.[0]?.field).toBe('query.since');
  });
});
