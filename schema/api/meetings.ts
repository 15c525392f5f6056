import * as v from 'valibot';
import { PLANNING_ROLES } from '../enums.ts';
import { ATTENDANCE_STATUSES, MEETING_KINDS, NOTE_KINDS, TASK_STATUSES } from '../enums.ts';
import { pragueTime } from '../prague-time.ts';
import { SlugOrId, Uuid } from './common.ts';

const oneOf = <const T extends readonly string[]>(values: T) => v.picklist(values, `must be one of ${values.join(', ')}`);
const Text = (max: number) => v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'is required'), v.maxLength(max, 'is too long'));
const OptionalText = (max: number) => v.nullish(v.pipe(v.string('must be text'), v.trim(), v.maxLength(max, 'is too long')));
const Position = v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(0, 'must not be negative'), v.maxValue(10_000, 'is too large'));

const LOCAL_DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Local Europe/Prague time as the districts write it: "2018-04-12T15:00". A time the clocks skip when summer time
 * begins is refused; one they repeat when it ends is accepted at its first occurrence (schema/prague-time.ts), and
 * the write answers with a warning that says so.
 */
export const LocalDateTime = v.pipe(
  v.string('must be a date and time'),
  v.regex(LOCAL_DATE_TIME, 'must be a local date and time YYYY-MM-DDTHH:MM'),
  // valibot runs the check after a failed regex too: only a well-formed time is looked up
  v.check((local) => !LOCAL_DATE_TIME.test(local) || pragueTime(local).kind !== 'skipped', 'does not exist in Prague: the clocks jump from 02:00 to 03:00 that night (summer time begins); choose another time'),
);
const IsoDate = v.pipe(v.string('must be a date'), v.isoDate('must be a date YYYY-MM-DD'));
const Timestamp = v.pipe(v.number('must be a time in milliseconds'), v.integer('must be whole milliseconds'), v.minValue(0, 'must not be negative'));

export const MeetingKind = oneOf(MEETING_KINDS);
/** `published` is set only by the publish route, where the coordinator's check and the timestamp live. */
export const EditableMeetingStatus = oneOf(['planned', 'held'] as const);
export const NoteKind = oneOf(NOTE_KINDS);
export const AttendanceStatus = oneOf(ATTENDANCE_STATUSES);
export const TaskStatus = oneOf(TASK_STATUSES);

/** The longest note: a whole agenda item's discussion typed on a phone fits many times over. */
export const MAX_NOTE_LENGTH = 50_000;

/**
 * Fields of each entity the PWA writes, all optional: an upsert carries only what the person changed, so two people
 * editing different fields of one row offline both keep their edit. The sync modules say which fields a new row needs.
 */
export const MeetingFields = v.object({
  territoryId: v.optional(Uuid),
  groupId: v.nullish(Uuid),
  kind: v.optional(MeetingKind),
  title: v.optional(Text(300)),
  startsAt: v.optional(LocalDateTime),
  endsAt: v.nullish(LocalDateTime),
  place: OptionalText(300),
  status: v.optional(EditableMeetingStatus),
});

export const AgendaItemFields = v.object({
  meetingId: v.optional(Uuid),
  position: v.optional(Position),
  title: v.optional(Text(500)),
  presenter: OptionalText(200),
});

export const AttendanceFields = v.object({
  meetingId: v.optional(Uuid),
  /** someone on the territory's list of people … */
  personId: v.nullish(Uuid),
  /** … or a guest typed in by name */
  name: OptionalText(200),
  organization: OptionalText(300),
  municipalityId: v.nullish(Uuid),
  planningRole: v.nullish(oneOf(PLANNING_ROLES)),
  status: v.optional(AttendanceStatus),
  consentAt: v.nullish(Timestamp),
});

export const NoteFields = v.object({
  meetingId: v.optional(Uuid),
  agendaItemId: v.nullish(Uuid),
  kind: v.optional(NoteKind),
  /** the whole text as the author left it; every accepted body becomes a revision */
  body: v.optional(v.pipe(v.string('must be text'), v.maxLength(MAX_NOTE_LENGTH, 'is too long'))),
});

export const TaskFields = v.object({
  meetingId: v.optional(Uuid),
  assignee: v.optional(Text(200)),
  description: v.optional(Text(2000)),
  dueOn: v.nullish(IsoDate),
  status: v.optional(TaskStatus),
});

export const MeetingParams = v.object({ id: Uuid });
export const TerritoryMeetingParams = v.object({ territory: SlugOrId });

export const MeetingListQuery = v.object({
  /** upcoming: from today on (Europe/Prague); past: before today; both when left out */
  when: v.optional(oneOf(['upcoming', 'past'] as const)),
  groupId: v.optional(Uuid),
});

/** A meeting planned online by a coordinator or a group member, with its agenda and the group invited at once. */
export const MeetingCreateBody = v.object({
  id: v.optional(Uuid),
  groupId: v.nullish(Uuid),
  kind: MeetingKind,
  title: Text(300),
  startsAt: LocalDateTime,
  endsAt: v.nullish(LocalDateTime),
  place: OptionalText(300),
  agenda: v.optional(v.pipe(v.array(Text(500), 'must be a list of agenda items'), v.maxLength(50, 'has too many items'))),
  /** an attendance row with status `invited` for every current member of the group */
  inviteGroup: v.optional(v.boolean('must be true or false')),
});

export type MeetingFields = v.InferOutput<typeof MeetingFields>;
export type AgendaItemFields = v.InferOutput<typeof AgendaItemFields>;
export type AttendanceFields = v.InferOutput<typeof AttendanceFields>;
export type NoteFields = v.InferOutput<typeof NoteFields>;
export type TaskFields = v.InferOutput<typeof TaskFields>;
export type MeetingCreateBody = v.InferOutput<typeof MeetingCreateBody>;
