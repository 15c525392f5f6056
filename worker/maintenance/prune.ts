/**
 * The daily clean-up of data nobody else ever removes. Each kind is its own batch, so one kind failing leaves the
 * others done; the caller logs the failure by kind, never the rows.
 */
import { and, inArray, isNotNull, isNull, lt, or } from 'drizzle-orm';
import { attendance, auditLog, invitations, loginAttempts, meetings, rateLimits, sessions } from '../../schema/tables.ts';
import type { Database } from '../env.ts';

const DAY = 24 * 60 * 60 * 1000;

/** An expired session can never sign anybody in again; its user agent is the only thing it still tells. */
export const SESSION_GRACE_MS = 0;
/** Sign-in throttling looks back 15 minutes and blocks for 15; a day covers every window and block with margin. */
export const THROTTLE_RETENTION_MS = DAY;
/** Invitations last 7 days; 30 more let a coordinator still see "used" or "expired" before the row goes. */
export const INVITATION_RETENTION_MS = 30 * DAY;
/** A hearing's sign-in sheet serves the settlement and any complaint about it; a year covers both (GDPR minimisation). */
export const HEARING_SIGN_IN_RETENTION_MS = 365 * DAY;
/** The audit log answers "who changed this" for the current and the previous planning year. */
export const AUDIT_RETENTION_MS = 2 * 365 * DAY;

const PUBLIC_KINDS = ['public_hearing', 'public_meeting'] as const;

export type PruneCounts = {
  sessions: number;
  loginAttempts: number;
  rateLimits: number;
  invitations: number;
  hearingSignIns: number;
  auditLog: number;
};
export type PruneKind = keyof PruneCounts;

const changes = (result: unknown) => (result as { meta?: { changes?: number } }).meta?.changes ?? 0;

/** One statement per kind; each builder answers the rows it touched. */
function kinds(db: Database, now: number): Record<PruneKind, () => Promise<number>> {
  // A hearing's startsAt is an ISO date-time text; comparing with a date prefix is a correct text comparison.
  const hearingCutoff = new Date(now - HEARING_SIGN_IN_RETENTION_MS).toISOString().slice(0, 10);
  const oldHearings = db
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(inArray(meetings.kind, [...PUBLIC_KINDS]), lt(meetings.startsAt, hearingCutoff)));
  const run = async (statement: Parameters<Database['batch']>[0][number]) => changes((await db.batch([statement]))[0]);
  return {
    sessions: () => run(db.delete(sessions).where(lt(sessions.expiresAt, now - SESSION_GRACE_MS))),
    loginAttempts: () =>
      run(
        db
          .delete(loginAttempts)
          .where(and(lt(loginAttempts.windowStartedAt, now - THROTTLE_RETENTION_MS), or(isNull(loginAttempts.blockedUntil), lt(loginAttempts.blockedUntil, now)))),
      ),
    rateLimits: () => run(db.delete(rateLimits).where(lt(rateLimits.windowStartedAt, now - THROTTLE_RETENTION_MS))),
    invitations: () =>
      run(
        db
          .delete(invitations)
          .where(or(lt(invitations.usedAt, now - INVITATION_RETENTION_MS), lt(invitations.expiresAt, now - INVITATION_RETENTION_MS))),
      ),
    // Anonymised, not deleted: the row (status, municipality, planning role) still counts in the hearing's report.
    hearingSignIns: () =>
      run(
        db
          .update(attendance)
          .set({ name: null, organization: null, participantToken: null, updatedAt: now })
          .where(
            and(
              inArray(attendance.meetingId, oldHearings),
              isNull(attendance.personId),
              or(isNotNull(attendance.name), isNotNull(attendance.organization), isNotNull(attendance.participantToken)),
            ),
          ),
      ),
    auditLog: () => run(db.delete(auditLog).where(lt(auditLog.at, now - AUDIT_RETENTION_MS))),
  };
}

/** Prunes every kind; a kind that fails is reported in `failed` and the others still run. */
export async function pruneExpiredData(db: Database, now = Date.now()) {
  const counts: PruneCounts = { sessions: 0, loginAttempts: 0, rateLimits: 0, invitations: 0, hearingSignIns: 0, auditLog: 0 };
  const failed: { kind: PruneKind; error: string }[] = [];
  for (const [kind, prune] of Object.entries(kinds(db, now)) as [PruneKind, () => Promise<number>][]) {
    try {
      counts[kind] = await prune();
    } catch (error) {
      // Only the error's class and message: a SQL error names tables and columns, never the rows' contents.
      failed.push({ kind, error: error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : 'unknown error' });
    }
  }
  return { counts, failed };
}
