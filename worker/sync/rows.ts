import { eq } from 'drizzle-orm';
import * as v from 'valibot';
import type { meetings } from '../../schema/tables.ts';
import type { PushContext, MeetingRow } from './context.ts';
import { forbidden, invalid, invalidData, missing, type IncomingChange, type Rejection, type SyncedTable, type WritePlan } from './types.ts';

/** The change's `data` through the entity's schema: unknown keys are dropped, bad fields rejected by name. */
export function parseData<S extends v.GenericSchema>(schema: S, change: IncomingChange): v.InferOutput<S> | Rejection {
  const parsed = v.safeParse(schema, change.data);
  return parsed.success ? parsed.output : invalidData(parsed.issues);
}

/** A new row needs these fields; each one missing is named. */
export function requireFields(data: Record<string, unknown>, fields: readonly string[], what: string): Rejection | null {
  const absent = fields.filter((field) => data[field] === undefined || data[field] === null);
  if (!absent.length) return null;
  const issues = absent.map((field) => ({ field: `data.${field}`, message: `is required to create ${what}` }));
  return { rejected: 'invalid', message: issues.map((i) => `${i.field}: ${i.message}`).join('; '), issues };
}

/**
 * The meeting a row of the minutes belongs to, checked: the meeting must have reached the server (else the change
 * waits for it), the row may not move to another meeting, and the person must be allowed to write that meeting.
 */
export async function parentMeeting(
  ctx: PushContext,
  current: { meetingId: string } | null,
  dataMeetingId: string | undefined,
  what: string,
): Promise<MeetingRow | Rejection> {
  if (current && dataMeetingId && dataMeetingId !== current.meetingId) return invalid('data.meetingId', `cannot move ${what} to another meeting`);
  const meetingId = current?.meetingId ?? dataMeetingId;
  if (!meetingId) return invalid('data.meetingId', `is required to create ${what}`);
  const meeting = await ctx.get('meeting', meetingId);
  if (!meeting) return missing('Meeting', meetingId);
  if (!(await ctx.mayWriteMeeting(meeting))) return forbidden();
  return meeting;
}

/** The fields of `data` the client actually sent (an upsert changes only those). */
export function sentFields<T extends Record<string, unknown>>(data: T): Partial<T> {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** Deleting leaves a tombstone for pull; deleting a tombstone changes nothing but is still acknowledged. */
export function tombstonePlan(ctx: PushContext, table: SyncedTable, current: { id: string; seq: number; deletedAt: number | null }): WritePlan {
  const now = Date.now();
  const t = table as typeof meetings;
  return {
    table,
    rowId: current.id,
    readSeq: current.seq,
    statements: current.deletedAt ? [] : [ctx.db.update(t).set({ deletedAt: now, updatedAt: now }).where(eq(t.id, current.id))],
  };
}
