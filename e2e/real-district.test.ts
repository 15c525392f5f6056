/**
 * "Starting a real district" (README) from a database as a new deployment has it: the migrations and one admin,
 * no demo data. The admin sets up the geography and invites a coordinator, who imports the registry's file with
 * codes KPSS cannot read yet, maps them, applies, edits a service and finds it in the public catalogue.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, SMALL_PHONE, expectNoAxeViolations, hasHorizontalScroll, screenshot, useBrowser } from './browser.ts';
import { type GeneratedItemSpec, generateRegistryFile } from './fixtures/rpss-generator.ts';
import { type RunningApp, startApp } from './server.ts';

const SLOW = 300_000;
const ADMIN = { email: 'spravce@kraj-jihocesky.example', password: 'heslo spravce kraje 2026' };
const COORDINATOR = { email: 'koordinatorka@trebon.example', name: 'Jana Plánovací', password: 'trebonske rybniky 2026' };

/** ČSÚ's relation file obec → ORP (VAZ0043_0065) for ORP Třeboň, as the statistical office exports it. */
const TREBON = [
  ['547336', 'Třeboň'],
  ['546674', 'Lomnice nad Lužnicí'],
  ['547280', 'Suchdol nad Lužnicí'],
  ['546089', 'České Velenice'],
] as const;
const CSV = [
  '"TYPVAZ","AKRCIS1","KODCIS1","CHODNOTA1","TEXT1","AKRCIS2","KODCIS2","CHODNOTA2","TEXT2"',
  ...TREBON.map(([code, name]) => `"0043_0065","OBEC","43","${code}","${name}","ORP","65","3112","Třeboň"`),
].join('\r\n');

/** 150 services in Třeboň under verified kinds, 25 shelters under DruhSocialniSluzby/20, which has no mapping. */
const MAPPED = 150;
const SHELTERS = 25;
const insideItems: GeneratedItemSpec[] = [
  ...Array.from({ length: MAPPED }, (_, i) => ({ municipalityCode: TREBON[i % 4]![0], placeName: TREBON[i % 4]![1], kindCode: ['4', '13', '1'][i % 3]!, clientGroupCodes: ['24'] })),
  ...Array.from({ length: SHELTERS }, (_, i) => ({ municipalityCode: TREBON[i % 4]![0], placeName: TREBON[i % 4]![1], kindCode: '20', clientGroupCodes: [] })),
];

let app: RunningApp;
const browser = useBrowser();
const dir = mkdtempSync(join(tmpdir(), 'kpss-district-'));

beforeAll(async () => {
  app = await startApp({ demo: false, admin: ADMIN });
}, 180_000);
afterAll(async () => {
  await app?.stop();
});

async function signIn(page: Page, account: { email: string; password: string }, next: string) {
  await page.goto(`${app.baseUrl}/prihlaseni?next=${encodeURIComponent(next)}`);
  await page.getByLabel('E-mail').fill(account.email);
  await page.getByLabel('Heslo', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Přihlásit se' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/prihlaseni'));
}

/** An API call from the signed-in page, as the PWA makes it (same origin, the session cookie). */
async function call(page: Page, method: string, path: string, body: string, type = 'application/json'): Promise<{ status: number; json: Record<string, unknown> }> {
  return page.evaluate(
    async ([method, path, body, type]) => {
      const res = await fetch(path, { method, body: method === 'GET' ? undefined : body, headers: { 'Content-Type': type }, credentials: 'same-origin' });
      return { status: res.status, json: (await res.json()) as Record<string, unknown> };
    },
    [method, path, body, type] as const,
  );
}

describe('a district starting from an empty database', () => {
  it('goes from one admin to a public catalogue imported from the registry', { timeout: SLOW }, async () => {
    const { page: admin } = await browser.open(DESKTOP);
    await signIn(admin, ADMIN, '/ucet');
    expect((await call(admin, 'GET', '/api/territories', '')).json).toEqual({ territories: [] });

    // Geography, in the admin's screens: the region, its ORP, and the municipalities from ČSÚ's file.
    const csvPath = join(dir, 'VAZ0043_0065_trebon.csv');
    writeFileSync(csvPath, CSV);
    await admin.getByRole('link', { name: 'Kraje, území a obce', exact: false }).click();
    await admin.getByRole('heading', { level: 1, name: 'Kraje, území a obce' }).waitFor();
    await admin.getByText('Zatím tu není žádný kraj.', { exact: false }).waitFor();
    await admin.getByLabel('Kód NUTS 3').fill('CZ31');
    await admin.getByLabel('Název kraje').fill('Jihočeský kraj');
    await admin.getByRole('button', { name: 'Přidat kraj' }).click();
    await admin.getByText('Zadejte kód NUTS 3 kraje, např. CZ031', { exact: false }).waitFor();
    expect(await admin.getByLabel('Kód NUTS 3').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(admin);
    expect((await call(admin, 'GET', '/api/regions', '')).json).toEqual({ regions: [] });
    await admin.getByLabel('Kód NUTS 3').fill('CZ031');
    await admin.getByRole('button', { name: 'Přidat kraj' }).click();
    await admin.getByRole('link', { name: 'Spravovat: Jihočeský kraj' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Jihočeský kraj' }).waitFor();

    await admin.getByLabel('Název', { exact: true }).fill('Třeboň');
    await admin.getByLabel('Kód ORP podle ČSÚ').fill('3112');
    await admin.getByLabel('Plánuje od roku').fill('2011');
    await admin.getByRole('button', { name: 'Přidat území' }).click();
    await admin.getByRole('status').getByText('Území Třeboň je přidáno.').waitFor();

    await admin.getByLabel('Soubor CSV').setInputFiles(csvPath);
    await admin.getByRole('button', { name: 'Zkontrolovat soubor' }).click();
    await admin.getByText(`nové obce ${TREBON.length}, přejmenované 0, beze změny 0, nová přiřazení k území ${TREBON.length}`, { exact: false }).waitFor();
    expect((await call(admin, 'GET', '/api/regions/CZ031/municipalities', '')).json).toEqual({ municipalities: [] });
    await expectNoAxeViolations(admin);
    await screenshot(admin, 'real-district-municipalities-dry-run');
    await admin.setViewportSize(SMALL_PHONE);
    expect(await hasHorizontalScroll(admin)).toBe(false);
    await screenshot(admin, 'real-district-region-320');
    await admin.setViewportSize(DESKTOP);
    await admin.getByRole('button', { name: 'Zapsat obce' }).click();
    await admin.getByText(`Zapsáno: ${TREBON.length} nových obcí, ${TREBON.length} přiřazení k území.`).waitFor();
    await admin.getByRole('list', { name: 'Obce kraje' }).getByText('Lomnice nad Lužnicí').waitFor();

    await admin.getByRole('link', { name: 'Třeboň' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Třeboň' }).waitFor();
    for (const [, name] of TREBON) expect(await admin.getByRole('checkbox', { name: new RegExp(`^${name} `) }).isChecked()).toBe(true);
    await expectNoAxeViolations(admin);
    await screenshot(admin, 'real-district-territory');

    // The admin invites the coordinator in the PWA and hands over the link.
    await admin.goto(`${app.baseUrl}/ucet`);
    await admin.locator('#admin-territory').selectOption({ label: 'Třeboň' });
    const management = admin.getByRole('region', { name: 'Správa území Třeboň' });
    await management.getByLabel('E-mail').fill(COORDINATOR.email);
    await management.getByLabel('Role').selectOption('coordinator');
    await management.getByRole('button', { name: 'Vytvořit pozvánku' }).click();
    const link = await management.getByLabel(`Odkaz pro ${COORDINATOR.email}`).inputValue();
    await expectNoAxeViolations(admin);

    const { page } = await browser.open(DESKTOP);
    await page.goto(link);
    await page.getByLabel('Jméno a příjmení').fill(COORDINATOR.name);
    await page.getByLabel('Heslo', { exact: true }).fill(COORDINATOR.password);
    await page.getByLabel('Heslo znovu').fill(COORDINATOR.password);
    await page.getByRole('button', { name: 'Založit účet a přijmout pozvánku' }).click();
    await page.getByRole('link', { name: COORDINATOR.name }).first().waitFor();

    // The coordinator imports the ministry's file: thousands of services, most of them elsewhere.
    const file = generateRegistryFile({ outside: 4_000, inside: insideItems, firstRegistrationId: 3_100_000 });
    const path = join(dir, 'rpss.json');
    writeFileSync(path, file);
    await page.goto(`${app.baseUrl}/uzemi/trebon`);
    await page.getByRole('link', { name: 'Import katalogu z registru poskytovatelů' }).click();
    await page.getByLabel('Soubor rpss.json').setInputFiles(path);
    await page.getByRole('button', { name: 'Načíst soubor' }).click();
    await page.getByRole('heading', { level: 2, name: '2. Co se změní' }).waitFor({ timeout: 60_000 });
    const count = (label: string) => page.locator('.registry-report__count', { has: page.getByText(label, { exact: true }) }).locator('dd');
    await expect.poll(() => count('nové').textContent()).toBe(String(MAPPED));
    expect(await count('s neznámým kódem').textContent()).toBe(String(SHELTERS));
    await expectNoAxeViolations(page);

    const shelters = page.locator('.registry-unknown__item').filter({ hasText: 'DruhSocialniSluzby/20' });
    await shelters.getByLabel('Druh služby KPSS pro kód 20').selectOption({ label: 'azylové domy (§ 57)' });
    await shelters.getByRole('button', { name: 'Přiřadit kód 20' }).click();
    await expect.poll(() => count('nové').textContent()).toBe(String(MAPPED + SHELTERS));
    await page.getByRole('button', { name: 'Potvrdit a importovat' }).click();
    await page.getByRole('heading', { level: 2, name: 'Import dokončen' }).waitFor({ timeout: 60_000 });
    await screenshot(page, 'real-district-imported');

    // The admin's screen of registry codes shows who mapped the code.
    await admin.goto(`${app.baseUrl}/sprava/kody-registru`);
    await admin.getByText(`přiřadil člověk: ${COORDINATOR.name}`, { exact: false }).first().waitFor();

    // The coordinator edits an imported service; the public catalogue shows the edit.
    const shelterName = /"nazev":"(Azylový dům [^"]+)"/.exec(file.slice(file.indexOf('DruhSocialniSluzby/20')))![1]!;
    await page.goto(`${app.baseUrl}/uzemi/trebon/katalog/sprava`);
    // The work list of services that need attention shows what the API lists, each leading to its form.
    const attention = (await call(page, 'GET', '/api/territories/trebon/catalogue/attention', '')).json.services as { name: string }[];
    const attentionSection = page.getByRole('region', { name: 'Vyžaduje pozornost' });
    if (attention.length === 0) await attentionSection.getByText('Všechny služby mají kontakty', { exact: false }).waitFor();
    else await expect.poll(() => attentionSection.getByRole('listitem').count()).toBe(attention.length);
    await page.getByRole('link', { name: `Upravit: ${shelterName}` }).first().click();
    await page.getByRole('heading', { level: 1, name: shelterName }).waitFor();
    const renamed = 'Azylový dům Třeboň – pro matky s dětmi';
    await page.getByLabel('Název', { exact: true }).fill(renamed);
    await page.getByRole('button', { name: 'Uložit' }).click();
    await page.getByRole('status').getByText(`Uloženo: ${renamed}`).waitFor();

    const { page: citizen } = await browser.open(DESKTOP);
    await citizen.goto(`${app.baseUrl}/uzemi/trebon/katalog?q=${encodeURIComponent('matky s dětmi')}`);
    await citizen.getByRole('link', { name: renamed }).first().waitFor({ timeout: 30_000 });
    await expectNoAxeViolations(citizen);
    await screenshot(citizen, 'real-district-public-catalogue');
  });
});
