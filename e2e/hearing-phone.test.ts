/**
 * The attendees' phone page (360×740, and 320 px): opened by the short link with no account, a comment, a vote that
 * must add up, and a stretch with the hall's Wi-Fi gone: what was done offline waits on the phone, is shown as waiting,
 * and lands on the server exactly once when the network is back.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PHONE, SMALL_PHONE, expectNoAxeViolations, hasHorizontalScroll, useBrowser, screenshot } from './browser.ts';
import { HEARING, fillSignin, hearingComments, hearingSignins, hearingState } from './hearing-helpers.ts';
import { COORDINATOR, apiSignIn, closeToast, waitForServiceWorker } from './meetings-helpers.ts';

const baseUrl = inject('baseUrl');
const seeded = inject('seeded');
const SLOW = 300_000;

const browser = useBrowser();

async function phone(): Promise<{ page: Page; context: BrowserContext }> {
  const opened = await browser.open(PHONE);
  await opened.page.goto(`${baseUrl}/h/${HEARING.code.toLowerCase()}`);
  await opened.page.getByRole('heading', { level: 1, name: /Veřejné projednání/ }).waitFor();
  await waitForServiceWorker(opened.page);
  await closeToast(opened.page);
  return opened;
}

async function look(page: Page, name: string) {
  await expectNoAxeViolations(page);
  expect(await hasHorizontalScroll(page), `${name} scrolls sideways at 360 px`).toBe(false);
  await screenshot(page, `${name}-360`);
  await page.setViewportSize(SMALL_PHONE);
  expect(await hasHorizontalScroll(page), `${name} scrolls sideways at 320 px`).toBe(false);
  await screenshot(page, `${name}-320`);
  await page.setViewportSize(PHONE);
}

const pointsFor = (page: Page, label: string) => page.getByLabel(`Body pro: ${label}`, { exact: true });

describe.skipIf(!seeded)('the public phone page of a hearing', () => {
  it('takes a comment online, and a comment, a sign-in and a vote offline, each landing exactly once', { timeout: SLOW }, async () => {
    const cookie = await apiSignIn(baseUrl, COORDINATOR);
    const before = await hearingState(baseUrl, cookie);
    const { page, context } = await phone();
    await look(page, 'hearing-phone');

    const online = `Prosíme o rozšíření pečovatelské služby o víkendy (${Date.now()})`;
    await page.getByLabel('Text připomínky').fill(online);
    await page.getByLabel('Podat anonymně').check();
    await page.getByRole('button', { name: 'Odeslat připomínku' }).click();
    await page.getByText('Připomínka je uložená').waitFor();
    await expect.poll(async () => (await hearingComments(baseUrl, cookie)).filter((c) => c.body === online).length, { timeout: 30_000 }).toBe(1);
    expect((await hearingComments(baseUrl, cookie)).find((c) => c.body === online)?.authorName).toBeNull();

    // the Wi-Fi goes
    await context.setOffline(true);
    const offline = `Chybí odlehčovací služba v Nové Bystřici (${Date.now()})`;
    await page.getByLabel('Text připomínky').fill(offline);
    await page.getByRole('button', { name: 'Odeslat připomínku' }).click();
    await page.getByText('1 položka čeká na odeslání').waitFor();

    const name = `Marie Mobilní ${Date.now()}`;
    await fillSignin(page, name);
    const options = before.results.options;
    expect(options.length).toBeGreaterThan(1);
    // a sum that does not match cannot be sent, and says why
    await pointsFor(page, options[0]!.label).fill('4');
    await expect(page.getByText('Zbývá rozdělit: 6 bodů').isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Odeslat hlas' }).click();
    await page.getByRole('alert').getByText('Součet bodů musí být přesně 10; teď je 4.').waitFor();
    await pointsFor(page, options[1]!.label).fill('6');
    await page.getByText('Zbývá rozdělit: 0 bodů').waitFor();
    await page.getByRole('button', { name: 'Odeslat hlas' }).click();
    await page.getByText('Hlas je uložený').waitFor();
    // changed while still offline: only the last allocation goes
    await pointsFor(page, options[0]!.label).fill('7');
    await pointsFor(page, options[1]!.label).fill('3');
    await page.getByRole('button', { name: 'Změnit hlas' }).click();
    await page.getByText('3 položky čekají na odeslání').waitFor();
    await look(page, 'hearing-phone-offline');

    // back online: everything goes, once
    await context.setOffline(false);
    await page.getByText('Vše je odeslané.').waitFor({ timeout: 60_000 });
    await expect.poll(async () => (await hearingComments(baseUrl, cookie)).filter((c) => c.body === offline).length, { timeout: 30_000 }).toBe(1);
    expect((await hearingSignins(baseUrl, cookie)).filter((s) => s.name === name)).toHaveLength(1);
    const after = await hearingState(baseUrl, cookie);
    expect(after.results.participants).toBe(before.results.participants + 1);
    const pointsOf = (state: typeof before, id: string) => state.results.options.find((o) => o.optionId === id)?.points ?? 0;
    expect(pointsOf(after, options[0]!.optionId) - pointsOf(before, options[0]!.optionId)).toBe(7);
    expect(pointsOf(after, options[1]!.optionId) - pointsOf(before, options[1]!.optionId)).toBe(3);

    // a reload pushes nothing again
    await page.reload();
    await page.getByText('Vše je odeslané.').waitFor();
    await page.waitForTimeout(1_500);
    expect((await hearingComments(baseUrl, cookie)).filter((c) => c.body === offline)).toHaveLength(1);
    expect((await hearingState(baseUrl, cookie)).results.participants).toBe(before.results.participants + 1);
  });

  it('tells a link that is no hearing from one that is', { timeout: SLOW }, async () => {
    const { page, context } = await browser.open(PHONE);
    await page.goto(`${baseUrl}/h/NEEXISTUJE1`);
    await page.getByRole('heading', { level: 1, name: 'Projednání nenalezeno' }).waitFor();
    await closeToast(page);
    await expectNoAxeViolations(page);
  });
});
