/**
 * The daily clean-up of data nobody else ever removes (run by the Cron pass in worker/scheduled.ts). The README's
 * "How long data is kept" states the same limits for people. Each table set is pruned in rounds of one D1 batch,
 * so a round is all or nothing, and a set that fails leaves the others done; the caller logs the failure by set,
 * never the rows. Rounds touch at most CHUNK rows per statement and a pass stops after MAX_ROUNDS, so one pass stays
 * well inside D1's per-query time limit; a backlog larger than that is finished by the next days' passes.
 */
import { and, inArray, isNotNull, isNull, lt, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { HEARING_KINDS } from '../../schema/api/hearings.ts';
import { attendance, auditLog, hearingComments, invitations, loginAttempts, meetings, rateLimits, sessions, votes } from '../../schema/tables.ts';
import type { Database } from '../env.ts';

const DAY = 24 * 60 * 60 * 1000;

/** Sign-in throttling looks back 15 minutes and blocks for 15, public rate limits count per minute: a day covers all. */
export const THROTTLE_RETENTION_MS = DAY;
/** An invitation lasts 7 days; for 30 more days after it was used or ran out, its link still answers "used or expired" (410), not "not found". */
export const INVITATION_RETENTION_MS = 30 * DAY;
/** A hearing's sign-in sheet serves the settlement of comments and any complaint about it; a year covers both (GDPR minimisation). */
export const HEARING_SIGN_IN_RETENTION_MS = 365 * DAY;
/** The audit log answers "who changed this" for the current and the previous planning year. */
export const AUDIT_RETENTION_MS = 2 * 365 * DAY;

export const CHUNK = 500;
export const MAX_ROUNDS = 20;

export type PruneCounts = {
  sessions: number;
  loginAttempts: number;
  rateLimits: number;
  invitations: number;
  hearingSignIns: number;
  hearingComments: number;
  hearingVotes: number;
  auditLog: number;
};
export type PruneKind = keyof PruneCounts;
export type PruneSet = 'sessions' | 'throttle' | 'invitations' | 'hearings' | 'auditLog';

type Statement = Parameters<Database['batch']>[0][number];
type Step = { kind: PruneKind; statement: Statement };

// Rows come back by RETURNING, not D1's meta.changes: that also counts the seq triggers' own writes.
const touchedRows = (result: unknown) => (Array.isArray(result) ? result.length : 0);

/** The statements of each table set for one round at time `now`. */
function tableSets(db: Database, now: number): Record<PruneSet, () => Step[]> {
  const throttleCutoff = now - THROTTLE_RETENTION_MS;
  const invitationCutoff = now - INVITATION_RETENTION_MS;
  // startsAt is local time as text ("2027-05-12T16:00"); a text comparison with a UTC minute prefix is off by the
  // time zone's hours at most, nothing against a year.
  const hearingCutoff = new Date(now - HEARING_SIGN_IN_RETENTION_MS).toISOString().slice(0, 16);
  const oldHearings = () =>
    db
      .select({ id: meetings.id })
      .from(meetings)
      .where(and(inArray(meetings.kind, [...HEARING_KINDS]), lt(meetings.startsAt, hearingCutoff)));
  /** One chunk of the rows `where` selects, by primary key: D1's SQLite takes no LIMIT on DELETE or UPDATE. */
  const chunkOf = (table: SQLiteTable, column: SQLiteColumn, where: SQL | undefined) =>
    inArray(column, db.select({ key: column }).from(table).where(where).limit(CHUNK));
  const remove = (kind: PruneKind, table: SQLiteTable, column: SQLiteColumn, where: SQL | undefined): Step => ({
    kind,
    statement: db.delete(table).where(chunkOf(table, column, where)).returning({ key: column }),
  });
  return {
    // A session the sign-in check no longer accepts (it wants expiresAt > now).
    sessions: () => [remove('sessions', sessions, sessions.id, lte(sessions.expiresAt, now))],
    // A row whose window ran out counts exactly like no row at all, so deleting it changes no answer.
    throttle: () => [
      remove(
        'loginAttempts',
        loginAttempts,
        loginAttempts.key,
        and(lt(loginAttempts.windowStartedAt, throttleCutoff), or(isNull(loginAttempts.blockedUntil), lt(loginAttempts.blockedUntil, now))),
      ),
      remove('rateLimits', rateLimits, rateLimits.key, lt(rateLimits.windowStartedAt, throttleCutoff)),
    ],
    // Used, or never used and expired: 30 days after whichever came first.
    invitations: () => [
      remove('invitations', invitations, invitations.id, or(lt(invitations.usedAt, invitationCutoff), lt(invitations.expiresAt, invitationCutoff))),
    ],
    // Anonymised, not deleted: the row (status, municipality, planning role) still counts in the hearing's figures,
    // and a comment keeps the author name its writer chose to publish with it in the settlement. What goes is who
    // signed in and the device token that ties a sign-in, its comments and its vote to one phone.
    hearings: () => [
      {
        kind: 'hearingSignIns',
        statement: db
          .update(attendance)
          .set({ name: null, organization: null, participantToken: null, updatedAt: now })
          .where(
            chunkOf(
              attendance,
              attendance.id,
              and(
                inArray(attendance.meetingId, oldHearings()),
                isNull(attendance.personId),
                or(isNotNull(attendance.name), isNotNull(attendance.organization), isNotNull(attendance.participantToken)),
              ),
            ),
          )
          .returning({ key: attendance.id }),
      },
      {
        kind: 'hearingComments',
        statement: db
          .update(hearingComments)
          .set({ participantToken: null, updatedAt: now })
          .where(chunkOf(hearingComments, hearingComments.id, and(inArray(hearingComments.meetingId, oldHearings()), isNotNull(hearingComments.participantToken))))
          .returning({ key: hearingComments.id }),
      },
      {
        // The token is required and unique per hearing; the vote's own id is both and tells nothing.
        kind: 'hearingVotes',
        statement: db
          .update(votes)
          .set({ participantToken: sql`${sql.identifier('id')}`, updatedAt: now })
          .where(chunkOf(votes, votes.id, and(inArray(votes.meetingId, oldHearings()), ne(votes.participantToken, votes.id))))
          .returning({ key: votes.id }),
      },
    ],
    auditLog: () => [remove('auditLog', auditLog, auditLog.id, lt(auditLog.at, now - AUDIT_RETENTION_MS))],
  };
}

/** Runs one set's rounds until no statement fills a chunk or MAX_ROUNDS is reached; answers the rows per kind. */
async function pruneSet(db: Database, steps: () => Step[], counts: PruneCounts) {
  let pending = steps();
  for (let round = 0; round < MAX_ROUNDS && pending.length > 0; round++) {
    const results = await db.batch(pending.map((s) => s.statement) as [Statement, ...Statement[]]);
    const full = new Set<PruneKind>();
    pending.forEach((step, i) => {
      const touched = touchedRows(results[i]);
      counts[step.kind] += touched;
      if (touched >= CHUNK) full.add(step.kind);
    });
    pending = steps().filter((s) => full.has(s.kind));
  }
  return pending.length > 0;
}

/** Prunes every table set at time `now`; a set that fails is reported in `failed` and the others still run. */
export async function pruneExpiredData(db: Database, now = Date.now()) {
  const counts: PruneCounts = { sessions: 0, loginAttempts: 0, rateLimits: 0, invitations: 0, hearingSignIns: 0, hearingComments: 0, hearingVotes: 0, auditLog: 0 };
  const failed: { set: PruneSet; error: string }[] = [];
  const unfinished: PruneSet[] = [];
  for (const [set, steps] of Object.entries(tableSets(db, now)) as [PruneSet, () => Step[]][]) {
    try {
      if (await pruneSet(db, steps, counts)) unfinished.push(set);
    } catch (error) {
      // Only the error's class and message: a SQL error names tables and columns, never the rows' contents.
      failed.push({ set, error: error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : 'unknown error' });
    }
  }
  return { counts, failed, unfinished };
}
