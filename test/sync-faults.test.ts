/**
 * Sync under faults: D1 failing in the middle of a batch, failing after it committed, a phone replaying an outbox a
 * week old, phones whose clocks are a day off. Each ends with every change present exactly once. (The server killed
 * during a push is bench/sync-fault.ts: it needs a real process to kill.)
 */
import { env } from 'cloudflare:workers';
import { count, eq, inArray } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import type { ChangeResult, SyncChange } from '../schema/api/sync.ts';
import { agendaItems, attendance, meetings, noteRevisions, notes, sessions, syncChanges, tasks } from '../schema/tables.ts';
import app from '../worker/index.ts';
import { db } from './helpers.ts';
import { change, newMeeting, pullAll, push, groupScene, type Scene } from './meeting-fixtures.ts';

const DAY = 24 * 60 * 60 * 1000;
const TABLES: Record<string, [SQLiteTable, SQLiteColumn]> = {
  meeting: [meetings, meetings.id],
  agenda_item: [agendaItems, agendaItems.id],
  attendance: [attendance, attendance.id],
  note: [notes, notes.id],
  task: [tasks, tasks.id],
};

/** What one phone queues during a meeting: the meeting, its agenda, who came, notes, tasks, and edits of a note. */
function outbox(scene: Scene, createdAt = Date.now()) {
  const meeting = newMeeting(scene);
  const meetingId = meeting.entityId;
  const noteId = uuidv7();
  const firstNote = change('note', noteId, { meetingId, body: 'Zápis, první verze' });
  const changes: SyncChange[] = [
    meeting,
    ...[1, 2, 3, 4].map((position) => change('agenda_item', uuidv7(), { meetingId, position, title: `Bod ${position}` })),
    ...['Jana', 'Petr', 'Eva'].map((name) => change('attendance', uuidv7(), { meetingId, name, status: 'guest' })),
    firstNote,
    change('note', noteId, { body: 'Zápis, druhá verze' }, { baseRevisionId: firstNote.id }),
    ...[1, 2, 3].map((i) => change('note', uuidv7(), { meetingId, body: `Usnesení ${i}` })),
    ...[1, 2].map((i) => change('task', uuidv7(), { meetingId, assignee: 'Lenka', description: `Úkol ${i}` })),
  ];
  return changes.map((c) => ({ ...c, createdAt }));
}

const rows = async (table: SQLiteTable, column: SQLiteColumn, id: string) => (await db.select({ n: count() }).from(table).where(eq(column, id)))[0]!.n;

/** Every change recorded once, its row there once, and each note change one revision of its note. */
async function expectEachOnce(changes: SyncChange[]) {
  const recorded = await db.select({ id: syncChanges.id, n: count() }).from(syncChanges).where(inArray(syncChanges.id, changes.map((c) => c.id))).groupBy(syncChanges.id);
  expect(recorded.length).toBe(changes.length);
  expect(recorded.every((r) => r.n === 1)).toBe(true);
  for (const c of changes) {
    const [table, column] = TABLES[c.entity]!;
    expect(await rows(table, column, c.entityId), `${c.entity} ${c.entityId}`).toBe(1);
    if (c.entity === 'note') expect(await rows(noteRevisions, noteRevisions.id, c.id)).toBe(1);
  }
}

/** env.DB whose batch() fails while `faults` says so: inside the batch (D1 rolls all of it back) or after commit. */
function faultyDb(faults: { midBatch: number; afterCommit: number }) {
  const batch = async (statements: D1PreparedStatement[]) => {
    if (faults.midBatch > 0) {
      faults.midBatch--;
      const middle = Math.floor(statements.length / 2);
      // a statement D1 refuses, in the middle: what ran before it in the batch is rolled back with it
      return env.DB.batch([...statements.slice(0, middle), env.DB.prepare('SELECT injected FROM injected_fault'), ...statements.slice(middle)]);
    }
    const out = await env.DB.batch(statements);
    if (faults.afterCommit > 0) {
      faults.afterCommit--;
      throw new Error('D1_ERROR: Network connection lost.');
    }
    return out;
  };
  // the app queries through a D1 session of the binding (worker/db/d1-session.ts): its session fails the same way
  const session = () => ({ prepare: (query: string) => env.DB.prepare(query), batch, getBookmark: () => null });
  return new Proxy(env.DB, {
    get: (target, prop) =>
      prop === 'batch' ? batch : prop === 'withSession' ? session : typeof Reflect.get(target, prop) === 'function' ? Reflect.get(target, prop).bind(target) : Reflect.get(target, prop),
  });
}

/** A push through the whole app (session, checks, route), with D1 replaced by the faulty one. */
async function pushThrough(database: D1Database, cookie: string, changes: SyncChange[]) {
  const res = await app.request(
    'https://kpss.test/api/sync/push',
    { method: 'POST', headers: { cookie, origin: 'https://kpss.test', 'content-type': 'application/json' }, body: JSON.stringify({ clientId: 'phone', appVersion: '1.0.0', changes }) },
    { ...env, DB: database },
  );
  expect(res.status).toBe(200);
  return (await res.json<{ results: ChangeResult[] }>()).results;
}

const statuses = (results: ChangeResult[]) => [...new Set(results.map((r) => r.status))];

describe('D1 failing during a push', () => {
  it('answers a batch that failed half-way as retryable, writes none of it, and the retry lands each change once', async () => {
    const scene = await groupScene();
    const changes = outbox(scene);
    // every batch of this push fails: the group's and each change's own
    const results = await pushThrough(faultyDb({ midBatch: 1_000, afterCommit: 0 }), scene.member.cookie, changes);
    // the meeting failed; everything after it waits for the meeting: all of it stays in the outbox
    expect(results[0]).toMatchObject({ status: 'rejected', reason: 'server_error', retryable: true });
    expect(results.every((r) => r.status === 'rejected' && r.retryable === true)).toBe(true);
    expect(await rows(meetings, meetings.id, changes[0]!.entityId)).toBe(0);
    expect((await db.select({ n: count() }).from(syncChanges).where(inArray(syncChanges.id, changes.map((c) => c.id))))[0]!.n).toBe(0);
    // the outbox pushes the retryable changes again, unchanged
    const retry = await push(scene.member.cookie, changes);
    expect(statuses(retry)).toEqual(['applied']);
    await expectEachOnce(changes);
  });

  it('writes each change on its own when a batch of several fails once, and the retry finds them all duplicates', async () => {
    const scene = await groupScene();
    const changes = outbox(scene);
    expect(statuses(await push(scene.member.cookie, changes.slice(0, 1)))).toEqual(['applied']);
    // the agenda, attendance and notes go to D1 together, and that batch fails
    const results = await pushThrough(faultyDb({ midBatch: 1, afterCommit: 0 }), scene.member.cookie, changes.slice(1));
    expect(statuses(results)).toEqual(['applied']);
    expect(statuses(await push(scene.member.cookie, changes))).toEqual(['duplicate']);
    await expectEachOnce(changes);
  });

  it('applies nothing twice when D1 committed but its answer was lost', async () => {
    const scene = await groupScene();
    const changes = outbox(scene);
    const results = await pushThrough(faultyDb({ midBatch: 0, afterCommit: 3 }), scene.member.cookie, changes);
    // the push looked again and found the meeting written: the phone may drop it; the rest waits and is retryable
    expect(results[0]?.status).toBe('duplicate');
    expect(results.every((r) => r.status === 'duplicate' || r.status === 'applied' || r.retryable === true)).toBe(true);
    const retry = await push(scene.member.cookie, changes);
    expect(retry.every((r) => r.status === 'duplicate' || r.status === 'applied')).toBe(true);
    expect(statuses(await push(scene.member.cookie, changes))).toEqual(['duplicate']);
    await expectEachOnce(changes);
  });
});

describe('an outbox a week old', () => {
  it('is replayed whole after half of it landed a week ago and others have edited since: each change once, both note texts kept', async () => {
    const scene = await groupScene();
    const weekAgo = Date.now() - 7 * DAY;
    const changes = outbox(scene, weekAgo);
    const half = changes.slice(0, 10);
    expect(statuses(await push(scene.member.cookie, half))).toEqual(['applied']);
    // meanwhile a colleague edits the note from the first text and retitles the meeting
    const note = changes.find((c) => c.entity === 'note')!;
    const colleagueEdit = change('note', note.entityId, { body: 'Zápis, verze kolegyně' }, { baseRevisionId: note.id });
    const retitle = change('meeting', changes[0]!.entityId, { title: 'Jednání (přejmenováno)' });
    expect(statuses(await push(scene.secondMember.cookie, [colleagueEdit, retitle]))).toEqual(['applied']);
    // the phone was offline for the week; its session was last used then
    await db.update(sessions).set({ lastUsedAt: weekAgo }).where(eq(sessions.userId, scene.member.user.id));
    const replay = await push(scene.member.cookie, changes);
    expect(replay.slice(0, 10).map((r) => r.status)).toEqual(Array(10).fill('duplicate'));
    expect(statuses(replay.slice(10))).toEqual(['applied']);
    await expectEachOnce([...changes, colleagueEdit, retitle]);
    const stored = await db.query.notes.findFirst({ where: eq(notes.id, note.entityId) });
    // two edits of the same first text: neither is lost, the note waits for a person to merge them
    expect(stored?.conflicted).toBe(true);
    const revisions = await db.select({ body: noteRevisions.body }).from(noteRevisions).where(eq(noteRevisions.noteId, note.entityId));
    expect(revisions.map((r) => r.body).sort()).toEqual(['Zápis, druhá verze', 'Zápis, první verze', 'Zápis, verze kolegyně']);
    expect((await db.query.meetings.findFirst({ where: eq(meetings.id, changes[0]!.entityId) }))?.title).toBe('Jednání (přejmenováno)');
  });
});

describe('phones whose clocks are a day off', () => {
  it('order by arrival, not by the device clock, and every change lands once', async () => {
    const scene = await groupScene();
    const ahead = outbox(scene, Date.now() + DAY);
    expect(statuses(await push(scene.member.cookie, ahead))).toEqual(['applied']);
    const meetingId = ahead[0]!.entityId;
    // a phone a day behind edits the same title later; a phone a day ahead had edited it earlier
    const early = change('meeting', meetingId, { title: 'Z telefonu, který jde o den napřed' }, { createdAt: Date.now() + DAY });
    const late = change('meeting', meetingId, { title: 'Z telefonu, který se o den zpožďuje' }, { createdAt: Date.now() - DAY });
    expect(statuses(await push(scene.member.cookie, [early]))).toEqual(['applied']);
    expect(statuses(await push(scene.secondMember.cookie, [late]))).toEqual(['applied']);
    expect((await db.query.meetings.findFirst({ where: eq(meetings.id, meetingId) }))?.title).toBe('Z telefonu, který se o den zpožďuje');
    await expectEachOnce([...ahead, early, late]);
    // a third device pulls everything once, in server order, whatever the clocks said
    const { changes: pulled } = await pullAll(scene.coordinator.cookie);
    const seqs = pulled.map((p) => p.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(pulled.map((p) => `${p.entity}:${p.id}`)).size).toBe(pulled.length);
  });
});
