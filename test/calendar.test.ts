import ICAL from 'ical.js';
import { uuidv7 } from 'uuidv7';
import { beforeAll, describe, expect, it } from 'vitest';
import { groups, meetings } from '../schema/tables.ts';
import { escapeText, foldLine } from '../worker/files/icalendar.ts';
import { api, createRegion, createTerritory, db } from './helpers.ts';

const nextYear = new Date().getUTCFullYear() + 1;
const lastYear = nextYear - 2;

let regionCode = '';
const ids = {} as Record<'hearing' | 'summer' | 'group' | 'steering' | 'cancelled' | 'subarea' | 'old' | 'other', string>;

beforeAll(async () => {
  const region = await createRegion();
  regionCode = region.code;
  const tabor = (await createTerritory(region.id, { slug: 'tabor', name: 'ORP Tábor' })).id;
  const bechynsko = (await createTerritory(region.id, { slug: 'bechynsko', name: 'Bechyňsko', kind: 'subarea', parentId: tabor })).id;
  const trebon = (await createTerritory(region.id, { slug: 'trebon', name: 'ORP Třeboň' })).id;
  const seniors = uuidv7();
  const steering = uuidv7();
  await db.insert(groups).values([
    { id: seniors, territoryId: tabor, kind: 'working_thematic', name: 'PS Senioři' },
    { id: steering, territoryId: tabor, kind: 'steering', name: 'Řídicí skupina' },
  ]);
  for (const key of Object.keys({ hearing: 0, summer: 0, group: 0, steering: 0, cancelled: 0, subarea: 0, old: 0, other: 0 }) as (keyof typeof ids)[]) ids[key] = uuidv7();
  const rows: (typeof meetings.$inferInsert)[] = [
    {
      id: ids.hearing, territoryId: tabor, kind: 'public_hearing', title: 'Veřejné projednání plánu; priority, potřeby a připomínky',
      startsAt: `${nextYear}-01-21T13:30`, endsAt: `${nextYear}-01-21T15:30`, place: 'MěÚ Tábor, Žižkovo nám. 2\nvelký sál',
    },
    {
      id: ids.summer, territoryId: tabor, kind: 'mayors_round_table', title: 'Kulatý stůl starostů Táborska – spolufinancování pečovatelské služby obcemi a územní pracovní skupiny',
      startsAt: `${nextYear}-06-18T16:00`, endsAt: `${nextYear}-06-18T18:00`, place: 'Kulturní dům Střelnice',
    },
    { id: ids.group, territoryId: tabor, groupId: seniors, kind: 'working_group', title: 'Pracovní skupina Senioři', startsAt: `${nextYear}-02-10T09:00`, place: 'Centrum sociálních služeb' },
    { id: ids.steering, territoryId: tabor, groupId: steering, kind: 'steering_group', title: 'Řídicí skupina – rozpočet', startsAt: `${nextYear}-02-11T14:00`, place: 'MěÚ Tábor' },
    { id: ids.cancelled, territoryId: tabor, kind: 'public_meeting', title: 'Zrušené setkání', startsAt: `${nextYear}-03-01T17:00`, deletedAt: Date.now() },
    { id: ids.subarea, territoryId: bechynsko, kind: 'public_meeting', title: 'Veřejné setkání v Bechyni', startsAt: `${nextYear}-04-02T17:00`, place: 'Bechyně, kulturní dům' },
    { id: ids.old, territoryId: tabor, kind: 'public_hearing', title: 'Projednání před dvěma lety', startsAt: `${lastYear - 1}-04-12T15:00` },
    { id: ids.other, territoryId: trebon, kind: 'public_meeting', title: 'Veřejné setkání Třeboňsko', startsAt: `${nextYear}-05-05T16:00`, place: 'Třeboň' },
  ];
  // One statement per row: D1 binds at most 100 parameters per statement.
  for (const row of rows) await db.insert(meetings).values(row);
});

async function feed(path: string) {
  const res = await api(path);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  const text = await res.text();
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  return { text, calendar, events, byUid: (id: string) => events.find((e) => e.uid === `${id}@kpss`) };
}

describe('GET /api/territories/:territory/calendar.ics', () => {
  it('is a valid iCalendar that parses back, with PRODID, VERSION 2.0 and the Prague time zone', async () => {
    const { calendar } = await feed('/api/territories/tabor/calendar.ics');
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/KPSS/);
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Prague');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('KPSS – ORP Tábor');
  });

  it('holds the public meetings, the working groups and the sub-areas, but not the steering group or old meetings', async () => {
    const { events } = await feed('/api/territories/tabor/calendar.ics');
    expect(events.map((e) => e.uid).sort()).toEqual([ids.hearing, ids.summer, ids.group, ids.cancelled, ids.subarea].map((id) => `${id}@kpss`).sort());
  });

  it('gives the right instants in winter (CET) and summer (CEST)', async () => {
    const { byUid } = await feed('/api/territories/tabor/calendar.ics');
    const hearing = byUid(ids.hearing)!;
    expect(hearing.startDate.toJSDate().toISOString()).toBe(`${nextYear}-01-21T12:30:00.000Z`);
    expect(hearing.endDate.toJSDate().toISOString()).toBe(`${nextYear}-01-21T14:30:00.000Z`);
    expect(hearing.startDate.zone?.tzid).toBe('Europe/Prague');
    expect(byUid(ids.summer)!.startDate.toJSDate().toISOString()).toBe(`${nextYear}-06-18T14:00:00.000Z`);
  });

  it('keeps Czech text, commas, semicolons and line breaks intact through escaping and folding', async () => {
    const { byUid } = await feed('/api/territories/tabor/calendar.ics');
    const hearing = byUid(ids.hearing)!;
    expect(hearing.summary).toBe('Veřejné projednání plánu; priority, potřeby a připomínky');
    expect(hearing.location).toBe('MěÚ Tábor, Žižkovo nám. 2\nvelký sál');
    expect(byUid(ids.summer)!.summary).toBe('Kulatý stůl starostů Táborska – spolufinancování pečovatelské služby obcemi a územní pracovní skupiny');
    expect(byUid(ids.subarea)!.summary).toBe('Veřejné setkání v Bechyni (Bechyňsko)');
    expect(byUid(ids.group)!.component.getFirstPropertyValue('description')).toBe('Pracovní skupina · PS Senioři · ORP Tábor');
  });

  it('marks a deleted meeting as cancelled so subscribed calendars drop it', async () => {
    const { byUid } = await feed('/api/territories/tabor/calendar.ics');
    expect(byUid(ids.cancelled)!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(byUid(ids.hearing)!.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('ends every line with CRLF and keeps every line within 75 octets', async () => {
    const { text } = await feed('/api/territories/tabor/calendar.ics');
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.split('\r\n').slice(0, -1);
    expect(lines.some((line) => line.includes('\n'))).toBe(false);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(text).toContain(`DTSTAMP:`);
  });

  it('answers 404 for a territory that does not exist', async () => {
    expect((await api('/api/territories/neexistuje/calendar.ics')).status).toBe(404);
  });
});

describe('GET /api/regions/:code/calendar.ics', () => {
  it('holds the public meetings of every territory in the region, each saying where', async () => {
    const { events, byUid } = await feed(`/api/regions/${regionCode}/calendar.ics`);
    expect(events).toHaveLength(6);
    expect(byUid(ids.other)!.summary).toBe('Veřejné setkání Třeboňsko (ORP Třeboň)');
    expect(byUid(ids.steering)).toBeUndefined();
  });

  it('answers 404 for an unknown region', async () => {
    expect((await api('/api/regions/CZ999999999/calendar.ics')).status).toBe(404);
  });
});

describe('iCalendar text', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a Czech character', () => {
    const folded = foldLine(`SUMMARY:${'ř'.repeat(80)}`);
    const lines = folded.split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.map((line, i) => (i === 0 ? line : line.slice(1))).join('')).toBe(`SUMMARY:${'ř'.repeat(80)}`);
  });
});
