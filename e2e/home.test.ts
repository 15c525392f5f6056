import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DESKTOP,
  PHONE,
  SMALL_PHONE,
  expectNoAxeViolations,
  hasHorizontalScroll,
  launchBrowser,
  openPage,
  screenshot,
} from './browser.ts';

const baseUrl = inject('baseUrl');
const seeded = inject('seeded');

/** The top-level ORPs of the demo data (seeds/), in the order a Czech reader expects; cards may add "ORP". */
const DEMO_ORPS = ['Český Krumlov', 'Jindřichův Hradec', 'Prachatice', 'Tábor', 'Trhové Sviny', 'Třeboň'];

type ApiTerritory = { name: string; slug: string };

/** What the cards must say, in order: the demo ORPs when seeded, otherwise whatever the API holds. */
async function expectedTerritoryNames(): Promise<string[]> {
  if (seeded) return DEMO_ORPS;
  const response = await fetch(`${baseUrl}/api/territories?topLevel=true`);
  const body = (await response.json()) as { territories: ApiTerritory[] };
  return body.territories.map((territory) => territory.name);
}

const cardNames = (page: Page) => page.locator('.card-list .card__link').allTextContents();

const expectCardsNamed = async (page: Page, names: string[]) =>
  expect(await cardNames(page)).toEqual(names.map((name) => expect.stringContaining(name)));

let browser: Browser;
let context: BrowserContext | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterEach(async () => {
  await context?.close();
  context = undefined;
});

afterAll(async () => {
  await browser?.close();
});

describe('home page', () => {
  it('lists the territories in Czech, is accessible, switches to English and still works offline', async () => {
    const names = await expectedTerritoryNames();
    const opened = await openPage(browser, PHONE);
    context = opened.context;
    const { page } = opened;

    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Komunitní plánování sociálních služeb' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cs');

    if (names.length > 0) {
      await page.locator('.card-list').waitFor();
      await expectCardsNamed(page, names);
      await expect(page.getByRole('link', { name: names[0] }).getAttribute('href')).resolves.toMatch(/^\/uzemi\/[a-z0-9-]+$/);
    } else {
      await page.getByText('Zatím tu není žádné území.').waitFor();
    }
    await screenshot(page, 'home-360');
    await expectNoAxeViolations(page);
    expect(await hasHorizontalScroll(page)).toBe(false);

    await page.setViewportSize(SMALL_PHONE);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'home-320');

    await page.setViewportSize(DESKTOP);
    await screenshot(page, 'home-1024');
    await page.setViewportSize(PHONE);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Community planning of social services' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page);

    // The first visit installs the service worker, which takes control and caches the list for later.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Community planning of social services' }).waitFor();
    await page.getByText('You are offline.', { exact: false }).waitFor();
    if (names.length > 0) {
      await page.locator('.card-list').waitFor();
      await expectCardsNamed(page, names);
    }
    await screenshot(page, 'home-offline-en-360');
  });
});

describe('deep links', () => {
  it('shows a Czech "not found" message for an unknown territory', async () => {
    const opened = await openPage(browser, PHONE);
    context = opened.context;
    const { page } = opened;

    await page.goto(`${baseUrl}/uzemi/neexistuje`);
    await page.getByRole('heading', { level: 1, name: 'Území nenalezeno' }).waitFor();
    await expect(page.getByRole('link', { name: 'Zpět na úvodní stránku' }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'territory-not-found-360');
    await expectNoAxeViolations(page);
  });

  it('shows a Czech "not found" page for an unknown path', async () => {
    const opened = await openPage(browser, PHONE);
    context = opened.context;
    const { page } = opened;

    await page.goto(`${baseUrl}/tohle/neexistuje`);
    await page.getByRole('heading', { level: 1, name: 'Stránka nenalezena' }).waitFor();
  });

  it('opens a territory from its card', async ({ skip }) => {
    const names = await expectedTerritoryNames();
    if (names.length === 0) skip('no territories in the database');
    const opened = await openPage(browser, PHONE);
    context = opened.context;
    const { page } = opened;

    await page.goto(`${baseUrl}/`);
    const name = names[0] ?? '';
    await page.getByRole('link', { name }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/uzemi\/[a-z0-9-]+$/);
    expect(await page.title()).toContain(name);
    await screenshot(page, 'territory-360');
    await expectNoAxeViolations(page);
    expect(await hasHorizontalScroll(page)).toBe(false);
  });
});
