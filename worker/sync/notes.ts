/**
 * Notes of the minutes, and how the edits of two people who wrote the same note offline are both kept.
 *
 * A note's text lives in revisions. Every text the server accepts becomes a `note_revisions` row named after the
 * change that carried it (so the device knows the id before it syncs) and pointing at the revision its author
 * started from (`baseRevisionId`). The revisions of a note form a tree; the note's `headRevisionId` is the revision
 * shown and `body` a copy of its text. The rules, by what the author started from:
 *
 * - The head: the ordinary case, one writer after another. The new revision becomes the head.
 * - An older revision: somebody else's edit reached the server first. The new revision still becomes the head (the
 *   latest arrival is shown) and the one it raced stays in the tree as an *open leaf*: a revision nothing builds on
 *   and nobody merged. A note with an open leaf other than its head is `conflicted`; the PWA shows the head and the
 *   open leaves side by side.
 * - The head, with `resolvesConflict: true`: a person read the texts and wrote one from them. Every other open leaf
 *   is marked merged into the new revision and the conflict is over. A merge that arrives after yet another edit
 *   (its base is no longer the head) resolves nothing: it is one more diverging edit and the note stays conflicted,
 *   so the text that came in while the person was merging is not lost behind a merge that never saw it.
 * - Deletion is a revision too (`deletes`), with its base. Deleting the head tombstones the note. A deletion that
 *   did not see the head deletes nothing and stays an open leaf: the note is conflicted and shows the edit.
 *   An edit made on what was there before a deletion (someone deleted the note while another person, offline, was
 *   still writing it) brings the note back with that edit as its head and the deletion as an open leaf.
 *
 * `conflicted` is not decided in TypeScript from what the request read: it is recomputed by SQL from the revisions in
 * the same batch that adds one, so concurrent pushes cannot leave a stale flag. Nothing is overwritten or removed:
 * every text anybody pushed is exactly one revision (its id is the change id, and a change applies once).
 * Why not merge the texts automatically (a CRDT): minutes are an official record in prose, two rewrites of one
 * sentence interleaved character by character make a third text nobody wrote, and a person merging is what the
 * districts do with paper minutes anyway.
 */
import { eq, sql } from 'drizzle-orm';
import { NoteFields } from '../../schema/api/meetings.ts';
import { noteRevisions, notes } from '../../schema/tables.ts';
import type { PushContext } from './context.ts';
import { parentMeeting, parseData, requireFields, sentFields } from './rows.ts';
import { invalid, isRejection, missing, type IncomingChange, type Rejection, type SyncModule, type WritePlan } from './types.ts';

/** Open leaves: revisions of the note nothing builds on and nobody merged. */
const openLeaf = (noteId: string) => sql`
  ${noteRevisions.noteId} = ${noteId}
  AND ${noteRevisions.mergedIntoId} IS NULL
  AND NOT EXISTS (SELECT 1 FROM note_revisions AS child WHERE child.base_revision_id = ${noteRevisions.id})`;

const mergeOpenLeaves = (ctx: PushContext, noteId: string, into: string) =>
  ctx.db
    .update(noteRevisions)
    .set({ mergedIntoId: into, updatedAt: Date.now() })
    .where(sql`${openLeaf(noteId)} AND ${noteRevisions.id} <> ${into}`);

/** A deletion left open no longer matters once the note is deleted: everyone then agrees it is gone. */
const recomputeConflicted = (ctx: PushContext, noteId: string) =>
  ctx.db
    .update(notes)
    .set({
      conflicted: sql`EXISTS (
        SELECT 1 FROM note_revisions
        WHERE ${openLeaf(noteId)}
          AND note_revisions.id IS NOT notes.head_revision_id
          AND NOT (note_revisions.deletes = 1 AND notes.deleted_at IS NOT NULL))`,
    })
    .where(eq(notes.id, noteId));

async function plan(ctx: PushContext, change: IncomingChange): Promise<WritePlan | Rejection> {
  const noteId = change.entityId;
  const current = await ctx.get('note', noteId);
  const base = change.baseRevisionId;
  if (base) {
    const baseRevision = await ctx.get('revision', base);
    if (!baseRevision) return missing('Note revision', base);
    if (baseRevision.noteId !== noteId) return invalid('baseRevisionId', 'is a revision of another note');
  }
  const now = Date.now();
  const authorId = ctx.actor?.userId ?? null;
  const rememberRevision = (c: PushContext) => c.remember('revision', change.id, { id: change.id, noteId });

  if (change.op === 'delete') {
    if (!current) return missing('Note', noteId);
    const meeting = await parentMeeting(ctx, current, undefined, 'a note');
    if (isRejection(meeting)) return meeting;
    if (!base) return invalid('baseRevisionId', 'is required to delete a note: the revision the person saw when deleting it');
    if (current.deletedAt) return { table: notes, rowId: noteId, readSeq: current.seq, statements: [] };
    const onHead = base === current.headRevisionId;
    const statements = [
      ctx.db.insert(noteRevisions).values({ id: change.id, noteId, baseRevisionId: base, body: '', deletes: true, authorId }),
      ...(onHead ? [ctx.db.update(notes).set({ deletedAt: now, headRevisionId: change.id, updatedAt: now }).where(eq(notes.id, noteId))] : []),
      ...(onHead && change.resolvesConflict ? [mergeOpenLeaves(ctx, noteId, change.id)] : []),
      recomputeConflicted(ctx, noteId),
    ];
    return { table: notes, rowId: noteId, readSeq: current.seq, statements, afterApply: rememberRevision };
  }

  const data = parseData(NoteFields, change);
  if (isRejection(data)) return data;
  const { meetingId, body, ...details } = sentFields(data);
  const meeting = await parentMeeting(ctx, current, meetingId, 'a note');
  if (isRejection(meeting)) return meeting;
  if (details.agendaItemId) {
    const item = await ctx.get('agenda_item', details.agendaItemId);
    if (!item) return missing('Agenda item', details.agendaItemId);
    if (item.meetingId !== meeting.id) return invalid('data.agendaItemId', 'is an agenda item of another meeting');
  }

  if (!current) {
    const absent = requireFields({ body }, ['body'], 'a note');
    if (absent) return absent;
    const statements = [
      ctx.db.insert(notes).values({ ...details, id: noteId, meetingId: meeting.id, body: body!, headRevisionId: change.id, authorId }),
      ctx.db.insert(noteRevisions).values({ id: change.id, noteId, baseRevisionId: null, body: body!, authorId }),
    ];
    return { table: notes, rowId: noteId, readSeq: null, statements, afterApply: rememberRevision };
  }

  // a change of kind or agenda item only: no text, so no revision, and a deleted note stays deleted
  if (body === undefined) {
    const statements = [ctx.db.update(notes).set({ ...details, updatedAt: now }).where(eq(notes.id, noteId))];
    return { table: notes, rowId: noteId, readSeq: current.seq, statements };
  }

  const onHead = (base ?? null) === current.headRevisionId;
  const statements = [
    ctx.db.insert(noteRevisions).values({ id: change.id, noteId, baseRevisionId: base, body, authorId }),
    ctx.db.update(notes).set({ ...details, body, headRevisionId: change.id, deletedAt: null, updatedAt: now }).where(eq(notes.id, noteId)),
    ...(onHead && change.resolvesConflict ? [mergeOpenLeaves(ctx, noteId, change.id)] : []),
    recomputeConflicted(ctx, noteId),
  ];
  return { table: notes, rowId: noteId, readSeq: current.seq, statements, afterApply: rememberRevision };
}

export const noteSync: SyncModule = { entity: 'note', plan };
