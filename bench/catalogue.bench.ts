/**
 * Catalogue figures with a generated catalogue in a fresh local D1, measured through the Worker (`wrangler dev` on a
 * free loopback port), as a client on this machine sees them:
 *   - FTS search: median and p95 of whole requests to /api/catalogue/search (target: median ≤ 20 ms)
 *   - the territory's full snapshot: raw and gzipped size (target: ≤ 1.5 MB gzipped) and how long it takes
 *
 *   node bench/catalogue.bench.ts [--services 10000] [--rounds 30]
 *
 * Nothing in the repository's local database is touched: state lives in a temporary directory, deleted at the end.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { gzipSync } from 'node:zlib';
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core';
import { searchQueries } from '../worker/db/catalogue-search.ts';
import { catalogueDataSql, generateCatalogue } from './catalogue-data.ts';

const root = resolve(import.meta.dirname, '..');
const wrangler = join(root, 'node_modules', '.bin', 'wrangler');
const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const SERVICES = arg('services', 10_000);
/** wrangler runs on the project's Node 24 (node_modules/.bin/node), also when this script is started directly. */
const childEnv = { ...process.env, CI: '1', PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH ?? ''}` };
const ROUNDS = arg('rounds', 30);

const QUERIES = [
  'q=senior',
  'q=trebon',
  'q=pecovatelska+sluzba',
  'q=domov+pro+seniory&territory=bench',
  'q=poradna&targetGroup=families',
  'q=krizova+pomoc&form=pob',
  'q=seniorum&kind=pecovatelska-sluzba',
  'q=lomnice&territory=bench-1',
  'q=dluh',
  'q=nonstop+linka',
  'territory=bench&targetGroup=seniors',
  'municipality=900000',
];

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => done(port));
    });
  });
}

/** The repository's wrangler.toml without static assets (the benchmark needs no PWA build), paths made absolute. */
function benchConfig(dir: string): string {
  const config = readFileSync(join(root, 'wrangler.toml'), 'utf8')
    .replace(/^\[assets\][\s\S]*?(?=^\[)/m, '')
    .replace(/^main = .*$/m, `main = ${JSON.stringify(join(root, 'worker', 'index.ts'))}`)
    .replace(/^migrations_dir = .*$/m, `migrations_dir = ${JSON.stringify(join(root, 'migrations'))}`);
  const file = join(dir, 'wrangler.toml');
  writeFileSync(file, config);
  return file;
}

/** The local D1 database file that wrangler keeps under the persist directory (the largest .sqlite there). */
function sqliteFile(dir: string): string {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.sqlite')) files.push(path);
    }
  };
  walk(dir);
  return files.sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
}

/** The search SQL alone, on the same database file: the CPU time SQLite spends, without the Worker and HTTP around it. */
function sqlTimes(file: string, rounds: number): Map<string, number[]> {
  const db = new DatabaseSync(file, { readOnly: true });
  const dialect = new SQLiteAsyncDialect();
  const out = new Map<string, number[]>();
  for (const q of QUERIES) {
    const params = Object.fromEntries(new URLSearchParams(q));
    // The territory slug is resolved inside the query, as in the Worker.
    const { page } = searchQueries({ ...params, limit: 20, offset: 0 });
    const query = dialect.sqlToQuery(page);
    const statement = db.prepare(query.sql);
    statement.all(...(query.params as (string | number)[]));
    const list: number[] = [];
    for (let i = 0; i < rounds; i++) {
      // CPU time, not wall time: on a shared machine the wall clock also counts other processes' turns.
      const cpu = process.cpuUsage();
      statement.all(...(query.params as (string | number)[]));
      const used = process.cpuUsage(cpu);
      list.push((used.user + used.system) / 1000);
    }
    out.set(q, list);
  }
  db.close();
  return out;
}

/** What each service field adds to the gzipped snapshot: the snapshot gzipped without that field, subtracted. */
function fieldCosts(snapshot: { services: Record<string, unknown>[] }, gzip: number): [string, number][] {
  const keys = [...new Set(snapshot.services.flatMap((s) => Object.keys(s)))];
  return keys
    .map((key): [string, number] => {
      const without = { ...snapshot, services: snapshot.services.map(({ [key]: _dropped, ...rest }) => rest) };
      return [key, gzip - gzipSync(JSON.stringify(without), { level: 6 }).length];
    })
    .sort((a, b) => b[1] - a[1]);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'kpss-catalogue-bench-'));
  const state = join(dir, 'state');
  const config = benchConfig(dir);
  const d1 = (...args: string[]) => {
    try {
      execFileSync(wrangler, ['d1', ...args, 'kpss', '--local', '--config', config, '--persist-to', state], { stdio: 'pipe', env: childEnv });
    } catch (error) {
      throw new Error(`wrangler d1 ${args[0]} failed: ${String((error as { stderr?: Buffer }).stderr ?? error)}`);
    }
  };
  let worker: ReturnType<typeof spawn> | undefined;
  try {
    console.log(`Generating ${SERVICES} services…`);
    const data = generateCatalogue({ services: SERVICES });
    const sqlFile = join(dir, 'catalogue.sql');
    writeFileSync(sqlFile, `${catalogueDataSql(data).join(';\n')};\n`);
    console.log(`  ${data.providers.length} providers, ${data.serviceMunicipalities.length} municipality links`);
    d1('migrations', 'apply');
    let started = performance.now();
    d1('execute', '--file', sqlFile);
    console.log(`Loaded into local D1 (FTS index built by triggers) in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const port = await freePort();
    worker = spawn(wrangler, ['dev', '--config', config, '--persist-to', state, '--ip', '127.0.0.1', '--port', String(port), '--local'], {
      stdio: 'ignore',
      env: childEnv,
      detached: true,
    });
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/api/health`)).ok) break;
      } catch {
        if (i > 120) throw new Error('wrangler dev did not start within 60 s');
      }
      await new Promise((r) => setTimeout(r, 500));
    }

    // What any request costs here, to read the search figure against: no database, then one small query.
    const baseline = async (path: string) => {
      const list: number[] = [];
      for (let i = 0; i < ROUNDS * 2; i++) {
        const t0 = performance.now();
        await (await fetch(`${base}${path}`)).text();
        list.push(performance.now() - t0);
      }
      return median(list);
    };
    const noDb = await baseline('/api/code-lists');
    const oneQuery = await baseline('/api/territories/bench');

    // Search: every query once to warm up, then ROUNDS rounds of all of them.
    const times: number[] = [];
    const perQuery = new Map<string, number[]>();
    let hits = 0;
    for (const q of QUERIES) await (await fetch(`${base}/api/catalogue/search?${q}`)).text();
    for (let round = 0; round < ROUNDS; round++) {
      for (const q of QUERIES) {
        started = performance.now();
        const res = await fetch(`${base}/api/catalogue/search?${q}`);
        const body = (await res.json()) as { total: number };
        const ms = performance.now() - started;
        if (!res.ok) throw new Error(`search ${q} answered ${res.status}`);
        hits += body.total;
        times.push(ms);
        perQuery.set(q, [...(perQuery.get(q) ?? []), ms]);
      }
    }

    // Snapshot of the whole ORP (all 10,000 services live in it or its sub-areas).
    const snapshotTimes: number[] = [];
    let snapshot = '';
    for (let i = 0; i < 5; i++) {
      started = performance.now();
      snapshot = await (await fetch(`${base}/api/territories/bench/catalogue`)).text();
      snapshotTimes.push(performance.now() - started);
    }
    const parsed = JSON.parse(snapshot) as { services: Record<string, unknown>[]; providers: unknown[] };
    const raw = Buffer.byteLength(snapshot);
    mkdirSync(join(root, 'bench', 'out'), { recursive: true });
    const gzip = gzipSync(snapshot, { level: 6 }).length;

    console.log(`\nLoad average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs`);
    console.log(`Baseline: a request without D1 ${noDb.toFixed(1)} ms, with one D1 query ${oneQuery.toFixed(1)} ms (medians)`);
    console.log('\nFTS search through the Worker (whole HTTP request on loopback; one D1 round trip)');
    console.log(`  ${times.length} requests, ${QUERIES.length} queries × ${ROUNDS} rounds, ${Math.round(hits / (QUERIES.length * ROUNDS))} matches per query on average`);
    console.log(`  median ${median(times).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms (target: median ≤ 20 ms)`);
    for (const [q, list] of perQuery) console.log(`    ${median(list).toFixed(1).padStart(6)} ms  ${q}`);
    console.log(`\nSnapshot of ${parsed.services.length} services and ${parsed.providers.length} providers`);
    console.log(`  ${kb(raw)} raw, ${kb(gzip)} gzipped (target: ≤ 1,536 KB gzipped)`);
    console.log(`  built and sent in ${median(snapshotTimes).toFixed(0)} ms (median of 5)`);
    console.log('  gzipped bytes per field over all services:');
    for (const [key, bytes] of fieldCosts(parsed, gzip)) console.log(`    ${kb(bytes).padStart(8)}  ${key}`);

    process.kill(-worker.pid!, 'SIGTERM');
    worker = undefined;
    const sql = sqlTimes(sqliteFile(state), ROUNDS);
    const allSql = [...sql.values()].flat();
    console.log('\nThe search statement alone: CPU time in SQLite (node:sqlite on the same database file)');
    console.log(`  median ${median(allSql).toFixed(2)} ms, p95 ${percentile(allSql, 0.95).toFixed(2)} ms`);
    for (const [q, list] of sql) console.log(`    ${median(list).toFixed(2).padStart(6)} ms  ${q}`);
    writeFileSync(join(root, 'bench', 'out', 'catalogue-snapshot.json'), snapshot);
    writeFileSync(
      join(root, 'bench', 'out', 'catalogue.json'),
      JSON.stringify({ services: SERVICES, baselineNoDbMs: noDb, baselineOneQueryMs: oneQuery, searchMedianMs: median(times), searchP95Ms: percentile(times, 0.95), searchSqlMedianMs: median(allSql), snapshotBytes: raw, snapshotGzipBytes: gzip, snapshotMs: median(snapshotTimes) }, null, 2),
    );
  } finally {
    if (worker?.pid) process.kill(-worker.pid, 'SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
