import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, screenshot } from './browser.ts';

const baseUrl = inject('baseUrl');
const assetsDir = inject('assetsDir');

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

describe('app update', () => {
  it('offers a new version and reloads only when the user presses "Aktualizovat"', async () => {
    const opened = await openPage(browser);
    context = opened.context;
    const { page } = opened;

    await page.goto(`${baseUrl}/`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });

    // A new deploy, as the browser sees it: a service worker script that differs. The browser fetches that script
    // itself, outside any page, so it cannot be faked with a route; the served copy of the build is changed instead.
    appendFileSync(join(assetsDir, 'sw.js'), `\n// next version ${Date.now()}\n`);
    // A real deploy gives the file a new ETag too; wrangler dev keeps the ETag it computed at start, so the browser's
    // conditional check would get a 304. Forgetting the browser's HTTP cache makes it ask for the file afresh.
    const devtools = await context.newCDPSession(page);
    await devtools.send('Network.clearBrowserCache');

    let reloads = 0;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) reloads++;
    });
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });

    const updateButton = page.getByRole('button', { name: 'Aktualizovat' });
    await updateButton.waitFor({ timeout: 30_000 });
    await screenshot(page, 'update-prompt-360');
    // Someone may be typing: the new version waits for them.
    await page.waitForTimeout(1_500);
    expect(reloads).toBe(0);

    await Promise.all([page.waitForEvent('framenavigated', { timeout: 20_000 }), updateButton.click()]);
    await page.getByRole('heading', { level: 1, name: 'Komunitní plánování sociálních služeb' }).waitFor();
    expect(reloads).toBe(1);
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(false);
  });
});
