/** Chromium for the browser tests: Debian's own build, driven by playwright-core (no downloaded browsers here). */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import { type Browser, type BrowserContext, type BrowserContextOptions, type Page, chromium } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOT_DIR = join(import.meta.dirname, 'screenshots');

export const PHONE = { width: 360, height: 740 } as const;
export const SMALL_PHONE = { width: 320, height: 640 } as const;
export const DESKTOP = { width: 1024, height: 768 } as const;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export type Viewport = { width: number; height: number };

/** A fresh context (own storage, own service worker) per test, so tests never lean on each other's state. */
export async function openPage(
  browser: Browser,
  viewport: Viewport = PHONE,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 2,
    isMobile: viewport.width < 600,
    hasTouch: viewport.width < 600,
    locale: 'cs-CZ',
    serviceWorkers: 'allow',
    ...options,
  });
  const page = await context.newPage();
  return { context, page };
}

/** Runs axe-core (WCAG 2.x A and AA plus best practices) in the page and fails listing every violation found. */
export async function expectNoAxeViolations(page: Page) {
  const alreadyLoaded = await page.evaluate(() => 'axe' in window);
  if (!alreadyLoaded) await page.evaluate(axe.source);
  const results = await page.evaluate(
    () =>
      (window as unknown as { axe: typeof axe }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      }) as Promise<axe.AxeResults>,
  );
  const described = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n'),
  );
  expect(described, `axe found accessibility violations on ${page.url()}`).toEqual([]);
}

/** Whether the page scrolls sideways: the small-screen bug that hides content off the right edge. */
export function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** Saves a full-page screenshot to e2e/screenshots/NAME.png (git-ignored) for a person to look at. */
export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * One Chromium for a test file and a fresh context (own storage, own service worker) for every page a test opens;
 * the contexts close after each test, the browser after the file. Call it once at the top of a test file.
 */
export function useBrowser() {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async open(viewport: Viewport = PHONE, options: BrowserContextOptions = {}) {
      if (!browser) throw new Error('useBrowser(): the browser starts in beforeAll; open pages inside tests');
      const opened = await openPage(browser, viewport, options);
      contexts.push(opened.context);
      return opened;
    },
  };
}

/** Waits until the app has taken over a prerendered first screen (pwa/lib/prerendered.ts): its data is then loaded and saved. */
export async function appTookOver(page: Page) {
  await page.waitForFunction(() => !document.querySelector('[data-prerendered]'));
}
