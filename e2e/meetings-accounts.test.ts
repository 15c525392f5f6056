/**
 * Issue 3's promises about waiting changes: an expired session keeps them and sends them after the person signs in
 * again; on a shared device they stay tied to their author, never sent as somebody else's and never lost.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, useBrowser, screenshot } from './browser.ts';
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
  outboxOnDevice,
  signInOnPage,
  waitForBadge,
  waitForNoteState,
  waitForServiceWorker,
} from './meetings-helpers.ts';

const baseUrl = inject('baseUrl');
const seeded = inject('seeded');
const SLOW = 300_000;

const browser = useBrowser();

const phone = () => browser.open();

async function openMeeting(page: Page, account: Account, meetingId: string, title: string) {
  await page.goto(`${baseUrl}/prihlaseni?next=/jednani/${meetingId}`);
  await signInOnPage(page, account);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await waitForBadge(page, 0);
}

const userIdOf = async (account: Account) =>
  (await apiAs<{ user: { id: string } }>(baseUrl, await apiSignIn(baseUrl, account), '/api/auth/me')).user.id;

describe.skipIf(!seeded)('a session that ends while changes wait', () => {
  it('keeps the changes, asks to sign in again, then sends them: nothing is lost', { timeout: SLOW }, async () => {
    const cookie = await apiSignIn(baseUrl, COORDINATOR);
    const title = 'Jednání s vypršelým přihlášením';
    const created = await createGroupMeeting(baseUrl, cookie, title, ['Dluhové poradenství']);
    const { page, context } = await phone();
    await openMeeting(page, MEMBER, created.meeting.id, title);
    await waitForServiceWorker(page);

    await context.setOffline(true);
    const text = 'Poradna v Kardašově Řečici bude otevřená každé druhé úterý.';
    await noteField(page, 'Zápis k bodu 1').fill(text);
    await waitForNoteState(page, 'Zápis k bodu 1', 'Uloženo v tomto zařízení');
    // Meanwhile the server forgot the session (30 days passed, or it was revoked from another device).
    await context.clearCookies();
    await context.setOffline(false);

    await page.getByText('Vaše přihlášení vypršelo.', { exact: false }).first().waitFor();
    await waitForBadge(page, 1);
    expect((await outboxOnDevice(page)).map((entry) => entry.data.body)).toEqual([text]);
    await page.getByRole('link', { name: /^Změny/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Změny k odeslání' }).waitFor();
    await page.getByText('Vaše přihlášení vypršelo. Po novém přihlášení změny odejdou.').waitFor();
    await page.getByText(text).waitFor();
    await checkScreen(page, 'changes-session-expired');

    await page.getByRole('button', { name: 'Přihlásit znovu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Přihlaste se znovu' });
    await dialog.getByLabel('Heslo').fill(MEMBER.password);
    await dialog.getByRole('button', { name: 'Přihlásit se' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await waitForBadge(page, 0);
    await page.getByText('Všechny vaše změny jsou odeslané.').waitFor();

    const onServer = await meetingAsParticipant(baseUrl, cookie, created.meeting.id);
    expect(onServer.notes.filter((note) => note.body === text)).toHaveLength(1);
    expect(await outboxOnDevice(page)).toEqual([]);
  });
});

describe.skipIf(!seeded)('a shared device', () => {
  it("never sends one person's waiting changes as another's, and sends them when their author is back", { timeout: SLOW }, async () => {
    const [memberId, coordinatorId] = [await userIdOf(MEMBER), await userIdOf(COORDINATOR)];
    const cookie = await apiSignIn(baseUrl, COORDINATOR);
    const title = 'Jednání na sdíleném tabletu';
    const created = await createGroupMeeting(baseUrl, cookie, title, ['Senior taxi']);
    const { page, context } = await phone();
    await openMeeting(page, MEMBER, created.meeting.id, title);

    // Lenka writes with a signal too weak to send anything (on the context: the service worker pushes too).
    await context.route('**/api/sync/push', (route) => route.abort('connectionrefused'));
    const lenkaNote = 'Senior taxi jezdí od dubna i do Strmilova.';
    await noteField(page, 'Zápis k bodu 1').fill(lenkaNote);
    await page.getByLabel('Kdo', { exact: true }).fill('Lenka Modelová');
    await page.getByLabel('Co', { exact: true }).fill('Ověřit s dopravcem jízdní řád Senior taxi.');
    await page.getByRole('button', { name: 'Přidat úkol' }).click();
    await waitForNoteState(page, 'Zápis k bodu 1', 'Uloženo v tomto zařízení');
    await waitForBadge(page, 2);
    const lenkas = await outboxOnDevice(page);
    expect(lenkas.map((entry) => entry.authorId)).toEqual([memberId, memberId]);

    // She signs out: the app warns that two changes wait, and keeps them.
    await page.getByRole('button', { name: 'Odhlásit', exact: true }).click();
    const warning = page.getByRole('dialog', { name: 'Odhlásit se?' });
    await warning.getByText('2 změny čekají na odeslání', { exact: false }).waitFor();
    await expectAccessible(page, 'sign-out-waiting-changes');
    await warning.getByRole('button', { name: 'Odhlásit', exact: true }).click();
    await page.getByRole('link', { name: 'Přihlásit', exact: true }).waitFor();
    await context.unroute('**/api/sync/push');

    // Veronika signs in on the same device and writes: her pushes carry her changes only.
    const sent: { ids: string[] }[] = [];
    await context.route('**/api/sync/push', async (route) => {
      sent.push({ ids: (route.request().postDataJSON() as { changes: { id: string }[] }).changes.map((change) => change.id) });
      await route.continue();
    });
    await openMeeting(page, COORDINATOR, created.meeting.id, title);
    await expect(noteField(page, 'Zápis k bodu 1').inputValue()).resolves.toBe('');
    const veronikaDecision = 'Skupina doporučuje rozšířit Senior taxi do Strmilova.';
    await noteField(page, 'Usnesení k bodu 1').fill(veronikaDecision);
    await waitForNoteState(page, 'Usnesení k bodu 1', 'Odesláno');
    await waitForBadge(page, 0);
    const lenkaIds = new Set(lenkas.map((entry) => entry.id));
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.flatMap((push) => push.ids).filter((id) => lenkaIds.has(id))).toEqual([]);
    expect((await outboxOnDevice(page)).map((entry) => entry.id).sort()).toEqual([...lenkaIds].sort());
    await page.getByRole('link', { name: /^Změny/ }).click();
    await page.getByText('V tomto zařízení čekají také 2 změny jiného uživatele.', { exact: false }).waitFor();
    await checkScreen(page, 'changes-shared-device');
    let onServer = await meetingAsParticipant(baseUrl, cookie, created.meeting.id);
    expect(onServer.notes.map((note) => [note.body, note.authorId])).toEqual([[veronikaDecision, coordinatorId]]);

    // Veronika signs out (nothing of hers waits: no question), Lenka signs in again: her changes go, as hers.
    await page.getByRole('button', { name: 'Odhlásit', exact: true }).click();
    await page.getByRole('link', { name: 'Přihlásit', exact: true }).waitFor();
    await openMeeting(page, MEMBER, created.meeting.id, title);
    await expect(noteField(page, 'Zápis k bodu 1').inputValue()).resolves.toBe(lenkaNote);
    await expect.poll(() => outboxOnDevice(page), { timeout: 60_000 }).toEqual([]);
    await waitForBadge(page, 0);
    expect(sent.flatMap((push) => push.ids).filter((id) => lenkaIds.has(id)).sort()).toEqual([...lenkaIds].sort());

    onServer = await meetingAsParticipant(baseUrl, cookie, created.meeting.id);
    expect(onServer.notes.filter((note) => note.body === lenkaNote).map((note) => note.authorId)).toEqual([memberId]);
    expect(onServer.tasks.filter((task) => task.description === 'Ověřit s dopravcem jízdní řád Senior taxi.')).toHaveLength(1);
  });
});

async function expectAccessible(page: Page, name: string) {
  await expectNoAxeViolations(page);
  await screenshot(page, `${name}-360`);
}
