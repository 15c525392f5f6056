import { createExecutionContext, createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { eq, inArray } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as t from '../schema/tables.ts';
import {
  AUDIT_RETENTION_MS,
  CHUNK,
  HEARING_SIGN_IN_RETENTION_MS,
  INVITATION_RETENTION_MS,
  MAX_ROUNDS,
  THROTTLE_RETENTION_MS,
} from '../worker/maintenance/prune.ts';
import worker from '../worker/index.ts';
import { as, createUser, signIn } from './accounts.ts';
import { createRegion, createTerritory, db } from './helpers.ts';

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;
// The pass's "now" is the Cron's scheduled time, so every limit below is exact to the minute whatever the clock says.
const NOW = Date.now();

const runCron = (scheduledTime = NOW) => worker.scheduled(createScheduledController({ cron: '30 4 * * *', scheduledTime }), env, createExecutionContext());
const logged = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.map(([line]) => JSON.parse(String(line)) as Record<string, unknown>);
const localTime = (at: number) => new Date(at).toISOString().slice(0, 16);

let territoryId = '';
let userId = '';
let liveCookie = '';

beforeAll(async () => {
  const region = await createRegion();
  territoryId = (await createTerritory(region.id, { slug: 'trebon', name: 'Třeboň' })).id;
  const user = await createUser({ roles: [[territoryId, 'coordinator']] });
  userId = user.id;
  liveCookie = await signIn(user.email);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const session = (expiresAt: number) => ({ id: uuidv7(), userId, tokenHash: uuidv7(), expiresAt, lastUsedAt: expiresAt - DAY });
const invitation = (values: { expiresAt: number; usedAt?: number }) => ({ id: uuidv7(), territoryId, role: 'member' as const, email: 'pozvany@example.org', tokenHash: uuidv7(), createdBy: userId, ...values });
const hearing = (kind: (typeof t.MEETING_KINDS)[number], startedAt: number) => ({ id: uuidv7(), territoryId, kind, title: kind, startsAt: localTime(startedAt) });
const signInRow = (meetingId: string) => ({
  id: uuidv7(),
  meetingId,
  name: 'Jana Nováková',
  organization: 'Spolek Naděje',
  planningRole: 'provider' as const,
  status: 'present' as const,
  consentAt: NOW - 400 * DAY,
  consentVersion: '2026-01',
  participantToken: uuidv7(),
});

const ids = <T extends { id: string }>(rows: T[]) => rows.map((r) => r.id).sort();

describe('the daily Cron pass prunes expired data', () => {
  it('removes each kind of row just past its limit and keeps the one just inside it', async () => {
    const sessions = { expired: session(NOW - MINUTE), live: session(NOW + MINUTE) };
    const throttleAge = { old: NOW - THROTTLE_RETENTION_MS - MINUTE, recent: NOW - THROTTLE_RETENTION_MS + MINUTE };
    const invitationAge = { old: NOW - INVITATION_RETENTION_MS - MINUTE, recent: NOW - INVITATION_RETENTION_MS + MINUTE };
    const invitations = {
      usedLongAgo: invitation({ usedAt: invitationAge.old, expiresAt: invitationAge.old + 6 * DAY }),
      usedRecently: invitation({ usedAt: invitationAge.recent, expiresAt: invitationAge.recent + 6 * DAY }),
      expiredLongAgo: invitation({ expiresAt: invitationAge.old }),
      expiredRecently: invitation({ expiresAt: invitationAge.recent }),
      pending: invitation({ expiresAt: NOW + 6 * DAY }),
    };
    const meetings = {
      oldHearing: hearing('public_hearing', NOW - HEARING_SIGN_IN_RETENTION_MS - DAY),
      oldRoundTable: hearing('mayors_round_table', NOW - HEARING_SIGN_IN_RETENTION_MS - DAY),
      recentHearing: hearing('public_hearing', NOW - HEARING_SIGN_IN_RETENTION_MS + DAY),
      oldWorkingGroup: hearing('working_group', NOW - 2 * HEARING_SIGN_IN_RETENTION_MS),
    };
    const signIns = {
      oldHearing: signInRow(meetings.oldHearing.id),
      oldRoundTable: signInRow(meetings.oldRoundTable.id),
      recentHearing: signInRow(meetings.recentHearing.id),
      oldWorkingGroup: { ...signInRow(meetings.oldWorkingGroup.id), participantToken: null },
    };
    const comments = [meetings.oldHearing, meetings.recentHearing].map((m, i) => ({
      id: uuidv7(),
      meetingId: m.id,
      body: 'Chybí víkendová pečovatelská služba.',
      authorName: 'Jana Nováková',
      attendanceId: [signIns.oldHearing, signIns.recentHearing][i]!.id,
      participantToken: [signIns.oldHearing, signIns.recentHearing][i]!.participantToken,
    }));
    const votes = [signIns.oldHearing, signIns.recentHearing].map((s) => ({ id: uuidv7(), meetingId: s.meetingId, participantToken: s.participantToken, attendanceId: s.id, allocations: [] }));
    const audit = { old: NOW - AUDIT_RETENTION_MS - MINUTE, recent: NOW - AUDIT_RETENTION_MS + MINUTE };

    await db.insert(t.sessions).values(Object.values(sessions));
    await db.insert(t.loginAttempts).values([
      { key: 'account:old', failures: 5, windowStartedAt: throttleAge.old, blockedUntil: throttleAge.old + 15 * MINUTE },
      { key: 'account:recent', failures: 1, windowStartedAt: throttleAge.recent },
    ]);
    await db.insert(t.rateLimits).values([
      { key: 'hearing_page:old', hits: 3, windowStartedAt: throttleAge.old },
      { key: 'hearing_page:recent', hits: 3, windowStartedAt: throttleAge.recent },
    ]);
    await db.insert(t.invitations).values(Object.values(invitations));
    await db.insert(t.meetings).values(Object.values(meetings));
    await db.insert(t.attendance).values(Object.values(signIns));
    await db.insert(t.hearingComments).values(comments);
    await db.insert(t.votes).values(votes);
    const [oldAudit] = await db.insert(t.auditLog).values({ at: audit.old, action: 'update', entity: 'plan', territoryId }).returning();
    const [recentAudit] = await db.insert(t.auditLog).values({ at: audit.recent, action: 'update', entity: 'plan', territoryId }).returning();
    const seqBefore = new Map((await db.select().from(t.attendance)).map((r) => [r.id, r.seq]));

    const info = vi.spyOn(console, 'log');
    await runCron();

    const sessionIds = (await db.select().from(t.sessions).where(inArray(t.sessions.id, ids(Object.values(sessions))))).map((s) => s.id);
    expect(sessionIds).toEqual([sessions.live.id]);
    expect((await as(liveCookie, '/api/auth/me')).status).toBe(200);
    expect((await db.select().from(t.loginAttempts)).map((r) => r.key)).toEqual(['account:recent']);
    expect((await db.select().from(t.rateLimits)).map((r) => r.key)).toEqual(['hearing_page:recent']);
    expect(ids(await db.select().from(t.invitations))).toEqual(ids([invitations.usedRecently, invitations.expiredRecently, invitations.pending]));
    expect((await db.select({ id: t.auditLog.id }).from(t.auditLog)).map((r) => r.id)).not.toContain(oldAudit!.id);
    expect((await db.select({ id: t.auditLog.id }).from(t.auditLog)).map((r) => r.id)).toContain(recentAudit!.id);

    // A sign-in past its year keeps what the hearing's figures count, loses who it was and which phone, and is
    // pulled again by the coordinator's app (its seq moved on).
    const rows = new Map((await db.select().from(t.attendance)).map((r) => [r.id, r]));
    for (const old of [signIns.oldHearing, signIns.oldRoundTable]) {
      expect(rows.get(old.id)).toMatchObject({ name: null, organization: null, participantToken: null, status: 'present', planningRole: 'provider', consentVersion: '2026-01', deletedAt: null });
      expect(rows.get(old.id)!.seq).toBeGreaterThan(seqBefore.get(old.id)!);
    }
    expect(rows.get(signIns.recentHearing.id)).toMatchObject({ name: 'Jana Nováková', organization: 'Spolek Naděje', participantToken: signIns.recentHearing.participantToken });
    expect(rows.get(signIns.oldWorkingGroup.id)).toMatchObject({ name: 'Jana Nováková', organization: 'Spolek Naděje' });
    const commentRows = new Map((await db.select().from(t.hearingComments)).map((r) => [r.id, r]));
    expect(commentRows.get(comments[0]!.id)).toMatchObject({ participantToken: null, authorName: 'Jana Nováková', body: comments[0]!.body });
    expect(commentRows.get(comments[1]!.id)).toMatchObject({ participantToken: comments[1]!.participantToken });
    const voteRows = new Map((await db.select().from(t.votes)).map((r) => [r.id, r]));
    expect(voteRows.get(votes[0]!.id)).toMatchObject({ participantToken: votes[0]!.id, attendanceId: signIns.oldHearing.id });
    expect(voteRows.get(votes[1]!.id)).toMatchObject({ participantToken: votes[1]!.participantToken });

    expect(logged(info)).toContainEqual({
      level: 'info',
      message: 'prune finished',
      counts: { sessions: 1, loginAttempts: 1, rateLimits: 1, invitations: 2, hearingSignIns: 2, hearingComments: 1, hearingVotes: 1, auditLog: 1 },
      unfinished: [],
    });

    // A second pass finds nothing more to do.
    info.mockClear();
    await runCron();
    expect(logged(info).find((l) => l.message === 'prune finished')?.counts).toEqual({
      sessions: 0, loginAttempts: 0, rateLimits: 0, invitations: 0, hearingSignIns: 0, hearingComments: 0, hearingVotes: 0, auditLog: 0,
    });
  });

  it('stops a pass after a bounded number of rows and finishes the backlog the next day', async () => {
    const backlog = CHUNK * MAX_ROUNDS + 7;
    await env.DB.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1)
       INSERT INTO rate_limits (key, hits, window_started_at) SELECT 'bulk:' || i, 1, ?2 FROM n`,
    ).bind(backlog, NOW - THROTTLE_RETENTION_MS - MINUTE).run();
    const info = vi.spyOn(console, 'log');
    const left = async () => (await env.DB.prepare(`SELECT count(*) AS n FROM rate_limits WHERE key LIKE 'bulk:%'`).first<{ n: number }>())!.n;

    await runCron();
    expect(await left()).toBe(7);
    expect(logged(info)).toContainEqual(expect.objectContaining({ message: 'prune finished', unfinished: ['throttle'] }));
    await runCron(NOW + DAY);
    expect(await left()).toBe(0);
  });

  it('when one table set fails, logs it, prunes the other sets and still runs the registry import', async () => {
    await db.insert(t.registrySources).values({ territoryId, url: 'https://opendata.example.cz/rpss.json' });
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () => new Response('not found', { status: 404 }));
    const expired = session(NOW - MINUTE);
    await db.insert(t.sessions).values(expired);
    await db.insert(t.loginAttempts).values({ key: 'account:stale', failures: 1, windowStartedAt: NOW - THROTTLE_RETENTION_MS - MINUTE });
    const errors = vi.spyOn(console, 'error');
    await env.DB.prepare('ALTER TABLE rate_limits RENAME TO rate_limits_away').run();
    try {
      await expect(runCron()).rejects.toThrow('prune: throttle');
    } finally {
      await env.DB.prepare('ALTER TABLE rate_limits_away RENAME TO rate_limits').run();
    }
    expect(logged(errors)).toContainEqual(expect.objectContaining({ level: 'error', message: 'prune failed', set: 'throttle', error: expect.stringContaining('rate_limits') }));
    expect(await db.select().from(t.sessions).where(eq(t.sessions.id, expired.id))).toEqual([]);
    // The throttle set is one batch: its login-attempt delete went back with the failed rate-limit one.
    expect((await db.select().from(t.loginAttempts)).map((r) => r.key)).toContain('account:stale');
    const runs = await db.select().from(t.registryRuns).where(eq(t.registryRuns.territoryId, territoryId));
    expect(runs).toEqual([expect.objectContaining({ status: 'failed', message: expect.stringContaining('HTTP 404') })]);
    await db.delete(t.registrySources);
  });

  it('when the registry import fails, the clean-up is still done', async () => {
    const expired = session(NOW - MINUTE);
    await db.insert(t.sessions).values(expired);
    const errors = vi.spyOn(console, 'error');
    await env.DB.prepare('ALTER TABLE registry_sources RENAME TO registry_sources_away').run();
    try {
      await expect(runCron()).rejects.toThrow('registry import');
    } finally {
      await env.DB.prepare('ALTER TABLE registry_sources_away RENAME TO registry_sources').run();
    }
    expect(logged(errors)).toContainEqual(expect.objectContaining({ level: 'error', message: 'registry import failed' }));
    expect(await db.select().from(t.sessions).where(eq(t.sessions.id, expired.id))).toEqual([]);
  });
});
