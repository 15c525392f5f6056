import { locale } from '../lib/i18n.ts';

const TAG = () => (locale() === 'cs' ? 'cs-CZ' : 'en-GB');

/**
 * Meetings carry Prague wall-clock times ("2027-02-18T13:00") and dates ("2027-03-10"), not instants: they are shown
 * exactly as written, whatever the device's time zone, by formatting them as UTC.
 */
function wallClock(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value);
  if (!match) return null;
  const [, y, m, d, h = '0', min = '0'] = match;
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), Number(h), Number(min)));
}

export function formatDay(value: string, style: 'long' | 'short' = 'long'): string {
  const date = wallClock(value);
  if (!date) return value;
  const options: Intl.DateTimeFormatOptions =
    style === 'long' ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(TAG(), options).format(date);
}

export function formatTime(value: string): string {
  const date = wallClock(value);
  return date ? new Intl.DateTimeFormat(TAG(), { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(date) : '';
}

/** "čtvrtek 18. února 2027, 13:00–15:00" */
export function formatMeetingTime(startsAt: string, endsAt?: string | null): string {
  const sameDay = endsAt && endsAt.slice(0, 10) === startsAt.slice(0, 10);
  const end = sameDay ? `–${formatTime(endsAt)}` : endsAt ? ` – ${formatDay(endsAt)}, ${formatTime(endsAt)}` : '';
  return `${formatDay(startsAt)}, ${formatTime(startsAt)}${end}`;
}

/** A device time (ms) for the list of changes: "18. 2. 2027 13:05". */
export function formatInstant(ms: number): string {
  return new Intl.DateTimeFormat(TAG(), { day: 'numeric', month: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' }).format(ms);
}

/** Today in Prague as "YYYY-MM-DD", to tell upcoming meetings from past ones. */
export function pragueToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Prague', year: 'numeric', month: '2-digit', day: '2-digit' }).format(Date.now());
}
