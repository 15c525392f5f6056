import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from './server.ts';
import { icoCheckDigit } from '../schema/ico.ts';
import { PHONE, SMALL_PHONE, expectNoAxeViolations, hasHorizontalScroll, screenshot, useBrowser } from './browser.ts';
import { COORDINATOR, MEMBER, signInOnPage } from './meetings-helpers.ts';

// Its own app on its own copy of the demo data: the services it adds to Tábor would change what other files count.
let app: RunningApp;
let baseUrl = '';
const seeded = true;
beforeAll(async () => {
  app = await startApp();
  baseUrl = app.baseUrl;
}, 180_000);
afterAll(async () => {
  await app?.stop();
});
const SLOW = 180_000;
const browser = useBrowser();

async function checkScreen(page: Page, name: string) {
  await expectNoAxeViolations(page);
  expect(await hasHorizontalScroll(page)).toBe(false);
  await page.setViewportSize(SMALL_PHONE);
  expect(await hasHorizontalScroll(page)).toBe(false);
  await screenshot(page, `${name}-320`);
  await page.setViewportSize(PHONE);
}

async function signedIn(account: typeof COORDINATOR) {
  const { page } = await browser.open(PHONE);
  await page.goto(`${baseUrl}/prihlaseni`);
  await signInOnPage(page, account);
  await page.waitForURL((url) => !url.pathname.startsWith('/prihlaseni'));
  return page;
}

/** A fresh, valid IČO each run, so a rerun on the same database does not collide. */
function randomIco(): string {
  const seven = String(Math.floor(1_000_000 + Math.random() * 8_999_999));
  return `${seven}${icoCheckDigit(seven)}`;
}
const wrongIco = (ico: string) => `${ico.slice(0, 7)}${(Number(ico[7]) + 1) % 10}`;
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id);

describe.skipIf(!seeded)('catalogue management', () => {
  it('adds a provider and a service checked before sending, edits it onto the public catalogue and retires it', { timeout: SLOW }, async () => {
    const page = await signedIn(COORDINATOR);
    const writes: string[] = [];
    page.on('request', (request) => {
      if (request.method() !== 'GET' && /\/api\/(providers|services)/.test(request.url())) writes.push(`${request.method()} ${new URL(request.url()).pathname}`);
    });
    await page.goto(`${baseUrl}/uzemi/tabor`);
    await page.getByRole('link', { name: 'Spravovat katalog služeb' }).click();
    await page.getByRole('heading', { level: 1, name: /Správa katalogu/ }).waitFor();
    await checkScreen(page, 'catalogue-admin-manage');

    await page.getByRole('link', { name: 'Přidat poskytovatele' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nový poskytovatel' }).waitFor();
    const token = String(Date.now()).slice(-6);
    const ico = randomIco();
    await page.getByLabel('Název').fill(`Spolek Zkouška ${token}`);
    await page.getByLabel('IČO').fill(wrongIco(ico));
    await page.getByRole('button', { name: 'Uložit' }).click();
    await expect.poll(() => page.locator('#provider-ico-error').textContent()).toContain('kontrolní číslici');
    expect(await page.getByLabel('IČO').getAttribute('aria-invalid')).toBe('true');
    expect(await focusedId(page)).toBe('provider-ico');
    expect(writes).toEqual([]);
    await checkScreen(page, 'catalogue-admin-provider-error');
    await page.getByLabel('IČO').fill(ico);
    await page.getByRole('button', { name: 'Uložit' }).click();

    await page.getByRole('heading', { level: 1, name: 'Nová služba' }).waitFor();
    expect(writes).toEqual(['POST /api/providers']);
    const name = `Poradna Zkouška ${token}`;
    await page.getByLabel('Název', { exact: true }).fill(name);
    await page.getByLabel('Druh služby').selectOption({ index: 1 });
    await page.getByLabel('Telefon').fill('12 34');
    await page.getByLabel('E-mail').fill('neni-email');
    await page.getByLabel('Zeměpisná šířka').fill('60');
    await page.getByLabel('Zeměpisná délka').fill('14.6');
    await page.getByRole('button', { name: 'Uložit' }).click();
    await expect.poll(() => page.locator('#service-phone-error').textContent()).toContain('telefonní číslo');
    expect(await page.locator('#service-email-error').textContent()).toContain('e-mail');
    expect(await page.locator('#service-lat-error').textContent()).toContain('šířka');
    expect(await focusedId(page)).toBe('service-phone');
    expect(writes).toEqual(['POST /api/providers']);
    await checkScreen(page, 'catalogue-admin-service-error');
    await page.getByLabel('Telefon').fill('381 555 101');
    await page.getByLabel('E-mail').fill('poradna@example.cz');
    await page.getByLabel('Zeměpisná šířka').fill('49.41');
    await page.getByLabel('Hledat obec').fill('Tábor');
    await page.locator('.catalogue-admin__checks').last().getByRole('checkbox').first().check();
    await page.getByRole('button', { name: 'Uložit' }).click();

    await page.getByRole('heading', { level: 1, name: /Správa katalogu/ }).waitFor();
    await page.getByRole('link', { name: `Upravit: ${name}` }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const serviceId = page.url().split('/').pop()!;
    await checkScreen(page, 'catalogue-admin-service-edit');
    const renamed = `${name} upravená`;
    await page.getByLabel('Název', { exact: true }).fill(renamed);
    await page.getByRole('button', { name: 'Uložit' }).click();
    await page.getByRole('status').getByText(`Uloženo: ${renamed}`).waitFor();

    await page.goto(`${baseUrl}/uzemi/tabor/katalog`);
    await page.getByLabel('Hledat službu, poskytovatele nebo obec').fill(`Zkouška ${token}`);
    await page.locator('.service-result').getByText(renamed).waitFor();
    await page.goto(`${baseUrl}/sluzby/${serviceId}`);
    await page.getByRole('heading', { level: 1, name: renamed }).waitFor();
    await page.getByRole('link', { name: 'Upravit' }).click();

    await page.getByRole('button', { name: 'Vyřadit z katalogu' }).click();
    await page.getByText(`Opravdu vyřadit „${renamed}“?`).waitFor();
    await page.getByRole('button', { name: 'Ano, vyřadit' }).click();
    await page.getByRole('heading', { level: 1, name: /Správa katalogu/ }).waitFor();
    expect(await page.getByRole('link', { name: `Upravit: ${renamed}` }).count()).toBe(0);
    await page.goto(`${baseUrl}/uzemi/tabor/katalog`);
    await page.getByLabel('Hledat službu, poskytovatele nebo obec').fill(`Zkouška ${token}`);
    await page.waitForTimeout(500);
    expect(await page.locator('.service-result').getByText(renamed).count()).toBe(0);
  });

  it('shows the member no way to manage the catalogue', { timeout: SLOW }, async () => {
    const page = await signedIn(MEMBER);
    await page.goto(`${baseUrl}/uzemi/jindrichuv-hradec`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Spravovat katalog služeb' }).count()).toBe(0);
    await page.goto(`${baseUrl}/uzemi/jindrichuv-hradec/katalog/sprava`);
    await page.getByText('Katalog tohoto území mohou spravovat jen jeho koordinátoři.').waitFor();
    expect(await page.getByRole('link', { name: 'Přidat službu' }).count()).toBe(0);
    await checkScreen(page, 'catalogue-admin-member');
  });
});
