import { eq } from 'drizzle-orm';
import { MeetingFields } from '../../schema/api/meetings.ts';
import { meetings } from '../../schema/tables.ts';
import type { PushContext } from './context.ts';
import { meetingTimeOffsets } from '../db/meeting-times.ts';
import { parseData, requireFields, sentFields, tombstonePlan } from './rows.ts';
import { forbidden, invalid, isRejection, missing, type IncomingChange, type Rejection, type SyncModule, type WritePlan } from './types.ts';

/** May the person put a meeting into this group (or, with no group, into the territory)? */
async function checkGroup(ctx: PushContext, territoryId: string, groupId: string | null): Promise<Rejection | null> {
  if (groupId) {
    const group = await ctx.get('group', groupId);
    if (!group || group.deletedAt) return invalid('data.groupId', 'is not a group');
    if (group.territoryId !== territoryId) return invalid('data.groupId', 'is a group of another territory');
  } else if (!(await ctx.get('territory', territoryId))) {
    return invalid('data.territoryId', 'is not a territory');
  }
  return (await ctx.mayWriteMeeting({ territoryId, groupId }))
    ? null
    : forbidden(groupId ? 'Only members of the group and the coordinators may plan its meetings' : 'Only coordinators may plan meetings without a group');
}

async function plan(ctx: PushContext, change: IncomingChange): Promise<WritePlan | Rejection> {
  const current = await ctx.get('meeting', change.entityId);
  if (change.op === 'delete') {
    if (!current) return missing('Meeting', change.entityId);
    // published minutes are public record: only a coordinator takes them down
    const allowed = current.status === 'published' ? await ctx.mayManage(current.territoryId) : await ctx.mayWriteMeeting(current);
    if (!allowed) return forbidden(current.status === 'published' ? 'Only coordinators may delete a meeting with published minutes' : undefined);
    return tombstonePlan(ctx, meetings, current);
  }

  const data = parseData(MeetingFields, change);
  if (isRejection(data)) return data;
  const fields = sentFields(data);
  const offsets = meetingTimeOffsets(fields, 'data');

  if (!current) {
    const absent = requireFields(fields, ['territoryId', 'kind', 'title', 'startsAt'], 'a meeting');
    if (absent) return absent;
    const territoryId = fields.territoryId!;
    const groupId = fields.groupId ?? null;
    const refused = await checkGroup(ctx, territoryId, groupId);
    if (refused) return refused;
    const row = { ...fields, ...offsets.values, id: change.entityId, territoryId, groupId, kind: fields.kind!, title: fields.title!, startsAt: fields.startsAt! };
    return { table: meetings, rowId: change.entityId, readSeq: null, statements: [ctx.db.insert(meetings).values(row)], warnings: offsets.warnings };
  }

  if (fields.territoryId && fields.territoryId !== current.territoryId) return invalid('data.territoryId', 'cannot move a meeting to another territory');
  if (!(await ctx.mayWriteMeeting(current))) return forbidden();
  if (fields.groupId !== undefined && fields.groupId !== current.groupId) {
    const refused = await checkGroup(ctx, current.territoryId, fields.groupId);
    if (refused) return refused;
  }
  if (fields.status && current.status === 'published') {
    return invalid('data.status', 'the minutes are published already; a coordinator manages the meeting now');
  }
  const { territoryId: _territory, ...changes } = fields;
  // an edit made offline to a meeting someone deleted brings it back: data wins over a deletion
  const statements = [ctx.db.update(meetings).set({ ...changes, ...offsets.values, deletedAt: null, updatedAt: Date.now() }).where(eq(meetings.id, current.id))];
  return { table: meetings, rowId: current.id, readSeq: current.seq, statements, warnings: offsets.warnings };
}

export const meetingSync: SyncModule = { entity: 'meeting', plan };
