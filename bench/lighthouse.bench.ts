/**
 * Lighthouse (12, mobile emulation: a mid-range phone on a slow 4G, simulated) against the app as production runs
 * it: the built PWA as static assets and the API in `wrangler dev` on the demo data (e2e/server.ts `startApp`),
 * with Debian's Chromium. Three pages a citizen opens: the home page, a territory's catalogue and one service.
 * Each page is measured `--runs` times (default 3) from a cold start (Lighthouse clears the origin's storage and
 * service worker) and the median run by performance score is reported. Issue 15, target 2: performance ≥ 99 and
 * LCP ≤ 1.2 s on each. Needs `npm run build` first (`npm run bench:lighthouse` does it).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { freePort, startApp } from '../e2e/server.ts';
import { machine, ROOT } from './harness.ts';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const TARGET = { performance: 99, lcpMs: 1200 };
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;

type Figures = { performance: number; lcpMs: number; ttiMs: number; fcpMs: number; tbtMs: number; clsScore: number; bytes: number; requests: number; longTasks: string[] };

async function startChromium(): Promise<{ port: number; child: ChildProcess; profile: string }> {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'kpss-lighthouse-'));
  const child = spawn(
    CHROMIUM,
    ['--headless', '--no-sandbox', '--disable-gpu', `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, '--no-first-run', '--no-default-browser-check', 'about:blank'],
    { stdio: 'ignore' },
  );
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return { port, child, profile };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`${CHROMIUM} did not open its debugging port`);
}

async function measure(url: string, port: number): Promise<Figures> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const requests = (lhr.audits['network-requests']?.details as { items?: unknown[] } | undefined)?.items?.length ?? 0;
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    lcpMs: value('largest-contentful-paint'),
    ttiMs: value('interactive'),
    fcpMs: value('first-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    clsScore: value('cumulative-layout-shift'),
    bytes: value('total-byte-weight'),
    requests,
    // what the blocking time is made of, so a missed target names its cause: the longest tasks and whose they are
    longTasks: longTasks(lhr.audits['long-tasks']?.details),
  };
}

/** The five longest main-thread tasks (simulated on the slow phone): the file they ran in and how long. */
function longTasks(details: unknown): string[] {
  const items = ((details as { items?: { url?: string; duration?: number }[] } | undefined)?.items ?? []).slice(0, 5);
  return items.map((task) => `${(task.url ?? '?').replace(/^https?:\/\/[^/]+/, '').replace(/-[\w-]{8}\.js$/, '.js') || 'document'} ${Math.round(task.duration ?? 0)} ms`);
}

const median = (runs: Figures[]) => [...runs].sort((a, b) => a.performance - b.performance || b.lcpMs - a.lcpMs)[Math.floor(runs.length / 2)]!;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main() {
  if (!existsSync(join(ROOT, 'pwa', 'dist', 'index.html'))) throw new Error('pwa/dist is missing: run `npm run build` first');
  const app = await startApp();
  const chromium = await startChromium();
  try {
    const catalogue = (await (await fetch(`${app.baseUrl}/api/territories/tabor/catalogue`)).json()) as { services: { id: string }[] };
    const pages = [
      { name: 'home', path: '/' },
      { name: 'catalogue', path: '/uzemi/tabor/katalog' },
      { name: 'service', path: `/sluzby/${catalogue.services[0]!.id}` },
    ];
    const results: { name: string; path: string; runs: Figures[]; median: Figures }[] = [];
    for (const page of pages) {
      const runs: Figures[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measure(`${app.baseUrl}${page.path}`, chromium.port));
      results.push({ ...page, runs, median: median(runs) });
      console.error(`${page.path}: performance ${runs.map((r) => r.performance).join(', ')}`);
    }
    const m = machine();
    console.log(`\nLighthouse 12 mobile (simulated slow 4G, 4× CPU), median of ${RUNS} cold runs; ${m.cores} cores (${m.model}), load ${m.load}`);
    console.log('\n| page | performance | LCP | TTI | FCP | TBT | CLS | transferred | requests | target (≥ 99, LCP ≤ 1.2 s) |\n|---|---|---|---|---|---|---|---|---|---|');
    for (const { name, path, median: f } of results) {
      const met = f.performance >= TARGET.performance && f.lcpMs <= TARGET.lcpMs;
      console.log(`| ${name} \`${path.replace(/[0-9a-f-]{36}/, ':id')}\` | ${f.performance} | ${s(f.lcpMs)} | ${s(f.ttiMs)} | ${s(f.fcpMs)} | ${Math.round(f.tbtMs)} ms | ${f.clsScore.toFixed(3)} | ${(f.bytes / 1024).toFixed(1)} KiB | ${f.requests} | ${met ? 'met' : 'MISSED'} |`);
    }
    for (const { name, median: f } of results) {
      console.log(`${name}: longest tasks ${f.longTasks.join(', ') || 'none'}`);
    }
    mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true });
    writeFileSync(join(ROOT, 'bench', 'out', 'lighthouse.json'), JSON.stringify({ machine: m, runs: RUNS, results }, null, 2));
  } finally {
    chromium.child.kill('SIGTERM');
    await app.stop();
    rmSync(chromium.profile, { recursive: true, force: true });
  }
}

await main();
