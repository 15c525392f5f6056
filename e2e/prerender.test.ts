/**
 * Issue 15, target 2: the pages a citizen lands on arrive drawn (worker/routes/pages.ts). Without JavaScript they are
 * readable and their links work; with it, the app takes over without anything on the screen moving.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PHONE, SMALL_PHONE, appTookOver, expectNoAxeViolations, hasHorizontalScroll, screenshot, useBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const seeded = inject('seeded');
const SLOW = 120_000;

const browser = useBrowser();

async function serviceId(): Promise<string> {
  const catalogue = (await (await fetch(`${baseUrl}/api/territories/tabor/catalogue`)).json()) as { services: { id: string; name: string }[] };
  return catalogue.services.find((s) => s.name === 'Centrum duševního zdraví Tábor')!.id;
}

/**
 * Where the first screen's landmarks are: headings, the count, the first results, the open-now line, the contacts, as
 * boxes measured from the site header (a page without JavaScript also shows the <noscript> note above it).
 */
const landmarks = (page: Page) =>
  page.evaluate(() => {
    const top = document.querySelector('.site-header')!.getBoundingClientRect().y;
    return Array.from(document.querySelectorAll('main h1, main h2, .catalogue__count, .card__title, .open-state, .service-page__kind, .contact-actions .button'))
      .slice(0, 10)
      .map((element) => {
        const box = element.getBoundingClientRect();
        return { text: element.textContent?.trim(), x: Math.round(box.x), y: Math.round(box.y - top), width: Math.round(box.width), height: Math.round(box.height) };
      });
  });

/** Holds the app's API answers back until released, so the test acts on the drawn page before the app takes over. */
async function holdAnswers(page: Page, pattern: string): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

describe.skipIf(!seeded)('prerendered first screens', () => {
  it('can be read and followed without JavaScript, at 360 and 320 px', { timeout: SLOW }, async () => {
    const { page } = await browser.open(PHONE, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Komunitní plánování sociálních služeb' }).waitFor();
    await expect(page.getByRole('link', { name: 'Tábor', exact: true }).count()).resolves.toBe(1);

    await page.goto(`${baseUrl}/uzemi/tabor/katalog`);
    await page.getByRole('heading', { level: 1, name: 'Katalog sociálních služeb' }).waitFor();
    await expect(page.locator('.catalogue__count').textContent()).resolves.toBe('16 služeb');
    await screenshot(page, 'prerendered-catalogue-360');
    await page.setViewportSize(SMALL_PHONE);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await page.setViewportSize(PHONE);

    // a result is a link to the service's own page, which is drawn too
    await page.getByRole('link', { name: 'Centrum duševního zdraví Tábor' }).click();
    await page.getByRole('heading', { level: 1, name: 'Centrum duševního zdraví Tábor' }).waitFor();
    await expect(page.getByRole('link', { name: /^Zavolat \+420/ }).getAttribute('href')).resolves.toMatch(/^tel:\+420\d{9}$/);
    await screenshot(page, 'prerendered-service-360');
    await page.setViewportSize(SMALL_PHONE);
    expect(await hasHorizontalScroll(page)).toBe(false);
  });

  it.each([
    ['the home page', '/', '**/api/territories?*'],
    ['a catalogue', '/uzemi/tabor/katalog', '**/api/territories/tabor/catalogue*'],
    ['a service page', 'service', '**/api/services/*'],
  ])('%s as drawn, before the app takes over, has no accessibility violation', { timeout: SLOW }, async (_, path, api) => {
    const { page } = await browser.open(PHONE);
    const release = await holdAnswers(page, api);
    await page.goto(`${baseUrl}${path === 'service' ? `/sluzby/${await serviceId()}` : path}`);
    await page.locator('[data-prerendered] h1').waitFor();
    await expectNoAxeViolations(page);
    expect(await page.locator('[data-prerendered]').count()).toBe(1);
    release();
  });

  it.each([
    ['the home page', '/'],
    ['a catalogue', '/uzemi/tabor/katalog'],
    ['a service page', 'service'],
  ])('%s: the app takes over without moving what is on the screen', { timeout: SLOW }, async (_, path) => {
    const url = `${baseUrl}${path === 'service' ? `/sluzby/${await serviceId()}` : path}`;
    const drawn = (await browser.open(PHONE, { javaScriptEnabled: false })).page;
    await drawn.goto(url);
    const before = await landmarks(drawn);
    expect(before.length).toBeGreaterThan(2);

    const { page } = await browser.open(PHONE);
    await page.goto(url);
    // taken over: the drawn copy is gone and the app's own screen is in its place
    await appTookOver(page);
    // the app may show more below the first screen (a service's address and hours), never move what was drawn
    expect((await landmarks(page)).slice(0, before.length)).toEqual(before);
    await expectNoAxeViolations(page);
  });

  it('keeps what was typed into the drawn search box before the app took over', { timeout: SLOW }, async () => {
    const { page } = await browser.open(PHONE);
    const release = await holdAnswers(page, '**/api/territories/tabor/catalogue*');
    await page.goto(`${baseUrl}/uzemi/tabor/katalog`);
    await page.locator('[data-prerendered] #catalogue-q').fill('pecovatelska');
    expect(await page.locator('[data-prerendered]').count()).toBe(1);
    release();
    await page.waitForFunction(() => !document.querySelector('[data-prerendered]'));
    await expect.poll(() => page.locator('.service-result .card__title').allTextContents()).toContain('Pečovatelská služba Tábor');
    await expect(page.getByLabel('Hledat službu, poskytovatele nebo obec').inputValue()).resolves.toBe('pecovatelska');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('catalogue-q');
  });

  it('presses again, once the app has taken over, a button pressed on the drawn page', { timeout: SLOW }, async () => {
    const { page } = await browser.open(PHONE);
    const release = await holdAnswers(page, '**/api/territories/tabor/catalogue*');
    await page.goto(`${baseUrl}/uzemi/tabor/katalog`);
    await page.locator('[data-prerendered]').getByRole('button', { name: 'English' }).click();
    release();
    await page.getByRole('heading', { level: 1, name: 'Catalogue of social services' }).waitFor();
  });

  it('paints the drawn page before it fetches the app, and fetches none of the stylesheets it carries inline', { timeout: SLOW }, async () => {
    const { page } = await browser.open(PHONE);
    await page.goto(`${baseUrl}/uzemi/tabor/katalog`);
    await appTookOver(page);
    const loaded = await page.evaluate(() => {
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      return {
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        entry: resources.find((resource) => /\/assets\/index-[^/]+\.js$/.test(resource.name))?.startTime,
        stylesheets: resources.filter((resource) => resource.name.endsWith('.css')).map((resource) => new URL(resource.name).pathname),
      };
    });
    expect(loaded.paint).toBeGreaterThan(0);
    expect(loaded.entry).toBeGreaterThan(loaded.paint!);
    // the entry's and the catalogue's styles came inline; only what is drawn later (the update prompt) has its own
    expect(loaded.stylesheets.filter((path) => /\/assets\/(index|catalogue)-/.test(path))).toEqual([]);
  });
});
