import type { BatchItem } from 'drizzle-orm/batch';
import type * as v from 'valibot';
import type { agendaItems, attendance, hearingComments, meetings, notes, tasks, votes } from '../../schema/tables.ts';
import type { RejectReason } from '../../schema/api/sync.ts';
import type { FieldIssue } from '../errors.ts';
import { issueField } from '../validation.ts';
import type { PushContext } from './context.ts';

/** One pushed change whose envelope is valid; `data` is still the client's, checked by the entity's module. */
export type IncomingChange = {
  id: string;
  entity: string;
  op: 'upsert' | 'delete';
  entityId: string;
  baseRevisionId: string | null;
  resolvesConflict: boolean;
  data: Record<string, unknown>;
};

/** The tables a pushed change writes; each has `id` and the trigger-stamped `seq`. */
export type SyncedTable = typeof meetings | typeof agendaItems | typeof attendance | typeof notes | typeof tasks | typeof hearingComments | typeof votes;

export type Rejection = { rejected: RejectReason; message: string; issues?: FieldIssue[] };

/** What a module decided to write for one change, applied in one batch with the change's `sync_changes` row. */
export type WritePlan = {
  statements: BatchItem<'sqlite'>[];
  /** the row the change writes: its seq as read is the batch's guard, and it is read back afterwards */
  table: SyncedTable;
  rowId: string;
  /** the seq the plan was made from, or null for a row that did not exist */
  readSeq: number | null;
  /** accepted, but worth the person's attention (a meeting time that occurs twice): passed on in the result */
  warnings?: FieldIssue[];
  /** after the batch succeeded: what else the push's snapshot should now know (e.g. a new note revision) */
  afterApply?: (ctx: PushContext) => void;
};

/** An entity the push can apply. New kinds (the hearing's sign-ins, comments, votes) are new modules. */
export type SyncModule = {
  entity: string;
  plan(ctx: PushContext, change: IncomingChange): Promise<WritePlan | Rejection>;
};

export const isRejection = <T>(value: T | Rejection): value is Rejection =>
  typeof value === 'object' && value !== null && 'rejected' in value;

export const reject = (rejected: RejectReason, message: string, issues?: FieldIssue[]): Rejection =>
  issues ? { rejected, message, issues } : { rejected, message };

/** An invalid field, named as the PWA knows it: `data.title`, `baseRevisionId`. */
export const invalid = (field: string, message: string): Rejection => reject('invalid', `${field}: ${message}`, [{ field, message }]);

/** valibot issues of `data` as rejected fields. */
export function invalidData(issues: readonly v.BaseIssue<unknown>[]): Rejection {
  const fields = issues.map((issue) => ({ field: issueField('data', issue), message: issue.message }));
  return reject('invalid', fields.map((f) => `${f.field}: ${f.message}`).join('; '), fields);
}

export const missing = (what: string, id: string): Rejection =>
  reject('depends_on_missing', `${what} ${id} has not reached the server yet; push this change again after it`);

export const forbidden = (message = 'You may not write to meetings of this group'): Rejection => reject('forbidden', message);
