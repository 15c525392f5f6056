/**
 * Opening hours as HSDS schedules. HSDS wants `opens_at`/`closes_at` with a UTC offset ("09:00-05:00"), but Prague's
 * offset changes twice a year (CET +01:00, CEST +02:00) while the hours stay local. So every set of hours is given
 * twice: once for the offset period KPSS answers in and once for the next one, each with `valid_from`/`valid_to`
 * and the offset in hours as `timezone`. The periods follow the EU rule (summer time from the last Sunday of March
 * to the last Sunday of October); the changeover Sunday counts wholly to the new period, whose first two hours are
 * the only ones given with the wrong offset.
 */
import type { OpeningHours } from '../../schema/tables.ts';
import type { ServiceRow } from './public-service.ts';
import { nameUuid } from './hsds-taxonomies.ts';

const BYDAY = ['', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const DAY_MS = 86_400_000;

export type OffsetPeriod = { validFrom: string; validTo: string; offset: '+01:00' | '+02:00'; hours: 1 | 2 };

/** The last Sunday of a month (0-based), at 00:00 UTC. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return last.getTime() - last.getUTCDay() * DAY_MS;
}

const date = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The Prague offset period `now` falls in and the one after it. */
export function pragueOffsetPeriods(now: number): [OffsetPeriod, OffsetPeriod] {
  const year = new Date(now).getUTCFullYear();
  // the changeovers of three years, at 01:00 UTC, in order
  const changes: { at: number; day: number; summer: boolean }[] = [];
  for (const y of [year - 1, year, year + 1]) {
    changes.push({ at: lastSunday(y, 2) + 3_600_000, day: lastSunday(y, 2), summer: true });
    changes.push({ at: lastSunday(y, 9) + 3_600_000, day: lastSunday(y, 9), summer: false });
  }
  const current = changes.findLastIndex((c) => c.at <= now);
  const period = (i: number): OffsetPeriod => ({
    validFrom: date(changes[i]!.day),
    validTo: date(changes[i + 1]!.day - DAY_MS),
    ...(changes[i]!.summer ? { offset: '+02:00', hours: 2 } : { offset: '+01:00', hours: 1 }),
  });
  return [period(current), period(current + 1)];
}

/**
 * The service's weekly hours, days with the same hours in one schedule (MO,TU,WE,TH,FR 08:00–16:00), once per
 * offset period. A closing at 24:00 is 23:59: HSDS times are HH:MM of one day.
 */
export async function hsdsSchedules(service: ServiceRow, now = Date.now()) {
  const hours: { key: string; byday: string; opens: string; closes: string; description?: string }[] = [];
  if (service.alwaysOpen) {
    hours.push({ key: 'always', byday: BYDAY.slice(1).join(','), opens: '00:00', closes: '23:59', description: 'Nepřetržitý provoz' });
  } else {
    const groups = new Map<string, number[]>();
    for (const entry of (service.openingHours as OpeningHours | null) ?? []) {
      const key = `${entry.opens}|${entry.closes === '24:00' ? '23:59' : entry.closes}`;
      groups.set(key, [...(groups.get(key) ?? []), entry.day]);
    }
    for (const [key, days] of groups) {
      const [opens, closes] = key.split('|') as [string, string];
      hours.push({ key, byday: [...new Set(days)].sort().map((d) => BYDAY[d]).join(','), opens, closes });
    }
  }
  const schedules = [];
  for (const period of pragueOffsetPeriods(now)) {
    for (const h of hours) {
      schedules.push({
        id: await nameUuid(`schedule:${service.id}:${h.key}:${period.validFrom}`),
        service_id: service.id,
        valid_from: period.validFrom,
        valid_to: period.validTo,
        timezone: period.hours,
        freq: 'WEEKLY',
        byday: h.byday,
        opens_at: `${h.opens}${period.offset}`,
        closes_at: `${h.closes}${period.offset}`,
        ...(h.description ? { description: h.description } : {}),
        notes: `Místní čas v Praze (Europe/Prague), od ${period.validFrom} do ${period.validTo} UTC${period.offset}.`,
      });
    }
  }
  return schedules;
}
