import { eq, sql } from 'drizzle-orm';
import { RegionParams, TerritoryOverviewParams } from '../../schema/api/territory-overview.ts';
import { regions } from '../../schema/tables.ts';
import { createRouter } from '../app.ts';
import { feedMeetings } from '../db/public-calendar.ts';
import { requireTerritoryProfile, territoryFamilyIds } from '../db/territory-overview.ts';
import type { Database } from '../env.ts';
import { notFound } from '../errors.ts';
import { buildCalendar, type CalendarEvent } from '../files/icalendar.ts';
import { validate } from '../validation.ts';

const KIND_LABELS = {
  public_hearing: 'Veřejné projednání',
  public_meeting: 'Veřejné setkání',
  mayors_round_table: 'Kulatý stůl starostů',
  working_group: 'Pracovní skupina',
} as const;

type FeedMeeting = Awaited<ReturnType<typeof feedMeetings>>[number];

const toEvent = (meeting: FeedMeeting, withTerritory: boolean): CalendarEvent => ({
  uid: `${meeting.id}@kpss`,
  startsAt: meeting.startsAt,
  endsAt: meeting.endsAt,
  summary: withTerritory ? `${meeting.title} (${meeting.territoryName})` : meeting.title,
  location: meeting.place,
  description: [KIND_LABELS[meeting.kind as keyof typeof KIND_LABELS], meeting.groupName, meeting.territoryName].filter(Boolean).join(' · '),
  updatedAt: Math.max(meeting.updatedAt, meeting.deletedAt ?? 0),
  cancelled: meeting.deletedAt !== null,
});

const calendarHeaders = (fileName: string) => ({
  'Content-Type': 'text/calendar; charset=utf-8',
  'Content-Disposition': `inline; filename="${fileName}"`,
  'Cache-Control': 'public, max-age=900',
});

async function regionFeed(db: Database, code: string) {
  const [region] = await db.select({ id: regions.id, name: regions.name }).from(regions).where(eq(sql`upper(${regions.code})`, code.toUpperCase())).limit(1);
  if (!region) throw notFound('Region');
  return { name: `KPSS – ${region.name}`, events: (await feedMeetings(db, { regionId: region.id })).map((m) => toEvent(m, true)) };
}

/** iCalendar feeds of public meetings (see PUBLIC_MEETING_KINDS), to subscribe to in any calendar app. */
export const territoryCalendarRoutes = createRouter().get('/:territory/calendar.ics', validate('param', TerritoryOverviewParams), async (c) => {
  const territory = await requireTerritoryProfile(c.var.db, c.req.valid('param').territory);
  const meetings = await feedMeetings(c.var.db, { territoryIds: await territoryFamilyIds(c.var.db, territory.id) });
  // Meetings of sub-areas say where they take place; the territory's own need not.
  const events = meetings.map((m) => toEvent(m, m.territoryId !== territory.id));
  const body = buildCalendar({ name: `KPSS – ${territory.name}`, events });
  return c.body(body, 200, calendarHeaders(`kpss-${territory.slug}.ics`));
});

export const regionCalendarRoutes = createRouter().get('/:code/calendar.ics', validate('param', RegionParams), async (c) => {
  const { code } = c.req.valid('param');
  return c.body(buildCalendar(await regionFeed(c.var.db, code)), 200, calendarHeaders(`kpss-${code.toLowerCase()}.ics`));
});
