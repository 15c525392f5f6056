import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE, SMALL_PHONE, expectNoAxeViolations, hasHorizontalScroll, launchBrowser, openPage, screenshot } from './browser.ts';

const baseUrl = inject('baseUrl');
const seeded = inject('seeded');

const SLOW = 120_000;
const COORDINATOR = { email: 'koordinator@kpss.example', password: 'demo-heslo-koordinator' };
const DEMO_ORPS = ['Český Krumlov', 'Jindřichův Hradec', 'Prachatice', 'Tábor', 'Trhové Sviny', 'Třeboň'];

/** A minimal valid PDF (one empty page), with a correct cross-reference table, made here rather than kept as a file. */
function minimalPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

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

async function fresh(viewport = PHONE) {
  const opened = await openPage(browser, viewport, { acceptDownloads: true });
  context = opened.context;
  return opened.page;
}

async function signIn(page: Page, next: string) {
  await page.goto(`${baseUrl}/prihlaseni?next=${encodeURIComponent(next)}`);
  await page.getByLabel('E-mail').fill(COORDINATOR.email);
  await page.getByLabel('Heslo', { exact: true }).fill(COORDINATOR.password);
  await page.getByRole('button', { name: 'Přihlásit se' }).click();
}

describe.skipIf(!seeded)('territory page', () => {
  it('shows Jindřichův Hradec: working groups, plan, meetings with a calendar feed; accessible at 320, 360 and 1024 px; readable offline', { timeout: SLOW }, async () => {
    const page = await fresh();
    await page.goto(`${baseUrl}/uzemi/jindrichuv-hradec`);
    await page.getByRole('heading', { level: 1, name: 'Jindřichův Hradec' }).waitFor();

    const groups = page.getByRole('region', { name: 'Cílové skupiny a pracovní skupiny' });
    await groups.getByText('Osoby ohrožené sociálním vyloučením').first().waitFor();
    await page.getByRole('region', { name: 'Komunitní plán' }).getByRole('link', { name: 'Otevřít plán' }).waitFor();

    const meetings = page.getByRole('region', { name: 'Nejbližší jednání a veřejná projednání' });
    await meetings.getByText('Veřejné setkání k potřebám v sociální oblasti').waitFor();
    await meetings.getByText('Kulturní dům Střelnice, Jindřichův Hradec', { exact: false }).waitFor();
    await meetings.getByText('18. března 2027', { exact: false }).waitFor();

    const subscribe = page.getByRole('link', { name: 'Přihlásit se k odběru kalendáře' });
    const webcal = await subscribe.getAttribute('href');
    expect(webcal).toMatch(/^webcal:\/\/.+\/api\/territories\/jindrichuv-hradec\/calendar\.ics$/);
    const feed = await fetch(webcal!.replace(/^webcal:/, 'http:'));
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    expect(await feed.text()).toContain('Veřejné setkání k potřebám v sociální oblasti');

    // the key-activity checklist of a project says its status in words, not colour alone
    const projects = page.getByRole('region', { name: 'Projekty plánování' });
    await projects.locator('summary').first().click();
    await projects.getByText(/Hotovo \d+ z 15/).first().waitFor();

    await expectNoAxeViolations(page);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'territory-jh-360');

    await page.setViewportSize(SMALL_PHONE);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'territory-jh-320');
    await page.setViewportSize(DESKTOP);
    await screenshot(page, 'territory-jh-1024');
    await page.setViewportSize(PHONE);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Target groups and working groups' }).waitFor();
    await page.getByRole('link', { name: 'Subscribe to the calendar' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Čeština' }).click();

    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    await context!.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Jindřichův Hradec' }).waitFor();
    await page.getByText('Jste offline: zobrazujeme údaje uložené', { exact: false }).waitFor();
    await page.getByText('Osoby ohrožené sociálním vyloučením').first().waitFor();
    await screenshot(page, 'territory-jh-offline-360');
  });

  it('opens a planning project with its registration number, budget in Kč and checklist', { timeout: SLOW }, async () => {
    const page = await fresh();
    await page.goto(`${baseUrl}/uzemi/jindrichuv-hradec`);
    await page.getByRole('region', { name: 'Projekty plánování' }).getByRole('link', { name: 'Komunitní plánování sociálních služeb na Jindřichohradecku' }).click();
    await page.getByText('CZ.03.2.63/0.0/0.0/16_063/0006571').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Klíčové aktivity' }).waitFor();
    await page.getByText(/Hotovo \d+ z 15/).waitFor();
    await screenshot(page, 'project-360');
    await expectNoAxeViolations(page);
    expect(await hasHorizontalScroll(page)).toBe(false);

    // Prachatice's project of 2007 states its budget
    await page.goto(`${baseUrl}/uzemi/prachatice`);
    await page.getByRole('link', { name: 'Komunitní plánování sociálních služeb na Prachaticku' }).click();
    await page.getByText(/^1\s900\s000\sKč$/).waitFor();
    await page.getByText('Město Prachatice, o.s. Rybka (Husinec), Úřad práce v Prachaticích').waitFor();
  });
});

describe.skipIf(!seeded)('region page', () => {
  it('is linked from the home page and lists the six districts with their plans and the region calendar', { timeout: SLOW }, async () => {
    const page = await fresh();
    await page.goto(`${baseUrl}/`);
    await page.getByRole('link', { name: 'Přehled kraje: Jihočeský kraj' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jihočeský kraj' }).waitFor();
    const names = await page.locator('.region-card .card__title').allTextContents();
    expect(names).toEqual(DEMO_ORPS);
    expect(await page.getByRole('link', { name: 'Přihlásit se k odběru kalendáře' }).getAttribute('href')).toMatch(/\/api\/regions\/CZ031\/calendar\.ics$/);
    await expectNoAxeViolations(page);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'region-360');
    await page.setViewportSize(SMALL_PHONE);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await page.setViewportSize(DESKTOP);
    await screenshot(page, 'region-1024');
  });
});

describe.skipIf(!seeded)('documents', () => {
  it('lets a coordinator upload a PDF that anyone can then download; a disguised file is refused in Czech', { timeout: SLOW }, async () => {
    const page = await fresh();
    await signIn(page, '/uzemi/jindrichuv-hradec');
    await page.getByRole('heading', { level: 1, name: 'Jindřichův Hradec' }).waitFor();
    const upload = page.getByRole('form', { name: 'Nahrát dokument' });
    await upload.getByText('Nejvýše 20 MB', { exact: false }).waitFor();

    await upload.getByLabel('Soubor').setInputFiles({ name: 'podvrh.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html>not a pdf</html>') });
    await upload.getByLabel('Název').fill('Podvržený soubor');
    await upload.getByRole('button', { name: 'Nahrát dokument' }).click();
    await upload.getByRole('alert').getByText('Tento typ souboru nelze nahrát', { exact: false }).waitFor();

    const pdf = minimalPdf();
    const title = `Zápis z jednání ${Date.now()}`;
    await upload.getByLabel('Soubor').setInputFiles({ name: 'zapis-jednani.pdf', mimeType: 'application/pdf', buffer: pdf });
    await upload.getByLabel('Název').fill(title);
    await upload.getByLabel('Druh dokumentu').selectOption('minutes');
    await upload.getByLabel('Datum vydání').fill('2026-11-20');
    await upload.getByRole('button', { name: 'Nahrát dokument' }).click();
    await upload.getByRole('status').getByText(`Dokument „${title}“ byl nahrán.`).waitFor();
    await screenshot(page, 'territory-coordinator-360');
    await expectNoAxeViolations(page);

    const documents = page.getByRole('region', { name: 'Dokumenty ke stažení' });
    const link = documents.getByRole('link', { name: title });
    await link.waitFor();
    await documents.getByText('PDF', { exact: false }).first().waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('zapis-jednani.pdf');
    expect(Buffer.compare(await readFile((await download.path())!), pdf)).toBe(0);

    const href = await link.getAttribute('href');
    const response = await fetch(`${baseUrl}${href}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment;.*zapis-jednani\.pdf/);
    expect(Buffer.compare(Buffer.from(await response.arrayBuffer()), pdf)).toBe(0);
  });

  it('lets a coordinator write a press release that renders as a page', { timeout: SLOW }, async () => {
    const page = await fresh();
    await signIn(page, '/uzemi/jindrichuv-hradec');
    await page.getByRole('heading', { level: 1, name: 'Jindřichův Hradec' }).waitFor();
    const form = page.getByRole('form', { name: 'Napsat tiskovou zprávu' });
    await form.waitFor({ timeout: 10_000 }).catch(async (error: unknown) => {
      await screenshot(page, 'press-release-form-missing');
      throw error;
    });
    const title = `Pozvánka na veřejné setkání ${Date.now()}`;
    await form.getByLabel('Název').fill(title);
    await form.getByLabel('Text zprávy').fill('Zveme vás na **veřejné setkání**.\n\n- kdy: 18. března 2027\n\n<script>alert(1)</script>');
    await form.getByRole('button', { name: 'Zveřejnit tiskovou zprávu' }).click();
    await form.getByRole('status').getByText(`Tisková zpráva „${title}“ byla uložena.`).waitFor();
    await page.getByRole('region', { name: 'Tiskové zprávy' }).getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await page.locator('.press-release__body strong').textContent()).toBe('veřejné setkání');
    expect(await page.locator('.press-release__body script').count()).toBe(0);
    await screenshot(page, 'press-release-360');
    await expectNoAxeViolations(page);
  });
});
