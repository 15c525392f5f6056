import { eq } from 'drizzle-orm';
import { AttendanceFields } from '../../schema/api/meetings.ts';
import { attendance } from '../../schema/tables.ts';
import type { PushContext } from './context.ts';
import { parentMeeting, parseData, sentFields, tombstonePlan } from './rows.ts';
import { invalid, isRejection, missing, type IncomingChange, type Rejection, type SyncModule, type WritePlan } from './types.ts';

/** A line of the attendance sheet (prezenční listina): personal data, synced only to the meeting's participants. */
async function plan(ctx: PushContext, change: IncomingChange): Promise<WritePlan | Rejection> {
  const current = await ctx.get('attendance', change.entityId);
  if (change.op === 'delete') {
    if (!current) return missing('Attendance', change.entityId);
    const meeting = await parentMeeting(ctx, current, undefined, 'an attendance line');
    if (isRejection(meeting)) return meeting;
    return tombstonePlan(ctx, attendance, current);
  }
  const data = parseData(AttendanceFields, change);
  if (isRejection(data)) return data;
  const fields = sentFields(data);
  const meeting = await parentMeeting(ctx, current, fields.meetingId, 'an attendance line');
  if (isRejection(meeting)) return meeting;
  if (fields.personId) {
    const person = await ctx.get('person', fields.personId);
    if (!person || person.territoryId !== meeting.territoryId) return invalid('data.personId', "is not on the territory's list of people");
  }
  if (fields.municipalityId && !(await ctx.get('municipality', fields.municipalityId))) return invalid('data.municipalityId', 'is not a municipality');
  if (!current) {
    if (!fields.personId && !fields.name) return invalid('data.personId', 'or data.name is required to create an attendance line');
    const row = { ...fields, id: change.entityId, meetingId: meeting.id };
    return { table: attendance, rowId: change.entityId, readSeq: null, statements: [ctx.db.insert(attendance).values(row)] };
  }
  const { meetingId: _meeting, ...changes } = fields;
  const statements = [ctx.db.update(attendance).set({ ...changes, deletedAt: null, updatedAt: Date.now() }).where(eq(attendance.id, current.id))];
  return { table: attendance, rowId: current.id, readSeq: current.seq, statements };
}

export const attendanceSync: SyncModule = { entity: 'attendance', plan };
