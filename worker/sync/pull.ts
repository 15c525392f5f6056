import { and, asc, eq, gt, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { PulledEntity, PullEntry, PullResponse } from '../../schema/api/sync.ts';
import { agendaItems, attendance, groupMembers, groups, meetings, noteRevisions, notes, people, tasks } from '../../schema/tables.ts';
import type { Actor, Database } from '../env.ts';

/**
 * The meetings whose rows a person pulls: every meeting of the territories they coordinate, and the meetings of the
 * groups they are a member of (in a territory where they still have a role). `undefined` for an admin: all of them.
 */
function visibleMeetings(db: Database, actor: Actor): SQL | undefined {
  if (actor.isAdmin) return undefined;
  const coordinated = actor.roles.filter((r) => r.role === 'coordinator').map((r) => r.territoryId);
  const anyRole = actor.roles.map((r) => r.territoryId);
  const myGroups = db
    .select({ id: groupMembers.groupId })
    .from(groupMembers)
    .innerJoin(people, eq(people.id, groupMembers.personId))
    .innerJoin(groups, eq(groups.id, groupMembers.groupId))
    .where(and(eq(people.userId, actor.userId), isNull(groupMembers.deletedAt), isNull(people.deletedAt), inArray(groups.territoryId, anyRole)));
  return or(coordinated.length ? inArray(meetings.territoryId, coordinated) : undefined, inArray(meetings.groupId, myGroups));
}

type Row = { id: string; seq: number; deletedAt: number | null };

/**
 * Everything of the visible meetings written after `since`, in seq order, at most `limit` entries. Each table is
 * asked for `limit + 1` rows above the cursor: every row of the merged page is among them, and one more than
 * `limit` in all means there is more to pull.
 */
export async function pullChanges(db: Database, actor: Actor, since: number, limit: number): Promise<PullResponse> {
  if (!actor.isAdmin && !actor.roles.length) return { changes: [], cursor: since, hasMore: false };
  const visible = visibleMeetings(db, actor);
  const inVisibleMeeting = db.select({ id: meetings.id }).from(meetings).where(visible);
  const inVisibleNote = db.select({ id: notes.id }).from(notes).where(inArray(notes.meetingId, inVisibleMeeting));
  const take = limit + 1;
  const [meetingRows, agendaRows, attendanceRows, noteRows, revisionRows, taskRows] = await db.batch([
    db.select().from(meetings).where(and(gt(meetings.seq, since), visible)).orderBy(asc(meetings.seq)).limit(take),
    db.select().from(agendaItems).where(and(gt(agendaItems.seq, since), inArray(agendaItems.meetingId, inVisibleMeeting))).orderBy(asc(agendaItems.seq)).limit(take),
    db.select().from(attendance).where(and(gt(attendance.seq, since), inArray(attendance.meetingId, inVisibleMeeting))).orderBy(asc(attendance.seq)).limit(take),
    db.select().from(notes).where(and(gt(notes.seq, since), inArray(notes.meetingId, inVisibleMeeting))).orderBy(asc(notes.seq)).limit(take),
    db.select().from(noteRevisions).where(and(gt(noteRevisions.seq, since), inArray(noteRevisions.noteId, inVisibleNote))).orderBy(asc(noteRevisions.seq)).limit(take),
    db.select().from(tasks).where(and(gt(tasks.seq, since), inArray(tasks.meetingId, inVisibleMeeting))).orderBy(asc(tasks.seq)).limit(take),
  ]);
  const tagged: [PulledEntity, Row][] = [
    ...meetingRows.map((row) => ['meeting', row] as [PulledEntity, Row]),
    ...agendaRows.map((row) => ['agenda_item', row] as [PulledEntity, Row]),
    ...attendanceRows.map((row) => ['attendance', row] as [PulledEntity, Row]),
    ...noteRows.map((row) => ['note', row] as [PulledEntity, Row]),
    ...revisionRows.map((row) => ['note_revision', row] as [PulledEntity, Row]),
    ...taskRows.map((row) => ['task', row] as [PulledEntity, Row]),
  ];
  tagged.sort((a, b) => a[1].seq - b[1].seq);
  const page = tagged.slice(0, limit);
  const changes = page.map(([entity, row]) =>
    (row.deletedAt ? { entity, id: row.id, seq: row.seq, deleted: true } : { entity, id: row.id, seq: row.seq, data: row }) as PullEntry,
  );
  return { changes, cursor: page.at(-1)?.[1].seq ?? since, hasMore: tagged.length > limit };
}
