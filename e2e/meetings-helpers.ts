/** What the meeting browser tests share: the demo people and meetings, API calls as a person, waiting for sync. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { childId, groupId, meetingId, territoryId } from '../seeds/demo/keys.ts';
import { DESKTOP, PHONE, SMALL_PHONE, expectNoAxeViolations, hasHorizontalScroll, screenshot } from './browser.ts';

export const MEMBER = { email: 'clen@kpss.example', password: 'demo-heslo-clen', name: 'Lenka Modelová' };
export const COORDINATOR = { email: 'koordinator@kpss.example', password: 'demo-heslo-koordinator', name: 'Veronika Příkladná' };
export type Account = typeof MEMBER;

export const JH = {
  slug: 'jindrichuv-hradec',
  territoryId: territoryId('jindrichuv-hradec'),
  /** the demo member's working group */
  excludedGroupId: groupId('jh-excluded'),
  /** its upcoming meeting, 18 Feb 2027 */
  upcomingMeetingId: meetingId('jh-excluded-2027-02'),
  /** its meeting of 29 March 2018, whose minutes are published */
  publishedMeetingId: meetingId('jh-excluded-2018-03'),
  carriedTaskId: childId('task', 'jh-excluded-2018-03/2'),
};

/** A session cookie for API checks made beside the browser (what the server really holds). */
export async function apiSignIn(baseUrl: string, account: Account): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ email: account.email, password: account.password }),
  });
  expect(response.status).toBe(200);
  const cookie = /(__Host-kpss_session=[^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  if (!cookie) throw new Error('no session cookie');
  return cookie;
}

export async function apiAs<T = unknown>(baseUrl: string, cookie: string, path: string, init: { method?: string; json?: unknown } = {}): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: { cookie, origin: baseUrl, ...(init.json === undefined ? {} : { 'content-type': 'application/json' }) },
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  });
  const body = (await response.json()) as T;
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path} answered ${response.status}: ${JSON.stringify(body)}`);
  return body;
}

type ParticipantMeeting = {
  meeting: { id: string; status: string };
  agendaItems: { id: string; title: string }[];
  attendance: { id: string; personId: string | null; name: string | null; status: string }[];
  notes: { id: string; body: string; kind: string; conflicted: boolean; authorId: string | null; agendaItemId: string | null; conflictingRevisions: { body: string }[] }[];
  tasks: { id: string; assignee: string; description: string; status: string; dueOn: string | null }[];
};

export const meetingAsParticipant = (baseUrl: string, cookie: string, id: string) => apiAs<ParticipantMeeting>(baseUrl, cookie, `/api/meetings/${id}`);

/** A fresh meeting of the demo member's group, made by the coordinator online, so each test has its own. */
export async function createGroupMeeting(baseUrl: string, cookie: string, title: string, agenda: string[]) {
  return apiAs<ParticipantMeeting>(baseUrl, cookie, `/api/territories/${JH.slug}/meetings`, {
    method: 'POST',
    json: { groupId: JH.excludedGroupId, kind: 'working_group', title, startsAt: '2027-05-20T13:00', endsAt: '2027-05-20T15:00', place: 'MěÚ Jindřichův Hradec', agenda },
  });
}

type PullEntry = { entity: string; id: string; seq: number; deleted?: true; data?: Record<string, unknown> };

/** Everything the person may pull, from the start: to count how many times a text reached the server. */
export async function pullEverything(baseUrl: string, cookie: string): Promise<PullEntry[]> {
  const all: PullEntry[] = [];
  let since = 0;
  for (;;) {
    const page = await apiAs<{ changes: PullEntry[]; cursor: number; hasMore: boolean }>(baseUrl, cookie, `/api/sync/pull?since=${since}&limit=5000`);
    all.push(...page.changes);
    since = page.cursor;
    if (!page.hasMore) return all;
  }
}

export const rowsWith = (entries: PullEntry[], entity: string, field: string, value: unknown) =>
  entries.filter((entry) => entry.entity === entity && entry.data?.[field] === value);

export async function signInOnPage(page: Page, account: Account) {
  await page.getByLabel('E-mail').fill(account.email);
  await page.getByLabel('Heslo', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Přihlásit se' }).click();
}

/** The header's badge, by the words it says: "3 změny čekají na odeslání". */
export function badgeLabel(waiting: number): string {
  if (waiting === 0) return 'Žádné změny nečekají na odeslání';
  const what = waiting === 1 ? 'změna čeká' : waiting <= 4 ? 'změny čekají' : 'změn čeká';
  return `${waiting} ${what} na odeslání`;
}

export async function waitForBadge(page: Page, waiting: number, timeout = 60_000) {
  await page.getByRole('link', { name: `Změny (${badgeLabel(waiting)})`, exact: true }).waitFor({ timeout });
}

export async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

/** The "ready offline" toast comes and goes by itself; it is closed so that it does not cover a screenshot. */
export async function closeToast(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const close = page.locator('.toast').getByRole('button', { name: /Zavřít|Close/ });
  if (await close.isVisible()) await close.click();
}

/** Axe at 360 px, then the screen at 320, 360 and 1024 px for a person to look at, never scrolling sideways. */
export async function checkScreen(page: Page, name: string) {
  await closeToast(page);
  await expectNoAxeViolations(page);
  expect(await hasHorizontalScroll(page), `${name} scrolls sideways at 360 px`).toBe(false);
  await screenshot(page, `${name}-360`);
  await page.setViewportSize(SMALL_PHONE);
  expect(await hasHorizontalScroll(page), `${name} scrolls sideways at 320 px`).toBe(false);
  await screenshot(page, `${name}-320`);
  await page.setViewportSize(DESKTOP);
  await screenshot(page, `${name}-1024`);
  await page.setViewportSize(PHONE);
}

export type StoredChange = { id: string; authorId: string; entity: string; entityId: string; status: string; data: Record<string, unknown> };

/** The outbox as IndexedDB holds it on this device (every person's entries). */
export function outboxOnDevice(page: Page): Promise<StoredChange[]> {
  return page.evaluate(
    () =>
      new Promise<StoredChange[]>((resolve, reject) => {
        const open = indexedDB.open('kpss');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('outbox').objectStore('outbox').getAll();
          request.onsuccess = () => {
            resolve(request.result as StoredChange[]);
            db.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** The text field of the minutes with this label, and the state line under it. */
export const noteField = (page: Page, label: string) => page.getByLabel(label, { exact: true });

export async function noteState(page: Page, label: string): Promise<string> {
  const describedBy = (await noteField(page, label).getAttribute('aria-describedby')) ?? '';
  const stateId = describedBy.split(' ').find((id) => id.endsWith('-state'));
  return stateId ? ((await page.locator(`[id="${stateId}"]`).textContent()) ?? '') : '';
}

export async function waitForNoteState(page: Page, label: string, state: string, timeout = 30_000) {
  await expect.poll(() => noteState(page, label), { timeout, interval: 200 }).toBe(state);
}
