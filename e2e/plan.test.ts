import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { planId } from '../seeds/demo/keys.ts';
import { PHONE, SMALL_PHONE, type Viewport, expectNoAxeViolations, hasHorizontalScroll, useBrowser, screenshot } from './browser.ts';
import { flatText, pdfText } from './pdf-text.ts';

const baseUrl = inject('baseUrl');
const seeded = inject('seeded');
const SLOW = 120_000;
const TS_PLAN = planId('ts-2019');
const TS_TITLE = 'Střednědobý plán sociálních služeb ORP Trhové Sviny 2019–2021';

const browser = useBrowser();

async function fresh(viewport: Viewport = PHONE) {
  const opened = await browser.open(viewport, { acceptDownloads: true });
  return opened.page;
}

/** The id of an activity of the Trhové Sviny plan, found by its code in the public snapshot. */
async function activityId(code: string): Promise<string> {
  const snapshot = (await (await fetch(`${baseUrl}/api/plans/${TS_PLAN}/snapshot`)).json()) as {
    sections: { priorities: { measures: { activities: { id: string; code: string }[] }[] }[] }[];
  };
  const found = snapshot.sections.flatMap((s) => s.priorities.flatMap((p) => p.measures.flatMap((m) => m.activities))).find((a) => a.code === code);
  if (!found) throw new Error(`no activity ${code} in the demo plan`);
  return found.id;
}

describe.skipIf(!seeded)('plan PWA', () => {
  it('browses the approved plan of Trhové Sviny offline: reload, expand, search and a deep link', { timeout: SLOW }, async () => {
    const barriers = await activityId('OZP 3.1.1');
    const page = await fresh();
    await page.goto(`${baseUrl}/uzemi/trhove-sviny`);
    await page.getByRole('region', { name: 'Komunitní plán' }).getByRole('link', { name: 'Otevřít plán' }).click();
    await page.getByRole('heading', { level: 1, name: TS_TITLE }).waitFor();
    await page.getByText('Plán je schválený, a proto uzavřený', { exact: false }).waitFor();
    // visitors get no editing controls
    expect(await page.getByRole('button', { name: 'Upravit aktivitu' }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.setViewportSize(SMALL_PHONE);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'plan-ts-320');
    await page.setViewportSize(PHONE);

    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    await page.context().setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: TS_TITLE }).waitFor();
    await page.getByText('Jste offline: zobrazujeme plán uložený', { exact: false }).waitFor();

    // expand target group → priority → measure → activity
    const seniors = page.locator('li.tree__node--section').filter({ has: page.getByRole('heading', { level: 3, name: 'Senioři' }) });
    const priority = seniors.getByRole('button', { name: 'Priorita 3 – Doprovodné služby a aktivity' });
    expect(await priority.getAttribute('aria-expanded')).toBe('false');
    await priority.click();
    expect(await priority.getAttribute('aria-expanded')).toBe('true');
    await seniors.getByRole('button', { name: 'SEN 3.1 Doprava seniorů k lékaři a na úřady' }).click();
    await seniors.getByRole('button', { name: 'SEN 3.1.1 Zavedení služby Senior taxi' }).click();
    const taxi = page.locator('.activity').filter({ hasText: 'Pilotní provoz jednoho vozu' });
    await taxi.getByText('Město Trhové Sviny').waitFor();
    expect(flatText(await taxi.innerText())).toMatch(/Odhad nákladů 350 000 Kč/);
    await expectNoAxeViolations(page);
    await screenshot(page, 'plan-ts-offline-activity-360');

    // search filters the tree (without diacritics, as typed on a phone)
    await page.getByLabel('Hledat v plánu').fill('bariér');
    await page.getByText('Nalezeno: 1').waitFor();
    await page.getByRole('button', { name: 'OZP 3.1.1 Mapa bariér centra Trhových Svinů' }).waitFor();
    expect(await page.getByRole('heading', { level: 3, name: 'Senioři' }).count()).toBe(0);
    await page.getByLabel('Hledat v plánu').fill('pecovatelske sluzby');
    await page.getByRole('button', { name: 'SEN 1.1.1 Financování pečovatelské služby Trhové Sviny' }).waitFor();
    expect(await page.getByRole('button', { name: 'OZP 3.1.1 Mapa bariér centra Trhových Svinů' }).count()).toBe(0);
    await page.getByLabel('Hledat v plánu').fill('zzz nic takového');
    await page.getByText('Nic nenalezeno.').waitFor();
    await page.getByLabel('Hledat v plánu').fill('');

    // a deep link, still offline, opens the branches above the activity and brings it into view
    await page.goto(`${baseUrl}/plany/${TS_PLAN}#uzel-${barriers}`);
    const target = page.locator(`#uzel-${barriers}`);
    await target.getByText('Mapa bariér', { exact: false }).first().waitFor();
    await target.locator('.activity').waitFor();
    await page.waitForFunction((id) => document.activeElement?.id === `uzel-${id}`, barriers);
    expect(await target.isVisible()).toBe(true);
    const box = await target.boundingBox();
    expect(box!.y).toBeLessThan(PHONE.height);
    await screenshot(page, 'plan-ts-deep-link-360');
    // the node's own link carries its address
    expect(await target.getByRole('link', { name: /Odkaz na tuto položku: OZP 3\.1\.1/ }).getAttribute('href')).toBe(`#uzel-${barriers}`);
  });

  it('prints the evaluation report for 2019 to a PDF with the activities, comments and money', { timeout: SLOW }, async () => {
    const page = await fresh();
    await page.goto(`${baseUrl}/plany/${TS_PLAN}`);
    await page.getByRole('link', { name: 'Vyhodnocení za rok 2019' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vyhodnocení plánu za rok 2019' }).waitFor();
    await page.getByText('Senior taxi jezdí od dubna 2019', { exact: false }).waitFor();
    await expectNoAxeViolations(page);
    await page.setViewportSize(SMALL_PHONE);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'plan-report-320');

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    mkdirSync(join(import.meta.dirname, 'screenshots'), { recursive: true });
    writeFileSync(join(import.meta.dirname, 'screenshots', 'plan-report-2019.pdf'), pdf);
    const text = flatText(pdfText(pdf));
    for (const expected of ['Vyhodnocení plánu za rok 2019', TS_TITLE, 'SEN 3.1.1 Zavedení služby Senior taxi', 'Senior taxi jezdí od dubna 2019', 'splněno']) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Vyčerpáno 3 809 000 Kč/);
    expect(text).toMatch(/338 000 Kč/);
    // the app around the report and the print button stay off the paper
    for (const chrome of ['Přihlásit', 'Vytisknout / uložit jako PDF', 'English']) expect(text).not.toContain(chrome);
  });

  it('shows monitoring as accessible SVG charts with a table of the same figures', { timeout: SLOW }, async () => {
    const page = await fresh(SMALL_PHONE);
    await page.goto(`${baseUrl}/plany/${TS_PLAN}/monitoring`);
    await page.getByRole('heading', { level: 1, name: 'Monitoring plnění plánu' }).waitFor();
    await page.getByRole('img', { name: /Plnění podle cílových skupin/ }).waitFor();
    await page.getByRole('img', { name: /Plánované a vyčerpané prostředky podle let/ }).waitFor();
    const byGroup = page.locator('figure').filter({ hasText: 'Plnění podle cílových skupin' });
    await byGroup.getByText('Zobrazit jako tabulku').click();
    expect(flatText(await byGroup.getByRole('row', { name: /Senioři/ }).innerText())).toMatch(/Senioři 33,3 %/);
    await expectNoAxeViolations(page);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'plan-monitoring-320');
  });

  it('shows the gap view of Trhové Sviny as a grid and a table, at 320 px', { timeout: SLOW }, async () => {
    const page = await fresh(SMALL_PHONE);
    await page.goto(`${baseUrl}/uzemi/trhove-sviny`);
    await page.getByRole('link', { name: 'Mapa pokrytí služeb' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mapa pokrytí služeb – Trhové Sviny' }).waitFor();
    const grid = page.getByRole('region', { name: 'Mřížka obce × cílové skupiny' });
    const borovany = grid.getByRole('listitem').filter({ hasText: 'Borovany' }).first();
    await borovany.getByText(/^Senioři: služba i opatření \(\d+ služeb, \d+ aktivit\)$/).waitFor();
    await borovany.getByText(/^Menšiny: nic/).waitFor();
    const table = page.getByRole('table');
    await table.getByRole('columnheader', { name: 'Senioři' }).waitFor();
    await table.getByRole('rowheader', { name: 'Borovany' }).waitFor();
    // Czech order: Č after C, not after Z
    const names = await grid.locator('.gap-grid__name').allInnerTexts();
    expect(names.indexOf('Čížkrajice')).toBeLessThan(names.indexOf('Ledenice'));
    await expectNoAxeViolations(page);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'plan-gaps-320');
  });

  it('puts the districts’ plans side by side for the region, with a CSV download', { timeout: SLOW }, async () => {
    const page = await fresh(SMALL_PHONE);
    await page.goto(`${baseUrl}/kraj/CZ031`);
    await page.getByRole('link', { name: 'Plány všech území vedle sebe' }).click();
    await page.getByRole('heading', { level: 1, name: 'Plány území – Jihočeský kraj' }).waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Trhové Sviny' }) }).first();
    expect(flatText(await row.innerText())).toMatch(/2019–2021.*schválený/);
    expect(flatText(await row.innerText())).toMatch(/2019: splněno \d+ z \d+/);
    const link = page.getByRole('link', { name: 'Stáhnout jako CSV' });
    const href = await link.getAttribute('href');
    expect(href).toBe('/api/regions/CZ031/plans.csv');
    const csv = await (await fetch(`${baseUrl}${href}`)).text();
    expect(csv).toContain('Trhové Sviny');
    await expectNoAxeViolations(page);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'plan-region-320');
  });

  it('shows what changed between the plans of Jindřichův Hradec', { timeout: SLOW }, async () => {
    const page = await fresh(SMALL_PHONE);
    await page.goto(`${baseUrl}/plany/${planId('jh-2020')}/zmeny?proti=${planId('jh-2015')}`);
    await page.getByRole('heading', { level: 1, name: 'Změny mezi verzemi plánu' }).waitFor();
    await page.getByText(/Přidáno \d+, odebráno \d+, změněno \d+/).waitFor();
    await page.getByText('období od: 2015 → 2020').waitFor();
    await expectNoAxeViolations(page);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'plan-diff-320');
  });
});
