/**
 * A meeting as the capture screen shows it: the rows this device last pulled, with the signed-in person's changes
 * from the outbox laid over them in the order they were made, so what was typed offline shows at once and after a
 * reload. Each row also gets its sync state.
 */
import { conflictingRevisions, type PulledRows } from '../../schema/api/sync.ts';
import { STORED_ENTRY_UNFIT } from '../../schema/stored/outbox.ts';
import type { LocalRow, OutboxEntry } from '../lib/local-db.ts';
import { type Row, rowsOfEntity, rowsUnder, withChange } from '../lib/local-rows.ts';
import { entriesOf, isWaiting, needsAttention } from '../lib/outbox.ts';

/**
 * - device: only this device has the row so far (made here, not yet on the server)
 * - waiting: the server has the row; this device has changes to it that are still to be sent
 * - synced: the server has everything this device has
 * - conflict: two people wrote the same note and somebody has to merge the texts (or the server holds another change
 *   under this change's id)
 * - rejected: the server refused a change; its author decides what to do with it (the list of changes)
 */
export type ItemState = 'device' | 'waiting' | 'synced' | 'conflict' | 'rejected';

export type MeetingRow = PulledRows['meeting'];
export type AgendaItemRow = PulledRows['agenda_item'];
export type AttendanceRow = PulledRows['attendance'];
export type NoteRow = PulledRows['note'];
export type TaskRow = PulledRows['task'];
type RevisionRow = PulledRows['note_revision'];

export type NoteView = NoteRow & {
  state: ItemState;
  /** what the next edit of this note builds on: the author's last waiting change to it, or the head as pulled */
  editBase: string | null;
  /** the texts beside the head that a person has to merge; empty when there is no conflict */
  conflicts: Pick<RevisionRow, 'id' | 'body' | 'deletes' | 'authorId'>[];
  /** the head as the server has it, for the merge (the local text may already carry a waiting edit) */
  serverBody: string;
  serverHead: string | null;
};

export type TaskView = TaskRow & { state: ItemState; meetingTitle?: string; meetingStartsAt?: string };

export type MeetingView = {
  meeting: MeetingRow & { state: ItemState };
  agenda: (AgendaItemRow & { state: ItemState })[];
  attendance: (AttendanceRow & { state: ItemState })[];
  notes: NoteView[];
  tasks: TaskView[];
  /** open tasks from the group's earlier meetings: they are gone through first */
  carriedTasks: TaskView[];
  /** the person's changes to this meeting not yet on the server, and those set aside */
  waiting: number;
  attention: number;
};

/** Whether a change's fields may be laid over the rows: those the outbox set aside as unfit may not. */
const fitsRows = (entry: OutboxEntry) => entry.reason !== STORED_ENTRY_UNFIT;

const asRows = (rows: LocalRow[]) => new Map(rows.map((row) => [row.id, { ...row.data, id: row.id } as Row]));

function stateOf(entries: OutboxEntry[] | undefined, onServer: boolean): ItemState {
  if (!entries?.length) return 'synced';
  if (entries.some((entry) => entry.status === 'conflict')) return 'conflict';
  if (entries.some((entry) => entry.status === 'rejected')) return 'rejected';
  if (entries.some(isWaiting)) return onServer ? 'waiting' : 'device';
  return 'synced';
}

const byPosition = (a: AgendaItemRow, b: AgendaItemRow) => a.position - b.position || (a.createdAt ?? 0) - (b.createdAt ?? 0) || (a.id < b.id ? -1 : 1);
const byCreation = <T extends { id: string; createdAt?: number | null }>(a: T, b: T) => (a.createdAt ?? 0) - (b.createdAt ?? 0) || (a.id < b.id ? -1 : 1);

/** Whether this device can show the meeting at all: pulled before, or made here. */
export async function hasLocalMeeting(owner: string, meetingId: string): Promise<boolean> {
  if ((await rowsUnder(owner, meetingId)).some((row) => row.entity === 'meeting')) return true;
  return (await entriesOf(owner)).some((entry) => entry.entity === 'meeting' && entry.entityId === meetingId);
}

export async function loadMeetingView(owner: string, meetingId: string): Promise<MeetingView | null> {
  const [under, allMeetings, allTasks, entries] = await Promise.all([
    rowsUnder(owner, meetingId),
    rowsOfEntity(owner, 'meeting'),
    rowsOfEntity(owner, 'task'),
    entriesOf(owner),
  ]);
  const pulled = {
    meeting: asRows(allMeetings),
    agenda_item: asRows(under.filter((row) => row.entity === 'agenda_item')),
    attendance: asRows(under.filter((row) => row.entity === 'attendance')),
    note: asRows(under.filter((row) => row.entity === 'note')),
    task: asRows(allTasks),
  };
  const shown = {
    meeting: new Map(pulled.meeting),
    agenda_item: new Map(pulled.agenda_item),
    attendance: new Map(pulled.attendance),
    note: new Map(pulled.note),
    task: new Map(pulled.task),
  };
  const entriesByRow = new Map<string, OutboxEntry[]>();
  /** per note: the last waiting change, which the next edit builds on */
  const lastWaitingNoteChange = new Map<string, OutboxEntry>();

  for (const entry of entries) {
    const map = shown[entry.entity as keyof typeof shown];
    if (!map) continue;
    const data = (entry.data ?? {}) as Record<string, unknown>;
    // rows of other meetings matter only for meetings and tasks (earlier meetings' tasks carry over)
    const ofThisMeeting = entry.entityId === meetingId || data.meetingId === meetingId || map.has(entry.entityId);
    if (!ofThisMeeting && entry.entity !== 'meeting' && entry.entity !== 'task') continue;
    entriesByRow.set(entry.entityId, [...(entriesByRow.get(entry.entityId) ?? []), entry]);
    // a change that no longer fits is listed for its author, never laid over the rows typed wrongly
    if (!fitsRows(entry)) continue;
    map.set(entry.entityId, withChange(map.get(entry.entityId), entry));
    if (entry.entity === 'note' && isWaiting(entry)) lastWaitingNoteChange.set(entry.entityId, entry);
  }

  const meeting = shown.meeting.get(meetingId) as MeetingRow | undefined;
  if (!meeting || meeting.deletedAt) return null;
  const state = (entity: keyof typeof pulled, id: string) => stateOf(entriesByRow.get(id), pulled[entity].has(id));
  const alive = <T extends { deletedAt: number | null }>(row: T) => !row.deletedAt;

  const notes: NoteView[] = [];
  for (const note of [...shown.note.values()] as NoteRow[]) {
    if (!alive(note)) continue;
    const server = pulled.note.get(note.id) as NoteRow | undefined;
    const pending = entriesByRow.get(note.id) ?? [];
    const merging = pending.some((entry) => entry.resolvesConflict && isWaiting(entry));
    let conflicts: NoteView['conflicts'] = [];
    if (server?.conflicted && !merging) {
      const revisions = (await rowsUnder(owner, note.id)).map((row) => row.data as unknown as RevisionRow);
      conflicts = conflictingRevisions(server, revisions).map(({ id, body, deletes, authorId }) => ({ id, body, deletes, authorId }));
    }
    let noteState = state('note', note.id);
    if (conflicts.length && noteState === 'synced') noteState = 'conflict';
    notes.push({
      ...note,
      state: noteState,
      editBase: lastWaitingNoteChange.get(note.id)?.id ?? server?.headRevisionId ?? null,
      conflicts,
      serverBody: server?.body ?? '',
      serverHead: server?.headRevisionId ?? null,
    });
  }

  const meetingOf = (id: string) => shown.meeting.get(id) as MeetingRow | undefined;
  const tasks = ([...shown.task.values()] as TaskRow[]).filter(alive);
  // the group's earlier meetings: their open tasks carry over, and those done since the last of them show as done
  const earlier = [...shown.meeting.values()].filter(
    (row) => row.groupId === meeting.groupId && row.id !== meetingId && !row.deletedAt && String(row.startsAt) < meeting.startsAt,
  ) as MeetingRow[];
  const lastEarlier = earlier.map((row) => row.startsAt).sort().at(-1);
  const since = lastEarlier ? Date.parse(`${lastEarlier}:00Z`) : Number.POSITIVE_INFINITY;
  const earlierIds = new Set(earlier.map((row) => row.id));
  const carriedTasks: TaskView[] = meeting.groupId
    ? tasks
        .filter((task) => earlierIds.has(task.meetingId) && (task.status === 'open' || (task.doneAt ?? 0) >= since))
        .map((task) => ({ ...task, state: state('task', task.id), meetingTitle: meetingOf(task.meetingId)?.title, meetingStartsAt: meetingOf(task.meetingId)?.startsAt }))
        .sort((a, b) => (a.meetingStartsAt ?? '').localeCompare(b.meetingStartsAt ?? '') || (a.dueOn ?? '').localeCompare(b.dueOn ?? ''))
    : [];

  // the changes made on this screen: to the meeting's rows, and to the earlier tasks it goes through
  const carriedIds = new Set(carriedTasks.map((task) => task.id));
  const ownEntries = entries.filter((entry) => {
    if (entry.entityId === meetingId || carriedIds.has(entry.entityId)) return true;
    const row = shown[entry.entity as keyof typeof shown]?.get(entry.entityId);
    return entry.entity !== 'meeting' && row?.meetingId === meetingId;
  });

  return {
    meeting: { ...meeting, state: state('meeting', meetingId) },
    agenda: ([...shown.agenda_item.values()] as AgendaItemRow[]).filter(alive).sort(byPosition).map((item) => ({ ...item, state: state('agenda_item', item.id) })),
    attendance: ([...shown.attendance.values()] as AttendanceRow[]).filter(alive).sort(byCreation).map((row) => ({ ...row, state: state('attendance', row.id) })),
    notes: notes.sort(byCreation),
    tasks: tasks.filter((task) => task.meetingId === meetingId).sort(byCreation).map((task) => ({ ...task, state: state('task', task.id) })),
    carriedTasks,
    waiting: ownEntries.filter(isWaiting).length,
    attention: ownEntries.filter(needsAttention).length,
  };
}

/** The meetings of a group this device knows (pulled or made here), for the group's page offline. */
export async function localMeetingsOfGroup(owner: string, groupId: string): Promise<(MeetingRow & { state: ItemState })[]> {
  const [rows, entries] = await Promise.all([rowsOfEntity(owner, 'meeting'), entriesOf(owner)]);
  const pulled = asRows(rows);
  const shown = new Map(pulled);
  const byRow = new Map<string, OutboxEntry[]>();
  for (const entry of entries) {
    if (entry.entity !== 'meeting') continue;
    byRow.set(entry.entityId, [...(byRow.get(entry.entityId) ?? []), entry]);
    if (fitsRows(entry)) shown.set(entry.entityId, withChange(shown.get(entry.entityId), entry));
  }
  return ([...shown.values()] as MeetingRow[])
    .filter((meeting) => meeting.groupId === groupId && !meeting.deletedAt)
    .map((meeting) => ({ ...meeting, state: stateOf(byRow.get(meeting.id), pulled.has(meeting.id)) }))
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
}
