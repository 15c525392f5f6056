import { asc, eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import { conflictingRevisions } from '../schema/api/sync.ts';
import { noteRevisions, notes } from '../schema/tables.ts';
import { meetingSyncModules } from '../worker/sync/modules.ts';
import { noteSync } from '../worker/sync/notes.ts';
import { pushChanges } from '../worker/sync/push.ts';
import { actorFor } from './actors.ts';
import { db } from './helpers.ts';
import { change, groupScene, newMeeting, pullAll, push, type Scene } from './meeting-fixtures.ts';

/** A meeting with one note that both members have synced: its first revision is what they both start from. */
async function sharedNote(scene: Scene, body = 'Skupina projednala dostupnost odlehčovací služby.') {
  const meeting = newMeeting(scene);
  const create = change('note', uuidv7(), { meetingId: meeting.entityId, body });
  await push(scene.member.cookie, [meeting, create]);
  return { noteId: create.entityId, firstRevision: create.id };
}

const noteOf = async (id: string) => (await db.query.notes.findFirst({ where: eq(notes.id, id) }))!;
const revisionsOf = (noteId: string) => db.select().from(noteRevisions).where(eq(noteRevisions.noteId, noteId)).orderBy(asc(noteRevisions.seq));
const edit = (noteId: string, base: string, body: string, extra = {}) => change('note', noteId, { body }, { baseRevisionId: base, ...extra });
const remove = (noteId: string, base: string, extra = {}) => change('note', noteId, {}, { op: 'delete', baseRevisionId: base, ...extra });

describe('two people editing one note offline', () => {
  it('keeps both texts exactly once, and marks the note conflicted', async () => {
    const scene = await groupScene();
    const { noteId, firstRevision } = await sharedNote(scene);
    const lenka = edit(noteId, firstRevision, 'Text Lenky: služba chybí v Kardašově Řečici.');
    const petr = edit(noteId, firstRevision, 'Text Petra: kapacita stačí, chybí doprava.');
    expect((await push(scene.member.cookie, [lenka]))[0]).toMatchObject({ status: 'applied' });
    expect((await push(scene.secondMember.cookie, [petr]))[0]).toMatchObject({ status: 'applied', conflicted: true });

    const note = await noteOf(noteId);
    expect(note).toMatchObject({ conflicted: true, headRevisionId: petr.id, body: petr.data!.body });
    const bodies = (await revisionsOf(noteId)).map((r) => r.body);
    expect(bodies.filter((b) => b === lenka.data!.body)).toHaveLength(1);
    expect(bodies.filter((b) => b === petr.data!.body)).toHaveLength(1);
  });

  it('pulls what a device needs to show the conflict offline', async () => {
    const scene = await groupScene();
    const { noteId, firstRevision } = await sharedNote(scene);
    const lenka = edit(noteId, firstRevision, 'Verze Lenky');
    await push(scene.member.cookie, [lenka]);
    await push(scene.secondMember.cookie, [edit(noteId, firstRevision, 'Verze Petra')]);
    const { changes } = await pullAll(scene.member.cookie);
    const note = changes.find((c) => c.entity === 'note' && c.id === noteId);
    const revisions = changes.flatMap((c) => (c.entity === 'note_revision' && !c.deleted && c.data.noteId === noteId ? [c.data] : []));
    if (note?.entity !== 'note' || note.deleted) throw new Error('the note was not pulled');
    expect(note.data).toMatchObject({ conflicted: true, body: 'Verze Petra' });
    expect(conflictingRevisions(note.data, revisions).map((r) => r.body)).toEqual(['Verze Lenky']);
  });

  it('stays conflicted after a plain edit of the head, and a merge by a person clears it', async () => {
    const scene = await groupScene();
    const { noteId, firstRevision } = await sharedNote(scene);
    const lenka = edit(noteId, firstRevision, 'Verze A');
    const petr = edit(noteId, firstRevision, 'Verze B');
    await push(scene.member.cookie, [lenka]);
    await push(scene.secondMember.cookie, [petr]);
    const petrAgain = edit(noteId, petr.id, 'Verze B, doplněná');
    expect((await push(scene.secondMember.cookie, [petrAgain]))[0]?.conflicted).toBe(true);

    const merge = edit(noteId, petrAgain.id, 'Verze A i B, sloučené', { resolvesConflict: true });
    const [result] = await push(scene.member.cookie, [merge]);
    expect(result).toMatchObject({ status: 'applied' });
    expect(result?.conflicted).toBeUndefined();
    expect(await noteOf(noteId)).toMatchObject({ conflicted: false, body: 'Verze A i B, sloučené', headRevisionId: merge.id });
    const merged = (await revisionsOf(noteId)).find((r) => r.id === lenka.id);
    expect(merged?.mergedIntoId).toBe(merge.id);
  });

  it('does not let a merge that missed a later edit clear the conflict', async () => {
    const scene = await groupScene();
    const { noteId, firstRevision } = await sharedNote(scene);
    const a = edit(noteId, firstRevision, 'A');
    const b = edit(noteId, firstRevision, 'B');
    const late = edit(noteId, firstRevision, 'C, dorazilo během slučování');
    await push(scene.member.cookie, [a]);
    await push(scene.secondMember.cookie, [b]);
    await push(scene.coordinator.cookie, [late]);
    const merge = edit(noteId, b.id, 'A a B', { resolvesConflict: true });
    expect((await push(scene.member.cookie, [merge]))[0]?.conflicted).toBe(true);
    const revisions = await revisionsOf(noteId);
    const open = revisions.filter((r) => r.mergedIntoId === null && !revisions.some((child) => child.baseRevisionId === r.id));
    expect(open.map((r) => r.body).sort()).toEqual(['A', 'A a B', 'C, dorazilo během slučování']);
  });
});

describe('pushes racing each other', () => {
  it('keeps both texts when two edits of one note arrive at the same moment', async () => {
    const scene = await groupScene();
    const { noteId, firstRevision } = await sharedNote(scene);
    const a = edit(noteId, firstRevision, 'Souběžně A');
    const b = edit(noteId, firstRevision, 'Souběžně B');
    const [[ra], [rb]] = await Promise.all([push(scene.member.cookie, [a]), push(scene.secondMember.cookie, [b])]);
    expect([ra?.status, rb?.status]).toEqual(['applied', 'applied']);
    expect((await noteOf(noteId)).conflicted).toBe(true);
    const bodies = (await revisionsOf(noteId)).map((r) => r.body).sort();
    expect(bodies).toEqual(['Skupina projednala dostupnost odlehčovací služby.', 'Souběžně A', 'Souběžně B']);
  });

  it('plans a change again when another request wrote the note between its read and its write', async () => {
    const scene = await groupScene();
    const { noteId, firstRevision } = await sharedNote(scene);
    const sneaky = edit(noteId, firstRevision, 'Zapsáno jiným požadavkem mezitím');
    const mine = edit(noteId, firstRevision, 'Můj text');
    let interfered = false;
    const interfering = {
      note: {
        entity: 'note',
        plan: async (...args: Parameters<typeof noteSync.plan>) => {
          const plan = await noteSync.plan(...args);
          if (!interfered) {
            interfered = true;
            await pushChanges(db, await actorFor(scene.secondMember.user.id), { clientId: 'b', appVersion: '1', changes: [sneaky] }, meetingSyncModules);
          }
          return plan;
        },
      },
    };
    const { results } = await pushChanges(db, await actorFor(scene.member.user.id), { clientId: 'a', appVersion: '1', changes: [mine] }, interfering);
    expect(results[0]).toMatchObject({ status: 'applied', conflicted: true });
    expect(await noteOf(noteId)).toMatchObject({ conflicted: true, headRevisionId: mine.id });
    expect((await revisionsOf(noteId)).map((r) => r.body)).toEqual(['Skupina projednala dostupnost odlehčovací služby.', 'Zapsáno jiným požadavkem mezitím', 'Můj text']);
  });

  it('applies an outbox pushed from two tabs at once exactly once', async () => {
    const scene = await groupScene();
    const meeting = newMeeting(scene);
    const notesToPush = Array.from({ length: 5 }, (_, i) => change('note', uuidv7(), { meetingId: meeting.entityId, body: `Poznámka ${i}` }));
    await push(scene.member.cookie, [meeting]);
    const [first, second] = await Promise.all([push(scene.member.cookie, notesToPush), push(scene.member.cookie, notesToPush)]);
    for (let i = 0; i < notesToPush.length; i++) {
      expect([first![i]?.status, second![i]?.status].sort()).toEqual(['applied', 'duplicate']);
    }
    for (const note of notesToPush) expect(await revisionsOf(note.entityId)).toHaveLength(1);
  });
});

describe('an edit against a deletion', () => {
  it('keeps the edit: the note comes back, conflicted, with the deletion beside it', async () => {
    const scene = await groupScene();
    const { noteId, firstRevision } = await sharedNote(scene);
    const deletion = remove(noteId, firstRevision);
    expect((await push(scene.member.cookie, [deletion]))[0]?.status).toBe('applied');
    expect((await noteOf(noteId)).deletedAt).not.toBeNull();

    const offlineEdit = edit(noteId, firstRevision, 'Psáno offline, zatímco někdo mazal.');
    expect((await push(scene.secondMember.cookie, [offlineEdit]))[0]).toMatchObject({ status: 'applied', conflicted: true });
    const note = await noteOf(noteId);
    expect(note).toMatchObject({ deletedAt: null, conflicted: true, body: 'Psáno offline, zatímco někdo mazal.' });
    const revisions = await revisionsOf(noteId);
    const leaves = revisions.filter((r) => !revisions.some((child) => child.baseRevisionId === r.id));
    expect(leaves.map((r) => [r.id, r.deletes])).toEqual([[deletion.id, true], [offlineEdit.id, false]]);
  });

  it('does not delete a note whose newer text the deleting person never saw', async () => {
    const scene = await groupScene();
    const { noteId, firstRevision } = await sharedNote(scene);
    const newer = edit(noteId, firstRevision, 'Novější text');
    await push(scene.member.cookie, [newer]);
    expect((await push(scene.secondMember.cookie, [remove(noteId, firstRevision)]))[0]).toMatchObject({ status: 'applied', conflicted: true });
    expect(await noteOf(noteId)).toMatchObject({ deletedAt: null, body: 'Novější text', conflicted: true });
  });

  it('deletes the note when the deleting person saw its latest text', async () => {
    const scene = await groupScene();
    const { noteId, firstRevision } = await sharedNote(scene);
    await push(scene.member.cookie, [remove(noteId, firstRevision)]);
    expect(await noteOf(noteId)).toMatchObject({ conflicted: false });
    expect((await noteOf(noteId)).deletedAt).toBeTypeOf('number');
  });
});

describe('note changes the server refuses', () => {
  it('names baseRevisionId when a deletion does not say what the person saw, or names another note', async () => {
    const scene = await groupScene();
    const { noteId } = await sharedNote(scene);
    const other = await sharedNote(scene, 'Jiná poznámka');
    const results = await push(scene.member.cookie, [change('note', noteId, {}, { op: 'delete' }), edit(noteId, other.firstRevision, 'x')]);
    expect(results.map((r) => r.issues?.[0]?.field)).toEqual(['baseRevisionId', 'baseRevisionId']);
    expect(results.map((r) => r.retryable)).toEqual([false, false]);
  });

  it('names the body of a note that is too long', async () => {
    const scene = await groupScene();
    const { noteId, firstRevision } = await sharedNote(scene);
    const [result] = await push(scene.member.cookie, [edit(noteId, firstRevision, 'x'.repeat(50_001))]);
    expect(result).toMatchObject({ status: 'rejected', reason: 'invalid', issues: [{ field: 'data.body', message: 'is too long' }] });
  });
});
