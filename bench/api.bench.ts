/**
 * The API measured as ratios in one run, at a country's size and at twice that:
 *   - every main route against a bare Hono route on the same workerd (bench/worker.ts), the bare route measured
 *     right before each route, so a machine that other jobs load slows both alike; latency percentiles from
 *     autocannon (one connection: the time of one request), "× bare" = route's mean time / bare mean time;
 *   - each figure at N (2,500 providers, 10,000 services, 200 ORPs, 6,250 municipalities; 20 plans of 1,000
 *     activities; 10,000 synced rows) and 2N (twice the providers, services, activities and rows; a country's
 *     geography does not double), and the growth 2N/N, which must stay ≤ 2 (nothing faster than linear);
 *   - load: 50 connections for LOAD_SECONDS against a mix of the public routes, 0 errors;
 *   - 20 phones pushing at once, every push sent twice at the same moment (a retry racing its original): each
 *     change must be in the database exactly once afterwards (checked in the SQLite file);
 *   - sizes: the PWA's chunks gzipped and the Worker bundle.
 *
 *   node bench/api.bench.ts [--seconds 4] [--load-seconds 30] [--only-n] [--routes delta,search]
 *
 * --routes measures only the routes whose group is named (health, search, snapshot, delta, plan, region, pull, push)
 * and skips the load test, the 20 phones, the sizes and what data nothing named reads: a minute instead of several
 * while one route is being worked on. Without it, everything.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { pwaSizes, workerSize } from './bundle-sizes.ts';
import { catalogueDataSql, generateCatalogue } from './catalogue-data.ts';
import { benchConfig, executeSql, loadDatabase, machine, ROOT, sqliteFile, startWorker, stopWorker, type Worker } from './harness.ts';
import { generatePlans, planDataStatements } from './plan-data.ts';
import { outboxChanges, syncSeed, type SyncSeed } from './sync-data.ts';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const SECONDS = arg('seconds', 4);
const LOAD_SECONDS = arg('load-seconds', 30);
const SCALES = process.argv.includes('--only-n') ? [1] : [1, 2];
const ONLY = process.argv.includes('--routes') ? new Set(process.argv[process.argv.indexOf('--routes') + 1]!.split(',')) : undefined;
const wanted = (group: string) => !ONLY || ONLY.has(group);
/** How many services change before the delta is pulled: 1 % of N at both sizes, so the delta's growth is the catalogue's. */
const CHANGED = 100;
/** Of those, how many in the territory whose delta is pulled: the same at both sizes, or its delta would carry more. */
const CHANGED_HERE = 3;
const SEARCHES = [
  'q=senior', 'q=pecovatelska+sluzba', 'q=domov+pro+seniory&territory=bench', 'q=poradna&targetGroup=families', 'q=dluh',
  'q=krizova+pomoc&form=pob', 'q=lomnice', 'territory=bench&targetGroup=seniors', 'municipality=900000', 'q=nonstop+linka',
].map((q) => `/api/catalogue/search?${q}`);

const ROUTES = {
  search: 'GET /api/catalogue/search (10 queries, built)',
  searchCached: 'GET /api/catalogue/search (10 queries, repeated, cache)',
  snapshotBuilt: 'GET /api/territories/:territory/catalogue (built)',
  snapshotCached: 'GET /api/territories/:territory/catalogue (repeated, cache)',
  deltaBuilt: 'GET …/catalogue?since= (1 % of N changed, built)',
  deltaCached: 'GET …/catalogue?since= (repeated, cache)',
  planBuilt: 'GET /api/plans/:id/snapshot (built)',
  planCached: 'GET /api/plans/:id/snapshot (repeated, cache)',
  regionBuilt: 'GET /api/regions/:code/plans (region view, built)',
  regionCached: 'GET /api/regions/:code/plans (region view, repeated, cache)',
} as const;

type Figure = { route: string; rps: number; meanMs: number; p50: number; p90: number; p99: number; bareMeanMs: number; times: number; bytes: number; gzip: number; errors: number };

async function cannon(base: string, requests: autocannon.Request[], options: Partial<autocannon.Options> = {}) {
  return autocannon({ url: base, connections: 1, duration: SECONDS, requests, timeout: 30, ...options });
}

/** One route: the bare route for SECONDS/2, then the route for SECONDS, then one request for its size. */
async function figure(worker: Worker, route: string, requests: autocannon.Request[]): Promise<Figure> {
  const bare = await cannon(worker.base, [{ path: '/bench/bare' }], { duration: Math.max(1, SECONDS / 2) });
  const r = await cannon(worker.base, requests);
  const first = requests[0]!;
  const one = typeof first.setupRequest === 'function' ? first.setupRequest({ ...first }, {}) : first;
  const sample = await fetch(`${worker.base}${one.path}`, { method: one.method ?? 'GET', headers: one.headers as Record<string, string>, body: one.body as string | undefined });
  const text = await sample.text();
  const meanMs = 1000 / r.requests.average;
  const bareMeanMs = 1000 / bare.requests.average;
  const errors = r.errors + r.timeouts + r.non2xx;
  return { route, rps: r.requests.average, meanMs, p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, bareMeanMs, times: meanMs / bareMeanMs, bytes: Buffer.byteLength(text), gzip: gzipSync(text).length, errors };
}

function pushRequest(seed: SyncSeed, cookie: string): autocannon.Request {
  return {
    method: 'POST', path: '/api/sync/push', headers: { cookie, 'content-type': 'application/json' },
    // each request a new outbox of 20 changes: a repeated one would measure duplicates
    setupRequest: (req) => ({ ...req, body: JSON.stringify({ clientId: 'bench', appVersion: 'bench', changes: outboxChanges(seed.meeting.id, 20) }) }),
  };
}

async function scenario(scale: number) {
  const dir = mkdtempSync(join(tmpdir(), `kpss-api-bench-${scale}n-`));
  const state = join(dir, 'state');
  const config = benchConfig(dir);
  let worker: Worker | undefined;
  try {
    const catalogue = generateCatalogue({ services: 10_000 * scale, providers: 2_500 * scale, orps: 200, municipalities: 6_250, territorySlug: 'bench' });
    const plans = generatePlans({ plans: 20, activitiesPerMeasure: 5 * scale, municipalityCodeFrom: 800_000 });
    const seed = syncSeed({ territoryId: catalogue.territories[0]!.id!, clients: 20, rows: 10_000 * scale });
    const needsPlans = wanted('plan') || wanted('region');
    const files = { catalogue: catalogueDataSql(catalogue), ...(needsPlans ? { plans: planDataStatements(plans) } : {}), sync: seed.sql };
    for (const [name, statements] of Object.entries(files)) writeFileSync(join(dir, `${name}.sql`), `${statements.join(';\n')};\n`);
    let started = performance.now();
    await loadDatabase(config, state, Object.keys(files).map((name) => join(dir, `${name}.sql`)));
    const loadSeconds = (performance.now() - started) / 1000;
    // The version a phone holds, then CHANGED services change (CHANGED_HERE of them in the pulled territory, the rest
    // spread over the country): the delta it pulls next. The same count at N and 2N, as the target is worded.
    const db = new DatabaseSync(sqliteFile(state), { readOnly: true });
    const version = (db.prepare('SELECT max(seq) AS v FROM services').get() as { v: number }).v;
    const here = catalogue.territories.filter((t) => t.slug === 'bench' || t.parentId === catalogue.territories[0]!.id).map((t) => `'${t.id}'`).join(', ');
    db.close();
    await executeSql(config, state, `UPDATE services SET description = description || ' Aktualizováno.' WHERE rowid IN (
      SELECT rowid FROM (SELECT rowid FROM services WHERE territory_id IN (${here}) ORDER BY rowid LIMIT ${CHANGED_HERE})
      UNION ALL SELECT rowid FROM (SELECT rowid FROM services WHERE territory_id NOT IN (${here}) AND rowid % ${100 * scale} = 0 ORDER BY rowid LIMIT ${CHANGED - CHANGED_HERE}))`);

    worker = await startWorker(config, state);
    const coordinator = { cookie: seed.coordinatorCookie };
    const plan = plans.plans[0]!.id!;
    const figures: Figure[] = [];
    const groupOf = (route: string) => (/sync\/(pull|push)|health/.exec(route)?.[0].replace('sync/', '') ?? Object.entries(ROUTES).find(([, r]) => r === route)![0].replace(/(Built|Cached)$/, ''));
    const measure = async (route: string, requests: autocannon.Request[]) => {
      if (!wanted(groupOf(route))) return;
      figures.push(await figure(worker!, route, requests));
      process.stdout.write('.');
    };
    await measure('GET /api/health (one D1 query)', [{ path: '/api/health' }]);
    // "built": as a signed-in coordinator, whom the public cache never serves; "repeated": anonymous, from the cache.
    await measure(ROUTES.search, SEARCHES.map((path) => ({ path, headers: coordinator })));
    await measure(ROUTES.searchCached, SEARCHES.map((path) => ({ path })));
    await measure(ROUTES.snapshotBuilt, [{ path: '/api/territories/bench/catalogue', headers: coordinator }]);
    await measure(ROUTES.snapshotCached, [{ path: '/api/territories/bench/catalogue' }]);
    await measure(ROUTES.deltaBuilt, [{ path: `/api/territories/bench/catalogue?since=${version}`, headers: coordinator }]);
    await measure(ROUTES.deltaCached, [{ path: `/api/territories/bench/catalogue?since=${version}` }]);
    await measure(ROUTES.planBuilt, [{ path: `/api/plans/${plan}/snapshot`, headers: coordinator }]);
    await measure(ROUTES.planCached, [{ path: `/api/plans/${plan}/snapshot` }]);
    await measure(ROUTES.regionBuilt, [{ path: `/api/regions/${plans.regionCode}/plans`, headers: coordinator }]);
    await measure(ROUTES.regionCached, [{ path: `/api/regions/${plans.regionCode}/plans` }]);
    await measure('GET /api/sync/pull (1,000 rows)', [{ path: '/api/sync/pull?since=0&limit=1000', headers: coordinator }]);
    await measure('POST /api/sync/push (20 changes)', [pushRequest(seed, seed.coordinatorCookie)]);
    process.stdout.write('\n');

    const rows = { services: catalogue.services.length, providers: catalogue.providers.length, activities: plans.activities.length, syncRows: 10_000 * scale };
    if (scale !== 1 || ONLY) return { scale, rows, loadSeconds, figures };
    const load = await loadTest(worker, plans.regionCode, plan);
    const concurrent = await twentyPhones(worker, seed);
    await stopWorker(worker);
    worker = undefined;
    return { scale, rows, loadSeconds, figures, load, concurrent: { ...concurrent, ...(await checkOnce(state, concurrent.changeIds, concurrent.titleEdits)) } };
  } finally {
    if (worker) await stopWorker(worker);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** 50 clients for LOAD_SECONDS, each request one of the public routes a district's visitors use. */
async function loadTest(worker: Worker, regionCode: string, plan: string) {
  const paths = [...SEARCHES, '/api/territories/bench/catalogue', `/api/regions/${regionCode}/plans`, `/api/plans/${plan}/snapshot`, '/api/code-lists', '/api/territories/bench'];
  const r = await autocannon({ url: worker.base, connections: 50, duration: LOAD_SECONDS, timeout: 30, requests: paths.map((path) => ({ path })) });
  return { connections: 50, seconds: LOAD_SECONDS, requests: r.requests.total, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx };
}

type PushResult = { results: { id: string; status: string; retryable?: boolean }[] };

/** 20 phones at once, 100 changes each in pushes of 25, each push sent twice at once; retryable answers pushed again. */
async function twentyPhones(worker: Worker, seed: SyncSeed) {
  const started = performance.now();
  const answers = new Map<string, string[]>();
  const titleEdits: string[] = [];
  const send = async (cookie: string, changes: unknown[]) => {
    const res = await fetch(`${worker.base}/api/sync/push`, {
      method: 'POST', headers: { cookie, 'content-type': 'application/json', origin: worker.base }, body: JSON.stringify({ clientId: 'phone', appVersion: 'bench', changes }),
    });
    if (!res.ok) throw new Error(`push answered ${res.status}: ${await res.text()}`);
    return ((await res.json()) as PushResult).results;
  };
  const phone = async (cookie: string, i: number) => {
    const title = { id: crypto.randomUUID(), entity: 'meeting', op: 'upsert', entityId: seed.meeting.id, data: { title: `Jednání (telefon ${i})` } };
    titleEdits.push(title.id);
    let outbox: unknown[] = [title, ...outboxChanges(seed.meeting.id, 100, `telefon ${i}`)];
    for (let round = 0; outbox.length && round < 10; round++) {
      const next: unknown[] = [];
      for (let at = 0; at < outbox.length; at += 25) {
        const chunk = outbox.slice(at, at + 25);
        const [a, b] = await Promise.all([send(cookie, chunk), send(cookie, chunk)]);
        chunk.forEach((change, k) => {
          const id = (change as { id: string }).id;
          for (const r of [a[k]!, b[k]!]) answers.set(id, [...(answers.get(id) ?? []), r.status]);
          if (a[k]!.retryable && b[k]!.retryable) next.push(change);
        });
      }
      outbox = next;
    }
  };
  await Promise.all(seed.memberCookies.map((cookie, i) => phone(cookie, i)));
  const changeIds = [...answers.keys()];
  const appliedOnce = changeIds.filter((id) => answers.get(id)!.filter((s) => s === 'applied').length === 1).length;
  return { phones: seed.memberCookies.length, changes: changeIds.length, appliedOnce, seconds: (performance.now() - started) / 1000, changeIds, titleEdits };
}

/** In the SQLite file: each change recorded once, each row it made there once, each note change one revision. */
async function checkOnce(state: string, ids: string[], titleEdits: string[]) {
  // workerd may hold its lock for a moment after wrangler exits
  for (let i = 0; i < 40; i++) {
    try {
      return countOnce(state, ids, titleEdits);
    } catch (error) {
      if (!String(error).includes('locked') || i === 39) throw error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw new Error('unreachable');
}

function countOnce(state: string, ids: string[], titleEdits: string[]) {
  const db = new DatabaseSync(sqliteFile(state), { readOnly: true });
  const json = JSON.stringify(ids);
  const one = (sql: string) => (db.prepare(sql).get(json) as { n: number }).n;
  const recorded = one('SELECT count(*) AS n FROM sync_changes s JOIN json_each(?) j ON j.value = s.id');
  const rows = one("SELECT count(*) AS n FROM sync_changes s JOIN json_each(?) j ON j.value = s.id WHERE (s.entity = 'task' AND (SELECT count(*) FROM tasks t WHERE t.id = s.entity_id) = 1) OR (s.entity = 'note' AND (SELECT count(*) FROM note_revisions r WHERE r.id = s.id) = 1) OR s.entity = 'meeting'");
  const titles = (db.prepare('SELECT count(*) AS n FROM sync_changes s JOIN json_each(?) j ON j.value = s.id').get(JSON.stringify(titleEdits)) as { n: number }).n;
  db.close();
  return { recordedOnce: recorded, rowsOnce: rows, titleEditsRecorded: titles, exactlyOnce: recorded === ids.length && rows === ids.length && titles === titleEdits.length };
}

const f1 = (n: number) => n.toFixed(1);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main() {
  const m = machine();
  console.log(`KPSS API benchmark, ${m.date} UTC, ${m.cores} cores (${m.model}), ${m.memoryGiB} GiB, load average ${m.load}, Node ${m.node}`);
  const runs: Awaited<ReturnType<typeof scenario>>[] = [];
  for (const scale of SCALES) {
    console.log(`\nData ${scale}N: generating, loading into local D1, measuring (${SECONDS} s a route)`);
    runs.push(await scenario(scale));
  }
  const [n, n2] = runs;
  console.log(`\nData N: ${JSON.stringify(n!.rows)}, loaded in ${f1(n!.loadSeconds)} s${n2 ? `; 2N: ${JSON.stringify(n2.rows)}, loaded in ${f1(n2.loadSeconds)} s` : ''}`);
  console.log('\n| route | N: mean ms | p50 / p90 / p99 ms | × bare | size (gzip) | 2N: × bare | size | growth 2N/N (time, size) |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const [i, a] of n!.figures.entries()) {
    const b = n2?.figures[i];
    const growth = b ? `${(b.times / a.times).toFixed(2)}, ${(b.gzip / a.gzip).toFixed(2)}${b.times / a.times > 2 || b.gzip / a.gzip > 2.05 ? ' FASTER THAN LINEAR' : ''}` : '–';
    const err = a.errors || b?.errors ? ` (${a.errors}/${b?.errors ?? 0} errors)` : '';
    console.log(`| \`${a.route}\`${err} | ${f1(a.meanMs)} | ${a.p50} / ${a.p90} / ${a.p99} | ${f1(a.times)} | ${kb(a.gzip)} | ${b ? f1(b.times) : '–'} | ${b ? kb(b.gzip) : '–'} | ${growth} |`);
  }
  console.log(`(bare Hono route: ${n!.figures.map((f) => f1(f.bareMeanMs)).join(', ')} ms mean, before each route)`);
  const at = (run: typeof n, route: string) => run?.figures.find((f) => f.route === route);
  const search = at(n, ROUTES.search);
  const region = at(n, ROUTES.regionBuilt);
  if (search) console.log(`\nTargets: search median ≤ 20 ms: ${search.p50 <= 20 ? 'met' : 'MISSED'} (p50 ${search.p50} ms)`);
  if (region) console.log(`Targets: region view ≤ 50 ms: ${region.p50 <= 50 ? 'met' : 'MISSED'} (p50 ${region.p50} ms)`);
  const targets: { what: string; route: string; limit: number; growth?: boolean }[] = [
    { what: 'catalogue snapshot, repeated: ≤ 2× bare', route: ROUTES.snapshotCached, limit: 2 },
    { what: 'plan snapshot, repeated: ≤ 2× bare', route: ROUTES.planCached, limit: 2 },
    { what: 'region view, repeated: ≤ 2× bare', route: ROUTES.regionCached, limit: 2 },
    { what: `delta of ${CHANGED} changes (${CHANGED_HERE} in the territory), built: growth 2N/N ≤ 1.2`, route: ROUTES.deltaBuilt, limit: 1.2, growth: true },
    { what: 'search, built: growth 2N/N ≤ 1.3', route: ROUTES.search, limit: 1.3, growth: true },
    { what: 'search, repeated: growth 2N/N ≤ 1.3', route: ROUTES.searchCached, limit: 1.3, growth: true },
  ];
  console.log('\n| target (issue 15) | N | 2N | result |\n|---|---|---|---|');
  for (const target of targets) {
    if (!at(n, target.route)) continue;
    const a = at(n, target.route)!.times;
    const b = at(n2, target.route)?.times;
    const value = target.growth ? (b === undefined ? undefined : b / a) : Math.max(a, b ?? a);
    const verdict = value === undefined ? 'not measured (--only-n)' : `${value <= target.limit ? 'met' : 'MISSED'} (${value.toFixed(2)})`;
    console.log(`| ${target.what} | ${f1(a)}× | ${b === undefined ? '–' : `${f1(b)}×`} | ${verdict} |`);
  }
  if (ONLY) {
    if (runs.some((r) => r.figures.some((f) => f.errors > 0))) process.exitCode = 1;
    return;
  }
  const { load, concurrent } = n as typeof n & { load: Awaited<ReturnType<typeof loadTest>>; concurrent: ReturnType<typeof countOnce> & Awaited<ReturnType<typeof twentyPhones>> };
  console.log(`\nLoad: ${load.connections} connections × ${load.seconds} s: ${load.requests} requests (${Math.round(load.rps)}/s), p50 ${load.p50} ms, p99 ${load.p99} ms, errors ${load.errors}, timeouts ${load.timeouts}, non-2xx ${load.non2xx}`);
  console.log(`20 phones at once: ${concurrent.changes} changes in ${f1(concurrent.seconds)} s, each push sent twice at once; applied exactly once by the answers: ${concurrent.appliedOnce}; in the database once: ${concurrent.recordedOnce} recorded, ${concurrent.rowsOnce} rows, ${concurrent.titleEditsRecorded}/20 title edits → ${concurrent.exactlyOnce ? 'every change exactly once' : 'NOT EXACTLY ONCE'}`);

  const sizesDir = mkdtempSync(join(tmpdir(), 'kpss-sizes-'));
  try {
    const pwa = await pwaSizes(join(sizesDir, 'pwa'));
    const worker = await workerSize(sizesDir);
    console.log('\n| PWA chunk | kind | JS | JS gzip | CSS gzip |\n|---|---|---|---|---|');
    for (const c of pwa.chunks) console.log(`| \`${c.chunk}\` | ${c.kind} | ${kb(c.js)} | ${kb(c.jsGzip)} | ${kb(c.cssGzip)} |`);
    console.log(`| service worker | – | – | ${kb(pwa.serviceWorkerGzip)} | – |`);
    console.log(`\nWorker bundle (wrangler deploy --dry-run): ${kb(worker.raw)}, ${kb(worker.gzip)} gzipped (Workers free plan limit: 3 MB gzipped)`);
    mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true });
    const strip = (run: (typeof runs)[number]) => ({ ...run, concurrent: undefined });
    writeFileSync(join(ROOT, 'bench', 'out', 'api.json'), JSON.stringify({ machine: m, runs: runs.map(strip), load, concurrent: { ...concurrent, changeIds: undefined, titleEdits: undefined }, pwa, worker }, null, 2));
  } finally {
    rmSync(sizesDir, { recursive: true, force: true });
  }
  const failed = load.errors + load.timeouts + load.non2xx > 0 || !concurrent.exactlyOnce || runs.some((r) => r.figures.some((f) => f.errors > 0));
  if (failed) process.exitCode = 1;
}

await main();
