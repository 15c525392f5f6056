import { type AnySQLiteColumn, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { MEETING_KINDS, MEETING_STATUSES, ATTENDANCE_STATUSES, NOTE_KINDS, TASK_STATUSES, SETTLEMENTS } from '../enums.ts';
import { demoFlag, id, syncColumns } from '../columns.ts';
import { municipalities, territories } from './geography.ts';
import { groups, people, PLANNING_ROLES } from './groups.ts';
import { activities, measures, plans } from './plan.ts';
import { users } from './accounts.ts';

export { MEETING_KINDS, MEETING_STATUSES, ATTENDANCE_STATUSES, NOTE_KINDS, TASK_STATUSES, SETTLEMENTS } from '../enums.ts';

/** jednání: of a group, or a public hearing / public meeting / mayors' round table */
export const meetings = sqliteTable(
  'meetings',
  {
    id: id(),
    territoryId: text('territory_id').notNull().references(() => territories.id),
    groupId: text('group_id').references(() => groups.id),
    kind: text('kind', { enum: MEETING_KINDS }).notNull(),
    title: text('title').notNull(),
    /** local Europe/Prague time, "2018-04-12T15:00" */
    startsAt: text('starts_at').notNull(),
    endsAt: text('ends_at'),
    /** the UTC offset the local time was taken at ("+02:00"): says which of a repeated hour in October is meant */
    startsAtOffset: text('starts_at_offset'),
    endsAtOffset: text('ends_at_offset'),
    place: text('place'),
    status: text('status', { enum: MEETING_STATUSES }).notNull().default('planned'),
    /** the plan a public hearing consults on */
    planId: text('plan_id').references(() => plans.id),
    /** hearing mode: the agenda item on screen, voting rules */
    currentAgendaItemId: text('current_agenda_item_id'),
    votePoints: integer('vote_points'),
    votingOpen: integer('voting_open', { mode: 'boolean' }).notNull().default(false),
    resultsVisible: integer('results_visible', { mode: 'boolean' }).notNull().default(false),
    /** short public code for the phones' link and QR code */
    publicCode: text('public_code'),
    /** hearing mode: opened and closed by the coordinator; a closed hearing takes no new sign-ins, comments, votes */
    hearingOpenedAt: integer('hearing_opened_at'),
    hearingClosedAt: integer('hearing_closed_at'),
    votingClosedAt: integer('voting_closed_at'),
    /** the settlement of comments (vypořádání připomínek) is public from then on */
    settlementPublishedAt: integer('settlement_published_at'),
    publishedAt: integer('published_at'),
    isDemo: demoFlag(),
    ...syncColumns(),
  },
  (t) => [
    index('meetings_territory_idx').on(t.territoryId, t.startsAt),
    index('meetings_group_idx').on(t.groupId, t.startsAt),
    uniqueIndex('meetings_public_code_unique').on(t.publicCode),
    index('meetings_seq_idx').on(t.seq),
  ],
);

/** bod programu */
export const agendaItems = sqliteTable(
  'agenda_items',
  {
    id: id(),
    meetingId: text('meeting_id').notNull().references(() => meetings.id),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    presenter: text('presenter'),
    ...syncColumns(),
  },
  (t) => [index('agenda_items_meeting_idx').on(t.meetingId, t.position), index('agenda_items_seq_idx').on(t.seq)],
);

/** prezenční listina: personal data, never in a public response */
export const attendance = sqliteTable(
  'attendance',
  {
    id: id(),
    meetingId: text('meeting_id').notNull().references(() => meetings.id),
    personId: text('person_id').references(() => people.id),
    /** typed on the sign-in sheet when the person is not on the group's list */
    name: text('name'),
    organization: text('organization'),
    municipalityId: text('municipality_id').references(() => municipalities.id),
    planningRole: text('planning_role', { enum: PLANNING_ROLES }),
    status: text('status', { enum: ATTENDANCE_STATUSES }).notNull().default('invited'),
    consentAt: integer('consent_at'),
    /** a public hearing's sign-in: the consent text's version the person saw, and the signing device's token */
    consentVersion: text('consent_version'),
    participantToken: text('participant_token'),
    ...syncColumns(),
  },
  (t) => [index('attendance_meeting_idx').on(t.meetingId), index('attendance_seq_idx').on(t.seq)],
);

/** A note of the minutes (zápis), per agenda item; its text lives in revisions so no edit is ever lost. */
export const notes = sqliteTable(
  'notes',
  {
    id: id(),
    meetingId: text('meeting_id').notNull().references(() => meetings.id),
    agendaItemId: text('agenda_item_id').references(() => agendaItems.id),
    kind: text('kind', { enum: NOTE_KINDS }).notNull().default('note'),
    /** the revision shown; when heads diverge the note is conflicted until a person merges */
    body: text('body').notNull().default(''),
    headRevisionId: text('head_revision_id'),
    conflicted: integer('conflicted', { mode: 'boolean' }).notNull().default(false),
    authorId: text('author_id').references(() => users.id),
    ...syncColumns(),
  },
  (t) => [index('notes_meeting_idx').on(t.meetingId), index('notes_seq_idx').on(t.seq)],
);

export const noteRevisions = sqliteTable(
  'note_revisions',
  {
    id: id(),
    noteId: text('note_id').notNull().references(() => notes.id),
    /** the revision the author edited; two revisions with one base are a conflict */
    baseRevisionId: text('base_revision_id').references((): AnySQLiteColumn => noteRevisions.id),
    body: text('body').notNull(),
    /** a deletion is a revision too, so an edit made offline against it is kept and shown beside it */
    deletes: integer('deletes', { mode: 'boolean' }).notNull().default(false),
    /** set when a person merged this diverging revision into a later one; unmerged leaves are the open conflict */
    mergedIntoId: text('merged_into_id').references((): AnySQLiteColumn => noteRevisions.id),
    authorId: text('author_id').references(() => users.id),
    ...syncColumns(),
  },
  (t) => [index('note_revisions_note_idx').on(t.noteId), index('note_revisions_base_idx').on(t.baseRevisionId), index('note_revisions_seq_idx').on(t.seq)],
);

/** úkol: carried over to the group's next meeting until done */
export const tasks = sqliteTable(
  'tasks',
  {
    id: id(),
    meetingId: text('meeting_id').notNull().references(() => meetings.id),
    groupId: text('group_id').references(() => groups.id),
    assignee: text('assignee').notNull(),
    description: text('description').notNull(),
    dueOn: text('due_on'),
    status: text('status', { enum: TASK_STATUSES }).notNull().default('open'),
    doneAt: integer('done_at'),
    ...syncColumns(),
  },
  (t) => [index('tasks_group_idx').on(t.groupId, t.status), index('tasks_meeting_idx').on(t.meetingId), index('tasks_seq_idx').on(t.seq)],
);

/** připomínka from a hearing, to a measure, an activity or the hearing in general */
export const hearingComments = sqliteTable(
  'hearing_comments',
  {
    id: id(),
    meetingId: text('meeting_id').notNull().references(() => meetings.id),
    measureId: text('measure_id').references(() => measures.id),
    activityId: text('activity_id').references(() => activities.id),
    /** null when the author wished to stay anonymous */
    authorName: text('author_name'),
    participantToken: text('participant_token'),
    /** the author's sign-in, when they signed in */
    attendanceId: text('attendance_id').references(() => attendance.id),
    /** the agenda item on screen when it was typed */
    agendaItemId: text('agenda_item_id').references(() => agendaItems.id),
    /** plain text as typed; HTML in it is never rendered */
    body: text('body').notNull(),
    hiddenAt: integer('hidden_at'),
    hiddenReason: text('hidden_reason'),
    settlement: text('settlement', { enum: SETTLEMENTS }).notNull().default('pending'),
    settlementReason: text('settlement_reason'),
    settledAt: integer('settled_at'),
    appliedToPlanAt: integer('applied_to_plan_at'),
    ...syncColumns(),
  },
  (t) => [index('hearing_comments_meeting_idx').on(t.meetingId, t.createdAt)],
);

/** what the room votes on: a need or a measure, with the points each participant spreads */
export const voteOptions = sqliteTable(
  'vote_options',
  {
    id: id(),
    meetingId: text('meeting_id').notNull().references(() => meetings.id),
    measureId: text('measure_id').references(() => measures.id),
    label: text('label').notNull(),
    position: integer('position').notNull().default(0),
    ...syncColumns(),
  },
  (t) => [index('vote_options_meeting_idx').on(t.meetingId)],
);

/** One allocation per participant (device token plus sign-in), changeable until voting closes. */
export const votes = sqliteTable(
  'votes',
  {
    id: id(),
    meetingId: text('meeting_id').notNull().references(() => meetings.id),
    participantToken: text('participant_token').notNull(),
    attendanceId: text('attendance_id').references(() => attendance.id),
    allocations: text('allocations', { mode: 'json' }).$type<{ optionId: string; points: number }[]>().notNull(),
    ...syncColumns(),
  },
  (t) => [uniqueIndex('votes_participant_unique').on(t.meetingId, t.participantToken)],
);
