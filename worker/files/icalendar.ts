/**
 * iCalendar (RFC 5545) feeds of public meetings. Meetings are stored in Prague local time ("2018-04-12T15:00"),
 * so events carry TZID=Europe/Prague with the zone's VTIMEZONE: calendars then show the right hour on both sides
 * of a daylight-saving change without the Worker converting anything.
 */

export type CalendarEvent = {
  /** stable across feeds and edits, so a subscribed calendar updates the event instead of adding a copy */
  uid: string;
  /** Prague local time, "YYYY-MM-DDTHH:MM" */
  startsAt: string;
  endsAt?: string | null;
  summary: string;
  location?: string | null;
  description?: string | null;
  /** ms since the epoch; DTSTAMP and LAST-MODIFIED */
  updatedAt: number;
  cancelled?: boolean;
};

export type Calendar = { name: string; events: CalendarEvent[] };

const TIME_ZONE = 'Europe/Prague';

/** Central European Time with the EU's daylight-saving rule (last Sunday of March and of October). */
const PRAGUE_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11). */
export const escapeText = (value: string): string =>
  value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');

const encoder = new TextEncoder();

/** Lines longer than 75 octets go on in lines that start with a space, never splitting a UTF-8 character (§3.1). */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const localDateTime = (value: string) => `${value.slice(0, 10).replace(/-/g, '')}T${value.slice(11, 16).replace(':', '')}00`;

const utcStamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

function eventLines(event: CalendarEvent): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(event.updatedAt)}`,
    `LAST-MODIFIED:${utcStamp(event.updatedAt)}`,
    `DTSTART;TZID=${TIME_ZONE}:${localDateTime(event.startsAt)}`,
  ];
  // Without an end the event ends when it starts (RFC 5545 §3.6.1); inventing a length would be a guess.
  if (event.endsAt && event.endsAt > event.startsAt) lines.push(`DTEND;TZID=${TIME_ZONE}:${localDateTime(event.endsAt)}`);
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  lines.push(`STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'TRANSP:OPAQUE', 'END:VEVENT');
  return lines;
}

export function buildCalendar(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//KPSS//Komunitni planovani socialnich sluzeb//CS',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `X-WR-TIMEZONE:${TIME_ZONE}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT6H',
    'X-PUBLISHED-TTL:PT6H',
    ...PRAGUE_VTIMEZONE,
    ...calendar.events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
