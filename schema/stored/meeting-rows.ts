/**
 * Rows of meetings as the PWA keeps them in IndexedDB (`rows` store): what `GET /api/sync/pull` sent (the tables'
 * `$inferSelect`, see `PulledRows` in schema/api/sync.ts), or what the device made of a change the server accepted.
 * An app update may find rows written by an older app, or by an older server, in another shape: they are read through
 * these schemas and a row that no longer fits is dropped and pulled again, never shown typed wrongly.
 *
 * Required here is what the screens rely on and what a row made on the device also has (schema/api/sync.ts names the
 * fields a new row needs; pwa/lib/local-rows.ts fills the server's defaults). Columns a screen never reads are left
 * loose, so a newer server's extra column does not throw the row away.
 */
import * as v from 'valibot';
import type { PulledEntity, PulledRows } from '../api/sync.ts';
import { PLANNING_ROLES } from '../enums.ts';
import { ATTENDANCE_STATUSES, MEETING_KINDS, MEETING_STATUSES, NOTE_KINDS, TASK_STATUSES } from '../enums.ts';

const Id = v.pipe(v.string(), v.minLength(1));
const Millis = v.pipe(v.number(), v.finite());
/** null when the row has none; a row made on the device before the column existed has it missing: the same */
const orNull = <T extends v.GenericSchema>(schema: T) => v.optional(v.nullable(schema), null);
const sync = {
  id: Id,
  createdAt: v.optional(Millis),
  updatedAt: v.optional(Millis),
  seq: v.optional(v.number()),
  deletedAt: orNull(Millis),
};

export const StoredMeetingRow = v.looseObject({
  ...sync,
  territoryId: Id,
  groupId: orNull(Id),
  kind: v.picklist(MEETING_KINDS),
  title: v.string(),
  startsAt: v.string(),
  endsAt: orNull(v.string()),
  place: orNull(v.string()),
  status: v.picklist(MEETING_STATUSES),
  publishedAt: orNull(Millis),
});

export const StoredAgendaItemRow = v.looseObject({
  ...sync,
  meetingId: Id,
  position: v.number(),
  title: v.string(),
  presenter: orNull(v.string()),
});

export const StoredAttendanceRow = v.looseObject({
  ...sync,
  meetingId: Id,
  personId: orNull(Id),
  name: orNull(v.string()),
  organization: orNull(v.string()),
  planningRole: orNull(v.picklist(PLANNING_ROLES)),
  status: v.picklist(ATTENDANCE_STATUSES),
});

export const StoredNoteRow = v.looseObject({
  ...sync,
  meetingId: Id,
  agendaItemId: orNull(Id),
  kind: v.picklist(NOTE_KINDS),
  body: v.string(),
  headRevisionId: orNull(Id),
  conflicted: v.boolean(),
  authorId: orNull(Id),
});

export const StoredNoteRevisionRow = v.looseObject({
  ...sync,
  noteId: Id,
  baseRevisionId: orNull(Id),
  body: v.string(),
  deletes: v.boolean(),
  mergedIntoId: orNull(Id),
  authorId: orNull(Id),
});

export const StoredTaskRow = v.looseObject({
  ...sync,
  meetingId: Id,
  assignee: v.string(),
  description: v.string(),
  dueOn: orNull(v.string()),
  status: v.picklist(TASK_STATUSES),
  doneAt: orNull(Millis),
});

export const STORED_ROWS = {
  meeting: StoredMeetingRow,
  agenda_item: StoredAgendaItemRow,
  attendance: StoredAttendanceRow,
  note: StoredNoteRow,
  note_revision: StoredNoteRevisionRow,
  task: StoredTaskRow,
} as const satisfies Record<PulledEntity, v.GenericSchema>;

/**
 * What a stored row is once read: the fields the schema checked carry the server's types (a wrong kind or a number for
 * a title is not let through), so a row from the store can stand where a pulled row does.
 */
export type StoredRow<E extends PulledEntity> = v.InferOutput<(typeof STORED_ROWS)[E]>;

// Each checked field has the type the server's row has: a column renamed or retyped in schema/tables breaks the build.
type CheckedKey<E extends PulledEntity> = keyof (typeof STORED_ROWS)[E]['entries'] & keyof PulledRows[E];
type Fits<A, B> = [A] extends [B] ? true : false;
const fitsServer: {
  [E in PulledEntity]: Fits<{ [K in CheckedKey<E>]-?: Exclude<StoredRow<E>[K & keyof StoredRow<E>], undefined> }, { [K in CheckedKey<E>]-?: Exclude<PulledRows[E][K], undefined> }>;
} = {
  meeting: true,
  agenda_item: true,
  attendance: true,
  note: true,
  note_revision: true,
  task: true,
};
void fitsServer;

/** The row's data as the screens may use it, or null when it no longer fits (then it is dropped and pulled again). */
export function readStoredRow(entity: string, data: unknown): Record<string, unknown> | null {
  const schema = STORED_ROWS[entity as PulledEntity];
  if (!schema) return null;
  const parsed = v.safeParse(schema, data);
  return parsed.success ? (parsed.output as Record<string, unknown>) : null;
}
