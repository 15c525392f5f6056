/**
 * Times the plan PWA in Chromium: a plan of 5 target groups × 4 priorities × 10 measures × 5 activities whose
 * snapshot is already in IndexedDB (as after an earlier visit), opened offline. The plan issue's target: the snapshot
 * loads and renders its tree in under 100 ms after data is local.
 *
 *   npm run build && node_modules/.bin/node bench/plan-render.bench.ts [--runs 15]
 *
 * "Load and render" is measured in the page by performance marks: from `kpss:plan-load-start` (before the IndexedDB
 * read, pwa/plan/plan-data.ts) to `kpss:plan-tree-rendered` (the first animation frame after the tree is in the
 * document, pwa/plan/plan-page.tsx). Also timed: "expand all" (1,225 nodes drawn) and a search that
 * filters the tree, each to the next frame. Median and worst of the runs after one warm-up.
 */
import { cpus, loadavg } from 'node:os';
import type { PlanSnapshot } from '../pwa/plan/plan-data.ts';
import { launchBrowser, openPage } from '../e2e/browser.ts';
import { startApp } from '../e2e/server.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg('runs', 15);
const PLAN_ID = '01900000-0000-7000-8000-00000000b001';
const GROUPS = ['seniors', 'disabled', 'families', 'excluded', 'minorities'];
const KINDS = ['system', 'development', 'accompanying', 'cross_cutting'] as const;

/** A snapshot shaped as `GET /api/plans/:id/snapshot` answers, with every field an activity can carry. */
function generateSnapshot(): PlanSnapshot {
  let n = 0;
  const id = () => `01900000-0000-7000-8000-${(++n).toString(16).padStart(12, '0')}`;
  const municipalities = Array.from({ length: 20 }, () => id());
  const services = Array.from({ length: 30 }, () => id());
  const sections = GROUPS.map((group, g) => ({
    id: id(),
    title: `Cílová skupina ${g + 1}`,
    targetGroupCode: group,
    priorities: KINDS.map((kind, p) => ({
      id: id(),
      kind,
      code: `${p + 1}`,
      title: `Priorita ${p + 1} – skupina ${g + 1}`,
      measures: Array.from({ length: 10 }, (_, m) => ({
        id: id(),
        code: `${g + 1}.${p + 1}.${m + 1}`,
        title: `Opatření ${m + 1} priority ${p + 1} pro skupinu ${g + 1}`,
        need: 'Potřeba zjištěná v analýze potřeb uživatelů a poskytovatelů.',
        activities: Array.from({ length: 5 }, (_, a) => ({
          id: id(),
          code: `${g + 1}.${p + 1}.${m + 1}.${a + 1}`,
          title: `Aktivita ${a + 1} opatření ${m + 1} (${group})`,
          description: 'Popis aktivity: co se udělá, pro koho a jak se pozná, že se to podařilo. '.repeat(3),
          responsible: `Poskytovatel ${a + 1}`,
          partners: ['Město', 'Kraj', `Spolek ${m + 1}`],
          startYear: 2024,
          endYear: 2026,
          estimatedCostCzk: 100_000 * (a + 1),
          funding: [
            { source: 'municipality' as const, amountCzk: 50_000 * (a + 1) },
            { source: 'region' as const, amountCzk: 50_000 * (a + 1) },
          ],
          indicators: [{ name: 'počet klientů', unit: 'osoby', target: 10 * (a + 1) }],
          municipalityIds: municipalities.slice(a, a + 4),
          services: [{ serviceId: services[(m + a) % services.length]!, relation: 'supports' as const }],
        })),
      })),
    })),
  }));
  return {
    plan: {
      id: PLAN_ID, territoryId: id(), title: 'Generovaný plán 2024–2026', periodFrom: 2024, periodTo: 2026, extendedTo: null, status: 'approved',
      version: 1, previousVersionId: null, approvedOn: '2023-12-01', approvalResolution: 'usnesení č. 1/2023', updatedAt: Date.now(), territory: null,
    },
    sections,
    names: {
      targetGroups: Object.fromEntries(GROUPS.map((code) => [code, { name: code, nameEn: code }])),
      workingGroups: {},
      municipalities: Object.fromEntries(municipalities.map((m, i) => [m, `Obec ${i + 1}`])),
      services: Object.fromEntries(services.map((s, i) => [s, `Služba ${i + 1}`])),
    },
    totals: { sections: 5, priorities: 20, measures: 200, activities: 1000, estimatedCostCzk: 300_000_000 },
  } as PlanSnapshot;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

const app = await startApp();
const browser = await launchBrowser();
try {
  const { context, page } = await openPage(browser, { width: 360, height: 740 });
  await page.goto(`${app.baseUrl}/`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
  const snapshot = generateSnapshot();
  const bytes = JSON.stringify(snapshot).length;
  // Stored exactly as pwa/lib/local-db.ts stores snapshots (the app opened the database on its first page).
  await page.evaluate(async (data) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('kpss');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('snapshots', 'readwrite');
      tx.objectStore('snapshots').put({ key: `plan:${data.plan.id}`, version: 1, savedAt: Date.now(), data });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, snapshot);
  await context.setOffline(true);

  const render: number[] = [];
  const expand: number[] = [];
  const search: number[] = [];
  let matches = '';
  for (let run = 0; run <= RUNS; run++) {
    await page.goto(`${app.baseUrl}/plany/${PLAN_ID}`);
    await page.waitForFunction(() => performance.getEntriesByName('kpss:plan-tree-rendered').length > 0, undefined, { timeout: 30_000 });
    const loaded = await page.evaluate(() => {
      const [start] = performance.getEntriesByName('kpss:plan-load-start');
      const [end] = performance.getEntriesByName('kpss:plan-tree-rendered');
      return { ms: end!.startTime - start!.startTime, nodes: document.querySelectorAll('.tree__node').length };
    });
    if (loaded.nodes !== 25) throw new Error(`expected 5 chapters and 20 priorities drawn, found ${loaded.nodes} nodes`);
    const toFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    const expanded = await page.evaluate(async (frame) => {
      const next = new Function(`return (${frame})`)() as () => Promise<void>;
      const t0 = performance.now();
      Array.from(document.querySelectorAll('button')).find((b) => b.textContent === 'Rozbalit vše')!.click();
      await next();
      return { ms: performance.now() - t0, nodes: document.querySelectorAll('.tree__node').length };
    }, toFrame.toString());
    if (expanded.nodes !== 1225) throw new Error(`expected 1,225 nodes after expanding all, found ${expanded.nodes}`);
    const searched = await page.evaluate(async (frame) => {
      const next = new Function(`return (${frame})`)() as () => Promise<void>;
      const input = document.querySelector<HTMLInputElement>('#plan-search')!;
      const t0 = performance.now();
      input.value = 'aktivita 3 opatreni 7';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await next();
      return { ms: performance.now() - t0, count: document.querySelector('.plan__search-count')?.textContent ?? '' };
    }, toFrame.toString());
    if (!/Nalezeno: \d+/.test(searched.count)) throw new Error(`expected matches, the page says "${searched.count}"`);
    matches = searched.count;
    if (run === 0) continue; // warm-up: code compiled, chunks in the HTTP cache
    render.push(loaded.ms);
    expand.push(expanded.ms);
    search.push(searched.ms);
  }

  console.log(`\nPlan PWA render benchmark: 5 × 4 × 10 × 5 = 1,000 activities, snapshot ${(bytes / 1024).toFixed(0)} KB in IndexedDB, offline`);
  console.log(`Chromium headless, 360 × 740 px, ${RUNS} runs after a warm-up; ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)}`);
  console.table([
    { what: 'snapshot read from IndexedDB + tree rendered (to next frame)', median: fmt(median(render)), worst: fmt(Math.max(...render)), target: '< 100 ms' },
    { what: 'expand all (1,225 nodes drawn)', median: fmt(median(expand)), worst: fmt(Math.max(...expand)), target: '—' },
    { what: `search filtering the tree (${matches})`, median: fmt(median(search)), worst: fmt(Math.max(...search)), target: '—' },
  ]);
} finally {
  await browser.close();
  await app.stop();
}
