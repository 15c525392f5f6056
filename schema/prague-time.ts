/**
 * Local Europe/Prague times ("2027-10-31T02:30", as districts write meetings) and their UTC offsets. At the
 * daylight-saving changes a local time can occur never (the clocks jump from 02:00 to 03:00 on the last Sunday of
 * March) or twice (03:00 back to 02:00 on the last Sunday of October). Shared by the Worker and the PWA.
 */
const ZONE = 'Europe/Prague';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The local wall-clock time read as if it were UTC, in milliseconds. */
function wallClockAsUtc(local: string): number {
  const [date, time] = local.split('T') as [string, string];
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  return Date.UTC(y, mo - 1, d, h, mi);
}

/** Prague's offset from UTC at an instant, in minutes. */
function offsetAt(instant: number): number {
  const p = Object.fromEntries(parts.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return Math.round((Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute)) - instant) / MINUTE);
}

const formatOffset = (minutes: number) => {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
};

/**
 * The offsets ("+02:00") at which the local time occurs in Prague, earliest instant first: one for an ordinary
 * time, none for a time the clocks skip, two for a time they repeat.
 */
export function pragueOffsets(local: string): string[] {
  const wall = wallClockAsUtc(local);
  const candidates = [...new Set([offsetAt(wall - DAY), offsetAt(wall + DAY)])].sort((a, b) => b - a);
  return candidates.filter((offset) => offsetAt(wall - offset * MINUTE) === offset).map(formatOffset);
}

export type PragueTime = { kind: 'ordinary'; offset: string } | { kind: 'repeated'; offset: string; other: string } | { kind: 'skipped' };

/**
 * What a local time means in Prague. A repeated time is taken at its first occurrence (still summer time, +02:00),
 * as RFC 5545 reads a TZID time, so the meeting's calendar entry shows the same hour.
 */
export function pragueTime(local: string): PragueTime {
  const [first, second] = pragueOffsets(local);
  if (!first) return { kind: 'skipped' };
  return second ? { kind: 'repeated', offset: first, other: second } : { kind: 'ordinary', offset: first };
}
