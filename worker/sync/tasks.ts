import { eq } from 'drizzle-orm';
import { TaskFields } from '../../schema/api/meetings.ts';
import { tasks } from '../../schema/tables.ts';
import type { PushContext } from './context.ts';
import { parentMeeting, parseData, requireFields, sentFields, tombstonePlan } from './rows.ts';
import { isRejection, missing, type IncomingChange, type Rejection, type SyncModule, type WritePlan } from './types.ts';

/** A task belongs to the meeting that gave it and to that meeting's group, whose next meetings carry it until done. */
async function plan(ctx: PushContext, change: IncomingChange): Promise<WritePlan | Rejection> {
  const current = await ctx.get('task', change.entityId);
  if (change.op === 'delete') {
    if (!current) return missing('Task', change.entityId);
    const meeting = await parentMeeting(ctx, current, undefined, 'a task');
    if (isRejection(meeting)) return meeting;
    return tombstonePlan(ctx, tasks, current);
  }
  const data = parseData(TaskFields, change);
  if (isRejection(data)) return data;
  const fields = sentFields(data);
  const meeting = await parentMeeting(ctx, current, fields.meetingId, 'a task');
  if (isRejection(meeting)) return meeting;
  const now = Date.now();
  // when it was done is the server's to say: a phone's clock may be off by days
  const doneAt = fields.status === undefined || fields.status === current?.status ? {} : { doneAt: fields.status === 'done' ? now : null };
  if (!current) {
    const absent = requireFields(fields, ['assignee', 'description'], 'a task');
    if (absent) return absent;
    const row = { ...fields, ...doneAt, id: change.entityId, meetingId: meeting.id, groupId: meeting.groupId, assignee: fields.assignee!, description: fields.description! };
    return { table: tasks, rowId: change.entityId, readSeq: null, statements: [ctx.db.insert(tasks).values(row)] };
  }
  const { meetingId: _meeting, ...changes } = fields;
  const statements = [ctx.db.update(tasks).set({ ...changes, ...doneAt, deletedAt: null, updatedAt: now }).where(eq(tasks.id, current.id))];
  return { table: tasks, rowId: current.id, readSeq: current.seq, statements };
}

export const taskSync: SyncModule = { entity: 'task', plan };
