/**
 * The public hearing's sync modules: sign-ins, comments and votes from the tablet kiosk and the attendees' phones,
 * pushed without an account through `POST /api/public-hearings/:code/sync/push` (contract in schema/api/hearings.ts).
 *
 * They are made per push for the one hearing the code names, so no change can reach another meeting. Everything
 * else comes from the sync protocol: exactly-once by change id, the seq guard against stale reads, per-change answers.
 *
 * One allocation per participant: the vote row is found by (hearing, participantToken), whatever `entityId` the
 * change carries, and a later allocation replaces it. A same-content double submission under two change ids thus
 * still counts once. What a token cannot tell apart (one person with two phones, or a cleared browser) is in the
 * README under "Public hearings".
 */
import { and, eq, isNull } from 'drizzle-orm';
import { allocationIssue, HearingCommentFields, HearingSigninFields, VoteFields } from '../../schema/api/hearings.ts';
import { activities, attendance, hearingComments, measures, voteOptions, votes } from '../../schema/tables.ts';
import { hearingPhase } from '../db/hearings.ts';
import { PendingRow, type MeetingRow, type PushContext } from './context.ts';
import { parseData } from './rows.ts';
import { forbidden, invalid, isRejection, missing, reject, type IncomingChange, type Rejection, type SyncModule, type WritePlan } from './types.ts';

type Hearing = MeetingRow;

const noDeletes = (what: string): Rejection => forbidden(`${what} cannot be deleted from the room; ask the coordinator`);

function checkMeeting(hearing: Hearing, meetingId: string | undefined): Rejection | null {
  return meetingId && meetingId !== hearing.id ? invalid('data.meetingId', 'is not the hearing of this link') : null;
}

/** A closed hearing refuses new rows with a reason the person can read; it is not worth pushing again. */
function checkOpen(hearing: Hearing, what: string): Rejection | null {
  const phase = hearingPhase(hearing);
  if (phase === 'scheduled') return reject('closed', `The hearing has not opened yet; it takes no ${what}`);
  if (phase === 'closed') return reject('closed', `The hearing is closed; it takes no more ${what}`);
  return null;
}

/** The rows of one hearing a push needs again and again, read once per push. */
function hearingCache(ctx: PushContext, hearing: Hearing) {
  let options: Promise<string[]> | undefined;
  const planItems = new Map<string, Promise<boolean>>();
  return {
    optionIds: () =>
      (options ??= ctx.db
        .select({ id: voteOptions.id })
        .from(voteOptions)
        .where(and(eq(voteOptions.meetingId, hearing.id), isNull(voteOptions.deletedAt)))
        .then((rows) => rows.map((r) => r.id))),
    /** a measure or activity of the plan the hearing consults on */
    isPlanItem(kind: 'measure' | 'activity', id: string): Promise<boolean> {
      const key = `${kind}:${id}`;
      let answer = planItems.get(key);
      if (!answer) {
        const table = kind === 'measure' ? measures : activities;
        answer = ctx.db
          .select({ id: table.id })
          .from(table)
          .where(and(eq(table.id, id), eq(table.planId, hearing.planId ?? ''), isNull(table.deletedAt)))
          .then((rows) => rows.length > 0);
        planItems.set(key, answer);
      }
      return answer;
    },
  };
}

type Cache = ReturnType<typeof hearingCache>;

/** The participant's own sign-in on this hearing, or why not. */
async function ownSignin(ctx: PushContext, hearing: Hearing, attendanceId: string, token: string) {
  const signin = await ctx.get('attendance', attendanceId);
  if (!signin || signin.deletedAt) return missing('Sign-in', attendanceId);
  if (signin.meetingId !== hearing.id) return invalid('data.attendanceId', 'is a sign-in of another meeting');
  if (signin.participantToken !== token) return forbidden('This sign-in was made on another device');
  return signin;
}

function signinModule(hearing: Hearing): SyncModule {
  return {
    entity: 'hearing_signin',
    async plan(ctx, change) {
      if (change.op === 'delete') return noDeletes('A sign-in');
      const data = parseData(HearingSigninFields, change);
      if (isRejection(data)) return data;
      const refused = checkMeeting(hearing, data.meetingId) ?? checkOpen(hearing, 'sign-ins');
      if (refused) return refused;
      if (data.affiliation === 'organization' && !data.organization) return invalid('data.organization', 'is required when signing in for an organization');
      if (data.municipalityId && !(await ctx.get('municipality', data.municipalityId))) return invalid('data.municipalityId', 'is not a municipality');
      const fields = {
        name: data.name,
        organization: data.affiliation === 'organization' ? data.organization! : null,
        planningRole: data.affiliation === 'public' ? ('public' as const) : null,
        municipalityId: data.municipalityId ?? null,
        consentVersion: data.consentVersion,
      };
      const current = await ctx.get('attendance', change.entityId);
      if (!current) {
        const row = { ...fields, id: change.entityId, meetingId: hearing.id, status: 'present' as const, consentAt: Date.now(), participantToken: data.participantToken };
        return { table: attendance, rowId: change.entityId, readSeq: null, statements: [ctx.db.insert(attendance).values(row)] };
      }
      if (current.meetingId !== hearing.id || current.participantToken !== data.participantToken) return forbidden('This sign-in was made on another device');
      const statements = [ctx.db.update(attendance).set({ ...fields, deletedAt: null, updatedAt: Date.now() }).where(eq(attendance.id, current.id))];
      return { table: attendance, rowId: current.id, readSeq: current.seq, statements };
    },
  };
}

async function commentTarget(cache: Cache, target: 'general' | 'measure' | 'activity', targetId: string | null | undefined) {
  if (target === 'general') return { measureId: null, activityId: null };
  if (!targetId) return invalid('data.targetId', `is required for a comment on a ${target}`);
  if (!(await cache.isPlanItem(target, targetId))) return invalid('data.targetId', `is not a ${target} of the plan in consultation`);
  return target === 'measure' ? { measureId: targetId, activityId: null } : { measureId: null, activityId: targetId };
}

function commentModule(hearing: Hearing, cacheOf: (ctx: PushContext) => Cache): SyncModule {
  return {
    entity: 'hearing_comment',
    async plan(ctx, change) {
      if (change.op === 'delete') return noDeletes('A comment');
      const data = parseData(HearingCommentFields, change);
      if (isRejection(data)) return data;
      const refused = checkMeeting(hearing, data.meetingId) ?? checkOpen(hearing, 'comments');
      if (refused) return refused;
      const target = await commentTarget(cacheOf(ctx), data.target, data.targetId);
      if (isRejection(target)) return target;
      let signedName: string | null = null;
      if (data.attendanceId) {
        const signin = await ownSignin(ctx, hearing, data.attendanceId, data.participantToken);
        if (isRejection(signin)) return signin;
        signedName = signin.name;
      }
      if (data.agendaItemId) {
        const item = await ctx.get('agenda_item', data.agendaItemId);
        if (!item || item.meetingId !== hearing.id) return invalid('data.agendaItemId', 'is not an item of this hearing');
      }
      const fields = {
        ...target,
        body: data.body,
        authorName: data.anonymous ? null : (signedName ?? data.authorName ?? null),
        attendanceId: data.attendanceId ?? null,
        agendaItemId: data.agendaItemId ?? null,
      };
      const current = await ctx.get('hearing_comment', change.entityId);
      if (!current) {
        const row = { ...fields, id: change.entityId, meetingId: hearing.id, participantToken: data.participantToken };
        return { table: hearingComments, rowId: change.entityId, readSeq: null, statements: [ctx.db.insert(hearingComments).values(row)] };
      }
      if (current.meetingId !== hearing.id || current.participantToken !== data.participantToken) return forbidden('This comment was written on another device');
      if (current.hiddenAt) return forbidden('The coordinator has hidden this comment; it cannot be edited');
      if (current.settlement !== 'pending') return forbidden('The coordinator has answered this comment already; write a new one');
      const statements = [ctx.db.update(hearingComments).set({ ...fields, updatedAt: Date.now() }).where(eq(hearingComments.id, current.id))];
      return { table: hearingComments, rowId: current.id, readSeq: current.seq, statements };
    },
  };
}

function voteModule(hearing: Hearing, cacheOf: (ctx: PushContext) => Cache): SyncModule {
  /** participant token → the vote row a change of this push planned, so a second allocation waits for the first */
  const planned = new Map<string, string>();
  return {
    entity: 'vote',
    async plan(ctx, change: IncomingChange): Promise<WritePlan | Rejection> {
      if (change.op === 'delete') return noDeletes('A vote');
      const data = parseData(VoteFields, change);
      if (isRejection(data)) return data;
      const refused = checkMeeting(hearing, data.meetingId) ?? checkOpen(hearing, 'votes');
      if (refused) return refused;
      if (!hearing.votingOpen) return reject('closed', hearing.votingClosedAt ? 'Voting has closed; the allocation was not counted' : 'Voting has not opened yet');
      const signin = await ownSignin(ctx, hearing, data.attendanceId, data.participantToken);
      if (isRejection(signin)) return signin;
      const issue = allocationIssue(data.allocations, hearing.votePoints ?? 0, await cacheOf(ctx).optionIds());
      if (issue) return invalid(issue.field, issue.message);

      const earlier = planned.get(data.participantToken);
      if (earlier && ctx.pending.has(earlier)) throw new PendingRow(`vote ${earlier} is about to be written`);
      const [current] = await ctx.db
        .select({ id: votes.id, seq: votes.seq })
        .from(votes)
        .where(and(eq(votes.meetingId, hearing.id), eq(votes.participantToken, data.participantToken)));
      const allocations = Object.entries(data.allocations)
        .filter(([, points]) => points > 0)
        .map(([optionId, points]) => ({ optionId, points }));
      if (!current) {
        planned.set(data.participantToken, change.entityId);
        const row = { id: change.entityId, meetingId: hearing.id, participantToken: data.participantToken, attendanceId: signin.id, allocations };
        return { table: votes, rowId: change.entityId, readSeq: null, statements: [ctx.db.insert(votes).values(row)] };
      }
      planned.set(data.participantToken, current.id);
      const statements = [ctx.db.update(votes).set({ allocations, attendanceId: signin.id, deletedAt: null, updatedAt: Date.now() }).where(eq(votes.id, current.id))];
      return { table: votes, rowId: current.id, readSeq: current.seq, statements };
    },
  };
}

/** The modules of one hearing's public push. */
export function hearingSyncModules(hearing: Hearing): Record<string, SyncModule> {
  const caches = new WeakMap<PushContext, Cache>();
  const cacheOf = (ctx: PushContext) => {
    let cache = caches.get(ctx);
    if (!cache) caches.set(ctx, (cache = hearingCache(ctx, hearing)));
    return cache;
  };
  const modules = [signinModule(hearing), commentModule(hearing, cacheOf), voteModule(hearing, cacheOf)];
  return Object.fromEntries(modules.map((module) => [module.entity, module]));
}
