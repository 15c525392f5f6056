import { and, asc, count, countDistinct, desc, eq, gte, inArray, isNull, lt, ne, or, sql } from 'drizzle-orm';
import { agendaItems, attendance, groups, meetings, noteRevisions, notes, people, tasks, territories } from '../../schema/tables.ts';
import type { Database } from '../env.ts';
import { notFound } from '../errors.ts';
import { PUBLIC_MEETING_KINDS, pragueNow } from './public-calendar.ts';
import { hearingMinutes } from './hearing-minutes.ts';

/** What the public may know of any meeting it may see: when, where, what kind; never who came or what was said. */
export const publicMeetingColumns = {
  id: meetings.id,
  territoryId: meetings.territoryId,
  groupId: meetings.groupId,
  groupName: groups.name,
  kind: meetings.kind,
  title: meetings.title,
  startsAt: meetings.startsAt,
  endsAt: meetings.endsAt,
  place: meetings.place,
  status: meetings.status,
  publishedAt: meetings.publishedAt,
};

/**
 * Which meetings the public sees: the open kinds (hearings, public meetings, round tables, working groups) and any
 * meeting whose minutes were published. Steering-group and coordination meetings stay internal until then.
 */
const publiclyListed = or(inArray(meetings.kind, PUBLIC_MEETING_KINDS), eq(meetings.status, 'published'));

export const isPubliclyListed = (meeting: { kind: string; status: string }) =>
  (PUBLIC_MEETING_KINDS as readonly string[]).includes(meeting.kind) || meeting.status === 'published';

export type MeetingListFilter = { when?: 'upcoming' | 'past'; groupId?: string; internal: boolean };

export function listMeetings(db: Database, territoryId: string, filter: MeetingListFilter) {
  const today = pragueNow().slice(0, 10);
  return db
    .select(publicMeetingColumns)
    .from(meetings)
    .leftJoin(groups, eq(groups.id, meetings.groupId))
    .where(
      and(
        eq(meetings.territoryId, territoryId),
        isNull(meetings.deletedAt),
        filter.internal ? undefined : publiclyListed,
        filter.groupId ? eq(meetings.groupId, filter.groupId) : undefined,
        filter.when === 'upcoming' ? gte(meetings.startsAt, today) : filter.when === 'past' ? lt(meetings.startsAt, today) : undefined,
      ),
    )
    .orderBy(filter.when === 'past' ? desc(meetings.startsAt) : asc(meetings.startsAt))
    .limit(500);
}

export async function requireMeeting(db: Database, id: string) {
  const meeting = await db.query.meetings.findFirst({ where: and(eq(meetings.id, id), isNull(meetings.deletedAt)) });
  if (!meeting) throw notFound('Meeting');
  return meeting;
}

export type MeetingRow = Awaited<ReturnType<typeof requireMeeting>>;

/** The open leaves beside each conflicted note's head: the texts a person still has to merge (see worker/sync/notes.ts). */
async function conflictingRevisions(db: Database, meetingId: string) {
  const rows = await db
    .select({ id: noteRevisions.id, noteId: noteRevisions.noteId, body: noteRevisions.body, deletes: noteRevisions.deletes, authorId: noteRevisions.authorId, createdAt: noteRevisions.createdAt })
    .from(noteRevisions)
    .innerJoin(notes, eq(notes.id, noteRevisions.noteId))
    .where(
      and(
        eq(notes.meetingId, meetingId),
        eq(notes.conflicted, true),
        isNull(noteRevisions.mergedIntoId),
        sql`${noteRevisions.id} IS NOT ${notes.headRevisionId}`,
        sql`NOT EXISTS (SELECT 1 FROM note_revisions AS child WHERE child.base_revision_id = ${noteRevisions.id})`,
      ),
    )
    .orderBy(asc(noteRevisions.seq));
  const byNote = new Map<string, Omit<(typeof rows)[number], 'noteId'>[]>();
  for (const { noteId, ...revision } of rows) byNote.set(noteId, [...(byNote.get(noteId) ?? []), revision]);
  return byNote;
}

/** Everything of a meeting for those who take part in it: agenda, attendance sheet, all notes (private too), tasks. */
export async function meetingForParticipants(db: Database, meeting: MeetingRow) {
  const [agenda, sheet, noteRows, taskRows, group] = await db.batch([
    db.select().from(agendaItems).where(and(eq(agendaItems.meetingId, meeting.id), isNull(agendaItems.deletedAt))).orderBy(asc(agendaItems.position), asc(agendaItems.createdAt)),
    db
      .select({
        id: attendance.id,
        personId: attendance.personId,
        name: sql<string | null>`coalesce(${people.name}, ${attendance.name})`,
        organization: sql<string | null>`coalesce(${attendance.organization}, ${people.organization})`,
        planningRole: attendance.planningRole,
        status: attendance.status,
      })
      .from(attendance)
      .leftJoin(people, eq(people.id, attendance.personId))
      .where(and(eq(attendance.meetingId, meeting.id), isNull(attendance.deletedAt)))
      .orderBy(asc(sql`coalesce(${people.name}, ${attendance.name})`)),
    db.select().from(notes).where(and(eq(notes.meetingId, meeting.id), isNull(notes.deletedAt))).orderBy(asc(notes.createdAt)),
    db.select().from(tasks).where(and(eq(tasks.meetingId, meeting.id), isNull(tasks.deletedAt))).orderBy(asc(tasks.createdAt)),
    db.select({ id: groups.id, name: groups.name }).from(groups).where(eq(groups.id, meeting.groupId ?? '')),
  ]);
  const conflicts = await conflictingRevisions(db, meeting.id);
  return {
    access: 'participant' as const,
    meeting,
    group: group[0] ?? null,
    agendaItems: agenda,
    attendance: sheet,
    notes: noteRows.map((note) => ({ ...note, conflictingRevisions: conflicts.get(note.id) ?? [] })),
    tasks: taskRows,
  };
}

/**
 * The published minutes (zápis) as a public page: agenda, notes and decisions (never private notes), tasks, and how
 * many came. No names from the attendance sheet, no sheet at all.
 */
export async function publicMinutes(db: Database, meeting: MeetingRow) {
  if (meeting.status !== 'published') return null;
  const [head, agenda, noteRows, taskRows, attendees] = await db.batch([
    db
      // D1's batch returns rows as objects: two columns both called "name" would collide, so each gets its own
      .select({
        ...publicMeetingColumns,
        groupName: sql<string | null>`${groups.name}`.as('group_name'),
        territorySlug: territories.slug,
        territoryName: sql<string>`${territories.name}`.as('territory_name'),
      })
      .from(meetings)
      .innerJoin(territories, eq(territories.id, meetings.territoryId))
      .leftJoin(groups, eq(groups.id, meetings.groupId))
      .where(eq(meetings.id, meeting.id)),
    db
      .select({ id: agendaItems.id, position: agendaItems.position, title: agendaItems.title, presenter: agendaItems.presenter })
      .from(agendaItems)
      .where(and(eq(agendaItems.meetingId, meeting.id), isNull(agendaItems.deletedAt)))
      .orderBy(asc(agendaItems.position), asc(agendaItems.createdAt)),
    db
      .select({ id: notes.id, agendaItemId: notes.agendaItemId, kind: notes.kind, body: notes.body })
      .from(notes)
      .where(and(eq(notes.meetingId, meeting.id), isNull(notes.deletedAt), ne(notes.kind, 'private')))
      .orderBy(asc(notes.createdAt)),
    db
      .select({ id: tasks.id, assignee: tasks.assignee, description: tasks.description, dueOn: tasks.dueOn, status: tasks.status })
      .from(tasks)
      .where(and(eq(tasks.meetingId, meeting.id), isNull(tasks.deletedAt)))
      .orderBy(asc(tasks.createdAt)),
    // one person marked present on two devices is still one attendee
    db
      .select({ n: countDistinct(sql`coalesce(${attendance.personId}, ${attendance.id})`) })
      .from(attendance)
      .where(and(eq(attendance.meetingId, meeting.id), isNull(attendance.deletedAt), inArray(attendance.status, ['present', 'guest']))),
  ]);
  const itemIds = new Set(agenda.map((item) => item.id));
  const publicNote = ({ id, kind, body }: (typeof noteRows)[number]) => ({ id, kind, body });
  return {
    meeting: head[0]!,
    agendaItems: agenda.map((item) => ({ ...item, notes: noteRows.filter((n) => n.agendaItemId === item.id).map(publicNote) })),
    otherNotes: noteRows.filter((n) => !n.agendaItemId || !itemIds.has(n.agendaItemId)).map(publicNote),
    tasks: taskRows,
    attendeeCount: attendees[0]?.n ?? 0,
    /** a hearing's minutes print its vote results and, once published, its settlement of comments */
    hearing: await hearingMinutes(db, meeting),
  };
}

/** Notes that would go public while a person still has to merge their texts. */
export async function conflictedPublicNotes(db: Database, meetingId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(notes)
    .where(and(eq(notes.meetingId, meetingId), isNull(notes.deletedAt), eq(notes.conflicted, true), ne(notes.kind, 'private')));
  return row?.n ?? 0;
}
