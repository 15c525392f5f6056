/**
 * An outbox entry as the PWA keeps it in IndexedDB (pwa/lib/local-db.ts `OutboxEntry`), and the `data` each kind of
 * change may carry: the same input schemas the server's sync modules check (schema/api/meetings.ts, hearings.ts).
 *
 * The outbox is the only copy of what a person typed until the server has it, so an entry that an app update finds in
 * another shape is never dropped: the PWA sets it aside for its author (status `rejected`, reason
 * `STORED_ENTRY_UNFIT`) with the fields that no longer fit, and the author decides to send it again or discard it.
 */
import * as v from 'valibot';
import { HearingCommentFields, HearingSigninFields, VoteFields } from '../api/hearings.ts';
import { AgendaItemFields, AttendanceFields, MeetingFields, NoteFields, TaskFields } from '../api/meetings.ts';
import { HEARING_SYNC_ENTITIES, SYNC_ENTITIES, SYNC_OPS, type SyncEntity } from '../api/sync.ts';

/** The `data` of an upsert, per entity: what the PWA checks before a change enters the outbox. */
export const CHANGE_FIELDS = {
  meeting: MeetingFields,
  agenda_item: AgendaItemFields,
  attendance: AttendanceFields,
  note: NoteFields,
  task: TaskFields,
  hearing_signin: HearingSigninFields,
  hearing_comment: HearingCommentFields,
  vote: VoteFields,
} as const satisfies Record<SyncEntity, v.GenericSchema>;

export const OUTBOX_STATUSES = ['waiting', 'sending', 'rejected', 'conflict'] as const;

/** The reason an entry is set aside when it no longer fits after an app update. */
export const STORED_ENTRY_UNFIT = 'stored_entry_unfit';

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Millis = v.pipe(v.number(), v.finite());

export const StoredOutboxEntry = v.looseObject({
  id: v.pipe(v.string(), v.uuid()),
  authorId: v.pipe(v.string(), v.minLength(1)),
  entity: v.picklist([...SYNC_ENTITIES, ...HEARING_SYNC_ENTITIES]),
  entityId: v.pipe(v.string(), v.uuid()),
  op: v.picklist(SYNC_OPS),
  data: v.record(v.string(), v.unknown()),
  baseRevisionId: v.optional(v.pipe(v.string(), v.uuid())),
  createdAt: Millis,
  appVersion: v.string(),
  status: v.picklist(OUTBOX_STATUSES),
  attempts: Count,
  nextAttemptAt: Millis,
  reason: v.optional(v.string()),
  message: v.optional(v.string()),
  issues: v.optional(v.array(v.object({ field: v.string(), message: v.string() }))),
  resolvesConflict: v.optional(v.boolean()),
});

export type FieldIssue = { field: string; message: string };

/** `data.title: is required`, as the server names fields in its answers. */
export function issuesOf(issues: readonly v.BaseIssue<unknown>[], prefix = ''): FieldIssue[] {
  return issues.map((issue) => ({ field: [prefix, v.getDotPath(issue)].filter(Boolean).join('.') || prefix || 'entry', message: issue.message }));
}

/**
 * What no longer fits in a stored entry (its envelope, or its `data` for its entity); empty when it fits. A delete
 * carries no fields to check.
 */
export function storedEntryIssues(entry: unknown): FieldIssue[] {
  const envelope = v.safeParse(StoredOutboxEntry, entry);
  if (!envelope.success) return issuesOf(envelope.issues);
  if (envelope.output.op === 'delete') return [];
  const fields = v.safeParse(CHANGE_FIELDS[envelope.output.entity], envelope.output.data);
  return fields.success ? [] : issuesOf(fields.issues, 'data');
}
