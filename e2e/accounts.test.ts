import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE, SMALL_PHONE, expectNoAxeViolations, hasHorizontalScroll, launchBrowser, openPage, screenshot } from './browser.ts';

const baseUrl = inject('baseUrl');
const assetsDir = inject('assetsDir');
const seeded = inject('seeded');

/** The demo accounts of seeds/demo/accounts.ts, documented in the README. */
const ADMIN = { email: 'admin@kpss.example', password: 'demo-heslo-admin', name: 'Správce KPSS (ukázka)' };
const COORDINATOR = { email: 'koordinator@kpss.example', password: 'demo-heslo-koordinator', name: 'Veronika Příkladná' };
const MEMBER = { email: 'clen@kpss.example', password: 'demo-heslo-clen', name: 'Lenka Modelová' };

const SLOW = 240_000;

let browser: Browser;
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

type Watched = { page: Page; context: BrowserContext; cspViolations: () => Promise<string[]> };

/**
 * A fresh browser (own cookies, storage, service worker) that records every Content-Security-Policy violation:
 * the DOM event in the page and Chromium's console report.
 */
async function freshBrowser(options: Parameters<typeof openPage>[2] = {}): Promise<Watched> {
  const { context, page } = await openPage(browser, PHONE, options);
  contexts.push(context);
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const consoleReports: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) consoleReports.push(message.text());
  });
  const cspViolations = async () => [...consoleReports, ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))];
  return { page, context, cspViolations };
}

/** The "ready offline" toast comes and goes by itself; it is closed so that it does not cover a screenshot. */
async function closeToast(page: Page) {
  // It appears once the service worker is active, which may be after the screen itself has loaded.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForTimeout(300);
  const close = page.locator('.toast').getByRole('button', { name: /Zavřít|Close/ });
  if (await close.isVisible()) await close.click();
}

/** Axe at 360 px, then the screen at 320, 360 and 1024 px for a person to look at, never scrolling sideways. */
async function checkScreen(page: Page, name: string) {
  await closeToast(page);
  await expectNoAxeViolations(page);
  expect(await hasHorizontalScroll(page), `${name} scrolls sideways at 360 px`).toBe(false);
  await screenshot(page, `${name}-360`);
  await page.setViewportSize(SMALL_PHONE);
  expect(await hasHorizontalScroll(page), `${name} scrolls sideways at 320 px`).toBe(false);
  await screenshot(page, `${name}-320`);
  await page.setViewportSize(DESKTOP);
  await screenshot(page, `${name}-1024`);
  await page.setViewportSize(PHONE);
}

async function signIn(page: Page, account: { email: string; password: string }) {
  await page.getByLabel('E-mail').fill(account.email);
  await page.getByLabel('Heslo', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Přihlásit se' }).click();
}

/** A new member of Tábor made through the API (the coordinator's invitation, accepted), for tests that use it up. */
async function newMemberViaApi(name: string) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: COORDINATOR.email, password: COORDINATOR.password }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const email = `clen.${Date.now()}@example.org`;
  const invited = await fetch(`${baseUrl}/api/territories/tabor/invitations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ email, role: 'member' }),
  });
  const { link } = (await invited.json()) as { link: string };
  const password = 'puvodni heslo clena';
  const accepted = await fetch(`${baseUrl}/api/invitations/${link.split('/').pop()}/accept`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password }),
  });
  expect(accepted.status).toBe(200);
  return { email, password, name };
}

const accountLink = (page: Page, name: string) => page.getByRole('link', { name: `Můj účet: ${name}` });
const focusedClass = (page: Page) => page.evaluate(() => document.activeElement?.className ?? '');

describe('static files', () => {
  it('carry a Content-Security-Policy of the own origin only, and the build needs nothing inline', async () => {
    for (const path of ['/', '/ucet', '/prihlaseni']) {
      const response = await fetch(`${baseUrl}${path}`);
      expect(response.status).toBe(200);
      const csp = response.headers.get('content-security-policy') ?? '';
      for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "object-src 'none'", "frame-ancestors 'none'"]) {
        expect(csp, `${path}: ${directive}`).toContain(directive);
      }
      expect(csp).not.toContain('unsafe-inline');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    }
    // What the CSP would block: inline <script> or <style>, or style attributes in the built HTML.
    const html = readFileSync(join(assetsDir, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=/);
    const scripts = readdirSync(join(assetsDir, 'assets')).filter((file) => file.endsWith('.js'));
    for (const file of scripts) expect(readFileSync(join(assetsDir, 'assets', file), 'utf8'), file).not.toMatch(/\sstyle=\\?"/);
  });
});

describe.skipIf(!seeded)('signing in and out', () => {
  it('refuses a wrong password with a focused message, then signs the coordinator in with their roles', { timeout: SLOW }, async () => {
    const { page, cspViolations } = await freshBrowser();
    await page.goto(`${baseUrl}/`);
    await page.getByRole('link', { name: 'Přihlásit', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Přihlášení' }).waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/');
    await expect(page.getByLabel('E-mail').getAttribute('autocomplete')).resolves.toBe('email');
    await expect(page.getByLabel('Heslo').getAttribute('autocomplete')).resolves.toBe('current-password');
    await checkScreen(page, 'sign-in');

    await signIn(page, { email: COORDINATOR.email, password: 'tohle-neni-ono' });
    await page.getByText('E-mail nebo heslo nesouhlasí.').waitFor();
    expect(await focusedClass(page)).toContain('error-summary');
    await checkScreen(page, 'sign-in-error');

    await page.getByLabel('Heslo').fill(COORDINATOR.password);
    await page.getByRole('button', { name: 'Přihlásit se' }).click();
    await accountLink(page, COORDINATOR.name).click();
    await page.getByRole('heading', { level: 1, name: 'Můj účet' }).waitFor();
    const roles = page.locator('.account__roles li');
    await expect(roles.allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/Jindřichův Hradec\s+koordinátor/),
      expect.stringMatching(/Tábor\s+koordinátor/),
    ]);
    await page.getByText('toto zařízení').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Správa území Tábor' }).waitFor();
    await page.locator('.audit-list, .account__block:has-text("Zatím žádné změny")').first().waitFor();
    await checkScreen(page, 'account-coordinator');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Managing Tábor' }).waitFor();
    await page.getByRole('link', { name: `My account: ${COORDINATOR.name}` }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'account-coordinator-en-360');
    await page.getByRole('button', { name: 'Čeština' }).click();

    await page.getByRole('button', { name: 'Odhlásit', exact: true }).click();
    await page.getByText('Byli jste odhlášeni.').waitFor();
    await page.getByRole('link', { name: 'Přihlásit', exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.goto(`${baseUrl}/ucet`);
    await page.getByRole('heading', { level: 1, name: 'Přihlášení' }).waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/ucet');
    expect(await cspViolations()).toEqual([]);
  });

  it('answers repeated failures with "try again in N minutes" from Retry-After', { timeout: SLOW }, async () => {
    const { page } = await freshBrowser();
    await page.goto(`${baseUrl}/prihlaseni`);
    // Per account the limit is 5 failures; an unknown e-mail counts the same, so no real account is locked here.
    for (let attempt = 1; attempt <= 5; attempt++) {
      await signIn(page, { email: 'nikdo@example.org', password: `spatne-${attempt}` });
      await page.getByText('E-mail nebo heslo nesouhlasí.').waitFor();
    }
    await page.getByRole('button', { name: 'Přihlásit se' }).click();
    await page.getByText(/Příliš mnoho neúspěšných pokusů\. Zkuste to znovu za 15 minut\./).waitFor();
    expect(await focusedClass(page)).toContain('error-summary');
  });
});

describe.skipIf(!seeded)('invitations', () => {
  it('lets a coordinator invite a new member, who creates an account and is signed in; the used link then answers 410', { timeout: SLOW }, async () => {
    const coordinator = await freshBrowser({ permissions: ['clipboard-read', 'clipboard-write'] });
    await coordinator.page.goto(`${baseUrl}/prihlaseni?next=/ucet`);
    await signIn(coordinator.page, COORDINATOR);
    const tabor = coordinator.page.getByRole('region', { name: 'Správa území Tábor' });
    const invitee = { email: `nova.clenka.${Date.now()}@example.org`, name: 'Nová Členka', password: 'slunce nad taborem' };
    await tabor.getByLabel('E-mail').fill(invitee.email);
    await tabor.getByRole('button', { name: 'Vytvořit pozvánku' }).click();
    const linkField = tabor.getByLabel(`Odkaz pro ${invitee.email}`);
    await linkField.waitFor();
    const link = await linkField.inputValue();
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/pozvanka\/[A-Za-z0-9_-]{20,}$/);
    await tabor.getByRole('button', { name: 'Zkopírovat odkaz' }).click();
    await tabor.getByText('Odkaz je zkopírovaný.').waitFor();
    expect(await coordinator.page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await checkScreen(coordinator.page, 'account-invitation-link');

    // Someone else opens the same link before it is used: their acceptance comes second.
    const latecomer = await freshBrowser();
    await latecomer.page.goto(link);
    await latecomer.page.getByRole('heading', { level: 1, name: 'Pozvánka do území Tábor' }).waitFor();

    const fresh = await freshBrowser();
    const { page } = fresh;
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Pozvánka do území Tábor' }).waitFor();
    await expect(page.locator('.invitation__facts').innerText()).resolves.toMatch(/Role\s+člen/);
    await page.getByText('Pravidla pro heslo:').waitFor();
    await checkScreen(page, 'invitation-new-account');

    await page.getByRole('button', { name: 'Založit účet a přijmout pozvánku' }).click();
    await page.getByRole('link', { name: 'Zadejte své jméno a příjmení' }).waitFor();
    expect(await focusedClass(page)).toContain('error-summary');
    await page.getByLabel('Jméno a příjmení').fill(invitee.name);
    await page.getByLabel('Heslo', { exact: true }).fill('kratke');
    await page.getByLabel('Heslo znovu').fill('kratke');
    await page.getByRole('button', { name: 'Založit účet a přijmout pozvánku' }).click();
    await page.getByRole('link', { name: 'Heslo musí mít nejméně 10 znaků' }).waitFor();
    await checkScreen(page, 'invitation-errors');

    await page.getByLabel('Heslo', { exact: true }).fill(invitee.password);
    await page.getByLabel('Heslo znovu').fill(invitee.password);
    await page.getByRole('button', { name: 'Založit účet a přijmout pozvánku' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pozvánka přijata' }).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Tábor: člen' }).waitFor();
    await accountLink(page, invitee.name).waitFor();
    await checkScreen(page, 'invitation-accepted');
    await accountLink(page, invitee.name).click();
    await page.locator('.account__roles li').filter({ hasText: /Tábor\s*člen/ }).waitFor();

    // The second acceptance of the same link, and any later visit, get the clear "no longer valid" answer (410).
    await latecomer.page.getByLabel('Jméno a příjmení').fill('Někdo Jiný');
    await latecomer.page.getByLabel('Heslo', { exact: true }).fill('jine dlouhe heslo');
    await latecomer.page.getByLabel('Heslo znovu').fill('jine dlouhe heslo');
    await latecomer.page.getByRole('button', { name: 'Založit účet a přijmout pozvánku' }).click();
    await latecomer.page.getByRole('heading', { level: 1, name: 'Pozvánka už neplatí' }).waitFor();
    await latecomer.page.reload();
    await latecomer.page.getByRole('heading', { level: 1, name: 'Pozvánka už neplatí' }).waitFor();
    await latecomer.page.getByText('Platnost pozvánky vypršela nebo už byla použita.').waitFor();
    await checkScreen(latecomer.page, 'invitation-gone');

    // The coordinator sees the new member and the invitation in the territory's log.
    await coordinator.page.reload();
    const taborAgain = coordinator.page.getByRole('region', { name: 'Správa území Tábor' });
    await taborAgain.getByText(invitee.email).waitFor();
    await taborAgain.locator('.audit-list').getByText('pozvánka – vytvoření').first().waitFor();

    for (const browserUsed of [coordinator, latecomer, fresh]) expect(await browserUsed.cspViolations()).toEqual([]);
  });

  it('asks someone with an account to sign in first, then accepts for them', { timeout: SLOW }, async () => {
    const coordinator = await freshBrowser();
    await coordinator.page.goto(`${baseUrl}/prihlaseni?next=/ucet`);
    await signIn(coordinator.page, COORDINATOR);
    const tabor = coordinator.page.getByRole('region', { name: 'Správa území Tábor' });
    await tabor.getByLabel('E-mail').fill(MEMBER.email);
    await tabor.getByRole('button', { name: 'Vytvořit pozvánku' }).click();
    const link = await tabor.getByLabel(`Odkaz pro ${MEMBER.email}`).inputValue();

    // The coordinator is signed in elsewhere too (the previous test): that other device can be signed out from here.
    await coordinator.page.getByRole('button', { name: /^Odhlásit zařízení/ }).first().click();
    await coordinator.page.getByText('Zařízení je odhlášené.').waitFor();

    const { page } = await freshBrowser();
    await page.goto(link);
    await page.getByRole('heading', { level: 2, name: 'Nejprve se přihlaste' }).waitFor();
    await checkScreen(page, 'invitation-sign-in-first');
    await page.getByRole('link', { name: 'Přihlásit se' }).click();
    await expect(page.getByLabel('E-mail').inputValue()).resolves.toBe(MEMBER.email);
    await page.getByLabel('Heslo').fill(MEMBER.password);
    await page.getByRole('button', { name: 'Přihlásit se' }).click();
    await page.getByRole('button', { name: 'Přijmout pozvánku' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pozvánka přijata' }).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Tábor: člen' }).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Jindřichův Hradec: člen' }).waitFor();
  });
});

describe.skipIf(!seeded)('the account page', () => {
  it('changes the password, downloads the person\'s data and deletes the account after confirmation', { timeout: SLOW }, async () => {
    const member = await newMemberViaApi('Dočasná Členka');
    const { page } = await freshBrowser();
    await page.goto(`${baseUrl}/prihlaseni?next=/ucet`);
    await signIn(page, member);
    await page.getByRole('heading', { level: 1, name: 'Můj účet' }).waitFor();

    const passwordSection = page.getByRole('region', { name: 'Změna hesla' });
    const newPassword = 'nove heslo clena na mesic';
    await passwordSection.getByLabel('Současné heslo').fill('tohle neni ono');
    await passwordSection.getByLabel('Nové heslo').fill(newPassword);
    await passwordSection.getByLabel('Heslo znovu').fill(newPassword);
    await passwordSection.getByRole('button', { name: 'Změnit heslo' }).click();
    await passwordSection.getByRole('link', { name: 'Současné heslo není správné' }).waitFor();
    await passwordSection.getByLabel('Současné heslo').fill(member.password);
    await passwordSection.getByRole('button', { name: 'Změnit heslo' }).click();
    await passwordSection.getByText('Heslo je změněné.').waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Stáhnout moje data' }).click()]);
    expect(download.suggestedFilename()).toBe('kpss-moje-data.json');
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as { user: { email: string; roles: { territoryName: string }[] } };
    expect(exported.user).toMatchObject({ email: member.email, roles: [{ territoryName: 'Tábor' }] });

    const deletion = page.getByRole('region', { name: 'Smazání účtu' });
    await deletion.getByRole('button', { name: 'Smazat účet…' }).click();
    await deletion.getByRole('button', { name: 'Smazat účet natrvalo' }).click();
    await deletion.getByRole('link', { name: 'Zadejte své heslo' }).waitFor();
    await deletion.getByRole('link', { name: 'Potvrďte, že rozumíte, že smazání nelze vrátit' }).waitFor();
    await checkScreen(page, 'account-delete-confirm');
    await deletion.getByLabel('Heslo pro potvrzení').fill(newPassword);
    await deletion.getByLabel('Rozumím, že smazání účtu nelze vrátit.').check();
    await deletion.getByRole('button', { name: 'Smazat účet natrvalo' }).click();
    await page.getByText('Váš účet je smazaný.').waitFor();
    await page.getByRole('link', { name: 'Přihlásit', exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');

    await page.goto(`${baseUrl}/prihlaseni`);
    await signIn(page, { email: member.email, password: newPassword });
    await page.getByText('E-mail nebo heslo nesouhlasí.').waitFor();
  });
});

describe.skipIf(!seeded)('a field worker without a network', () => {
  it('stays signed in with their roles after an offline reload', { timeout: SLOW }, async () => {
    const { page, context, cspViolations } = await freshBrowser();
    await page.goto(`${baseUrl}/prihlaseni?next=/ucet`);
    await signIn(page, MEMBER);
    await page.getByRole('heading', { level: 1, name: 'Můj účet' }).waitFor();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Můj účet' }).waitFor();
    await accountLink(page, MEMBER.name).waitFor();
    await page.getByText('Jste offline: údaje jsou z posledního spojení se serverem.').waitFor();
    await page.locator('.account__roles li').filter({ hasText: /Jindřichův Hradec\s*člen/ }).waitFor();
    await checkScreen(page, 'account-offline');

    // Signing out needs the server (the cookie is HttpOnly): offline the app says so and keeps the person signed in.
    await page.getByRole('button', { name: 'Odhlásit', exact: true }).click();
    await page.getByText('Odhlásit se lze jen s připojením k internetu').waitFor();
    await accountLink(page, MEMBER.name).waitFor();

    await context.setOffline(false);
    await page.getByRole('button', { name: 'Odhlásit', exact: true }).click();
    await page.getByRole('link', { name: 'Přihlásit', exact: true }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('kpss.session'))).toBeNull();
    expect(await cspViolations()).toEqual([]);
  });

  it('asks to sign in again when the session has ended, keeping what was typed on the page', { timeout: SLOW }, async () => {
    const { page, context } = await freshBrowser();
    await page.goto(`${baseUrl}/prihlaseni?next=/ucet`);
    await signIn(page, COORDINATOR);
    const tabor = page.getByRole('region', { name: 'Správa území Tábor' });
    await tabor.getByLabel('E-mail').fill('rozepsany@example.org');

    // The server forgets the session (as after 30 days or a revocation from another device).
    await context.clearCookies();
    await page.getByRole('button', { name: 'Stáhnout moje data' }).click();
    await page.getByText('Vaše přihlášení vypršelo.', { exact: false }).first().waitFor();
    await closeToast(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(import.meta.dirname, 'screenshots', 'session-expired-360.png') });
    await page.getByRole('button', { name: 'Přihlásit znovu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Přihlaste se znovu' });
    await expect(dialog.getByLabel('E-mail').inputValue()).resolves.toBe(COORDINATOR.email);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sign-in-again-password');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: join(import.meta.dirname, 'screenshots', 'session-expired-dialog-360.png') });
    await dialog.getByLabel('Heslo').fill(COORDINATOR.password);
    await dialog.getByRole('button', { name: 'Přihlásit se' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Přihlásit znovu' }).waitFor({ state: 'detached' });
    await expect(tabor.getByLabel('E-mail').inputValue()).resolves.toBe('rozepsany@example.org');
  });
});

describe.skipIf(!seeded)('administration', () => {
  it('shows admins every account and lets them manage any territory, coordinators included', { timeout: SLOW }, async () => {
    const { page, cspViolations } = await freshBrowser();
    await page.goto(`${baseUrl}/prihlaseni?next=/ucet`);
    await signIn(page, ADMIN);
    const admin = page.getByRole('region', { name: 'Správa systému' });
    const lenka = admin.locator('.item-list__item').filter({ hasText: MEMBER.email });
    await lenka.waitFor();
    await expect(admin.locator('.item-list__item').filter({ hasText: ADMIN.email }).getByRole('button').count()).resolves.toBe(0);

    await lenka.getByRole('button', { name: `Zablokovat: ${MEMBER.name}` }).click();
    await lenka.getByText('zablokovaný').waitFor();
    await lenka.getByRole('button', { name: `Odblokovat: ${MEMBER.name}` }).click();
    await lenka.getByText('zablokovaný').waitFor({ state: 'detached' });

    await admin.getByLabel('Území', { exact: true }).selectOption({ label: 'Třeboň' });
    const trebon = page.getByRole('region', { name: 'Správa území Třeboň' });
    await trebon.getByRole('heading', { name: 'Lidé a role' }).waitFor();
    await trebon.getByLabel('E-mail').fill('nova.koordinatorka@example.org');
    await trebon.getByLabel('Role', { exact: true }).selectOption('coordinator');
    await trebon.getByRole('button', { name: 'Vytvořit pozvánku' }).click();
    await trebon.getByLabel('Odkaz pro nova.koordinatorka@example.org').waitFor();
    await checkScreen(page, 'account-admin');

    const link = await trebon.getByLabel('Odkaz pro nova.koordinatorka@example.org').inputValue();
    const invitation = await (await fetch(`${baseUrl}/api/invitations/${link.split('/').pop()}`)).json();
    expect(invitation).toMatchObject({ invitation: { role: 'coordinator', territoryName: 'Třeboň' } });
    expect(await cspViolations()).toEqual([]);
  });
});
