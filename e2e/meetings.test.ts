/**
 * Taking the minutes of a meeting on a phone with no signal: everything typed survives reloads and is sent exactly
 * once when the network is back. Real Chromium against the real app in wrangler dev.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, screenshot } from './browser.ts';
import {
  COORDINATOR,
  JH,
  MEMBER,
  apiSignIn,
  checkScreen,
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
const SLOW = 240_000;

const browser = useBrowser();

const phone = () => browser.open();

describe.skipIf(!seeded)('taking the minutes offline', () => {
  it("keeps the member's notes, attendance and tasks through an offline reload and sends them exactly once", { timeout: SLOW }, async () => {
    const { page, context } = await phone();
    await page.goto(`${baseUrl}/prihlaseni?next=/jednani/${JH.upcomingMeetingId}`);
    await signInOnPage(page, MEMBER);
    await page.getByRole('heading', { level: 1, name: 'Jednání pracovní skupiny Osoby ohrožené sociálním vyloučením' }).waitFor();
    await page.getByText('čtvrtek 18. února 2027, 13:00–15:00').waitFor();
    // names of the invited members come from the server once, then from this device
    await page.getByRole('group', { name: /Zdeňka Náhodná/ }).waitFor();
    await page.getByText('Zjistit možnosti prostor pro zimní noclehárnu u města.').waitFor();
    await waitForBadge(page, 0);
    await waitForServiceWorker(page);
    await checkScreen(page, 'meeting-capture');

    await context.setOffline(true);
    await page.getByText('Jste offline.', { exact: false }).first().waitFor();
    await noteField(page, 'Zápis k bodu 2').fill('Noclehárna má od 1. prosince zajištěné prostory v ulici Jarošovská.');
    await noteField(page, 'Usnesení k bodu 2').fill('Skupina souhlasí se zahájením provozu noclehárny.');
    await noteField(page, 'Soukromé poznámky k jednání').fill('Zavolat na odbor správy majetku kvůli klíčům.');
    await page.getByRole('group', { name: /Lenka Modelová/ }).getByLabel('Přítomen', { exact: true }).check();
    await page.getByRole('group', { name: /David Fiktivní/ }).getByLabel('Omluven', { exact: true }).check();
    await page.getByLabel('Kdo', { exact: true }).fill('David Fiktivní');
    await page.getByLabel('Co', { exact: true }).fill('Zajistit lůžkoviny pro noclehárnu.');
    await page.getByLabel('Do kdy (nepovinné)').fill('2027-03-01');
    await page.getByRole('button', { name: 'Přidat úkol' }).click();
    await page.getByLabel('Hotovo: Zjistit možnosti prostor pro zimní noclehárnu u města.').check();

    await waitForNoteState(page, 'Zápis k bodu 2', 'Uloženo v tomto zařízení');
    await waitForNoteState(page, 'Soukromé poznámky k jednání', 'Uloženo v tomto zařízení');
    await waitForBadge(page, 7);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Jednání pracovní skupiny Osoby ohrožené sociálním vyloučením' }).waitFor();
    await expect(noteField(page, 'Zápis k bodu 2').inputValue()).resolves.toBe('Noclehárna má od 1. prosince zajištěné prostory v ulici Jarošovská.');
    await expect(noteField(page, 'Usnesení k bodu 2').inputValue()).resolves.toBe('Skupina souhlasí se zahájením provozu noclehárny.');
    await expect(noteField(page, 'Soukromé poznámky k jednání').inputValue()).resolves.toBe('Zavolat na odbor správy majetku kvůli klíčům.');
    await expect(page.getByRole('group', { name: /Lenka Modelová/ }).getByLabel('Přítomen', { exact: true }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('group', { name: /David Fiktivní/ }).getByLabel('Omluven', { exact: true }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('group', { name: /Lenka Modelová/ }).getByText('Čeká na odeslání').isVisible()).resolves.toBe(true);
    await page.getByText('Zajistit lůžkoviny pro noclehárnu.').waitFor();
    await expect(page.getByLabel('Hotovo: Zjistit možnosti prostor pro zimní noclehárnu u města.').isChecked()).resolves.toBe(true);
    await waitForNoteState(page, 'Zápis k bodu 2', 'Uloženo v tomto zařízení');
    await waitForBadge(page, 7);
    await page.getByText('7 změn tohoto jednání čeká na odeslání.', { exact: false }).waitFor();
    await checkScreen(page, 'meeting-capture-offline');

    await context.setOffline(false);
    await waitForBadge(page, 0);
    await waitForNoteState(page, 'Zápis k bodu 2', 'Odesláno');
    await page.getByText('Všechny změny tohoto jednání jsou odeslané.').waitFor();
    await screenshot(page, 'meeting-capture-synced-360');

    // What the server holds: every text once, the marks and the tasks as set on the phone.
    const cookie = await apiSignIn(baseUrl, MEMBER);
    const meeting = await meetingAsParticipant(baseUrl, cookie, JH.upcomingMeetingId);
    for (const text of [
      'Noclehárna má od 1. prosince zajištěné prostory v ulici Jarošovská.',
      'Skupina souhlasí se zahájením provozu noclehárny.',
      'Zavolat na odbor správy majetku kvůli klíčům.',
    ]) {
      expect(meeting.notes.filter((note) => note.body === text)).toHaveLength(1);
    }
    expect(meeting.notes.find((note) => note.body.startsWith('Skupina souhlasí'))?.kind).toBe('decision');
    expect(meeting.notes.find((note) => note.body.startsWith('Zavolat'))?.kind).toBe('private');
    expect(meeting.attendance.find((row) => row.name === 'Lenka Modelová')?.status).toBe('present');
    expect(meeting.attendance.find((row) => row.name === 'David Fiktivní')?.status).toBe('excused');
    expect(meeting.tasks.filter((task) => task.description === 'Zajistit lůžkoviny pro noclehárnu.')).toEqual([
      expect.objectContaining({ assignee: 'David Fiktivní', dueOn: '2027-03-01', status: 'open' }),
    ]);
    const pulled = await pullEverything(baseUrl, cookie);
    expect(rowsWith(pulled, 'note_revision', 'body', 'Noclehárna má od 1. prosince zajištěné prostory v ulici Jarošovská.')).toHaveLength(1);
    expect(rowsWith(pulled, 'task', 'id', JH.carriedTaskId)[0]?.data?.status).toBe('done');
  });

  it('creates a meeting offline from the group page, takes its minutes and sends it all when back online', { timeout: SLOW }, async () => {
    const { page, context } = await phone();
    await page.goto(`${baseUrl}/prihlaseni?next=/skupiny/${JH.excludedGroupId}`);
    await signInOnPage(page, MEMBER);
    await page.getByRole('heading', { level: 1, name: 'Osoby ohrožené sociálním vyloučením' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Členové' }).waitFor();
    await page.getByText('zdenka.nahodna@example.org').waitFor();
    await waitForServiceWorker(page);
    await checkScreen(page, 'group-member');

    await context.setOffline(true);
    await page.getByRole('link', { name: 'Nové jednání' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nové jednání' }).waitFor();
    await page.getByRole('button', { name: 'Založit jednání' }).click();
    await page.getByText('Zadejte datum', { exact: true }).waitFor();
    await checkScreen(page, 'meeting-new-errors');
    await page.getByLabel('Název').fill('Mimořádné jednání k noclehárně');
    await page.getByLabel('Datum').fill('2027-01-28');
    await page.getByLabel('Začátek').fill('14:00');
    await page.getByLabel('Místo (nepovinné)').fill('Klub Na Nábřeží');
    await page.getByLabel('Program (nepovinné)').fill('Provozní řád noclehárny\nRůzné');
    await page.getByRole('button', { name: 'Založit jednání' }).click();

    await page.getByRole('heading', { level: 1, name: 'Mimořádné jednání k noclehárně' }).waitFor();
    await page.getByText('Uloženo v tomto zařízení').first().waitFor();
    await noteField(page, 'Zápis k bodu 1').fill('Provozní řád připraví Charita do konce měsíce.');
    await page.getByRole('group', { name: /Zdeňka Náhodná/ }).getByLabel('Přítomen', { exact: true }).check();
    await waitForNoteState(page, 'Zápis k bodu 1', 'Uloženo v tomto zařízení');
    // the meeting, two agenda items, four invited members (one marked present since), one note
    await waitForBadge(page, 8);
    await checkScreen(page, 'meeting-created-offline');
    const meetingId = new URL(page.url()).pathname.split('/').pop()!;

    await page.reload();
    await noteField(page, 'Zápis k bodu 1').waitFor();
    await expect(noteField(page, 'Zápis k bodu 1').inputValue()).resolves.toBe('Provozní řád připraví Charita do konce měsíce.');

    await context.setOffline(false);
    await waitForBadge(page, 0);
    await waitForNoteState(page, 'Zápis k bodu 1', 'Odesláno');

    const cookie = await apiSignIn(baseUrl, COORDINATOR);
    const meeting = await meetingAsParticipant(baseUrl, cookie, meetingId);
    expect(meeting.agendaItems.map((item) => item.title)).toEqual(['Provozní řád noclehárny', 'Různé']);
    expect(meeting.notes.map((note) => note.body)).toEqual(['Provozní řád připraví Charita do konce měsíce.']);
    expect(meeting.notes[0]?.agendaItemId).toBe(meeting.agendaItems[0]?.id);
    expect(meeting.attendance).toHaveLength(4);
    expect(meeting.attendance.find((row) => row.name === 'Zdeňka Náhodná')?.status).toBe('present');

    await page.goto(`${baseUrl}/skupiny/${JH.excludedGroupId}`);
    await page.getByRole('link', { name: 'Mimořádné jednání k noclehárně' }).waitFor();
  });
});

describe.skipIf(!seeded)('groups', () => {
  it("lists a territory's groups and shows a group to the public without its members", { timeout: SLOW }, async () => {
    const { page } = await phone();
    await page.goto(`${baseUrl}/uzemi/${JH.slug}/skupiny`);
    await page.getByRole('heading', { level: 1, name: 'Skupiny – Jindřichův Hradec' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Tematické pracovní skupiny' }).waitFor();
    await checkScreen(page, 'groups-of-territory');

    await page.getByRole('link', { name: 'Osoby ohrožené sociálním vyloučením' }).click();
    await page.getByRole('heading', { level: 1, name: 'Osoby ohrožené sociálním vyloučením' }).waitFor();
    await page.getByText('Seznam členů vidí přihlášení členové a koordinátoři území.').waitFor();
    await page.getByRole('link', { name: 'Jednání pracovní skupiny Osoby ohrožené sociálním vyloučením' }).first().waitFor();
    expect(await page.getByRole('link', { name: 'Nové jednání' }).count()).toBe(0);
    expect(await page.getByText('Lenka Modelová', { exact: true }).count()).toBe(0);
    await checkScreen(page, 'group-public');
  });
});
