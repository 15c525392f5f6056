/**
 * Hearing mode on the coordinator's tablet (1024×768): the agenda moved on, the kiosk sign-in sheet (the next attendee
 * sees nothing of the previous one), a comment typed on the tablet and moderated, the live results, the settlement and
 * the summary report printed to PDF with the server's totals.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { DESKTOP, expectNoAxeViolations, hasHorizontalScroll, useBrowser, screenshot } from './browser.ts';
import { HEARING, fillSignin, hearingComments, hearingSignins, hearingState } from './hearing-helpers.ts';
import { COORDINATOR, apiAs, apiSignIn, closeToast, signInOnPage, waitForServiceWorker } from './meetings-helpers.ts';
import { flatText, pdfText } from './pdf-text.ts';

const baseUrl = inject('baseUrl');
const seeded = inject('seeded');
const SLOW = 300_000;

const browser = useBrowser();

async function tablet(): Promise<Page> {
  const { page, context } = await browser.open(DESKTOP);
  await page.goto(`${baseUrl}/prihlaseni?next=/jednani/${HEARING.id}`);
  await signInOnPage(page, COORDINATOR);
  await page.getByRole('link', { name: 'Otevřít režim projednání' }).click();
  await page.getByText('Zapsáno v prezenční listině').waitFor();
  await waitForServiceWorker(page);
  await closeToast(page);
  return page;
}

async function look(page: Page, name: string) {
  await expectNoAxeViolations(page);
  expect(await hasHorizontalScroll(page), `${name} scrolls sideways`).toBe(false);
  await screenshot(page, name);
}

describe.skipIf(!seeded)('hearing mode on the tablet', () => {
  it('moves the agenda on, signs in attendees at the kiosk one after another, and takes a comment', { timeout: SLOW }, async () => {
    const cookie = await apiSignIn(baseUrl, COORDINATOR);
    const before = await hearingState(baseUrl, cookie);
    const page = await tablet();
    await expect(page.getByTestId('signed-in-count').textContent()).resolves.toContain(String(before.signedInCount));
    await page.getByRole('img', { name: /QR kód s odkazem .*\/h\/JHKPSS/ }).waitFor();
    await look(page, 'hearing-mode-1024');

    // advance the agenda: the next item is on screen, and on the server
    const current = page.locator('[aria-current="step"]');
    const firstTitle = await current.textContent();
    await page.getByRole('button', { name: 'Další bod' }).click();
    await expect.poll(() => current.textContent()).not.toBe(firstTitle);
    await expect.poll(async () => (await hearingState(baseUrl, cookie)).currentAgendaItemId).not.toBe(before.currentAgendaItemId);

    // the kiosk: two attendees, the second sees nothing of the first
    await page.getByRole('button', { name: 'Prezenční listina (kiosek)' }).click();
    await page.getByRole('heading', { name: 'Zapište se prosím do prezenční listiny' }).waitFor();
    await look(page, 'hearing-kiosk-1024');
    await fillSignin(page, 'Alžběta Kiosková');
    await page.getByRole('heading', { name: 'Děkujeme' }).waitFor();
    await look(page, 'hearing-kiosk-thanks-1024');
    // she votes as herself: all the points to the first option
    const option = before.results.options[0]!;
    await page.getByRole('button', { name: 'Hlasovat' }).click();
    await page.getByLabel(`Body pro: ${option.label}`, { exact: true }).fill('10');
    await page.getByText('Zbývá rozdělit: 0 bodů').waitFor();
    await look(page, 'hearing-kiosk-vote-1024');
    await page.getByRole('button', { name: 'Odeslat hlas' }).click();
    await page.getByRole('heading', { name: 'Děkujeme' }).waitFor();
    await page.getByRole('button', { name: 'Hotovo – další účastník' }).click();
    await expect(page.getByLabel('Jméno a příjmení').inputValue()).resolves.toBe('');
    await expect(page.getByLabel('Souhlasím').isChecked()).resolves.toBe(false);
    expect(await page.locator('body').innerText()).not.toContain('Alžběta Kiosková');
    // the consent is required, with the reason said
    await page.getByLabel('Jméno a příjmení').fill('Bohumil Druhý');
    await page.getByLabel('jako veřejnost').check();
    await page.getByRole('button', { name: 'Zapsat se' }).click();
    await page.getByText('Bez souhlasu se zpracováním osobních údajů se zapsat nelze').first().waitFor();
    await page.getByLabel('Souhlasím').check();
    await page.getByRole('button', { name: 'Zapsat se' }).click();
    await page.getByRole('heading', { name: 'Děkujeme' }).waitFor();
    await page.getByRole('button', { name: 'Hotovo – další účastník' }).click();

    await expect
      .poll(async () => (await hearingSignins(baseUrl, cookie)).filter((s) => s.name === 'Alžběta Kiosková' || s.name === 'Bohumil Druhý').length, { timeout: 30_000 })
      .toBe(2);
    await page.getByRole('button', { name: 'Ukončit kiosek' }).click();
    await page.getByRole('button', { name: 'Ano, ukončit kiosek' }).click();
    await expect.poll(() => page.getByTestId('signed-in-count').textContent(), { timeout: 30_000 }).toContain(String(before.signedInCount + 2));
    const voted = await hearingState(baseUrl, cookie);
    expect(voted.results.participants).toBe(before.results.participants + 1);
    expect(voted.results.options.find((o) => o.optionId === option.optionId)?.points).toBe(option.points + 10);

    // a comment typed on the tablet reaches the server once; the moderator hides it with a reason
    const body = `Chybí terénní služba pro seniory na Dačicku (tablet ${Date.now()})`;
    await page.getByRole('button', { name: 'Připomínka', exact: true }).click();
    await page.getByLabel('Text připomínky').fill(body);
    await page.getByRole('button', { name: 'Odeslat připomínku' }).click();
    await page.getByText('Připomínka je uložená').waitFor();
    await look(page, 'hearing-comment-1024');
    await expect.poll(async () => (await hearingComments(baseUrl, cookie)).filter((c) => c.body === body).length, { timeout: 30_000 }).toBe(1);

    await page.getByRole('button', { name: 'Moderace' }).click();
    const item = page.locator('.hearing-comment', { hasText: body });
    await item.getByRole('button', { name: 'Skrýt' }).click();
    await item.getByLabel('Důvod skrytí').fill('Osobní útok');
    await item.getByRole('button', { name: 'Skrýt' }).click();
    await item.getByText('Skryto: Osobní útok').waitFor();
    await look(page, 'hearing-moderation-1024');
    const hidden = (await hearingComments(baseUrl, cookie)).find((c) => c.body === body);
    expect(hidden?.hiddenReason).toBe('Osobní útok');
    const publicPage = await apiAs<{ comments: { body: string }[] }>(baseUrl, '', `/api/public-hearings/${HEARING.code}`);
    expect(publicPage.comments.map((c) => c.body)).not.toContain(body);
  });

  it('shows the live results large, with their numbers in words, and hides them from the room', { timeout: SLOW }, async () => {
    const cookie = await apiSignIn(baseUrl, COORDINATOR);
    const state = await hearingState(baseUrl, cookie);
    const page = await tablet();
    await page.getByRole('button', { name: 'Hlasování a výsledky' }).click();
    const top = [...state.results.options].sort((a, b) => b.points - a.points)[0]!;
    const row = page.locator('.results-chart__row').first();
    await expect(row.innerText()).resolves.toContain(top.label);
    await expect(row.innerText()).resolves.toContain(`${top.points} bod`);
    await look(page, 'hearing-results-1024');

    await page.getByRole('button', { name: 'Ukázat výsledky v sále' }).click();
    await page.getByText('Výsledky jsou v sále skryté').waitFor();
    const hiddenForRoom = await apiAs<{ results: unknown }>(baseUrl, '', `/api/public-hearings/${HEARING.code}`);
    expect(hiddenForRoom.results).toBeNull();
    await page.getByRole('button', { name: 'Ukázat výsledky v sále' }).click();
    await expect.poll(async () => (await apiAs<{ results: unknown }>(baseUrl, '', `/api/public-hearings/${HEARING.code}`)).results).not.toBeNull();
  });

  it('settles a comment and prints the summary report with the server totals', { timeout: SLOW }, async () => {
    const cookie = await apiSignIn(baseUrl, COORDINATOR);
    const page = await tablet();
    await page.getByRole('link', { name: 'Vypořádání připomínek' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vypořádání připomínek' }).waitFor();
    const first = page.locator('.settlement__item').first();
    await first.waitFor();
    await first.getByLabel('Akceptována částečně').check();
    await first.getByLabel('Odůvodnění').fill('Zapracováno do opatření 2.1 v menším rozsahu.');
    await first.getByRole('button', { name: 'Uložit vypořádání' }).click();
    await first.getByText('Uloženo.').waitFor();
    await look(page, 'hearing-settlement-1024');

    const report = await apiAs<{
      attendance: { total: number; public: number; organization: number };
      comments: { total: number };
      votes: { participants: number; options: { label: string; points: number; voters: number }[] };
    }>(
      baseUrl,
      cookie,
      `/api/hearings/${HEARING.id}/report`,
    );
    await page.goto(`${baseUrl}/jednani/${HEARING.id}/zprava`);
    await page.getByRole('heading', { level: 1, name: 'Souhrnná zpráva z projednání' }).waitFor();
    await closeToast(page);
    await look(page, 'hearing-report-1024');
    await expect(page.getByRole('link', { name: 'Stáhnout souhrn (CSV)' }).getAttribute('href')).resolves.toBe(`/api/hearings/${HEARING.id}/report-summary.csv`);
    await expect(page.getByRole('link', { name: 'Stáhnout připomínky (CSV)' }).getAttribute('href')).resolves.toBe(`/api/hearings/${HEARING.id}/report-comments.csv`);

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    mkdirSync(join(import.meta.dirname, 'screenshots'), { recursive: true });
    writeFileSync(join(import.meta.dirname, 'screenshots', 'hearing-report.pdf'), pdf);
    const text = flatText(pdfText(pdf));
    expect(text).toContain('Souhrnná zpráva z projednání');
    expect(text).toMatch(new RegExp(`Za organizaci ${report.attendance.organization} Veřejnost ${report.attendance.public} Celkem ${report.attendance.total}`));
    expect(text).toContain(`Celkem: ${report.comments.total} připomín`);
    expect(text).toContain(`Hlasovalo: ${report.votes.participants} účastník`);
    expect(report.votes.participants).toBeGreaterThan(0);
    for (const row of report.votes.options) expect(text).toContain(`${row.label} ${row.points} ${row.voters}`);
    for (const chrome of ['Vytisknout', 'Stáhnout CSV', 'English']) expect(text).not.toContain(chrome);
  });
});
