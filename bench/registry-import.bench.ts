/**
 * The national registry's file at its real size (bench/registry-data.ts: ~98 MB, 6,700 services, 19,000 facilities):
 *   (a) the browser's path: the shared stream reader and territory filter (schema/registry/stream-filter.ts) over
 *       the file's bytes, in Node, in a child process of its own so its peak RSS and heap are its own; beside it,
 *       what `JSON.parse` of the whole file (the old Worker's way) costs;
 *   (b) a dry run, an apply and a second apply (which must write nothing) of the territory's ~300 services,
 *       through `wrangler dev`;
 *   (c) the Cron path: `wrangler dev --test-scheduled` downloads the file from a local HTTP server, streams it,
 *       filters it and stores a pending dry run; time, and the workerd process's RSS before and at its peak.
 *
 *   node bench/registry-import.bench.ts [--items 6700] [--megabytes 98]
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { uuidv7 } from 'uuidv7';
import { filterRegistryStream } from '../schema/registry/stream-filter.ts';
import * as t from '../schema/tables.ts';
import { insertStatements } from '../seeds/sql.ts';
import { benchConfig, executeSql, loadDatabase, machine, ROOT, startWorker, stopWorker, type Worker } from './harness.ts';
import { TERRITORY_CODES, writeRegistryFile } from './registry-data.ts';
import { freePort, WRANGLER_ENV } from '../e2e/server.ts';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const MiB = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Child mode: one measurement in a fresh process, printed as JSON. */
async function measureInChild(mode: string, file: string) {
  let peakHeap = 0;
  const sample = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 20);
  const started = performance.now();
  let kept = 0;
  let total = 0;
  if (mode === 'stream') {
    const body = Readable.toWeb(createReadStream(file, { highWaterMark: 256 * 1024 })) as ReadableStream<Uint8Array>;
    const read = await filterRegistryStream(body, new Set(TERRITORY_CODES), { onProgress: () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)) });
    kept = read.polozky.length;
    total = read.totalItems;
  } else {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { polozky: unknown[] };
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    total = parsed.polozky.length;
  }
  const ms = performance.now() - started;
  clearInterval(sample);
  console.log(JSON.stringify({ ms, kept, total, peakHeap, maxRss: process.resourceUsage().maxRSS * 1024 }));
}

function child(mode: string, file: string, flags: string[] = []) {
  const out = execFileSync(process.execPath, [...flags, import.meta.filename, '--child', mode, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!) as { ms: number; kept: number; total: number; peakHeap: number; maxRss: number };
}

/** RSS of the workerd processes under wrangler's process group (VmRSS now, VmHWM the peak since they started). */
function workerdMemory(worker: Worker) {
  const rows = execFileSync('ps', ['-eo', 'pid=,pgid=,comm='], { encoding: 'utf8' }).trim().split('\n').map((l) => l.trim().split(/\s+/));
  let rss = 0;
  let hwm = 0;
  for (const [pid, pgid, comm] of rows) {
    if (Number(pgid) !== worker.child.pid || !comm?.includes('workerd')) continue;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      rss += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
      hwm += Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      // gone between ps and /proc
    }
  }
  return { rss, hwm };
}

/** As bench/harness.ts's startWorker, with `--test-scheduled` (GET /__scheduled runs the Cron handler). */
async function startScheduledWorker(config: string, state: string): Promise<Worker> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [join(ROOT, 'node_modules', 'wrangler', 'bin', 'wrangler.js'), 'dev', '--config', config, '--persist-to', state, '--ip', '127.0.0.1', '--port', String(port),
      '--inspector-port', String(await freePort()), '--show-interactive-dev-session=false', '--live-reload=false', '--test-scheduled'],
    { cwd: ROOT, env: WRANGLER_ENV, detached: true, stdio: ['ignore', 'ignore', 'ignore'] },
  );
  const worker = { base: `http://127.0.0.1:${port}`, child, port };
  for (let i = 0; i < 240; i++) {
    if (await fetch(`${worker.base}/bench/bare`, { signal: AbortSignal.timeout(2_000) }).then((r) => r.ok, () => false)) return worker;
    await new Promise((r) => setTimeout(r, 500));
  }
  await stopWorker(worker);
  throw new Error('wrangler dev --test-scheduled did not start within 120 s');
}

function seedSql(territoryId: string) {
  const region = { id: uuidv7(), code: 'CZ031', name: 'Jihočeský kraj' };
  const municipalities = TERRITORY_CODES.map((code, i) => ({ id: uuidv7(), regionId: region.id, code, name: `Obec ${i + 1}` }));
  const user = { id: uuidv7(), email: 'koordinator@bench.example', name: 'Koordinátorka', passwordHash: 'pbkdf2-sha256$1$AAAA$AAAA' };
  const token = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
  const now = Date.now();
  const sql = [
    ...insertStatements(t.regions, [region]),
    ...insertStatements(t.territories, [{ id: territoryId, regionId: region.id, kind: 'orp', slug: 'bench', name: 'Benchov' }]),
    ...insertStatements(t.municipalities, municipalities, { multiRow: true }),
    ...insertStatements(t.territoryMunicipalities, municipalities.map((m) => ({ territoryId, municipalityId: m.id })), { multiRow: true }),
    ...insertStatements(t.users, [user]),
    ...insertStatements(t.userRoles, [{ id: uuidv7(), userId: user.id, territoryId, role: 'coordinator' }]),
    ...insertStatements(t.sessions, [{ id: uuidv7(), userId: user.id, tokenHash: createHash('sha256').update(token).digest('hex'), expiresAt: now + 86_400_000, lastUsedAt: now }]),
  ];
  return { sql, cookie: `__Host-kpss_session=${token}` };
}

async function main() {
  const items = arg('items', 6_700);
  const dir = mkdtempSync(join(tmpdir(), 'kpss-registry-bench-'));
  const file = join(dir, 'rpss.json');
  const figures: [string, string][] = [];
  try {
    const generated = await writeRegistryFile(file, { items, regionItems: 2_500, territoryItems: 300, territoryCodes: TERRITORY_CODES, targetBytes: arg('megabytes', 98) * 1e6 });
    figures.push(['file', `${MiB(statSync(file).size)} (${(statSync(file).size / 1e6).toFixed(1)} MB), ${generated.items} services, ${generated.facilities} facilities`]);

    // (a) the browser's path, in Node
    const stream = child('stream', file);
    // V8 collects lazily when it may grow; with the old generation capped at 32 MB the same run shows the working set.
    const capped = child('stream', file, ['--max-old-space-size=32']);
    const whole = child('parse', file);
    figures.push(['(a) stream + territory filter', `${seconds(stream.ms)}, kept ${stream.kept} of ${stream.total}; peak RSS ${MiB(stream.maxRss)}, peak heap ${MiB(stream.peakHeap)}`]);
    figures.push(['(a) the same, old generation capped at 32 MB', `${seconds(capped.ms)}, kept ${capped.kept}; peak RSS ${MiB(capped.maxRss)}, peak heap ${MiB(capped.peakHeap)}`]);
    figures.push(['(a) JSON.parse of the whole file', `${seconds(whole.ms)}; peak RSS ${MiB(whole.maxRss)}, peak heap ${MiB(whole.peakHeap)}`]);

    // (b) dry run and apply through wrangler dev
    const territoryId = uuidv7();
    const seed = seedSql(territoryId);
    const seedFile = join(dir, 'seed.sql');
    writeFileSync(seedFile, `${seed.sql.join(';\n')};\n`);
    const state = join(dir, 'state');
    const config = benchConfig(dir, join(ROOT, 'bench', 'registry-worker.ts'));
    await loadDatabase(config, state, [seedFile]);
    const filtered = await filterRegistryStream(Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>, new Set(TERRITORY_CODES));
    const body = JSON.stringify({ polozky: filtered.polozky, positions: filtered.positions, totalItems: filtered.totalItems, fileName: 'rpss.json' });
    let worker = await startWorker(config, state);
    try {
      const post = async (mode: string) => {
        const started = performance.now();
        const res = await fetch(`${worker.base}/api/territories/bench/registry-import?mode=${mode}`, {
          method: 'POST', body, headers: { cookie: seed.cookie, origin: worker.base, 'content-type': 'application/json' },
        });
        const report = (await res.json()) as { applied: boolean; counts: Record<string, number> };
        if (res.status !== 200) throw new Error(`${mode} answered ${res.status}: ${JSON.stringify(report)}`);
        return { ms: performance.now() - started, report };
      };
      const dry = await post('dry-run');
      const applied = await post('apply');
      const again = await post('apply');
      const c = applied.report.counts;
      figures.push(['(b) request body', `${MiB(Buffer.byteLength(body))} (${(Buffer.byteLength(body) / 1e6).toFixed(1)} MB), ${filtered.polozky.length} items`]);
      figures.push(['(b) dry run', `${seconds(dry.ms)} (new ${dry.report.counts.new}, unmapped ${dry.report.counts.unmapped}, bad ${dry.report.counts.bad}, ended ${dry.report.counts.ended})`]);
      figures.push(['(b) apply', `${seconds(applied.ms)} (new ${c.new}, providers written in the same batch)`]);
      figures.push(['(b) apply again', `${seconds(again.ms)}, applied: ${again.report.applied} (unchanged ${again.report.counts.unchanged})`]);
    } finally {
      await stopWorker(worker);
    }

    // (c) the Cron path: wrangler dev --test-scheduled, the file served over HTTP from this process
    const server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': statSync(file).size });
      createReadStream(file).pipe(res);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/rpss.json`;
    // The API takes only https sources; the benchmark writes its local http one straight into the database.
    await executeSql(config, state, `INSERT INTO registry_sources (territory_id, url, auto_apply, updated_at) VALUES ('${territoryId}', '${url}', 0, ${Date.now()})`);
    worker = await startScheduledWorker(config, state);
    try {
      const before = workerdMemory(worker);
      let peak = before.rss;
      const sampler = setInterval(() => (peak = Math.max(peak, workerdMemory(worker).rss)), 100);
      const started = performance.now();
      const res = await fetch(`${worker.base}/__scheduled?cron=30+4+*+*+*`);
      await res.text();
      const ms = performance.now() - started;
      clearInterval(sampler);
      const after = workerdMemory(worker);
      const pending = (await (await fetch(`${worker.base}/api/territories/bench/registry-import/pending`, { headers: { cookie: seed.cookie } })).json()) as {
        pending: { totalItems: number; counts: Record<string, number> } | null; lastRun: { status: string; message: string | null } | null;
      };
      figures.push(['(c) Cron download + stream + dry run', `${seconds(ms)}; run ${pending.lastRun?.status}${pending.lastRun?.message ? ` (${pending.lastRun.message})` : ''}, items ${pending.pending?.counts.items ?? '–'} of ${pending.pending?.totalItems ?? '–'}, unchanged ${pending.pending?.counts.unchanged ?? '–'}`]);
      figures.push(['(c) workerd RSS', `${MiB(before.rss)} before, ${MiB(Math.max(peak, after.rss))} peak sampled, ${MiB(after.hwm)} high-water mark`]);
    } finally {
      await stopWorker(worker);
      server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const m = machine();
  console.log(`\nRegistry import (${m.date} UTC, ${m.cores} cores ${m.model}, ${m.memoryGiB} GiB, load ${m.load}, Node ${m.node})\n`);
  console.log('| measure | figure |\n|---|---|');
  for (const [name, value] of figures) console.log(`| ${name} | ${value} |`);
}

if (process.argv[2] === '--child') await measureInChild(process.argv[3]!, process.argv[4]!);
else await main();
