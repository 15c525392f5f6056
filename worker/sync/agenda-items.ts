import { eq } from 'drizzle-orm';
import { AgendaItemFields } from '../../schema/api/meetings.ts';
import { agendaItems } from '../../schema/tables.ts';
import type { PushContext } from './context.ts';
import { parentMeeting, parseData, requireFields, sentFields, tombstonePlan } from './rows.ts';
import { isRejection, missing, type IncomingChange, type Rejection, type SyncModule, type WritePlan } from './types.ts';

async function plan(ctx: PushContext, change: IncomingChange): Promise<WritePlan | Rejection> {
  const current = await ctx.get('agenda_item', change.entityId);
  if (change.op === 'delete') {
    if (!current) return missing('Agenda item', change.entityId);
    const meeting = await parentMeeting(ctx, current, undefined, 'an agenda item');
    if (isRejection(meeting)) return meeting;
    return tombstonePlan(ctx, agendaItems, current);
  }
  const data = parseData(AgendaItemFields, change);
  if (isRejection(data)) return data;
  const fields = sentFields(data);
  const meeting = await parentMeeting(ctx, current, fields.meetingId, 'an agenda item');
  if (isRejection(meeting)) return meeting;
  if (!current) {
    const absent = requireFields(fields, ['title'], 'an agenda item');
    if (absent) return absent;
    const row = { ...fields, id: change.entityId, meetingId: meeting.id, title: fields.title!, position: fields.position ?? 0 };
    return { table: agendaItems, rowId: change.entityId, readSeq: null, statements: [ctx.db.insert(agendaItems).values(row)] };
  }
  const { meetingId: _meeting, ...changes } = fields;
  const statements = [ctx.db.update(agendaItems).set({ ...changes, deletedAt: null, updatedAt: Date.now() }).where(eq(agendaItems.id, current.id))];
  return { table: agendaItems, rowId: current.id, readSeq: current.seq, statements };
}

export const agendaItemSync: SyncModule = { entity: 'agenda_item', plan };
