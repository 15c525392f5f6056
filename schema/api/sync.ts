/**
 * The sync protocol between the PWA's outbox (IndexedDB) and the Worker: the contract both sides code against.
 *
 * PUSH  `POST /api/sync/push` (needs a session)
 *   body  { clientId, appVersion, changes: Change[] }           at most MAX_CHANGES_PER_PUSH changes
 *   200   { results: ChangeResult[] }                            one per change, in the order sent
 *   400   the envelope is malformed (`json.clientId`, `json.changes`, `json.changes[3].id`, …); nothing was applied
 *   401   no session: keep the outbox and ask the person to sign in
 *   5xx   retry the whole push later with back-off; it is idempotent
 *
 *   A change is one thing a person did, made on the device with its own UUIDv7 `id` and never edited afterwards (a
 *   further edit is a further change with a new id). `entityId` is the id of the row (also made on the device).
 *   `data` carries only the fields the person set or changed; the server ignores fields it does not know (a change
 *   queued by an older or newer app still applies if what the server knows of it is valid). `createdAt` is the
 *   device clock, kept for the outbox's display only: the server orders by arrival and never trusts it.
 *   The server applies the changes in the order sent, each on its own and atomically with its record in
 *   `sync_changes`, so one bad change never blocks the rest.
 *
 *   Result statuses and what the outbox does with them:
 *   - applied     done; drop it from the outbox (mark the item synced). `serverSeq` is the row's seq afterwards.
 *                 `conflicted: true` on a note: both texts were kept and the note now waits for a person to merge.
 *   - duplicate   the server applied this change id with this content before (e.g. the answer got lost): drop it.
 *   - conflict    the server holds a *different* change under this id: it is not applied; show it to its author,
 *                 who may save it again (which makes a new change with a new id).
 *   - rejected    not applied, with `reason` (a code below), `message`, and `issues` naming the fields (`data.title`).
 *                 `retryable: true` → keep it and push it again later, unchanged (same id, same content).
 *                 otherwise → set it aside and show it to its author; never drop it silently.
 *
 *   Order and dependencies: a row's parent must reach the server first. A change whose meeting, agenda item or
 *   note (or the note revision it edits) the server has not seen yet is rejected with the retryable reason
 *   `depends_on_missing`; push it again after the rest (the next push usually brings the parent).
 *
 *   Rows and who may write them (`data` fields: MeetingFields, AgendaItemFields, AttendanceFields, NoteFields and
 *   TaskFields in schema/api/meetings.ts, which the PWA can check before queueing):
 *   - meeting      new: territoryId, kind, title, startsAt (groupId for a group's meeting). Its group's members and
 *                  the territory's coordinators write it; a meeting without a group, coordinators only. `status`
 *                  goes planned ↔ held here; publishing is `POST /api/meetings/:id/publish` (coordinators).
 *   - agenda_item  new: meetingId, title (position). attendance: meetingId and personId or name. task: meetingId,
 *                  assignee, description; its `doneAt` is stamped by the server when `status` becomes done.
 *   An upsert of an existing row changes only the fields sent: two people changing different fields both keep
 *   theirs, and on the same short field the later arrival wins (text that must not be lost belongs in notes).
 *   An upsert of a row somebody deleted brings it back; a delete leaves a tombstone.
 *
 *   Notes keep every text. A note's text is edited with `op: 'upsert'` and `data.body` (the whole new text) plus
 *   `baseRevisionId`: the revision the author started from, i.e. the note's `headRevisionId` as last pulled, or the
 *   `id` of the author's own previous change to that note (the server names each revision after the change that
 *   wrote it). A new note has no base. Deleting a note needs `baseRevisionId` too. A person who has looked at a
 *   conflicted note and merged the texts sends the merged body with `resolvesConflict: true`; see
 *   worker/sync/notes.ts for the conflict model.
 *
 * PULL  `GET /api/sync/pull?since=<cursor>&limit=<n>` (needs a session)
 *   200   { changes: PullEntry[], cursor, hasMore }
 *   Rows (meetings, agenda items, attendance, notes, note revisions, tasks) of the meetings the person may take part
 *   in (their groups' meetings; everything in the territories they coordinate) whose `seq` is above `since`, in
 *   `seq` order. A row deleted on the server comes as a tombstone `{ entity, id, seq, deleted: true }`.
 *   Start with `since=0`; store `cursor` only after applying the page, and pull again at once while `hasMore`.
 *   Note revisions come with the notes: `conflictingRevisions()` below tells from them what a conflicted note
 *   shows beside its head, offline too.
 *
 * Public hearings (sign-ins, comments, votes) go through this same protocol: their entity names are reserved below,
 * and a server without their modules rejects them with `unknown_entity`. On the server a kind of change is a module
 * (worker/sync/types.ts `SyncModule`) in the registry handed to `pushChanges` (worker/sync/push.ts), which gives it
 * the exactly-once record, the guard, the batching and the per-change answers; `pushChanges` also takes a push
 * without a signed-in person (`actor` null) for the hearing's public devices, which only its own modules accept.
 */
import * as v from 'valibot';
import type { agendaItems, attendance, meetings, noteRevisions, notes, tasks } from '../tables/meetings.ts';
import { Uuid } from './common.ts';

export const MAX_CHANGES_PER_PUSH = 500;
export const DEFAULT_PULL_LIMIT = 1000;
export const MAX_PULL_LIMIT = 5000;

export const SYNC_ENTITIES = ['meeting', 'agenda_item', 'attendance', 'note', 'task'] as const;
/** Reserved for public hearings (sign-in sheet, comments, votes). */
export const HEARING_SYNC_ENTITIES = ['hearing_signin', 'hearing_comment', 'vote'] as const;
export type SyncEntity = (typeof SYNC_ENTITIES)[number] | (typeof HEARING_SYNC_ENTITIES)[number];

export const SYNC_OPS = ['upsert', 'delete'] as const;
export type SyncOp = (typeof SYNC_OPS)[number];

/** What the PWA puts in its outbox and sends. */
export type SyncChange = {
  id: string;
  entity: SyncEntity;
  op: SyncOp;
  entityId: string;
  baseRevisionId?: string | null;
  resolvesConflict?: boolean;
  data?: Record<string, unknown>;
  createdAt?: number | string;
};

/**
 * The envelope. Each change needs an id to be answered at all; everything else about a change is checked one change
 * at a time so that a bad one is rejected on its own.
 */
export const SyncPushBody = v.object({
  clientId: v.pipe(v.string('must be text'), v.minLength(1, 'is required'), v.maxLength(100, 'is too long')),
  appVersion: v.pipe(v.string('must be text'), v.minLength(1, 'is required'), v.maxLength(50, 'is too long')),
  changes: v.pipe(
    v.array(v.looseObject({ id: Uuid }, 'must be a change object'), 'must be a list of changes'),
    v.maxLength(MAX_CHANGES_PER_PUSH, `must hold at most ${MAX_CHANGES_PER_PUSH} changes; push the rest in the next request`),
  ),
});

/** One change, after its entity and op are known; `data` is checked by the entity's module. */
export const SyncChangeEnvelope = v.object({
  id: Uuid,
  entity: v.string('must be text'),
  op: v.string('must be text'),
  entityId: Uuid,
  baseRevisionId: v.nullish(Uuid),
  resolvesConflict: v.optional(v.boolean('must be true or false')),
  data: v.optional(v.record(v.string(), v.unknown(), 'must be an object'), {}),
  createdAt: v.optional(v.union([v.number(), v.string()], 'must be a time')),
});

export const CHANGE_STATUSES = ['applied', 'duplicate', 'conflict', 'rejected'] as const;
export type ChangeStatus = (typeof CHANGE_STATUSES)[number];

export const REJECT_REASONS = {
  /** a field is missing or malformed: see `issues` */
  invalid: false,
  /** the person may not write this (e.g. a meeting of a group they are not in) */
  forbidden: false,
  /** an entity this server does not know (e.g. from a newer app) */
  unknown_entity: false,
  /** an op other than upsert or delete */
  unknown_op: false,
  /** a public hearing that is not open, or whose voting is closed, takes no new sign-ins, comments or votes */
  closed: false,
  /** the meeting, agenda item, note or base revision this change needs has not reached the server yet */
  depends_on_missing: true,
  /** other writes to the same row kept interfering; try again */
  busy: true,
  /** the server failed on this change; try again later */
  server_error: true,
} as const satisfies Record<string, boolean>;
export type RejectReason = keyof typeof REJECT_REASONS;

export type ChangeResult = {
  id: string;
  entityId: string;
  status: ChangeStatus;
  serverSeq?: number;
  reason?: RejectReason | 'change_id_reused';
  message?: string;
  issues?: { field: string; message: string }[];
  retryable?: boolean;
  /** an applied note change that left the note with diverging texts (or that a deletion met an edit) */
  conflicted?: boolean;
  /** applied, with fields worth a look, e.g. a meeting time that occurs twice and the offset it was taken at */
  warnings?: { field: string; message: string }[];
};

export type PushResponse = { results: ChangeResult[] };

export const PULLED_ENTITIES = ['meeting', 'agenda_item', 'attendance', 'note', 'note_revision', 'task'] as const;
export type PulledEntity = (typeof PULLED_ENTITIES)[number];

/** Rows as the server stores them (camelCase), so the PWA's IndexedDB mirrors the tables. */
export type PulledRows = {
  meeting: typeof meetings.$inferSelect;
  agenda_item: typeof agendaItems.$inferSelect;
  attendance: typeof attendance.$inferSelect;
  note: typeof notes.$inferSelect;
  note_revision: typeof noteRevisions.$inferSelect;
  task: typeof tasks.$inferSelect;
};

export type PullEntry = {
  [E in PulledEntity]:
    | { entity: E; id: string; seq: number; deleted?: undefined; data: PulledRows[E] }
    | { entity: E; id: string; seq: number; deleted: true };
}[PulledEntity];

export type PullResponse = { changes: PullEntry[]; cursor: number; hasMore: boolean };

const Cursor = v.pipe(v.string(), v.regex(/^\d{1,15}$/, 'must be a cursor from an earlier pull, or 0'), v.transform(Number));

export const SyncPullQuery = v.object({
  since: v.optional(Cursor, '0'),
  limit: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,5}$/, 'must be a number'),
      v.transform(Number),
      v.minValue(1, 'must be at least 1'),
      v.maxValue(MAX_PULL_LIMIT, `must be at most ${MAX_PULL_LIMIT}`),
    ),
    String(DEFAULT_PULL_LIMIT),
  ),
});

type RevisionLike = { id: string; baseRevisionId: string | null; mergedIntoId: string | null; deletes: boolean };

/**
 * The revisions a conflicted note shows beside its head: those nothing builds on and nobody merged (a deletion among
 * them means someone deleted the note while another person was still writing it). Empty when there is no conflict.
 */
export function conflictingRevisions<R extends RevisionLike>(note: { headRevisionId: string | null; deletedAt: number | null }, revisions: readonly R[]): R[] {
  const builtOn = new Set(revisions.map((r) => r.baseRevisionId));
  return revisions.filter(
    (r) => r.id !== note.headRevisionId && r.mergedIntoId === null && !builtOn.has(r.id) && !(r.deletes && note.deletedAt !== null),
  );
}
