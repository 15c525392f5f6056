import { and, asc, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { HearingComment, PlanItemRef, PublicHearing, PublicSettlement, SettledComment, SettlementBody } from '../../schema/api/hearings.ts';
import { activities, hearingComments, measures, meetings } from '../../schema/tables.ts';
import type { Database } from '../env.ts';
import { ApiError, notFound } from '../errors.ts';
import { assertStructureEditable, findPlan } from './plan-access.ts';
import type { MeetingRow } from './meetings.ts';

const MAX_COMMENTS = 2000;

/** A comment with the measure or activity it is about; the two joined titles get their own names (D1 rows are objects). */
function commentQuery(db: Database) {
  return db
    .select({
      comment: hearingComments,
      measureCode: sql<string | null>`${measures.code}`.as('measure_code'),
      measureTitle: sql<string | null>`${measures.title}`.as('measure_title'),
      activityCode: sql<string | null>`${activities.code}`.as('activity_code'),
      activityTitle: sql<string | null>`${activities.title}`.as('activity_title'),
    })
    .from(hearingComments)
    .leftJoin(measures, eq(measures.id, hearingComments.measureId))
    .leftJoin(activities, eq(activities.id, hearingComments.activityId));
}

type CommentRow = Awaited<ReturnType<ReturnType<typeof commentQuery>['where']>>[number];

function targetOf({ comment, measureCode, measureTitle, activityCode, activityTitle }: CommentRow): { target: HearingComment['target']; targetItem: PlanItemRef | null } {
  if (comment.activityId) return { target: 'activity', targetItem: { id: comment.activityId, code: activityCode ?? '', title: activityTitle ?? '' } };
  if (comment.measureId) return { target: 'measure', targetItem: { id: comment.measureId, code: measureCode ?? '', title: measureTitle ?? '' } };
  return { target: 'general', targetItem: null };
}

export function toHearingComment(row: CommentRow): HearingComment {
  const c = row.comment;
  return {
    id: c.id,
    ...targetOf(row),
    agendaItemId: c.agendaItemId,
    body: c.body,
    authorName: c.authorName,
    createdAt: c.createdAt,
    hiddenAt: c.hiddenAt,
    hiddenReason: c.hiddenReason,
    settlement: c.settlement,
    settlementReason: c.settlementReason,
    settledAt: c.settledAt,
    appliedToPlanAt: c.appliedToPlanAt,
  };
}

const ofMeeting = (meetingId: string) => and(eq(hearingComments.meetingId, meetingId), isNull(hearingComments.deletedAt));

/** Every comment, hidden ones too: for the coordinator. */
export async function listComments(db: Database, meetingId: string): Promise<HearingComment[]> {
  const rows = await commentQuery(db).where(ofMeeting(meetingId)).orderBy(asc(hearingComments.createdAt), asc(hearingComments.id)).limit(MAX_COMMENTS);
  return rows.map(toHearingComment);
}

export async function requireComment(db: Database, meetingId: string, commentId: string): Promise<HearingComment> {
  const [row] = await commentQuery(db).where(and(ofMeeting(meetingId), eq(hearingComments.id, commentId)));
  if (!row) throw notFound('Comment');
  return toHearingComment(row);
}

/** The room's comments as the public page shows them: hidden ones are left out entirely, text and all. */
export async function publicComments(db: Database, meetingId: string): Promise<PublicHearing['comments']> {
  const rows = await db
    .select({
      id: hearingComments.id,
      measureId: hearingComments.measureId,
      activityId: hearingComments.activityId,
      body: hearingComments.body,
      authorName: hearingComments.authorName,
      createdAt: hearingComments.createdAt,
    })
    .from(hearingComments)
    .where(and(ofMeeting(meetingId), isNull(hearingComments.hiddenAt)))
    .orderBy(desc(hearingComments.createdAt))
    .limit(200);
  return rows.reverse().map(({ measureId, activityId, ...c }) => ({
    ...c,
    target: activityId ? ('activity' as const) : measureId ? ('measure' as const) : ('general' as const),
    targetId: activityId ?? measureId,
  }));
}

const settled = (c: HearingComment): SettledComment => ({
  id: c.id,
  target: c.target,
  targetItem: c.targetItem,
  body: c.body,
  authorName: c.authorName,
  settlement: c.settlement,
  settlementReason: c.settlementReason,
  appliedToPlan: c.appliedToPlanAt !== null,
});

/** The published vypořádání of one hearing, or null before the coordinator publishes it. */
export async function publicSettlement(db: Database, meeting: MeetingRow): Promise<PublicSettlement | null> {
  if (!meeting.settlementPublishedAt) return null;
  const comments = await listComments(db, meeting.id);
  return {
    meetingId: meeting.id,
    title: meeting.title,
    startsAt: meeting.startsAt,
    publishedAt: meeting.settlementPublishedAt,
    comments: comments.filter((c) => c.hiddenAt === null).map(settled),
  };
}

/** The published settlements of every hearing held over a plan, oldest first. */
export async function planSettlements(db: Database, planId: string): Promise<PublicSettlement[]> {
  const hearings = await db
    .select()
    .from(meetings)
    .where(and(eq(meetings.planId, planId), isNull(meetings.deletedAt), isNotNull(meetings.settlementPublishedAt)))
    .orderBy(asc(meetings.startsAt));
  const out: PublicSettlement[] = [];
  for (const hearing of hearings) {
    const settlement = await publicSettlement(db, hearing);
    if (settlement) out.push(settlement);
  }
  return out;
}

const pragueDate = (ms: number) => new Intl.DateTimeFormat('cs-CZ', { timeZone: 'Europe/Prague', dateStyle: 'medium' }).format(ms);

/** What an applied comment adds to the description of its measure or activity: plain text, as the plan keeps it. */
export function appendedText(meeting: Pick<MeetingRow, 'title' | 'hearingOpenedAt' | 'startsAt'>, comment: HearingComment, reason: string) {
  const when = meeting.hearingOpenedAt ? pragueDate(meeting.hearingOpenedAt) : meeting.startsAt.slice(0, 10);
  return `Připomínka z veřejného projednání (${meeting.title}, ${when}): ${comment.body}\nVypořádání: ${reason}`;
}

/**
 * Answers a comment; with `applyToPlan` its text and the answer are appended to the description of its measure or
 * activity, once (a second application of the same comment changes nothing in the plan), in one batch with the answer.
 */
export async function settleComment(db: Database, meeting: MeetingRow, comment: HearingComment, body: SettlementBody): Promise<void> {
  const now = Date.now();
  const statements: BatchItem<'sqlite'>[] = [];
  let appliedAt = comment.appliedToPlanAt;
  if (body.applyToPlan && !appliedAt) {
    if (body.settlement === 'rejected') throw applyRefused('a rejected comment changes nothing in the plan');
    if (!comment.targetItem) throw applyRefused('a general comment has no measure or activity to apply to');
    const plan = meeting.planId ? await findPlan(db, meeting.planId) : undefined;
    if (!plan) throw applyRefused('the hearing consults no plan');
    assertStructureEditable(plan);
    const table = comment.target === 'activity' ? activities : measures;
    const [item] = await db.select({ description: table.description }).from(table).where(and(eq(table.id, comment.targetItem.id), isNull(table.deletedAt)));
    if (!item) throw applyRefused(`the ${comment.target} is no longer in the plan`);
    const addition = appendedText(meeting, comment, body.reason);
    const description = item.description ? `${item.description}\n\n${addition}` : addition;
    statements.push(db.update(table).set({ description, updatedAt: now }).where(eq(table.id, comment.targetItem.id)));
    appliedAt = now;
  }
  statements.push(
    db
      .update(hearingComments)
      .set({ settlement: body.settlement, settlementReason: body.reason, settledAt: now, appliedToPlanAt: appliedAt, updatedAt: now })
      .where(eq(hearingComments.id, comment.id)),
  );
  await db.batch(statements as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
}

const applyRefused = (message: string) =>
  new ApiError(400, 'validation_failed', 'The request has invalid fields', [{ field: 'json.applyToPlan', message }]);
