import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from './server.ts';
import { DESKTOP, SMALL_PHONE, expectNoAxeViolations, hasHorizontalScroll, screenshot, useBrowser } from './browser.ts';
import { type GeneratedItemSpec, generateRegistryFile } from './fixtures/rpss-generator.ts';
import { COORDINATOR, signInOnPage } from './meetings-helpers.ts';

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
const ADMIN = { email: 'admin@kpss.example', password: 'demo-heslo-admin', name: 'Správce KPSS (ukázka)' };

const browser = useBrowser();

/** Real ČSÚ codes of ORP Tábor (seeds/demo/geography.ts) and of Jindřichův Hradec, which is outside Tábor's scope. */
const TABOR_PLACES = [
  ['552046', 'Tábor'],
  ['553069', 'Sezimovo Ústí'],
  ['552054', 'Bechyně'],
  ['552496', 'Chýnov'],
  ['552704', 'Mladá Vožice'],
] as const;
const JH_PLACES = [['545881', 'Jindřichův Hradec'], ['546798', 'Nová Bystřice']] as const;

const MAPPED_KINDS = ['4', '13', '1', '3', '29'];
/** Kinds KPSS has no mapping for: 7 (podpora samostatného bydlení by the unverified pattern) and 20 (azylové domy). */
const UNMAPPED_SUPPORTED_LIVING = 30;
const UNMAPPED_SHELTERS = 12;
const MAPPED_IN_TABOR = 200;

function taborItems(): GeneratedItemSpec[] {
  const place = (i: number) => TABOR_PLACES[i % TABOR_PLACES.length]!;
  return [
    ...Array.from({ length: MAPPED_IN_TABOR }, (_, i) => ({ municipalityCode: place(i)[0], placeName: place(i)[1], kindCode: MAPPED_KINDS[i % MAPPED_KINDS.length]!, clientGroupCodes: ['24'] })),
    ...Array.from({ length: UNMAPPED_SUPPORTED_LIVING }, (_, i) => ({ municipalityCode: place(i)[0], placeName: place(i)[1], kindCode: '7', clientGroupCodes: ['24'] })),
    ...Array.from({ length: UNMAPPED_SHELTERS }, (_, i) => ({ municipalityCode: place(i)[0], placeName: place(i)[1], kindCode: '20', clientGroupCodes: [] })),
    ...Array.from({ length: 60 }, (_, i) => ({ municipalityCode: JH_PLACES[i % 2]![0], placeName: JH_PLACES[i % 2]![1], kindCode: '4', clientGroupCodes: ['24'] })),
  ];
}

const TABOR_CODES = new Set<string>(TABOR_PLACES.map(([code]) => code));

type RegistryItem = {
  identifikator: string;
  zarizeni: { nazev: string; adresa: { obec: { id: string } } }[];
  poskytovatel: { ico: string };
  formy: { kapacity: { pocet: number }[] }[];
};
const municipalityOf = (item: RegistryItem) => item.zarizeni[0]!.adresa.obec.id.replace('Obec/', '');

const dir = mkdtempSync(join(tmpdir(), 'kpss-rpss-'));
function writeFile(name: string, text: string | Uint8Array) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function signedIn(account: typeof ADMIN, path: string) {
  const { page } = await browser.open(DESKTOP);
  await page.goto(`${baseUrl}/prihlaseni?next=${encodeURIComponent(path)}`);
  await signInOnPage(page, account);
  await page.waitForURL((url) => !url.pathname.startsWith('/prihlaseni'));
  return page;
}

/** Every value the progress bar showed, recorded in the page (reading a 10 MB file takes about a second). */
async function recordProgress(page: Page) {
  await page.evaluate(() => {
    const seen: { value: number; max: number; label: string }[] = [];
    (window as unknown as { progressSeen: typeof seen }).progressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('progress');
      if (bar) seen.push({ value: bar.value, max: bar.max, label: bar.labels?.[0]?.textContent ?? '' });
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
}

const progressSeen = (page: Page) => page.evaluate(() => (window as unknown as { progressSeen: { value: number; max: number; label: string }[] }).progressSeen);

async function expectFitsSmallPhone(page: Page, name: string) {
  await screenshot(page, `${name}-desktop`);
  await page.setViewportSize(SMALL_PHONE);
  expect(await hasHorizontalScroll(page)).toBe(false);
  await screenshot(page, `${name}-320`);
  await page.setViewportSize(DESKTOP);
}

const count = (page: Page, label: string) => page.locator('.registry-report__count', { has: page.getByText(label, { exact: true }) }).locator('dd');

describe.skipIf(!seeded)('import from the national registry', () => {
  it('a truncated file, a file that is not JSON and one without polozky are refused with where, and nothing is sent', { timeout: SLOW }, async () => {
    const page = await signedIn(COORDINATOR, '/uzemi/tabor/registr');
    await page.waitForURL(/\/uzemi\/tabor\/registr$/);
    await page.getByRole('heading', { level: 1, name: /Import z registru poskytovatelů – Tábor/ }).waitFor();
    const posted: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/registry-import')) posted.push(request.url());
    });
    const whole = generateRegistryFile({ outside: 1_500, inside: taborItems().slice(0, 40) });
    const bytes = new TextEncoder().encode(whole);
    const cut = Math.floor(bytes.length * 0.6);

    await page.getByLabel('Soubor rpss.json').setInputFiles(writeFile('rpss-cut.json', bytes.subarray(0, cut)));
    await page.getByRole('button', { name: 'Načíst soubor' }).click();
    const alert = page.locator('#registry-file-problem');
    await alert.getByText('Soubor je neúplný', { exact: false }).waitFor();
    const text = (await alert.textContent()) ?? '';
    // Where it ended: the byte offset (the file's length) and how many services were read before it.
    expect(text.replace(/\s/g, '')).toContain(`ubajtu${cut}`);
    expect(text).toMatch(/po [\d\s]+\. službě souboru/);
    expect(text).toContain('Nic se neodeslalo ani nezapsalo.');
    await expectNoAxeViolations(page);
    await expectFitsSmallPhone(page, 'registry-import-truncated');

    await page.getByLabel('Soubor rpss.json').setInputFiles(writeFile('rpss.html', '<!doctype html><p>Stránka nenalezena</p>'));
    await page.getByRole('button', { name: 'Načíst soubor' }).click();
    await alert.getByText('Soubor není platný JSON: chyba u bajtu 0', { exact: false }).waitFor();

    await page.getByLabel('Soubor rpss.json').setInputFiles(writeFile('other.json', JSON.stringify({ items: [{ id: 1 }] })));
    await page.getByRole('button', { name: 'Načíst soubor' }).click();
    await alert.getByText('chybí v něm klíč „polozky“', { exact: false }).waitFor();

    // A Windows-1250 copy: "é" is one byte there.
    const at = bytes.indexOf(0xc3);
    const legacy = bytes.slice(0, bytes.length);
    legacy[at] = 0xe9;
    legacy[at + 1] = 0x20;
    await page.getByLabel('Soubor rpss.json').setInputFiles(writeFile('rpss-1250.json', legacy));
    await page.getByRole('button', { name: 'Načíst soubor' }).click();
    await alert.getByText('není v kódování UTF-8', { exact: false }).waitFor();
    expect(((await alert.textContent()) ?? '').replace(/\s/g, '')).toContain(`ubajtu${at}`);

    expect(posted).toEqual([]);
  });

  it('reading a large file can be cancelled, and then nothing is sent', { timeout: SLOW }, async () => {
    const page = await signedIn(COORDINATOR, '/uzemi/tabor/registr');
    await page.getByRole('heading', { level: 1, name: /Import z registru poskytovatelů – Tábor/ }).waitFor();
    const posted: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/registry-import')) posted.push(request.url());
    });
    // About 50 MB: a few seconds of reading, time enough to press Cancel.
    await page.getByLabel('Soubor rpss.json').setInputFiles(writeFile('rpss-large.json', generateRegistryFile({ outside: 30_000, inside: taborItems() })));
    await page.getByRole('button', { name: 'Načíst soubor' }).click();
    const bar = page.getByRole('progressbar', { name: 'Průběh načítání souboru' });
    await bar.waitFor();
    await expect.poll(async () => Number(await bar.getAttribute('value')), { timeout: 20_000 }).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'registry-import-reading-desktop');
    await page.getByRole('button', { name: 'Zrušit načítání' }).click();
    await page.getByRole('status').filter({ hasText: 'Načítání souboru bylo zrušeno. Nic se neodeslalo.' }).waitFor();
    expect(await bar.count()).toBe(0);
    await page.waitForTimeout(1_000);
    expect(posted).toEqual([]);
  });

  it('a coordinator reads the whole file with progress, sees the dry run, assigns the unknown codes, imports, and the catalogue has the services', { timeout: SLOW }, async () => {
    const page = await signedIn(COORDINATOR, '/uzemi/tabor');
    await page.getByRole('link', { name: 'Import katalogu z registru poskytovatelů' }).click();
    await page.getByRole('heading', { level: 1, name: /Import z registru poskytovatelů – Tábor/ }).waitFor();
    await page.getByText(/Vybírám služby v \d+ obcích území/).waitFor();
    await expectNoAxeViolations(page);

    // One service of Tábor with a mistyped IČO: a bad item, named by its position, that nothing else depends on.
    const data = JSON.parse(generateRegistryFile({ outside: 6_000, inside: taborItems() })) as { polozky: RegistryItem[] };
    const taborPositions = data.polozky.flatMap((item, position) => (TABOR_CODES.has(municipalityOf(item)) ? [position] : []));
    const badPosition = taborPositions[0]!;
    data.polozky[badPosition]!.poskytovatel.ico = '12345678';
    const file = JSON.stringify(data);
    const path = writeFile('rpss.json', file);
    const size = Buffer.byteLength(file);
    await page.getByLabel('Soubor rpss.json').setInputFiles(path);
    await recordProgress(page);
    await page.getByRole('button', { name: 'Načíst soubor' }).click();

    await page.getByRole('heading', { level: 2, name: '2. Co se změní' }).waitFor({ timeout: 60_000 });
    // The keyboard and the screen reader land on the report.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('registry-report-title');
    const seen = await progressSeen(page);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((entry) => entry.max === size && entry.label === 'Průběh načítání souboru')).toBe(true);
    expect(seen.some((entry) => entry.value > 0 && entry.value <= size)).toBe(true);
    const total = 6_000 + taborItems().length;
    const read = MAPPED_IN_TABOR + UNMAPPED_SUPPORTED_LIVING + UNMAPPED_SHELTERS;
    const inside = read - 1;
    await page.getByText(`Soubor rpss.json: ${read} služeb v území z ${total.toLocaleString('cs-CZ')} v souboru.`, { exact: false }).waitFor();
    await expect.poll(() => count(page, 'nové').textContent()).toBe(String(MAPPED_IN_TABOR - 1));
    expect(await count(page, 'chybné').textContent()).toBe('1');
    await page.getByText(`položka č. ${badPosition + 1}, reg. č. ${data.polozky[badPosition]!.identifikator}: polozky[${badPosition}].poskytovatel.ico IČO nemá správnou kontrolní číslici`).waitFor();
    expect(await count(page, 's neznámým kódem').textContent()).toBe(String(UNMAPPED_SUPPORTED_LIVING + UNMAPPED_SHELTERS));

    // Each unknown code: how many services, sample names, and a suggestion that is only a suggestion.
    const unknown = page.locator('.registry-unknown__item');
    const supported = unknown.filter({ hasText: 'DruhSocialniSluzby/7' });
    await supported.getByText(`${UNMAPPED_SUPPORTED_LIVING} služeb v území`).waitFor();
    expect(await supported.locator('.registry-unknown__samples li').first().textContent()).toMatch(/^Podpora samostatného bydlení (Tábor|Sezimovo Ústí|Bechyně|Chýnov|Mladá Vožice) \d{7}$/);
    await supported.getByText('Návrh: podpora samostatného bydlení.', { exact: false }).waitFor();
    await supported.getByText('neověřeno', { exact: false }).waitFor();
    expect(await supported.getByLabel('Druh služby KPSS pro kód 7').inputValue()).toBe('');
    await unknown.filter({ hasText: 'DruhSocialniSluzby/20' }).getByText(`${UNMAPPED_SHELTERS} služeb v území`).waitFor();
    await expectNoAxeViolations(page);
    await expectFitsSmallPhone(page, 'registry-import-dry-run');

    // Without a choice, the field says so; then the person confirms the suggestion.
    await supported.getByRole('button', { name: 'Přiřadit kód 7' }).click();
    await supported.getByText('Nejdřív vyberte, čemu kód odpovídá.').waitFor();
    await supported.getByLabel('Druh služby KPSS pro kód 7').selectOption({ label: 'podpora samostatného bydlení (§ 43)' });
    await supported.getByRole('button', { name: 'Přiřadit kód 7' }).click();
    await expect.poll(() => count(page, 'nové').textContent()).toBe(String(MAPPED_IN_TABOR - 1 + UNMAPPED_SUPPORTED_LIVING));
    await page.getByRole('status').filter({ hasText: 'Přehled změn je přepočítaný.' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('registry-unknown-title');
    // The next one by keyboard alone: choose, Tab to the button, Enter.
    const shelters = page.locator('.registry-unknown__item').filter({ hasText: 'DruhSocialniSluzby/20' });
    await shelters.getByLabel('Druh služby KPSS pro kód 20').selectOption({ label: 'azylové domy (§ 57)' });
    await shelters.getByLabel('Druh služby KPSS pro kód 20').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Přiřadit kód 20');
    await page.keyboard.press('Enter');
    await expect.poll(() => count(page, 'nové').textContent()).toBe(String(inside));
    expect(await count(page, 's neznámým kódem').textContent()).toBe('0');
    expect(await page.locator('.registry-unknown').count()).toBe(0);

    // The new services list names them with their position in the file.
    await page.getByText(`Nové služby (${inside})`).click();
    await page.locator('.registry-report__list li').filter({ hasText: /položka č\. \d/ }).first().waitFor();

    await page.getByRole('button', { name: 'Potvrdit a importovat' }).click();
    await page.getByRole('heading', { level: 2, name: 'Import dokončen' }).waitFor({ timeout: 60_000 });
    await page.getByText(`Importováno: ${inside} nových, 0 změněných, 0 vyřazených služeb.`, { exact: false }).first().waitFor();
    await expectNoAxeViolations(page);
    await expectFitsSmallPhone(page, 'registry-import-applied');

    // The public catalogue (signed out, a fresh device) lists an imported service.
    const { page: visitor } = await browser.open(DESKTOP);
    const registrationOfFirstShelter = file.match(/"identifikator":"(\d{7})","datumPoskytovaniOd":"2015-01-01","datumPoskytovaniDo":null,"kontaktniAdresy":\[\],"druhSocialniSluzby":\{"id":"DruhSocialniSluzby\/20"\}/)![1];
    const shelterName = file.match(new RegExp(`"nazev":"(Azylový dům [^"]+ ${registrationOfFirstShelter})"`))![1]!;
    await visitor.goto(`${baseUrl}/uzemi/tabor/katalog?q=${encodeURIComponent(shelterName)}`);
    await visitor.getByRole('heading', { level: 1, name: 'Katalog sociálních služeb' }).waitFor();
    await visitor.getByRole('link', { name: shelterName }).first().waitFor({ timeout: 30_000 });
    await visitor.getByRole('link', { name: shelterName }).first().click();
    await visitor.getByRole('heading', { level: 1, name: shelterName }).waitFor();
    await visitor.getByText('azylové domy', { exact: false }).first().waitFor();

    // The same file again changes nothing.
    await page.getByLabel('Soubor rpss.json').setInputFiles(path);
    await page.getByRole('button', { name: 'Načíst soubor' }).click();
    await page.getByRole('heading', { level: 2, name: '2. Co se změní' }).waitFor({ timeout: 60_000 });
    await expect.poll(() => count(page, 'beze změny').textContent()).toBe(String(inside));
    await page.getByText('Katalog už odpovídá registru, není co importovat.').waitFor();

    // A later file: one capacity changed, one service gone from the registry.
    const changedAt = taborPositions[1]!;
    const goneAt = taborPositions[2]!;
    data.polozky[changedAt]!.formy[0]!.kapacity[0]!.pocet += 5;
    const goneName = data.polozky[goneAt]!.zarizeni[0]!.nazev;
    const later = { polozky: data.polozky.filter((_, position) => position !== goneAt) };
    await page.getByLabel('Soubor rpss.json').setInputFiles(writeFile('rpss-later.json', JSON.stringify(later)));
    await page.getByRole('button', { name: 'Načíst soubor' }).click();
    await expect.poll(() => count(page, 'změněné').textContent(), { timeout: 60_000 }).toBe('1');
    expect(await count(page, 'už v registru nejsou').textContent()).toBe('1');
    await page.getByText(`${data.polozky[changedAt]!.zarizeni[0]!.nazev} – mění se: kapacita`).waitFor();
    await page.locator('.registry-report__list', { hasText: 'Už nejsou v registru – budou vyřazeny (1)' }).getByText(goneName).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Potvrdit a importovat' }).click();
    await page.getByText('Importováno: 0 nových, 1 změněných, 1 vyřazených služeb.', { exact: false }).first().waitFor({ timeout: 60_000 });
  });

  it('the daily import from an address: https only, saved with autoApply, kept after a reload; no report waits yet', { timeout: SLOW }, async () => {
    const page = await signedIn(COORDINATOR, '/uzemi/jindrichuv-hradec/registr');
    await page.getByRole('heading', { level: 2, name: 'Denní import z registru' }).waitFor();
    await page.getByText('Žádný přehled nečeká na potvrzení.').waitFor();
    const url = page.getByLabel('Adresa souboru rpss.json');
    await url.fill('http://example.org/rpss.json');
    await page.getByRole('button', { name: 'Uložit nastavení' }).click();
    await page.getByText('Adresa musí začínat https://.').waitFor();
    expect(await url.getAttribute('aria-invalid')).toBe('true');
    const address = 'https://data.mpsv.cz/od/soubory/rpss/rpss.json';
    await url.fill(address);
    await page.getByLabel('Zapisovat změny bez potvrzení').check();
    await page.getByRole('button', { name: 'Uložit nastavení' }).click();
    await page.getByRole('status').filter({ hasText: 'Nastavení denního importu je uložené.' }).waitFor();
    await expectNoAxeViolations(page);
    await page.reload();
    await expect.poll(() => page.getByLabel('Adresa souboru rpss.json').inputValue()).toBe(address);
    expect(await page.getByLabel('Zapisovat změny bez potvrzení').isChecked()).toBe(true);
    await screenshot(page, 'registry-import-daily-desktop');
    // An empty address stops it.
    await page.getByLabel('Adresa souboru rpss.json').fill('');
    await page.getByRole('button', { name: 'Uložit nastavení' }).click();
    await page.getByRole('status').filter({ hasText: 'Denní import je vypnutý.' }).waitFor();

    // In English, too.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import from the registry of providers – Jindřichův Hradec' }).waitFor();
    await page.getByLabel('The file rpss.json', { exact: true }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Daily import from the registry' }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('the admin sees who assigned each registry code on the mapping screen', { timeout: SLOW }, async () => {
    const page = await signedIn(ADMIN, '/ucet');
    await page.getByRole('link', { name: /Kódy registru poskytovatelů/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Kódy registru poskytovatelů' }).waitFor();
    const code7 = page.locator('.registry-codes__item').filter({ has: page.getByRole('heading', { name: 'DruhSocialniSluzby/7' }) });
    await code7.getByText('podpora samostatného bydlení', { exact: true }).waitFor();
    expect(await code7.locator('.registry-codes__source').textContent()).toMatch(/^přiřadil člověk: Veronika Příkladná, \d/);
    const verified = page.locator('.registry-codes__item').filter({ has: page.getByRole('heading', { name: 'DruhSocialniSluzby/13' }) });
    expect(await verified.locator('.registry-codes__source').textContent()).toBe('ověřeno');
    await expectNoAxeViolations(page);
    await expectFitsSmallPhone(page, 'registry-codes');

    // The registry's code list: one that contradicts a verified mapping is refused, naming the item.
    const codeList = (items: [string, string][]) => JSON.stringify({ polozky: items.map(([id, name]) => ({ id, nazev: { cs: name, en: null } })) });
    await page.getByLabel('Soubor číselníku (JSON)').setInputFiles(
      writeFile('druhy-spor.json', codeList([['DruhSocialniSluzby/7', 'Podpora samostatného bydlení'], ['DruhSocialniSluzby/13', 'Azylové domy']])),
    );
    await page.getByRole('button', { name: 'Zkontrolovat číselník' }).click();
    const refused = page.getByRole('alert').filter({ hasText: 'Číselník odporuje uloženým přiřazením' });
    await refused.getByText('položka č. 2 (DruhSocialniSluzby/13)', { exact: false }).waitFor();
    await refused.getByText('je jiný druh, než k jakému je kód DruhSocialniSluzby/13 přiřazen', { exact: false }).waitFor();
    await expectNoAxeViolations(page);

    // A consistent one: a dry run first, then saved; the code it maps by name says where it came from.
    await page.getByLabel('Soubor číselníku (JSON)').setInputFiles(
      writeFile('druhy.json', codeList([['DruhSocialniSluzby/7', 'Podpora samostatného bydlení'], ['DruhSocialniSluzby/17', 'Raná péče'], ['DruhSocialniSluzby/99', 'Nový druh služby']])),
    );
    await page.getByRole('button', { name: 'Zkontrolovat číselník' }).click();
    await page.getByRole('status').filter({ hasText: 'Položek v číselníku: 3. Už přiřazené: 1, přiřadí se podle názvu: 1, zůstanou bez přiřazení: 1.' }).waitFor();
    expect(await page.locator('.registry-codes__item').filter({ has: page.getByRole('heading', { name: 'DruhSocialniSluzby/17' }) }).count()).toBe(0);
    await page.getByRole('button', { name: 'Uložit číselník' }).click();
    await page.getByRole('status').filter({ hasText: 'Číselník je uložený.' }).waitFor();
    const code17 = page.locator('.registry-codes__item').filter({ has: page.getByRole('heading', { name: 'DruhSocialniSluzby/17' }) });
    await expect.poll(() => code17.locator('.registry-codes__source').textContent()).toMatch(/^z číselníku registru: Správce KPSS \(ukázka\), \d/);
    expect(await code7.locator('dd').first().textContent()).toBe('Podpora samostatného bydlení');
  });
});
