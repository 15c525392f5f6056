import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Context } from 'hono';
import { uuidv7 } from 'uuidv7';
import { HearingCommentParams, HearingParams, HearingSettingsBody, ModerationBody, SettlementBody, VotingBody, type HearingSignin } from '../../schema/api/hearings.ts';
import { agendaItems, attendance, hearingComments, measures, meetings, municipalities, voteOptions, votes } from '../../schema/tables.ts';
import { createRouter } from '../app.ts';
import { authorize } from '../auth/policy.ts';
import { listComments, publicSettlement, requireComment, settleComment } from '../db/hearing-comments.ts';
import { hearingCommentsCsv, hearingReport, hearingSummaryCsv } from '../db/hearing-report.ts';
import { hearingPhase, hearingState, newPublicCode, requireHearing } from '../db/hearings.ts';
import type { AppEnv, Database } from '../env.ts';
import { ApiError, type FieldIssue } from '../errors.ts';
import { validate } from '../validation.ts';

type Hearing = Awaited<ReturnType<typeof requireHearing>>;

/** The hearing, for its territory's coordinators only. */
async function coordinatorsHearing(c: Context<AppEnv>, id: string, audit?: string[]): Promise<Hearing> {
  const hearing = await requireHearing(c.var.db, id);
  await authorize(c, { to: 'manage_territory', territoryId: hearing.territoryId });
  c.header('cache-control', 'private, no-store');
  if (audit) c.set('audit', { ...c.var.audit, entity: 'hearing', entityId: hearing.id, fields: audit });
  return hearing;
}

const csvHeaders = (hearing: Hearing, part: string) => ({
  'content-type': 'text/csv; charset=utf-8',
  'content-disposition': `attachment; filename="projednani-${hearing.startsAt.slice(0, 10)}-${part}.csv"`,
});

const refuse = (code: string, message: string) => new ApiError(409, code, message);
const badFields = (issues: FieldIssue[]) => new ApiError(400, 'validation_failed', 'The request has invalid fields', issues);

function assertNotClosed(hearing: Hearing) {
  if (hearingPhase(hearing) === 'closed') throw refuse('hearing_closed', 'The hearing is closed; its settings no longer change');
}

async function setMeeting(db: Database, id: string, values: Partial<typeof meetings.$inferInsert>) {
  await db.update(meetings).set({ ...values, updatedAt: Date.now() }).where(eq(meetings.id, id));
  return requireHearing(db, id);
}

async function votesCast(db: Database, meetingId: string) {
  const [row] = await db.select({ n: count() }).from(votes).where(and(eq(votes.meetingId, meetingId), isNull(votes.deletedAt)));
  return row?.n ?? 0;
}

/** The statements that make the hearing's options the given list, or the fields that are wrong with it. */
async function optionStatements(db: Database, hearing: Hearing, options: NonNullable<HearingSettingsBody['options']>) {
  const existing = await db.select({ id: voteOptions.id, meetingId: voteOptions.meetingId, deletedAt: voteOptions.deletedAt }).from(voteOptions).where(inArray(voteOptions.id, options.flatMap((o) => (o.id ? [o.id] : []))));
  const measureIds = options.flatMap((o) => (o.measureId ? [o.measureId] : []));
  const planMeasures = measureIds.length
    ? new Set((await db.select({ id: measures.id }).from(measures).where(and(inArray(measures.id, measureIds), eq(measures.planId, hearing.planId ?? ''), isNull(measures.deletedAt)))).map((m) => m.id))
    : new Set<string>();
  const issues: FieldIssue[] = [];
  const ownIds = new Set(existing.filter((o) => o.meetingId === hearing.id).map((o) => o.id));
  options.forEach((o, i) => {
    if (o.id && existing.some((e) => e.id === o.id && e.meetingId !== hearing.id)) issues.push({ field: `json.options[${i}].id`, message: 'is an option of another hearing' });
    if (o.measureId && !planMeasures.has(o.measureId)) issues.push({ field: `json.options[${i}].measureId`, message: 'is not a measure of the plan in consultation' });
  });
  if (new Set(options.map((o) => o.id).filter(Boolean)).size !== options.filter((o) => o.id).length) issues.push({ field: 'json.options', message: 'names one option twice' });
  if (issues.length) throw badFields(issues);
  const now = Date.now();
  const kept = new Set<string>();
  const statements: BatchItem<'sqlite'>[] = options.map((o, i) => {
    const id = o.id ?? uuidv7();
    kept.add(id);
    const values = { label: o.label, measureId: o.measureId ?? null, position: i + 1, deletedAt: null, updatedAt: now };
    return ownIds.has(id) ? db.update(voteOptions).set(values).where(eq(voteOptions.id, id)) : db.insert(voteOptions).values({ ...values, id, meetingId: hearing.id });
  });
  statements.push(
    db
      .update(voteOptions)
      .set({ deletedAt: now, updatedAt: now })
      .where(and(eq(voteOptions.meetingId, hearing.id), isNull(voteOptions.deletedAt), kept.size ? sql`${voteOptions.id} NOT IN (${sql.join([...kept].map((id) => sql`${id}`), sql`, `)})` : undefined)),
  );
  return statements;
}

async function assertAgendaItem(db: Database, hearing: Hearing, id: string) {
  const item = await db.query.agendaItems.findFirst({ where: and(eq(agendaItems.id, id), isNull(agendaItems.deletedAt)) });
  if (item?.meetingId !== hearing.id) throw badFields([{ field: 'json.currentAgendaItemId', message: 'is not an agenda item of this hearing' }]);
}

async function uniquePublicCode(db: Database): Promise<string> {
  for (;;) {
    const code = newPublicCode();
    if (!(await db.query.meetings.findFirst({ where: eq(meetings.publicCode, code), columns: { id: true } }))) return code;
  }
}

export const hearingRoutes = createRouter()
  .get('/:id', validate('param', HearingParams), async (c) => {
    const hearing = await coordinatorsHearing(c, c.req.valid('param').id);
    return c.json(await hearingState(c.var.db, hearing), 200);
  })
  .post('/:id/open', validate('param', HearingParams), async (c) => {
    const db = c.var.db;
    let hearing = await coordinatorsHearing(c, c.req.valid('param').id, ['hearingOpenedAt']);
    assertNotClosed(hearing);
    if (!hearing.hearingOpenedAt || !hearing.publicCode) {
      hearing = await setMeeting(db, hearing.id, { hearingOpenedAt: hearing.hearingOpenedAt ?? Date.now(), publicCode: hearing.publicCode ?? (await uniquePublicCode(db)) });
    }
    return c.json(await hearingState(db, hearing), 200);
  })
  .patch('/:id', validate('param', HearingParams), validate('json', HearingSettingsBody), async (c) => {
    const db = c.var.db;
    const body = c.req.valid('json');
    const hearing = await coordinatorsHearing(c, c.req.valid('param').id, Object.keys(body));
    assertNotClosed(hearing);
    const rulesChange = body.options !== undefined || (body.votePoints !== undefined && body.votePoints !== hearing.votePoints);
    if (rulesChange && (await votesCast(db, hearing.id))) {
      throw refuse('votes_cast', 'Votes have been cast already; the points and the options can no longer change');
    }
    if (body.currentAgendaItemId) await assertAgendaItem(db, hearing, body.currentAgendaItemId);
    const statements: BatchItem<'sqlite'>[] = body.options ? await optionStatements(db, hearing, body.options) : [];
    const { options: _options, ...fields } = body;
    statements.push(db.update(meetings).set({ ...fields, updatedAt: Date.now() }).where(eq(meetings.id, hearing.id)));
    await db.batch(statements as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
    return c.json(await hearingState(db, await requireHearing(db, hearing.id)), 200);
  })
  .post('/:id/advance', validate('param', HearingParams), async (c) => {
    const db = c.var.db;
    const hearing = await coordinatorsHearing(c, c.req.valid('param').id, ['currentAgendaItemId']);
    assertNotClosed(hearing);
    const items = await db
      .select({ id: agendaItems.id })
      .from(agendaItems)
      .where(and(eq(agendaItems.meetingId, hearing.id), isNull(agendaItems.deletedAt)))
      .orderBy(asc(agendaItems.position), asc(agendaItems.createdAt));
    const next = items[items.findIndex((item) => item.id === hearing.currentAgendaItemId) + 1];
    if (!next) throw refuse('no_next_item', items.length ? 'The last agenda item is on screen already' : 'The hearing has no agenda');
    return c.json(await hearingState(db, await setMeeting(db, hearing.id, { currentAgendaItemId: next.id })), 200);
  })
  .post('/:id/voting', validate('param', HearingParams), validate('json', VotingBody), async (c) => {
    const db = c.var.db;
    const { open } = c.req.valid('json');
    const hearing = await coordinatorsHearing(c, c.req.valid('param').id, ['votingOpen']);
    assertNotClosed(hearing);
    if (open) {
      if (hearingPhase(hearing) !== 'open') throw refuse('hearing_not_open', 'Open the hearing before voting');
      const [options] = await db.select({ n: count() }).from(voteOptions).where(and(eq(voteOptions.meetingId, hearing.id), isNull(voteOptions.deletedAt)));
      if (!hearing.votePoints || !options?.n) throw refuse('voting_not_ready', 'Set the points per participant and at least one voting option first');
    }
    const values = open ? { votingOpen: true, votingClosedAt: null } : { votingOpen: false, votingClosedAt: hearing.votingOpen ? Date.now() : hearing.votingClosedAt };
    return c.json(await hearingState(db, await setMeeting(db, hearing.id, values)), 200);
  })
  .post('/:id/close', validate('param', HearingParams), async (c) => {
    const db = c.var.db;
    const hearing = await coordinatorsHearing(c, c.req.valid('param').id, ['hearingClosedAt']);
    if (hearingPhase(hearing) === 'closed') return c.json(await hearingState(db, hearing), 200);
    const now = Date.now();
    const closed = await setMeeting(db, hearing.id, {
      hearingOpenedAt: hearing.hearingOpenedAt ?? now,
      hearingClosedAt: now,
      votingOpen: false,
      votingClosedAt: hearing.votingOpen ? now : hearing.votingClosedAt,
      status: hearing.status === 'planned' ? 'held' : hearing.status,
    });
    return c.json(await hearingState(db, closed), 200);
  })
  .get('/:id/signins', validate('param', HearingParams), async (c) => {
    const hearing = await coordinatorsHearing(c, c.req.valid('param').id);
    const rows = await c.var.db
      .select({
        id: attendance.id,
        name: attendance.name,
        organization: attendance.organization,
        municipality: municipalities.name,
        consentVersion: attendance.consentVersion,
        consentAt: attendance.consentAt,
        createdAt: attendance.createdAt,
      })
      .from(attendance)
      .leftJoin(municipalities, eq(municipalities.id, attendance.municipalityId))
      .where(and(eq(attendance.meetingId, hearing.id), isNull(attendance.deletedAt)))
      .orderBy(asc(attendance.createdAt));
    const signins: HearingSignin[] = rows.map((row) => ({ ...row, affiliation: row.organization ? 'organization' : 'public' }));
    return c.json({ signins }, 200);
  })
  .get('/:id/comments', validate('param', HearingParams), async (c) => {
    const hearing = await coordinatorsHearing(c, c.req.valid('param').id);
    return c.json({ comments: await listComments(c.var.db, hearing.id) }, 200);
  })
  .post('/:id/comments/:commentId/moderation', validate('param', HearingCommentParams), validate('json', ModerationBody), async (c) => {
    const db = c.var.db;
    const { id, commentId } = c.req.valid('param');
    const body = c.req.valid('json');
    const hearing = await coordinatorsHearing(c, id, ['hiddenAt', 'hiddenReason']);
    const comment = await requireComment(db, hearing.id, commentId);
    const values = body.hidden ? { hiddenAt: comment.hiddenAt ?? Date.now(), hiddenReason: body.reason } : { hiddenAt: null, hiddenReason: null };
    c.set('audit', { ...c.var.audit, entity: 'hearing_comment', entityId: comment.id });
    await db.update(hearingComments).set({ ...values, updatedAt: Date.now() }).where(eq(hearingComments.id, comment.id));
    return c.json(await requireComment(db, hearing.id, comment.id), 200);
  })
  .post('/:id/comments/:commentId/settlement', validate('param', HearingCommentParams), validate('json', SettlementBody), async (c) => {
    const db = c.var.db;
    const { id, commentId } = c.req.valid('param');
    const body = c.req.valid('json');
    const hearing = await coordinatorsHearing(c, id, ['settlement', 'settlementReason', ...(body.applyToPlan ? ['appliedToPlanAt'] : [])]);
    const comment = await requireComment(db, hearing.id, commentId);
    c.set('audit', { ...c.var.audit, entity: 'hearing_comment', entityId: comment.id });
    await settleComment(db, hearing, comment, body);
    return c.json(await requireComment(db, hearing.id, comment.id), 200);
  })
  .post('/:id/settlement/publish', validate('param', HearingParams), async (c) => {
    const db = c.var.db;
    const hearing = await coordinatorsHearing(c, c.req.valid('param').id, ['settlementPublishedAt']);
    const [pending] = await db
      .select({ n: count() })
      .from(hearingComments)
      .where(and(eq(hearingComments.meetingId, hearing.id), isNull(hearingComments.deletedAt), isNull(hearingComments.hiddenAt), eq(hearingComments.settlement, 'pending')));
    if (pending?.n) throw refuse('comments_pending', `${pending.n} comment(s) have no answer yet; answer every comment before publishing`);
    const published = hearing.settlementPublishedAt ? hearing : await setMeeting(db, hearing.id, { settlementPublishedAt: Date.now() });
    return c.json((await publicSettlement(db, published))!, 200);
  })
  .get('/:id/report', validate('param', HearingParams), async (c) => {
    const hearing = await coordinatorsHearing(c, c.req.valid('param').id);
    return c.json(await hearingReport(c.var.db, hearing), 200);
  })
  .get('/:id/report-summary.csv', validate('param', HearingParams), async (c) => {
    const hearing = await coordinatorsHearing(c, c.req.valid('param').id);
    return c.body(hearingSummaryCsv(await hearingReport(c.var.db, hearing)), 200, csvHeaders(hearing, 'souhrn'));
  })
  .get('/:id/report-comments.csv', validate('param', HearingParams), async (c) => {
    const hearing = await coordinatorsHearing(c, c.req.valid('param').id);
    return c.body(hearingCommentsCsv(await hearingReport(c.var.db, hearing)), 200, csvHeaders(hearing, 'pripominky'));
  });
