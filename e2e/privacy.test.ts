/**
 * Issue 14, point 1: after signing out, a device keeps nothing personal of what its person saw: no Cache Storage
 * answer and no IndexedDB row with the e-mail addresses and names of the private screens. Only the changes that still
 * wait to be sent stay, tied to their author.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { planId } from '../seeds/demo/keys.ts';
import { useBrowser } from './browser.ts';
import { HEARING } from './hearing-helpers.ts';
import { COORDINATOR, JH, apiAs, apiSignIn, createGroupMeeting, noteField, outboxOnDevice, signInOnPage, waitForBadge, waitForNoteState, waitForServiceWorker } from './meetings-helpers.ts';

const baseUrl = inject('baseUrl');
const seeded = inject('seeded');
const SLOW = 300_000;

const browser = useBrowser();

type Member = { email: string; name: string };

/** Everything the device holds for this origin: every Cache Storage answer, every IndexedDB record, localStorage. */
function deviceContents(page: Page): Promise<{ where: string; text: string }[]> {
  return page.evaluate(async () => {
    const found: { where: string; text: string }[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        const type = response?.headers.get('content-type') ?? '';
        if (response && /json|text\/(plain|csv|calendar)/.test(type)) found.push({ where: `cache ${name} ${request.url}`, text: await response.text() });
      }
    }
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const [keys, values] = await Promise.all(
          ['getAllKeys', 'getAll'].map(
            (method) =>
              new Promise<unknown[]>((resolve, reject) => {
                const request = db.transaction(store).objectStore(store)[method as 'getAll']();
                request.onsuccess = () => resolve(request.result as unknown[]);
                request.onerror = () => reject(request.error);
              }),
          ),
        );
        values!.forEach((value, i) => found.push({ where: `indexedDB ${name}/${store}/${JSON.stringify(keys![i])}`, text: JSON.stringify(value) }));
      }
      db.close();
    }
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      found.push({ where: `localStorage ${key}`, text: localStorage.getItem(key) ?? '' });
    }
    return found;
  });
}

const holding = (contents: { where: string; text: string }[], needles: string[]) =>
  contents.flatMap(({ where, text }) => needles.filter((needle) => text.includes(needle)).map((needle) => `${needle} in ${where}`));

async function visit(page: Page, path: string, heading: string | RegExp) {
  await page.goto(`${baseUrl}${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).first().waitFor();
}

describe.skipIf(!seeded)('signing out', () => {
  it('leaves no personal data in any cache or IndexedDB store, offline, and keeps the waiting change', { timeout: SLOW }, async () => {
    // What a coordinator sees that the public does not: the accounts of their territories.
    const cookie = await apiSignIn(baseUrl, COORDINATOR);
    const members = (
      await Promise.all(['jindrichuv-hradec', 'tabor'].map((slug) => apiAs<{ members: Member[] }>(baseUrl, cookie, `/api/territories/${slug}/members`)))
    ).flatMap((answer) => answer.members);
    const signins = (await apiAs<{ signins: { name: string | null }[] }>(baseUrl, cookie, `/api/hearings/${HEARING.id}/signins`)).signins;
    const group = await apiAs<{ members: { name: string; email?: string | null }[] | null }>(baseUrl, cookie, `/api/groups/${JH.excludedGroupId}`);
    // names that the territories publish themselves (the planning office's contact) are not secrets
    const published = (
      await Promise.all(
        ['overview', 'groups', 'plans', 'meetings', 'documents', 'projects'].flatMap((what) =>
          ['jindrichuv-hradec', 'tabor'].map(async (slug) => (await fetch(`${baseUrl}/api/territories/${slug}/${what}`)).text()),
        ),
      )
    ).join('\n');
    const personal = [
      ...new Set([
        ...members.flatMap((member) => [member.email, member.name]),
        ...signins.map((signin) => signin.name ?? ''),
        ...(group.members ?? []).flatMap((member) => [member.name, member.email ?? '']),
      ]),
    ].filter((text) => text.length > 3 && !published.includes(text));
    expect(personal).toEqual(expect.arrayContaining([COORDINATOR.email, 'clen@kpss.example']));

    const { page, context } = await browser.open();
    await page.goto(`${baseUrl}/prihlaseni?next=/ucet`);
    await signInOnPage(page, COORDINATOR);
    await page.getByRole('heading', { level: 1, name: 'Můj účet' }).waitFor();
    await waitForServiceWorker(page);
    // every private screen, once the service worker is in control of the page
    await visit(page, '/ucet', 'Můj účet');
    await page.getByRole('heading', { level: 2, name: 'Správa území Tábor' }).waitFor();
    await page.locator('.item-list__item').filter({ hasText: 'clen@kpss.example' }).or(page.getByText('clen@kpss.example')).first().waitFor();
    await visit(page, `/uzemi/${JH.slug}`, 'Jindřichův Hradec');
    await visit(page, `/uzemi/${JH.slug}/skupiny`, /Skupiny/);
    await visit(page, `/skupiny/${JH.excludedGroupId}`, /.+/);
    await visit(page, `/plany/${planId('tabor-2020')}`, /Tábor 2020/);
    await visit(page, `/jednani/${HEARING.id}/vyporadani`, /.+/);
    await visit(page, `/jednani/${HEARING.id}/zprava`, /.+/);
    const meeting = await createGroupMeeting(baseUrl, cookie, 'Jednání před odhlášením', ['Terénní program']);
    await visit(page, `/jednani/${meeting.meeting.id}`, 'Jednání před odhlášením');
    await waitForBadge(page, 0);

    // a change that cannot be sent yet: it must outlive the sign-out
    await context.route('**/api/sync/push', (route) => route.abort('connectionrefused'));
    const text = 'Terénní program rozšíří provozní dobu o čtvrtky.';
    await noteField(page, 'Zápis k bodu 1').fill(text);
    await waitForNoteState(page, 'Zápis k bodu 1', 'Uloženo v tomto zařízení');
    await visit(page, '/zmeny', 'Změny k odeslání');

    // the check can see what the screens left: before signing out, the device does hold personal data
    expect(holding(await deviceContents(page), personal)).not.toEqual([]);

    await page.getByRole('button', { name: 'Odhlásit', exact: true }).click();
    const warning = page.getByRole('dialog', { name: 'Odhlásit se?' });
    await warning.getByRole('button', { name: 'Odhlásit', exact: true }).click();
    await page.getByRole('link', { name: 'Přihlásit', exact: true }).waitFor();

    await context.setOffline(true);
    const contents = await deviceContents(page);
    expect(holding(contents, personal)).toEqual([]);
    expect((await outboxOnDevice(page)).map((entry) => entry.data.body)).toEqual([text]);
    // the public part still works offline: the home page's territories stay
    expect(contents.some(({ where }) => where.includes('/api/territories?topLevel=true'))).toBe(true);
  });
});
