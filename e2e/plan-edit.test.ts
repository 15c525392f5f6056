import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { planId } from '../seeds/demo/keys.ts';
import { PHONE, SMALL_PHONE, expectNoAxeViolations, hasHorizontalScroll, useBrowser, screenshot } from './browser.ts';

const baseUrl = inject('baseUrl');
const seeded = inject('seeded');
const SLOW = 180_000;
const COORDINATOR = { email: 'koordinator@kpss.example', password: 'demo-heslo-koordinator' };
const ACTIVITY = '1.1.1 Pečovatelská služba ve městě i v územních skupinách';

const browser = useBrowser();

async function signedInCoordinator(): Promise<Page> {
  const opened = await browser.open(PHONE);
  const page = opened.page;
  await page.goto(`${baseUrl}/prihlaseni?next=%2F`);
  await page.getByLabel('E-mail').fill(COORDINATOR.email);
  await page.getByLabel('Heslo', { exact: true }).fill(COORDINATOR.password);
  await page.getByRole('button', { name: 'Přihlásit se' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  return page;
}

/**
 * A draft plan of Tábor (which the demo coordinator coordinates) made for this test alone, by the plan's own JSON
 * export and import: the structure of Jindřichův Hradec 2020–2022 moved to 2023–2025.
 */
async function importDraft(page: Page, title: string): Promise<string> {
  return page.evaluate(
    async ({ source, title }) => {
      const exported = await (await fetch(`/api/plans/${source}/export`)).json();
      const response = await fetch('/api/territories/tabor/plans/import', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ plan: exported, title, periodFrom: 2023, periodTo: 2025 }),
      });
      if (response.status !== 201) throw new Error(`import failed: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { plan: { id: string } }).plan.id;
    },
    { source: planId('jh-2020'), title },
  );
}

/** Opens target group → priority → measure → activity in the tree, returning the activity's node. */
async function openActivity(page: Page, priority: string, measure: string, activity: string) {
  const seniors = page.locator('li.tree__node--section').filter({ has: page.getByRole('heading', { level: 3, name: 'Senioři' }) });
  for (const name of [priority, measure, activity]) {
    const toggle = seniors.getByRole('button', { name, exact: true });
    if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  }
  return seniors.locator('li.tree__node--activity').filter({ has: page.getByRole('button', { name: activity, exact: true }) });
}

describe.skipIf(!seeded)('plan PWA: coordinator edits', () => {
  it('edits a draft online, says plainly that an edit needs a connection, approves, freezes and amends by a new version', { timeout: SLOW }, async () => {
    const page = await signedInCoordinator();
    const title = `Zkušební plán Tábor 2023–2025 (${Date.now()})`;
    const id = await importDraft(page, title);
    await page.goto(`${baseUrl}/plany/${id}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const tools = page.getByRole('region', { name: 'Nástroje koordinátora' });
    await tools.getByText('Stav plánu: Návrh').waitFor();

    // edit an activity's main fields
    let node = await openActivity(page, 'Priorita 1 – Podpora systému sociálních služeb', '1.1 Zachování stávajících služeb pro seniory', ACTIVITY);
    await node.getByRole('button', { name: 'Upravit aktivitu' }).click();
    const form = node.getByRole('form', { name: 'Upravit aktivitu' });
    await form.getByLabel('Název').fill('Pečovatelská služba i o víkendech');
    await form.getByLabel('Odhad nákladů').fill('1250000');
    await form.getByLabel('Partneři').fill('Město Tábor\nCharita Tábor');
    await screenshot(page, 'plan-edit-form-360');
    await form.getByRole('button', { name: 'Uložit' }).click();
    const edited = page.getByRole('button', { name: '1.1.1 Pečovatelská služba i o víkendech', exact: true });
    await edited.waitFor();
    node = page.locator('li.tree__node--activity').filter({ has: edited });
    await node.getByText('1 250 000 Kč').waitFor();
    await node.getByText('Město Tábor, Charita Tábor').waitFor();

    // offline: the edit button opens nothing and says why; a form opened online keeps its text when sending fails
    await node.getByRole('button', { name: 'Upravit aktivitu' }).click();
    await node.getByLabel('Název').fill('Text, který se nesmí ztratit');
    await page.context().setOffline(true);
    await node.getByRole('button', { name: 'Uložit' }).click();
    await node.getByRole('alert').getByText('Úpravy plánu potřebují připojení k internetu. Jste offline – nic nebylo uloženo.', { exact: false }).waitFor();
    expect(await node.getByLabel('Název').inputValue()).toBe('Text, který se nesmí ztratit');
    await node.getByRole('button', { name: 'Zrušit' }).click();
    const measureNode = page.locator('li.tree__node--measure').filter({ hasText: '1.1 Zachování stávajících služeb pro seniory' }).first();
    const addHere = measureNode.locator(':scope > .tree__body > .plan-edit--add');
    await addHere.getByRole('button', { name: 'Přidat aktivitu' }).click();
    await addHere.getByRole('alert').getByText('Úpravy plánu potřebují připojení k internetu', { exact: false }).waitFor();
    expect(await addHere.getByRole('form').count()).toBe(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'plan-edit-offline-360');
    await page.context().setOffline(false);

    // add a measure, then an activity under it; an empty title is refused naming the field
    const priorityNode = page.locator('li.tree__node--priority').filter({ has: page.getByRole('button', { name: 'Priorita 1 – Podpora systému sociálních služeb', exact: true }) }).first();
    await priorityNode.getByRole('button', { name: 'Přidat opatření' }).last().click();
    const addMeasure = priorityNode.getByRole('form', { name: 'Přidat opatření' });
    await addMeasure.getByLabel('Kód').fill('1.9');
    await addMeasure.getByLabel('Název').fill('Dostupnost služeb v malých obcích');
    await addMeasure.getByRole('button', { name: 'Uložit' }).click();
    await page.getByRole('button', { name: '1.9 Dostupnost služeb v malých obcích', exact: true }).click();
    const newMeasure = page.locator('li.tree__node--measure').filter({ has: page.getByRole('button', { name: '1.9 Dostupnost služeb v malých obcích', exact: true }) });
    await newMeasure.getByRole('button', { name: 'Přidat aktivitu' }).click();
    const addActivity = newMeasure.getByRole('form', { name: 'Přidat aktivitu' });
    await addActivity.getByRole('button', { name: 'Uložit' }).click();
    await newMeasure.getByRole('alert').getByText('title: is required').waitFor();
    await addActivity.getByLabel('Název').fill('Senior taxi pro Chýnovsko');
    await addActivity.getByRole('button', { name: 'Uložit' }).click();
    await page.getByRole('button', { name: '1.9.1 Senior taxi pro Chýnovsko', exact: true }).waitFor();
    await expectNoAxeViolations(page);
    await page.setViewportSize(SMALL_PHONE);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'plan-edit-coordinator-320');
    await page.setViewportSize(PHONE);

    // life cycle: to consultation, then approved by the steering group's resolution
    await tools.getByRole('button', { name: 'Předat k připomínkování' }).click();
    await tools.getByText('Stav plánu: V připomínkování').waitFor();
    await tools.getByRole('button', { name: 'Schválit' }).click();
    await tools.getByLabel('Usnesení řídicí skupiny / zastupitelstva').fill('usnesení ŘS č. 7/2026');
    await tools.getByRole('button', { name: 'Potvrdit schválení' }).click();
    await page.getByText('Plán je schválený, a proto uzavřený', { exact: false }).waitFor();
    await page.getByText('usnesení ŘS č. 7/2026', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Upravit aktivitu' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Přidat opatření' }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'plan-edit-approved-360');

    // amending the approved plan makes version 2, whose changes the diff shows
    await tools.getByRole('button', { name: 'Vytvořit novou verzi' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/plany/') && !url.pathname.endsWith(id));
    await page.getByText('verze 2').waitFor();
    await tools.getByText('Stav plánu: Návrh').waitFor();
    node = await openActivity(page, 'Priorita 1 – Podpora systému sociálních služeb', '1.1 Zachování stávajících služeb pro seniory', '1.1.1 Pečovatelská služba i o víkendech');
    await node.getByRole('button', { name: 'Upravit aktivitu' }).click();
    await node.getByLabel('Název').fill('Pečovatelská služba sedm dní v týdnu');
    await node.getByRole('button', { name: 'Uložit' }).click();
    await page.getByRole('button', { name: '1.1.1 Pečovatelská služba sedm dní v týdnu', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Co se změnilo' }).click();
    await page.getByRole('heading', { level: 1, name: 'Změny mezi verzemi plánu' }).waitFor();
    await page.getByText('Přidáno 0, odebráno 0, změněno 1').waitFor();
    await page.getByText('název: Pečovatelská služba i o víkendech → Pečovatelská služba sedm dní v týdnu').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'plan-edit-diff-360');
  });
});
