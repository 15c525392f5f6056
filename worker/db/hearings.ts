import { and, asc, count, eq, inArray, isNull } from 'drizzle-orm';
import {
  HEARING_KINDS,
  CONSENT_TEXTS,
  CURRENT_CONSENT_VERSION,
  type HearingKind,
  type HearingPhase,
  type HearingState,
  type PublicHearing,
  type VoteOption,
  type VoteResults,
} from '../../schema/api/hearings.ts';
import { activities, agendaItems, attendance, hearingComments, measures, meetings, municipalities, plans, territories, territoryMunicipalities, voteOptions, votes } from '../../schema/tables.ts';
import type { Database } from '../env.ts';
import { notFound } from '../errors.ts';
import { PUBLIC_STATUSES } from './plan-access.ts';
import { publicComments, publicSettlement } from './hearing-comments.ts';
import { requireMeeting, type MeetingRow } from './meetings.ts';

type HearingTimes = Pick<MeetingRow, 'hearingOpenedAt' | 'hearingClosedAt'>;

export const hearingPhase = (m: HearingTimes): HearingPhase => (m.hearingClosedAt ? 'closed' : m.hearingOpenedAt ? 'open' : 'scheduled');

/** Hidden results are the coordinator's to reveal until voting closes; after that the room sees them anyway. */
export const resultsShown = (m: Pick<MeetingRow, 'resultsVisible' | 'votingOpen' | 'votingClosedAt'>) => m.resultsVisible || (m.votingClosedAt !== null && !m.votingOpen);

const isHearing = (m: { kind: string }): m is { kind: HearingKind } => (HEARING_KINDS as readonly string[]).includes(m.kind);

export async function requireHearing(db: Database, id: string) {
  const meeting = await requireMeeting(db, id);
  if (!isHearing(meeting)) throw notFound('Hearing');
  return meeting as MeetingRow & { kind: HearingKind };
}

export async function requireHearingByCode(db: Database, code: string) {
  const meeting = await db.query.meetings.findFirst({ where: and(eq(meetings.publicCode, code.toUpperCase()), isNull(meetings.deletedAt)) });
  if (!meeting || !isHearing(meeting)) throw notFound('Hearing');
  return meeting as MeetingRow & { kind: HearingKind };
}

/** Six characters without the ones a room misreads aloud (0/O, 1/I/L). */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export function newPublicCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
}

export function listOptions(db: Database, meetingId: string): Promise<VoteOption[]> {
  return db
    .select({ id: voteOptions.id, label: voteOptions.label, measureId: voteOptions.measureId, position: voteOptions.position })
    .from(voteOptions)
    .where(and(eq(voteOptions.meetingId, meetingId), isNull(voteOptions.deletedAt)))
    .orderBy(asc(voteOptions.position), asc(voteOptions.createdAt));
}

/** Points per option summed over the one allocation each participant has. */
export async function voteResults(db: Database, meeting: MeetingRow, options: VoteOption[]): Promise<VoteResults> {
  const rows = await db.select({ allocations: votes.allocations }).from(votes).where(and(eq(votes.meetingId, meeting.id), isNull(votes.deletedAt)));
  const totals = new Map(options.map((o) => [o.id, { points: 0, voters: 0 }]));
  for (const { allocations } of rows) {
    for (const { optionId, points } of allocations) {
      const total = totals.get(optionId);
      if (total && points > 0) {
        total.points += points;
        total.voters += 1;
      }
    }
  }
  return {
    options: options.map((o) => ({ optionId: o.id, label: o.label, ...totals.get(o.id)! })),
    participants: rows.length,
    pointsPerParticipant: meeting.votePoints,
  };
}

/** Everybody on the sheet who came: a sign-in in the room, or a line the coordinator marked present. */
const present = (meetingId: string) => and(eq(attendance.meetingId, meetingId), isNull(attendance.deletedAt), inArray(attendance.status, ['present', 'guest']));

export async function signedInCount(db: Database, meetingId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(attendance).where(present(meetingId));
  return row?.n ?? 0;
}

export async function hearingState(db: Database, meeting: MeetingRow & { kind: HearingKind }): Promise<HearingState> {
  const options = await listOptions(db, meeting.id);
  const [results, signedIn, [comments]] = await Promise.all([
    voteResults(db, meeting, options),
    signedInCount(db, meeting.id),
    db.select({ n: count() }).from(hearingComments).where(and(eq(hearingComments.meetingId, meeting.id), isNull(hearingComments.deletedAt))),
  ]);
  return {
    meetingId: meeting.id,
    kind: meeting.kind,
    title: meeting.title,
    code: meeting.publicCode,
    phase: hearingPhase(meeting),
    openedAt: meeting.hearingOpenedAt,
    closedAt: meeting.hearingClosedAt,
    currentAgendaItemId: meeting.currentAgendaItemId,
    votePoints: meeting.votePoints,
    votingOpen: meeting.votingOpen,
    votingClosedAt: meeting.votingClosedAt,
    resultsVisible: meeting.resultsVisible,
    options,
    results,
    signedInCount: signedIn,
    commentCount: comments?.n ?? 0,
    settlementPublishedAt: meeting.settlementPublishedAt,
  };
}

/** The plan in consultation with what a comment can attach to, when the public may see that plan. */
async function consultedPlan(db: Database, planId: string | null): Promise<PublicHearing['plan']> {
  if (!planId) return null;
  const plan = await db.query.plans.findFirst({ where: and(eq(plans.id, planId), isNull(plans.deletedAt)) });
  if (!plan || !PUBLIC_STATUSES.includes(plan.status)) return null;
  const [measureRows, activityRows] = await db.batch([
    db
      .select({ id: measures.id, code: measures.code, title: measures.title, description: measures.description })
      .from(measures)
      .where(and(eq(measures.planId, plan.id), isNull(measures.deletedAt)))
      .orderBy(asc(measures.code), asc(measures.position)),
    db
      .select({ id: activities.id, measureId: activities.measureId, code: activities.code, title: activities.title, description: activities.description })
      .from(activities)
      .where(and(eq(activities.planId, plan.id), isNull(activities.deletedAt)))
      .orderBy(asc(activities.code), asc(activities.position)),
  ]);
  return {
    id: plan.id,
    title: plan.title,
    status: plan.status,
    measures: measureRows.map((m) => ({
      ...m,
      activities: activityRows.filter((a) => a.measureId === m.id).map(({ measureId: _m, ...a }) => a),
    })),
  };
}

/** What anyone with the link sees: never a name from the sheet, never a hidden comment, results only when shown. */
export async function publicHearing(db: Database, meeting: MeetingRow & { kind: HearingKind }): Promise<PublicHearing> {
  const [territoryRows, agenda, towns] = await db.batch([
    db.select({ slug: territories.slug, name: territories.name }).from(territories).where(eq(territories.id, meeting.territoryId)),
    db
      .select({ id: agendaItems.id, position: agendaItems.position, title: agendaItems.title, presenter: agendaItems.presenter })
      .from(agendaItems)
      .where(and(eq(agendaItems.meetingId, meeting.id), isNull(agendaItems.deletedAt)))
      .orderBy(asc(agendaItems.position), asc(agendaItems.createdAt)),
    db
      .select({ id: municipalities.id, name: municipalities.name })
      .from(territoryMunicipalities)
      .innerJoin(municipalities, eq(municipalities.id, territoryMunicipalities.municipalityId))
      .where(eq(territoryMunicipalities.territoryId, meeting.territoryId))
      .orderBy(asc(municipalities.name)),
  ]);
  const options = await listOptions(db, meeting.id);
  const [plan, signedIn, results, comments, settlement] = await Promise.all([
    consultedPlan(db, meeting.planId),
    signedInCount(db, meeting.id),
    resultsShown(meeting) ? voteResults(db, meeting, options) : Promise.resolve(null),
    publicComments(db, meeting.id),
    publicSettlement(db, meeting),
  ]);
  return {
    hearing: {
      code: meeting.publicCode ?? '',
      meetingId: meeting.id,
      kind: meeting.kind,
      title: meeting.title,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      place: meeting.place,
      phase: hearingPhase(meeting),
      territory: territoryRows[0]!,
    },
    agenda,
    currentAgendaItemId: meeting.currentAgendaItemId,
    plan,
    municipalities: towns,
    signedInCount: signedIn,
    voting: { open: meeting.votingOpen, closed: meeting.votingClosedAt !== null && !meeting.votingOpen, points: meeting.votePoints, options },
    results,
    comments,
    settlement,
    consent: { version: CURRENT_CONSENT_VERSION, ...CONSENT_TEXTS[CURRENT_CONSENT_VERSION] },
  };
}
