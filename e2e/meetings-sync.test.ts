/**
 * The sync under stress, as issue 6 asks: two people writing one note offline (both texts kept, the conflict shown and
 * merged), and a push whose answer never arrives while the server is down (retried, applied exactly once).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { uuidv7 } from 'uuidv7';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.ts';
import {
  COORDINATOR,
  MEMBER,
  type Account,
  apiAs,
  apiSignIn,
  checkScreen,
  createGroupMeeting,
  meetingAsParticipant,
  noteField,
  pullEverything,
  rowsWith,
  signInOnPage,
  waitForBadge,
  waitForNoteState,
  waitForServiceWorker,
} from './meetings-helpers.ts';

const baseUrl = inject('baseUrl');
const seeded = inject('seeded');
const SLOW = 300_000;

const browser = useBrowser();

/** A phone of one person, signed in, with the meeting open and kept on the device (and the app available offline). */
async function openMeetingAs(account: Account, meetingId: string, heading: string): Promise<{ page: Page; context: BrowserContext }> {
  const { page, context } = await browser.open();
  await page.goto(`${baseUrl}/prihlaseni?next=/jednani/${meetingId}`);
  await signInOnPage(page, account);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await waitForBadge(page, 0);
  await waitForServiceWorker(page);
  return { page, context };
}

describe.skipIf(!seeded)('two people writing the same note offline', () => {
  it('keeps both texts on the server exactly once, shows the conflict and lets a person merge it', { timeout: SLOW }, async () => {
    const coordinatorCookie = await apiSignIn(baseUrl, COORDINATOR);
    const memberCookie = await apiSignIn(baseUrl, MEMBER);
    const title = 'Jednání ke konfliktu v zápisu';
    const created = await createGroupMeeting(baseUrl, coordinatorCookie, title, ['Financování noclehárny']);
    const meetingId = created.meeting.id;
    const noteId = uuidv7();
    const base = 'Město přislíbilo příspěvek.';
    // the note both will edit, written earlier by the member
    await apiAs(baseUrl, memberCookie, '/api/sync/push', {
      method: 'POST',
      json: {
        clientId: 'e2e-setup',
        appVersion: 'e2e',
        changes: [{ id: uuidv7(), entity: 'note', op: 'upsert', entityId: noteId, data: { meetingId, agendaItemId: created.agendaItems[0]!.id, kind: 'note', body: base } }],
      },
    });

    const lenka = await openMeetingAs(MEMBER, meetingId, title);
    const veronika = await openMeetingAs(COORDINATOR, meetingId, title);
    for (const { page } of [lenka, veronika]) await expect(noteField(page, 'Zápis k bodu 1').inputValue()).resolves.toBe(base);

    await lenka.context.setOffline(true);
    await veronika.context.setOffline(true);
    const lenkaText = `${base} Výše příspěvku bude známa v březnu.`;
    const veronikaFirst = `${base} Rada města o něm rozhodne`;
    const veronikaText = `${base} Rada města o něm rozhodne 2. března.`;
    await noteField(lenka.page, 'Zápis k bodu 1').fill(lenkaText);
    await noteField(veronika.page, 'Zápis k bodu 1').fill(veronikaFirst);
    await waitForNoteState(lenka.page, 'Zápis k bodu 1', 'Čeká na odeslání');
    await waitForNoteState(veronika.page, 'Zápis k bodu 1', 'Čeká na odeslání');

    // Veronika's phone reloads in the middle of her sentence, still offline; she finishes it afterwards.
    await veronika.page.reload();
    await expect(noteField(veronika.page, 'Zápis k bodu 1').inputValue()).resolves.toBe(veronikaFirst);
    await noteField(veronika.page, 'Zápis k bodu 1').fill(veronikaText);
    await waitForNoteState(veronika.page, 'Zápis k bodu 1', 'Čeká na odeslání');
    await waitForBadge(veronika.page, 1);

    await lenka.context.setOffline(false);
    await waitForBadge(lenka.page, 0);
    await veronika.context.setOffline(false);
    await waitForBadge(veronika.page, 0);

    // The later arrival is shown, the earlier one kept beside it; each text is one revision on the server.
    const onServer = await meetingAsParticipant(baseUrl, coordinatorCookie, meetingId);
    const note = onServer.notes.find((candidate) => candidate.id === noteId)!;
    expect(note).toMatchObject({ body: veronikaText, conflicted: true });
    expect(note.conflictingRevisions.map((revision) => revision.body)).toEqual([lenkaText]);
    const revisions = (await pullEverything(baseUrl, coordinatorCookie)).filter((entry) => entry.entity === 'note_revision' && entry.data?.noteId === noteId);
    expect(revisions.map((revision) => revision.data?.body).sort()).toEqual([base, lenkaText, veronikaText].sort());

    const conflict = veronika.page.getByRole('region', { name: /Tuto poznámku upravili dva lidé zároveň/ });
    await conflict.waitFor();
    await conflict.getByText(lenkaText).waitFor();
    await checkScreen(veronika.page, 'meeting-conflict');
    await lenka.page.reload();
    await lenka.page.getByRole('region', { name: /Tuto poznámku upravili dva lidé zároveň/ }).waitFor();

    const merged = `${base} Rada města o něm rozhodne 2. března; výše příspěvku bude známa v březnu.`;
    const mergeField = conflict.getByLabel('Sloučený text');
    await expect(mergeField.inputValue()).resolves.toBe(`${veronikaText}\n\n${lenkaText}`);
    await mergeField.fill(merged);
    await conflict.getByRole('button', { name: 'Uložit sloučený text' }).click();
    await conflict.waitFor({ state: 'detached' });
    await waitForBadge(veronika.page, 0);
    await expect(noteField(veronika.page, 'Zápis k bodu 1').inputValue()).resolves.toBe(merged);
    await waitForNoteState(veronika.page, 'Zápis k bodu 1', 'Odesláno');

    const resolved = (await meetingAsParticipant(baseUrl, memberCookie, meetingId)).notes.find((candidate) => candidate.id === noteId)!;
    expect(resolved).toMatchObject({ body: merged, conflicted: false, conflictingRevisions: [] });
    await lenka.page.reload();
    await expect(noteField(lenka.page, 'Zápis k bodu 1').inputValue()).resolves.toBe(merged);
  });
});

describe.skipIf(!seeded)('the server going away during a push', () => {
  it('retries after an answer that never came and the server being down, and every change lands exactly once', { timeout: SLOW }, async () => {
    const coordinatorCookie = await apiSignIn(baseUrl, COORDINATOR);
    const title = 'Jednání se ztraceným spojením';
    const created = await createGroupMeeting(baseUrl, coordinatorCookie, title, ['Zimní provoz']);
    const { page, context } = await openMeetingAs(MEMBER, created.meeting.id, title);
    await page.getByRole('group', { name: /Zdeňka Náhodná/ }).waitFor();

    await context.setOffline(true);
    const noteText = 'Provoz noclehárny zajistí Charita s dobrovolníky.';
    await noteField(page, 'Zápis k bodu 1').fill(noteText);
    await page.getByRole('group', { name: /Zdeňka Náhodná/ }).getByLabel('Přítomen', { exact: true }).check();
    await page.getByLabel('Kdo', { exact: true }).fill('Lenka Modelová');
    await page.getByLabel('Co', { exact: true }).fill('Sepsat rozpis služeb dobrovolníků.');
    await page.getByRole('button', { name: 'Přidat úkol' }).click();
    await waitForNoteState(page, 'Zápis k bodu 1', 'Uloženo v tomto zařízení');
    await waitForBadge(page, 3);

    // The first push reaches the server, which applies it, but the answer is lost (the connection drops); then the
    // server is unreachable for a while; then it is back.
    const pushes: { ids: string[]; statuses?: string[] }[] = [];
    let phase: 'answer-lost' | 'down' | 'up' = 'answer-lost';
    let refused = 0;
    // on the context, not the page: the service worker's Background Sync pushes too, and its requests pass here only
    await context.route('**/api/**', async (route) => {
      const isPush = new URL(route.request().url()).pathname === '/api/sync/push';
      if (phase === 'answer-lost' && isPush) {
        pushes.push({ ids: (route.request().postDataJSON() as { changes: { id: string }[] }).changes.map((change) => change.id) });
        await route.fetch();
        phase = 'down';
        return route.abort('connectionreset');
      }
      if (phase === 'down') {
        // whatever the app asks first while the server is down is refused; after that the server is back
        refused++;
        phase = 'up';
        return route.abort('connectionrefused');
      }
      if (isPush) {
        const response = await route.fetch();
        const body = (await response.json()) as { results: { id: string; status: string }[] };
        pushes.push({ ids: body.results.map((result) => result.id), statuses: body.results.map((result) => result.status) });
        return route.fulfill({ response, json: body });
      }
      return route.continue();
    });

    await context.setOffline(false);
    await waitForBadge(page, 0, 120_000);
    expect(refused).toBe(1);
    // the same three changes, answered "duplicate" the second time: the server had applied them already
    expect(pushes).toHaveLength(2);
    expect(pushes[1]!.ids.sort()).toEqual(pushes[0]!.ids.sort());
    expect(pushes[1]!.statuses).toEqual(['duplicate', 'duplicate', 'duplicate']);
    await waitForNoteState(page, 'Zápis k bodu 1', 'Odesláno');
    await context.unroute('**/api/**');

    const onServer = await meetingAsParticipant(baseUrl, coordinatorCookie, created.meeting.id);
    expect(onServer.notes.filter((note) => note.body === noteText)).toHaveLength(1);
    expect(onServer.tasks.filter((task) => task.description === 'Sepsat rozpis služeb dobrovolníků.')).toHaveLength(1);
    expect(onServer.attendance.filter((row) => row.name === 'Zdeňka Náhodná')).toEqual([expect.objectContaining({ status: 'present' })]);
    const pulled = await pullEverything(baseUrl, coordinatorCookie);
    expect(rowsWith(pulled, 'note_revision', 'body', noteText)).toHaveLength(1);
  });
});

describe.skipIf(!seeded)('one meeting open in two tabs', () => {
  it('shows what one tab wrote in the other and sends each change once', { timeout: SLOW }, async () => {
    const coordinatorCookie = await apiSignIn(baseUrl, COORDINATOR);
    const title = 'Jednání ve dvou záložkách';
    const created = await createGroupMeeting(baseUrl, coordinatorCookie, title, ['Různé']);
    const first = await openMeetingAs(MEMBER, created.meeting.id, title);
    const second = await first.context.newPage();
    await second.goto(`${baseUrl}/jednani/${created.meeting.id}`);
    await second.getByRole('heading', { level: 1, name: title }).waitFor();

    const sent: string[] = [];
    await first.context.route('**/api/sync/push', async (route) => {
      sent.push(...(route.request().postDataJSON() as { changes: { id: string }[] }).changes.map((change) => change.id));
      await route.continue();
    });
    await first.context.setOffline(true);
    const text = 'Zapsáno v první záložce.';
    await noteField(first.page, 'Zápis k bodu 1').fill(text);
    await waitForNoteState(first.page, 'Zápis k bodu 1', 'Uloženo v tomto zařízení');
    // the other tab hears of it through a BroadcastChannel and reads it from IndexedDB, without a reload
    await expect.poll(() => noteField(second, 'Zápis k bodu 1').inputValue(), { timeout: 15_000 }).toBe(text);
    await second.getByRole('group', { name: /Zdeňka Náhodná/ }).getByLabel('Omluven', { exact: true }).check();
    await waitForBadge(first.page, 2);

    await first.context.setOffline(false);
    await waitForBadge(first.page, 0);
    await waitForBadge(second, 0);
    // both tabs tried to sync when the network came back; one took the lock and sent, the other found nothing left
    expect(sent).toHaveLength(2);
    expect(new Set(sent).size).toBe(2);
    const onServer = await meetingAsParticipant(baseUrl, coordinatorCookie, created.meeting.id);
    expect(onServer.notes.map((note) => note.body)).toEqual([text]);
  });
});
