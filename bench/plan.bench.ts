/**
 * Times the region view (JSON and CSV) over 20 generated plans of 5 target groups × 4 priorities × 10 measures ×
 * 5 activities, and the snapshot of one such plan, against `wrangler dev` (workerd + SQLite-backed D1) on a fresh
 * local database. The plan issue's target: the region view answers in ≤ 50 ms locally.
 *
 *   node_modules/.bin/node bench/plan.bench.ts [--plans 20] [--runs 40]
 *
 * Figures are wall-clock times of the whole HTTP request on loopback, median and 95th percentile after warm-up.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { generatePlans, planDataStatements } from './plan-data.ts';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'node_modules', '.bin');
// wrangler needs Node 22+: the project's own Node comes first on the PATH.
const ENV = { ...process.env, PATH: `${BIN}:${process.env.PATH}`, WRANGLER_SEND_METRICS: 'false', NO_UPDATE_NOTIFIER: '1', CI: '1', FORCE_COLOR: '0' };
const run = promisify(execFile);

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function wrangler(args: string[]) {
  await run(join(BIN, 'wrangler'), args, { cwd: ROOT, env: ENV, maxBuffer: 64 * 1024 * 1024 });
}

async function startWorker(stateDir: string) {
  const port = await freePort();
  const args = ['dev', '--port', String(port), '--ip', '127.0.0.1', '--inspector-port', String(await freePort()), '--persist-to', stateDir, '--show-interactive-dev-session=false', '--live-reload=false'];
  if (!existsSync(join(ROOT, 'pwa', 'dist'))) {
    // The API does not need the built PWA; an empty assets folder keeps wrangler from refusing to start.
    const assets = join(stateDir, 'assets');
    mkdirSync(assets, { recursive: true });
    args.push('--assets', assets);
  }
  const child = spawn(join(BIN, 'wrangler'), args, { cwd: ROOT, env: ENV, detached: true, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 180; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, child };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  stop(child);
  throw new Error('wrangler dev did not start within 90 s');
}

function stop(child: ChildProcess) {
  try {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

/**
 * CPU time (user + system) used so far by the processes of wrangler's process group, in ms: workerd among them.
 * Unlike wall-clock time it does not grow when other programs compete for the cores, so it is the steadier figure
 * on a busy machine. Linux only (/proc); elsewhere it reads 0 and the column shows "-".
 */
function groupCpuMs(pgid: number): number {
  if (!existsSync('/proc/self/stat')) return 0;
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      // Fields after the command name, which is in parentheses and may contain spaces.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

async function time(url: string, runs: number, headers: Record<string, string> = {}) {
  let status = 0;
  let bytes = 0;
  for (let i = 0; i < 5; i++) await (await fetch(url, { headers })).arrayBuffer();
  const cpuBefore = groupCpuMs(worker.child.pid!);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const res = await fetch(url, { headers });
    const body = await res.arrayBuffer();
    samples.push(performance.now() - start);
    status = res.status;
    bytes = body.byteLength;
  }
  const cpu = (groupCpuMs(worker.child.pid!) - cpuBefore) / runs;
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { status, bytes, min: samples[0]!, median: at(0.5), p95: at(0.95), cpu };
}

const plans = arg('plans', 20);
const runs = arg('runs', 40);
const stateDir = mkdtempSync(join(tmpdir(), 'kpss-plan-bench-'));
let worker: { base: string; child: ChildProcess };
let child: ChildProcess | undefined;
try {
  const data = generatePlans({ plans });
  const file = join(stateDir, 'plans.sql');
  writeFileSync(file, planDataStatements(data).map((s) => `${s};\n`).join(''));
  await wrangler(['d1', 'migrations', 'apply', 'kpss', '--local', '--persist-to', stateDir]);
  await wrangler(['d1', 'execute', 'kpss', '--local', '--persist-to', stateDir, '--file', file]);
  worker = await startWorker(stateDir);
  child = worker.child;
  const planId = data.plans[0]!.id!;
  const snapshot = await fetch(`${worker.base}/api/plans/${planId}/snapshot`);
  const etag = snapshot.headers.get('etag') ?? '';
  const rows = [
    [`GET /api/regions/${data.regionCode}/plans`, await time(`${worker.base}/api/regions/${data.regionCode}/plans`, runs)],
    [`GET /api/regions/${data.regionCode}/plans.csv`, await time(`${worker.base}/api/regions/${data.regionCode}/plans.csv`, runs)],
    ['GET /api/plans/:id/snapshot', await time(`${worker.base}/api/plans/${planId}/snapshot`, runs)],
    ['GET /api/plans/:id/snapshot (If-None-Match)', await time(`${worker.base}/api/plans/${planId}/snapshot`, runs, { 'If-None-Match': etag })],
    ['GET /api/plans/:id/monitoring', await time(`${worker.base}/api/plans/${planId}/monitoring`, runs)],
    ['GET /api/health (bare route, for scale)', await time(`${worker.base}/api/health`, runs)],
  ] as const;
  const activities = data.activities.length;
  console.log(`\nPlan benchmark: ${plans} plans, ${activities} activities (${activities / plans} a plan), ${runs} runs each`);
  console.log(`Machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`);
  const bare = rows.at(-1)![1].median;
  const head = ['route'.padEnd(48), 'status', 'bytes'.padStart(9), 'min ms'.padStart(8), 'median ms'.padStart(10), 'p95 ms'.padStart(8), '× bare'.padStart(7)];
  console.log([...head, 'server CPU ms'.padStart(14)].join('  '));
  for (const [route, r] of rows) {
    const cells = [route.padEnd(48), String(r.status).padEnd(6), String(r.bytes).padStart(9), r.min.toFixed(1).padStart(8), r.median.toFixed(1).padStart(10)];
    const cpu = r.cpu > 0 ? r.cpu.toFixed(1) : '-';
    console.log([...cells, r.p95.toFixed(1).padStart(8), (r.median / bare).toFixed(1).padStart(7), cpu.padStart(14)].join('  '));
  }
  // A loaded machine slows every request alike: the bare route's time shows how much of a figure is the machine.
  const region = rows[0][1];
  console.log(
    `\nregion view target ≤ 50 ms: ${region.median <= 50 ? 'met' : 'MISSED'} (median ${region.median.toFixed(1)} ms, fastest ${region.min.toFixed(1)} ms, ` +
      `${region.cpu.toFixed(1)} ms of server CPU a request)`,
  );
} finally {
  if (child) stop(child);
  rmSync(stateDir, { recursive: true, force: true });
}
