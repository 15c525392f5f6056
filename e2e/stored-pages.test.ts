/**
 * The pages kept for offline reading by pwa/territory/offline-snapshot.ts read their saved copy back through the
 * schemas of schema/stored/ (issue 14 point 5): a copy an older app left in another shape is dropped, never shown
 * typed wrongly. Offline, a page with no other copy says the saved one cannot be used; online it is fetched again.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { groupId } from '../seeds/demo/keys.ts';
import { SMALL_PHONE, appTookOver, expectNoAxeViolations, hasHorizontalScroll, screenshot, useBrowser } from './browser.ts';
import { closeToast, waitForServiceWorker } from './meetings-helpers.ts';
import { ageSnapshot, hasSavedCopy } from './saved-copies.ts';

const baseUrl = inject('baseUrl');
const seeded = inject('seeded');
const SLOW = 240_000;

const browser = useBrowser();

/** Drops the service worker's cached API answers whose path ends with `suffix`. */
function forgetCachedAnswers(page: Page, suffix: string) {
  return page.evaluate(async (suffix) => {
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) if (new URL(request.url).pathname.endsWith(suffix)) await cache.delete(request);
    }
  }, suffix);
}

const mainText = (page: Page) => page.locator('main').innerText();

describe.skipIf(!seeded)('saved pages an older app left on the device', () => {
  const GROUP = groupId('jh-excluded');
  const GROUP_NAME = 'Osoby ohrožené sociálním vyloučením';
  const groupKey = `group:public:${GROUP}`;

  it('says offline that the group page’s saved copy cannot be used, and shows the page again once online', { timeout: SLOW }, async () => {
    const { page, context } = await browser.open();
    await page.goto(`${baseUrl}/skupiny/${GROUP}`);
    await page.getByRole('heading', { level: 1, name: GROUP_NAME }).waitFor();
    await waitForServiceWorker(page);
    await expect.poll(() => hasSavedCopy(page, groupKey)).toBe(true);
    await ageSnapshot(page, groupKey, 'page');

    await context.setOffline(true);
    await page.reload();
    await page.getByText('uloženou kopii této stránky nelze v nové verzi aplikace použít', { exact: false }).waitFor();
    expect(await page.getByRole('heading', { level: 1, name: GROUP_NAME }).count()).toBe(0);
    expect(await mainText(page)).not.toContain('[object Object]');
    expect(await hasSavedCopy(page, groupKey)).toBe(false);
    await closeToast(page);
    await expectNoAxeViolations(page);
    await page.setViewportSize(SMALL_PHONE);
    expect(await hasHorizontalScroll(page), 'the unusable-copy message scrolls sideways at 320 px').toBe(false);
    await screenshot(page, 'group-saved-copy-unfit-320');

    // online again, "Zkusit znovu" fetches the page and saves it in this release's shape
    await context.setOffline(false);
    await page.getByRole('button', { name: 'Zkusit znovu' }).click();
    await page.getByRole('heading', { level: 1, name: GROUP_NAME }).waitFor();
    expect(await mainText(page)).not.toContain('[object Object]');
    await expect.poll(() => hasSavedCopy(page, groupKey)).toBe(true);
    await expectNoAxeViolations(page);
  });

  it('says the same on a territory’s page whose answer the service worker does not hold, and reads it fresh online', { timeout: SLOW }, async () => {
    const { page, context } = await browser.open();
    await page.goto(`${baseUrl}/uzemi/trebon`);
    await page.getByRole('heading', { level: 1, name: 'Třeboň' }).waitFor();
    await appTookOver(page);
    await waitForServiceWorker(page);
    await expect.poll(() => hasSavedCopy(page, 'overview:trebon')).toBe(true);
    await ageSnapshot(page, 'overview:trebon', 'page');
    // the service worker's copy of the public answer, if it kept one, would stand in for the saved page: gone
    await forgetCachedAnswers(page, '/overview');

    await context.setOffline(true);
    await page.reload();
    await page.getByText('uloženou kopii této stránky nelze v nové verzi aplikace použít', { exact: false }).waitFor();
    expect(await page.getByRole('heading', { level: 1, name: 'Třeboň' }).count()).toBe(0);
    expect(await mainText(page)).not.toContain('[object Object]');
    await closeToast(page);
    await expectNoAxeViolations(page);

    await context.setOffline(false);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Třeboň' }).waitFor();
    await appTookOver(page);
    expect(await mainText(page)).not.toContain('[object Object]');
    await expect.poll(() => hasSavedCopy(page, 'overview:trebon')).toBe(true);
  });
});
