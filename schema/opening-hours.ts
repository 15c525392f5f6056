import type * as v from 'valibot';
import type { OpeningHours as OpeningHoursSchema } from './api/catalogue.ts';

/** Shared by the PWA (a service's card and page) and the Worker (the prerendered first screens). */
type OpeningHours = v.InferOutput<typeof OpeningHoursSchema>;

/** Opening hours are Prague local time (as the registry and HSDS export give them), wherever the phone thinks it is. */
const PRAGUE = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Prague', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const WEEKDAY: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The weekday (1 = Monday … 7 = Sunday) and the time "HH:MM" in Prague at a moment. */
export function pragueNow(at: Date): { day: number; time: string } {
  const parts = Object.fromEntries(PRAGUE.formatToParts(at).map((part) => [part.type, part.value]));
  return { day: WEEKDAY[parts.weekday ?? ''] ?? 1, time: `${parts.hour}:${parts.minute}` };
}

export type OpenState = { state: 'always' } | { state: 'open'; closes: string } | { state: 'closed'; next?: { day: number; opens: string; daysAhead: number } } | { state: 'unknown' };

/** Whether a service is open at a moment, and when it closes or next opens (within a week). */
export function openState(hours: OpeningHours | null | undefined, alwaysOpen: boolean | null | undefined, at: Date): OpenState {
  if (alwaysOpen) return { state: 'always' };
  if (!hours || hours.length === 0) return { state: 'unknown' };
  const now = pragueNow(at);
  const current = hours.find((entry) => entry.day === now.day && entry.opens <= now.time && now.time < entry.closes);
  if (current) return { state: 'open', closes: current.closes };
  for (let ahead = 0; ahead < 8; ahead++) {
    const day = ((now.day - 1 + ahead) % 7) + 1;
    const later = hours
      .filter((entry) => entry.day === day && (ahead > 0 || entry.opens > now.time))
      .sort((a, b) => a.opens.localeCompare(b.opens))[0];
    if (later) return { state: 'closed', next: { day, opens: later.opens, daysAhead: ahead } };
  }
  return { state: 'closed' };
}

/** The hours grouped per weekday in time order, for a table: [[1, ["08:00–12:00", "13:00–16:00"]], …]. */
export function hoursByDay(hours: OpeningHours): [number, { opens: string; closes: string; note?: string }[]][] {
  const days = new Map<number, { opens: string; closes: string; note?: string }[]>();
  for (const entry of [...hours].sort((a, b) => a.day - b.day || a.opens.localeCompare(b.opens))) {
    days.set(entry.day, [...(days.get(entry.day) ?? []), { opens: entry.opens, closes: entry.closes, ...(entry.note ? { note: entry.note } : {}) }]);
  }
  return [...days];
}

/** Consecutive days with the same times as one run, for print: [[1, 5, "07:00–15:30"], [6, 6, "08:00–12:00"]]. */
export function hourRuns(hours: OpeningHours): [number, number, string][] {
  const runs: [number, number, string][] = [];
  for (const [day, times] of hoursByDay(hours)) {
    const text = times.map((time) => `${time.opens}–${time.closes}`).join(', ');
    const last = runs.at(-1);
    if (last && last[1] === day - 1 && last[2] === text) last[1] = day;
    else runs.push([day, day, text]);
  }
  return runs;
}

type Next = { day: number; daysAhead: number };
/** "opens on Wednesday": the day as Czech says it after a preposition */
const csOnDay = ['', 'v pondělí', 'v úterý', 've středu', 've čtvrtek', 'v pátek', 'v sobotu', 'v neděli'];
const enDays = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const csWhen = (next: Next) => (next.daysAhead === 0 ? 'dnes' : next.daysAhead === 1 ? 'zítra' : csOnDay[next.day]);
const enWhen = (next: Next) => (next.daysAhead === 0 ? 'today' : next.daysAhead === 1 ? 'tomorrow' : `on ${enDays[next.day]}`);

/**
 * The open-now line in words, in both languages: the PWA's messages (pwa/catalogue/messages.ts) and the Worker's
 * prerendered first screens (worker/prerender/) say it alike.
 */
export const openStateWords: Record<'cs' | 'en', (state: OpenState) => string> = {
  cs: (state) =>
    state.state === 'always'
      ? 'Otevřeno nonstop'
      : state.state === 'open'
        ? `Nyní otevřeno, do ${state.closes}`
        : state.state === 'closed'
          ? state.next
            ? `Nyní zavřeno, otevírá ${csWhen(state.next)} v ${state.next.opens}`
            : 'Nyní zavřeno'
          : '',
  en: (state) =>
    state.state === 'always'
      ? 'Open around the clock'
      : state.state === 'open'
        ? `Open now, until ${state.closes}`
        : state.state === 'closed'
          ? state.next
            ? `Closed now, opens ${enWhen(state.next)} at ${state.next.opens}`
            : 'Closed now'
          : '',
};
