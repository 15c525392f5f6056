/**
 * What the device keeps is checked as it is read and as it is written (issue 14, points 5 and 6): rows an older app
 * left in IndexedDB in another shape are pulled again instead of shown typed wrongly, an outbox entry that no longer
 * fits is kept for its author, and a form field the server would refuse is shown beside the field, offline, before
 * anything enters the outbox.
 */
import type { Page } from 'playwright-core';
import { uuidv7 } from 'uuidv7';
import { planId } from '../seeds/demo/keys.ts';
import { describe, expect, inject, it } from 'vitest';
import { ageSnapshot, savedField } from './saved-copies.ts';
import { SMALL_PHONE, PHONE, appTookOver, expectNoAxeViolations, hasHorizontalScroll, screenshot, useBrowser } from './browser.ts';
import {
  COORDINATOR,
  JH,
  MEMBER,
  apiSignIn,
  closeToast,
  createGroupMeeting,
  meetingAsParticipant,
  noteField,
  outboxOnDevice,
  signInOnPage,
  waitForBadge,
  waitForServiceWorker,
} from './meetings-helpers.ts';

const baseUrl = inject('baseUrl');
const seeded = inject('seeded');
const SLOW = 240_000;

const browser = useBrowser();

/** Overwrites fields of the signed-in person's stored rows (by row id), as an older app might have left them. */
function rewriteRows(page: Page, patches: Record<string, Record<string, unknown>>) {
  return page.evaluate(
    (patches) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('kpss');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('rows', 'readwrite');
          const store = tx.objectStore('rows');
          const all = store.getAll();
          let changed = 0;
          all.onsuccess = () => {
            for (const row of all.result as { id: string; data: Record<string, unknown> }[]) {
              const patch = patches[row.id];
              if (!patch) continue;
              store.put({ ...row, data: { ...row.data, ...patch } });
              changed++;
            }
          };
          tx.oncomplete = () => resolve(changed);
          tx.onerror = () => reject(tx.error);
        };
      }),
    patches,
  );
}

/** Puts an entry into the outbox as an older app might have left it. */
function putOutboxEntry(page: Page, entry: Record<string, unknown>) {
  return page.evaluate(
    (entry) =>
      new Promise<void>((resolve, reject) => {
        const user = JSON.parse(localStorage.getItem('kpss.session') ?? '{}').user as { id: string };
        const open = indexedDB.open('kpss');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('outbox', 'readwrite');
          tx.objectStore('outbox').put({ authorId: user.id, ...entry });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    entry,
  );
}

/** Axe, then the screen at 320 px for a person to look at, never scrolling sideways. */
async function checkAt320(page: Page, name: string) {
  await closeToast(page);
  await expectNoAxeViolations(page);
  await page.setViewportSize(SMALL_PHONE);
  expect(await hasHorizontalScroll(page), `${name} scrolls sideways at 320 px`).toBe(false);
  await screenshot(page, `${name}-320`);
  await page.setViewportSize(PHONE);
}

describe.skipIf(!seeded)('data an older app left on the device', () => {
  it('pulls rows of another shape again, and keeps an outbox entry that no longer fits for its author', { timeout: SLOW }, async () => {
    const cookie = await apiSignIn(baseUrl, COORDINATOR);
    const title = 'Jednání po aktualizaci aplikace';
    const created = await createGroupMeeting(baseUrl, cookie, title, ['Rozpočet sociálních služeb']);
    const meetingId = created.meeting.id;
    const agendaItemId = created.agendaItems[0]!.id;

    const { page } = await browser.open();
    await page.goto(`${baseUrl}/prihlaseni?next=/jednani/${meetingId}`);
    await signInOnPage(page, MEMBER);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('heading', { level: 3, name: /Rozpočet sociálních služeb/ }).waitFor();
    await waitForBadge(page, 0);
    await waitForServiceWorker(page);

    // an older app kept the title as a number and the agenda item's title per language
    const rewritten = await rewriteRows(page, {
      [meetingId]: { title: 2027, kind: 'pracovni_skupina' },
      [agendaItemId]: { title: { cs: 'Rozpočet', en: 'Budget' } },
    });
    expect(rewritten).toBe(2);
    // and queued an agenda item whose title is no text, in an envelope of its time
    const oldEntryId = uuidv7();
    await putOutboxEntry(page, {
      id: oldEntryId,
      entity: 'agenda_item',
      entityId: uuidv7(),
      op: 'upsert',
      data: { meetingId, title: { cs: 'Různé' }, position: 2 },
      createdAt: Date.now() - 60_000,
      appVersion: 'kpss-pwa-0',
      status: 'waiting',
      attempts: 0,
      nextAttemptAt: 0,
    });

    await page.reload();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('heading', { level: 3, name: /Rozpočet sociálních služeb/ }).waitFor();
    expect(await page.locator('main').innerText()).not.toContain('[object Object]');

    // the entry is kept, set aside for its author with why, never sent as it was
    await page.getByRole('link', { name: 'Změny (Žádné změny nečekají na odeslání, 1 změna potřebuje vaši pozornost)', exact: true }).waitFor({ timeout: 30_000 });
    const kept = (await outboxOnDevice(page)).find((entry) => entry.id === oldEntryId);
    expect(kept?.status).toBe('rejected');
    expect(kept?.data).toEqual({ meetingId, title: { cs: 'Různé' }, position: 2 });
    await page.getByRole('link', { name: /^Změny/ }).click();
    const setAside = page.locator('.change').filter({ hasText: 'Bod programu' });
    await setAside.getByText('Tuto změnu uložila starší verze aplikace', { exact: false }).waitFor();
    // what no longer fits, in Czech: the field by its name on the form, not the schema's `data.title: must be text`
    await setAside.getByText('Název: musí být text', { exact: true }).waitFor();
    expect(await setAside.innerText()).not.toContain('data.title');
    await checkAt320(page, 'changes-stored-unfit');
    expect((await meetingAsParticipant(baseUrl, cookie, meetingId)).agendaItems).toHaveLength(1);
  });
});

describe.skipIf(!seeded)('a form field the server would refuse, offline', () => {
  it('shows the error beside the field in Czech and queues nothing', { timeout: SLOW }, async () => {
    const cookie = await apiSignIn(baseUrl, COORDINATOR);
    const title = 'Jednání s dlouhým zápisem';
    const created = await createGroupMeeting(baseUrl, cookie, title, ['Zpráva o činnosti']);
    const { page, context } = await browser.open();
    await page.goto(`${baseUrl}/prihlaseni?next=/skupiny/${JH.excludedGroupId}`);
    await signInOnPage(page, MEMBER);
    await page.getByRole('heading', { level: 2, name: 'Členové' }).waitFor();
    await page.goto(`${baseUrl}/jednani/${created.meeting.id}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await waitForBadge(page, 0);
    await waitForServiceWorker(page);
    await context.setOffline(true);

    // a note longer than the server keeps (50 000 characters): not saved, the text stays in the field
    const note = noteField(page, 'Zápis k bodu 1');
    const tooLong = 'Zpráva o činnosti. '.repeat(2700);
    await note.fill(tooLong);
    await note.blur();
    const noteError = page.getByText(/^Nejvýš 50\s000 znaků\. Text zatím není uložený/);
    await noteError.waitFor();
    expect(await note.getAttribute('aria-invalid')).toBe('true');
    const errorId = await noteError.getAttribute('id');
    expect((await note.getAttribute('aria-describedby'))?.split(' ')).toContain(errorId);
    await expect(note.inputValue()).resolves.toBe(tooLong);
    await checkAt320(page, 'note-too-long');
    expect(await outboxOnDevice(page)).toEqual([]);

    // a new meeting whose programme has more items than a meeting takes (50)
    await page.goto(`${baseUrl}/jednani/novy?skupina=${JH.excludedGroupId}`);
    await page.getByRole('heading', { level: 1, name: 'Nové jednání' }).waitFor();
    await page.getByLabel('Datum').fill('2027-06-10');
    await page.getByLabel('Začátek').fill('14:00');
    const agenda = page.getByLabel('Program (nepovinné)');
    await agenda.fill(Array.from({ length: 51 }, (_, n) => `Bod ${n + 1}`).join('\n'));
    await page.getByRole('button', { name: 'Založit jednání' }).click();
    const agendaError = page.getByText('Nejvýš 50 položek', { exact: true });
    await agendaError.waitFor();
    expect(await agenda.getAttribute('aria-invalid')).toBe('true');
    expect((await agenda.getAttribute('aria-describedby'))?.split(' ')).toContain(await agendaError.getAttribute('id'));
    await checkAt320(page, 'meeting-new-too-many-items');
    expect(await outboxOnDevice(page)).toEqual([]);
    expect(new URL(page.url()).pathname).toBe('/jednani/novy');
  });
});

describe.skipIf(!seeded)('saved copies an older app left on the device', () => {
  const TS_PLAN = planId('ts-2019');
  const TS_TITLE = 'Střednědobý plán sociálních služeb ORP Trhové Sviny 2019–2021';
  const serviceNames = (page: Page) => page.locator('.service-result .card__title').allTextContents();

  it('fetches the catalogue and the plan again instead of showing a copy of another shape; offline, says the copy cannot be used', { timeout: SLOW }, async () => {
    const { page, context } = await browser.open();
    await page.goto(`${baseUrl}/uzemi/trebon/katalog`);
    await page.getByRole('heading', { level: 1, name: 'Katalog sociálních služeb' }).waitFor();
    await appTookOver(page);
    await expect.poll(() => page.locator('.catalogue__count').textContent()).toBe('10 služeb');
    await page.goto(`${baseUrl}/plany/${TS_PLAN}`);
    await page.getByRole('heading', { level: 1, name: TS_TITLE }).waitFor();
    await waitForServiceWorker(page);

    await ageSnapshot(page, 'catalogue:trebon', 'catalogue');
    await ageSnapshot(page, `plan:${TS_PLAN}`, 'plan');

    // online: the server's copy, read fresh and saved in the shape of this release
    await page.reload();
    await page.getByRole('heading', { level: 1, name: TS_TITLE }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Senioři' }).waitFor();
    expect(await page.locator('main').innerText()).not.toContain('[object Object]');
    await expect.poll(() => savedField(page, `plan:${TS_PLAN}`, ['data', 'plan', 'title'])).toBe(TS_TITLE);

    await page.goto(`${baseUrl}/uzemi/trebon/katalog`);
    await appTookOver(page);
    await expect.poll(() => page.locator('.catalogue__count').textContent()).toBe('10 služeb');
    expect(await serviceNames(page)).toContain('Pečovatelská služba Třeboň');
    expect(await page.locator('main').innerText()).not.toContain('[object Object]');
    await expect.poll(() => savedField(page, 'catalogue:trebon', ['data', 'codeLists', 'serviceKinds', 'length'])).toBeGreaterThan(0);
    await checkAt320(page, 'catalogue-after-update');

    // offline with only an unfit copy: the person is told that copy cannot be used, not shown broken titles
    await page.goto(`${baseUrl}/plany/${TS_PLAN}`);
    await page.getByRole('heading', { level: 1, name: TS_TITLE }).waitFor();
    await ageSnapshot(page, `plan:${TS_PLAN}`, 'plan');
    await context.setOffline(true);
    await page.reload();
    await page.getByText('uloženou kopii této stránky nelze v nové verzi aplikace použít', { exact: false }).waitFor();
    expect(await page.getByRole('heading', { level: 3, name: 'Senioři' }).count()).toBe(0);
    expect(await page.locator('main').innerText()).not.toContain('[object Object]');
    await checkAt320(page, 'plan-saved-copy-unfit');
    expect(await savedField(page, `plan:${TS_PLAN}`, ['key'])).toBeUndefined();
  });
});
