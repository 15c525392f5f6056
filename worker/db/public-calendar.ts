import { and, asc, eq, gte, inArray, isNull } from 'drizzle-orm';
import { groups, meetings, territories } from '../../schema/tables.ts';
import type { Database } from '../env.ts';

/**
 * Meetings whose date, time and place are published: public hearings, public meetings and mayors' round tables,
 * and working-group meetings, which community planning keeps open to anyone interested (providers, users, the
 * public). Steering-group and coordination-team meetings are internal and never listed. Only the meeting's title,
 * kind, time, place, group and territory leave: agenda, attendance and minutes are another matter.
 */
export const PUBLIC_MEETING_KINDS = ['public_hearing', 'public_meeting', 'mayors_round_table', 'working_group'] as const;

/** Calendars keep a year of history so subscribers still see what they attended. */
const FEED_HISTORY_DAYS = 365;

/** Meetings are stored in Prague local time; this is "now" in the same form, "2026-11-25T20:59". */
export function pragueNow(at: Date = new Date()): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Prague',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

const publicMeetingColumns = {
  id: meetings.id,
  kind: meetings.kind,
  title: meetings.title,
  startsAt: meetings.startsAt,
  endsAt: meetings.endsAt,
  place: meetings.place,
  status: meetings.status,
  groupName: groups.name,
  territoryId: territories.id,
  territorySlug: territories.slug,
  territoryName: territories.name,
};

/** Some territories (a district and its sub-areas), or a whole region: joined, not listed, since D1 binds at most 100 values. */
export type MeetingScope = { territoryIds: string[] } | { regionId: string };

const inScope = (scope: MeetingScope) =>
  and(
    'regionId' in scope ? eq(territories.regionId, scope.regionId) : inArray(meetings.territoryId, scope.territoryIds),
    isNull(territories.deletedAt),
    inArray(meetings.kind, PUBLIC_MEETING_KINDS),
  );

const isEmpty = (scope: MeetingScope) => 'territoryIds' in scope && scope.territoryIds.length === 0;

/** The next public meetings of these territories, soonest first. */
export async function upcomingPublicMeetings(db: Database, scope: MeetingScope, limit = 20, now = pragueNow()) {
  if (isEmpty(scope)) return [];
  return db
    .select(publicMeetingColumns)
    .from(meetings)
    .innerJoin(territories, eq(territories.id, meetings.territoryId))
    .leftJoin(groups, eq(groups.id, meetings.groupId))
    .where(and(inScope(scope), isNull(meetings.deletedAt), gte(meetings.startsAt, now)))
    .orderBy(asc(meetings.startsAt))
    .limit(limit);
}

/** What a calendar feed holds: a year back and everything ahead, with deleted meetings so calendars can cancel them. */
export async function feedMeetings(db: Database, scope: MeetingScope, now = new Date()) {
  if (isEmpty(scope)) return [];
  const since = pragueNow(new Date(now.getTime() - FEED_HISTORY_DAYS * 86_400_000));
  return db
    .select({ ...publicMeetingColumns, updatedAt: meetings.updatedAt, deletedAt: meetings.deletedAt })
    .from(meetings)
    .innerJoin(territories, eq(territories.id, meetings.territoryId))
    .leftJoin(groups, eq(groups.id, meetings.groupId))
    .where(and(inScope(scope), gte(meetings.startsAt, since)))
    .orderBy(asc(meetings.startsAt))
    .limit(2000);
}
