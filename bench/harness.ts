/**
 * What the API benchmark and the fault script share: a throw-away local D1 loaded from SQL files, and `wrangler dev`
 * serving bench/worker.ts (the app plus one bare route) on a free loopback port.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort, WRANGLER_ENV } from '../e2e/server.ts';

export const ROOT = join(import.meta.dirname, '..');
const WRANGLER = join(ROOT, 'node_modules', 'wrangler', 'bin', 'wrangler.js');
const ENV = WRANGLER_ENV;
const run = promisify(execFile);

export const wrangler = (args: string[]) => run(process.execPath, [WRANGLER, ...args], { cwd: ROOT, env: ENV, maxBuffer: 256 * 1024 * 1024 });

/** The repository's wrangler.toml with another entry point, without static assets, its paths made absolute. */
export function benchConfig(dir: string, main = join(ROOT, 'bench', 'worker.ts')): string {
  const config = readFileSync(join(ROOT, 'wrangler.toml'), 'utf8')
    .replace(/^\[assets\][\s\S]*?(?=^\[)/m, '')
    .replace(/^main = .*$/m, `main = ${JSON.stringify(main)}`)
    .replace(/^migrations_dir = .*$/m, `migrations_dir = ${JSON.stringify(join(ROOT, 'migrations'))}`);
  const file = join(dir, 'wrangler.toml');
  writeFileSync(file, config);
  return file;
}

/** A fresh local D1 under `state` with the migrations and the given SQL files applied. */
export async function loadDatabase(config: string, state: string, files: string[]) {
  const where = ['--local', '--config', config, '--persist-to', state];
  await wrangler(['d1', 'migrations', 'apply', 'kpss', ...where]);
  for (const file of files) await wrangler(['d1', 'execute', 'kpss', ...where, '--file', file]);
}

export async function executeSql(config: string, state: string, command: string) {
  await wrangler(['d1', 'execute', 'kpss', '--local', '--config', config, '--persist-to', state, '--command', command]);
}

/** The local D1 database file wrangler keeps under the persist directory (the largest .sqlite of its d1 folder). */
export function sqliteFile(state: string): string {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.sqlite') && path.includes('/d1/')) files.push(path);
    }
  };
  walk(state);
  return files.sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
}

export type Worker = { base: string; child: ChildProcess; port: number };

/** `wrangler dev` on the state; ready when /bench/bare answers. `port` to come back on the same one after a kill. */
export async function startWorker(config: string, state: string, port?: number): Promise<Worker> {
  const listen = port ?? (await freePort());
  const child = spawn(
    process.execPath,
    [WRANGLER, 'dev', '--config', config, '--persist-to', state, '--ip', '127.0.0.1', '--port', String(listen), '--inspector-port', String(await freePort()),
      '--show-interactive-dev-session=false', '--live-reload=false'],
    { cwd: ROOT, env: ENV, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-5_000)));
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-5_000)));
  const base = `http://127.0.0.1:${listen}`;
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited:\n${output}`);
    if (await fetch(`${base}/bench/bare`, { signal: AbortSignal.timeout(2_000) }).then((r) => r.ok, () => false)) return { base, child, port: listen };
    await new Promise((r) => setTimeout(r, 500));
  }
  await stopWorker({ base, child, port: listen });
  throw new Error(`wrangler dev did not start within 120 s:\n${output}`);
}

/** Stops wrangler and workerd (its process group); `kill` pulls the plug at once, as a crash would. */
export function stopWorker(worker: Worker, signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
  const { child } = worker;
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const pid = child.pid;
  const killGroup = (sig: NodeJS.Signals) => {
    try {
      process.kill(-pid, sig);
    } catch {
      // the group has gone already
    }
  };
  return new Promise((resolve) => {
    const hard = setTimeout(() => killGroup('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(hard);
      killGroup('SIGKILL');
      resolve();
    });
    killGroup(signal);
  });
}

export function machine() {
  const [one, five] = loadavg();
  return {
    cores: cpus().length,
    model: cpus()[0]?.model ?? '?',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    load: `${one!.toFixed(1)} (1 min), ${five!.toFixed(1)} (5 min)`,
    node: process.version,
    date: new Date().toISOString().slice(0, 16).replace('T', ' '),
  };
}
