import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE, SMALL_PHONE, type Viewport, expectNoAxeViolations, hasHorizontalScroll, useBrowser, screenshot } from './browser.ts';
import { flatText, pdfPageSizes, pdfText } from './pdf-text.ts';

const baseUrl = inject('baseUrl');
const seeded = inject('seeded');
const SLOW = 150_000;

const browser = useBrowser();

async function fresh(viewport: Viewport = PHONE, options: Parameters<typeof browser.open>[1] = {}) {
  const opened = await browser.open(viewport, options);
  return opened.page;
}

const results = (page: Page) => page.getByRole('list').filter({ has: page.locator('.service-result') }).locator('.service-result');
const resultNames = async (page: Page) => (await results(page).locator('.card__title').allTextContents()).map((name) => name.trim());
const count = (page: Page) => page.locator('.catalogue__count');
const search = (page: Page) => page.getByLabel('Hledat službu, poskytovatele nebo obec');

/** Types like a person, a key at a time: the list follows every keystroke. */
async function typeQuery(page: Page, text: string) {
  await search(page).fill('');
  await search(page).pressSequentially(text, { delay: 20 });
}

async function expectPageFits(page: Page, name: string) {
  expect(await hasHorizontalScroll(page)).toBe(false);
  await screenshot(page, `${name}-360`);
  await page.setViewportSize(SMALL_PHONE);
  expect(await hasHorizontalScroll(page)).toBe(false);
  await screenshot(page, `${name}-320`);
  await page.setViewportSize(PHONE);
}

describe.skipIf(!seeded)('catalogue of a territory', () => {
  it('is reached from the home page, then searches, filters and opens services offline after one visit; favourites stay on the device', { timeout: SLOW }, async () => {
    const page = await fresh();
    await page.goto(baseUrl);
    // The card's second link is named "Katalog služeb" and described by the card's title.
    const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Třeboň', exact: true }) });
    await card.getByRole('link', { name: 'Katalog služeb', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Katalog sociálních služeb' }).waitFor();
    await expect.poll(() => count(page).textContent()).toBe('10 služeb');
    await expectNoAxeViolations(page);
    await expectPageFits(page, 'catalogue-trebon');

    // One visit is enough: the shell is precached and the catalogue is in IndexedDB.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    await page.context().setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Katalog sociálních služeb' }).waitFor();
    await page.getByText('Jste offline: katalog uložený v zařízení', { exact: false }).waitFor();

    // Without and with diacritics, an inflected word, a typo.
    await typeQuery(page, 'pecovatelska trebon');
    await expect.poll(() => resultNames(page)).toEqual(['Pečovatelská služba Třeboň']);
    await typeQuery(page, 'Pečovatelská Třeboň');
    await expect.poll(() => resultNames(page)).toEqual(['Pečovatelská služba Třeboň']);
    await typeQuery(page, 'seniorům');
    await expect.poll(() => resultNames(page)).toContain('Domov pro seniory Třeboň');
    expect(await resultNames(page)).not.toContain('Rodina v pohodě Třeboň');
    await typeQuery(page, 'pecovatalska');
    await expect.poll(() => resultNames(page)).toEqual(['Pečovatelská služba Třeboň']);
    expect(new URL(page.url()).searchParams.get('q')).toBe('pecovatalska');
    await typeQuery(page, 'xyzzy');
    await page.getByText('Nic nenalezeno.', { exact: false }).waitFor();

    // A filter without words: only the seniors' services, and the link says so.
    await search(page).fill('');
    await page.getByText('Filtry', { exact: true }).click();
    await page.getByLabel('Cílová skupina').selectOption({ label: 'Senioři' });
    await expect.poll(() => resultNames(page)).toContain('Domov pro seniory Třeboň');
    const seniors = await resultNames(page);
    expect(seniors).not.toContain('Rodina v pohodě Třeboň');
    expect(seniors.length).toBeLessThan(10);
    expect(new URL(page.url()).searchParams.get('skupina')).toBe('seniors');
    await screenshot(page, 'catalogue-trebon-filtered-offline-360');

    // A service's page, offline: call, e-mail, opening hours and open-now, served municipalities.
    await results(page).getByRole('link', { name: 'Pečovatelská služba Třeboň' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pečovatelská služba Třeboň' }).waitFor();
    expect(await page.getByRole('link', { name: /^Zavolat/ }).getAttribute('href')).toMatch(/^tel:\+420\d{9}$/);
    expect(await page.getByRole('link', { name: 'Napsat e-mail' }).getAttribute('href')).toMatch(/^mailto:.+@.+/);
    await page.getByRole('heading', { name: 'Provozní doba' }).waitFor();
    await page.getByText(/^Nyní (otevřeno|zavřeno)|^Otevřeno nonstop/).waitFor();
    await page.getByText('Působí v obcích').waitFor();
    await expectNoAxeViolations(page);
    await expectPageFits(page, 'catalogue-service-offline');

    const favourite = page.getByRole('button', { name: /Přidat do oblíbených|Oblíbená/ });
    expect(await favourite.getAttribute('aria-pressed')).toBe('false');
    await favourite.click();
    await expect.poll(() => favourite.getAttribute('aria-pressed')).toBe('true');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Pečovatelská služba Třeboň' }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: /Oblíbená/ }).getAttribute('aria-pressed')).toBe('true');

    // The favourites-only filter, from a link, still offline.
    await page.goto(`${baseUrl}/uzemi/trebon/katalog?oblibene=1`);
    await expect.poll(() => resultNames(page)).toEqual(['Pečovatelská služba Třeboň']);
    await results(page).getByText('Oblíbená').waitFor();

    // The provider's page from the service's.
    await results(page).getByRole('link', { name: 'Pečovatelská služba Třeboň' }).click();
    await page.getByRole('link', { name: 'Centrum sociálních služeb Třeboň, p. o. (ukázka)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Centrum sociálních služeb Třeboň, p. o. (ukázka)' }).waitFor();
    await page.getByText('79905072').waitFor();
    await page.getByRole('heading', { name: 'Služby poskytovatele' }).waitFor();
    expect(await results(page).count()).toBeGreaterThan(1);
    await expectNoAxeViolations(page);
    await expectPageFits(page, 'catalogue-provider-offline');
  });

  it('opens a shared link with its words and filters, orders by distance when location is allowed, and keeps a shelter’s address secret', { timeout: SLOW }, async () => {
    // Near Kundratice, Tábor.
    const page = await fresh(PHONE, { geolocation: { latitude: 49.421, longitude: 14.672 }, permissions: ['geolocation'] });
    await page.goto(`${baseUrl}/uzemi/tabor/katalog?q=sluzba&forma=ter`);
    await page.getByRole('heading', { level: 1, name: 'Katalog sociálních služeb' }).waitFor();
    expect(await search(page).inputValue()).toBe('sluzba');
    expect(await page.getByLabel('Forma').inputValue()).toBe('ter');
    await expect.poll(() => resultNames(page)).toContain('Charitní pečovatelská služba Bechyňsko');
    expect(await resultNames(page)).not.toContain('Domov pro seniory Kundratice');

    // Every live service of the territory's snapshot is listed, whatever the data holds.
    const snapshot = (await (await fetch(`${baseUrl}/api/territories/tabor/catalogue`)).json()) as { services: unknown[] };
    await page.goto(`${baseUrl}/uzemi/tabor/katalog`);
    await expect.poll(() => count(page).textContent()).toBe(`${snapshot.services.length} služeb`);
    await page.getByRole('button', { name: 'Seřadit podle vzdálenosti ode mě' }).click();
    await page.getByText('Seřazeno podle vzdálenosti od vaší polohy.').waitFor();
    expect(new URL(page.url()).searchParams.get('razeni')).toBe('vzdalenost');
    await expect.poll(async () => (await resultNames(page))[0]).toBe('Domov pro seniory Kundratice');
    await results(page).first().getByText(/^\d+(,\d)? km$/).waitFor();
    // Bechyně is the farthest of the places with coordinates.
    const ordered = await resultNames(page);
    expect(ordered.indexOf('Charitní pečovatelská služba Bechyňsko')).toBeGreaterThan(ordered.indexOf('Pečovatelská služba Tábor'));
    await expectNoAxeViolations(page);
    await screenshot(page, 'catalogue-tabor-near-me-360');

    await typeQuery(page, 'azylovy');
    await results(page).getByRole('link', { name: 'Azylový dům Tábor' }).click();
    await page.getByRole('heading', { level: 1, name: 'Azylový dům Tábor' }).waitFor();
    await page.getByText('Adresa se nezveřejňuje', { exact: false }).waitFor();
    expect(await page.getByRole('link', { name: /^Mapa na/ }).count()).toBe(0);
    await expectNoAxeViolations(page);

    // A service with coordinates links to both maps.
    await page.goto(`${baseUrl}/uzemi/tabor/katalog?q=kundratice`);
    await results(page).getByRole('link', { name: 'Domov pro seniory Kundratice' }).click();
    expect(await page.getByRole('link', { name: 'Mapa na Mapy.cz' }).getAttribute('href')).toContain('mapy.cz');
    expect(await page.getByRole('link', { name: 'Mapa na OpenStreetMap' }).getAttribute('href')).toContain('mlat=49.4205');
    await page.getByText('Kundratická 2, 390 02 Tábor').waitFor();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Opening hours' }).waitFor();
    await page.getByRole('link', { name: 'Back to the catalogue (Tábor)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Catalogue of social services' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Čeština' }).click();
  });

  it('prints as an A5 booklet grouped by target group, with contents and an index of municipalities, and no secret address', { timeout: SLOW }, async () => {
    const page = await fresh(DESKTOP);
    await page.goto(`${baseUrl}/uzemi/tabor`);
    await page.getByRole('link', { name: 'Katalog sociálních služeb' }).click();
    await page.getByRole('link', { name: 'Tisk katalogu' }).click();
    await page.getByRole('heading', { level: 1, name: 'Katalog sociálních a souvisejících služeb – Tábor' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Obsah' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Rejstřík obcí' }).waitFor();
    await expectNoAxeViolations(page);
    await page.setViewportSize(SMALL_PHONE);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await page.setViewportSize(DESKTOP);

    const pdf = await page.pdf({ preferCSSPageSize: true });
    const sizes = pdfPageSizes(pdf);
    expect(sizes.length).toBeGreaterThanOrEqual(5);
    // A5 is 148 × 210 mm: 420 × 595 points.
    for (const [width, height] of sizes) {
      expect(Math.round(width)).toBe(420);
      expect(Math.round(height)).toBe(595);
    }
    const text = flatText(pdfText(pdf));
    expect(text).toContain('Centrum sociální pomoci Tábor, p. o. (ukázka)');
    expect(text).toContain('Senioři');
    expect(text).toContain('Osoby v nepříznivé sociální situaci');
    expect(text).toContain('Rejstřík obcí');
    expect(text).toContain('Azylový dům Tábor');
    expect(text).toContain('Adresa se nezveřejňuje');
    // the site's header and the print button are not printed
    expect(text).not.toContain('Přihlásit');
    expect(text).not.toContain('Vytisknout');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'catalogue-print-tabor-1024');
  });
});
