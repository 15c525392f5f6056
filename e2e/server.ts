/**
 * Runs the real app for browser tests the way production runs it: the built PWA as Workers static assets and the
 * API in workerd with a SQLite-backed D1, on a fresh database with the migrations and the demo data applied.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { hashPassword } from '../worker/auth/password.ts';

const ROOT = join(import.meta.dirname, '..');
// Run by this very Node (24): the .bin shim's `env node` could find an older system Node outside npm scripts.
const WRANGLER = join(ROOT, 'node_modules', 'wrangler', 'bin', 'wrangler.js');
const SEED_SCRIPT = join(ROOT, 'scripts', 'seed.ts');
const BUILT_PWA = join(ROOT, 'pwa', 'dist');
const BUILT_INDEX = join(BUILT_PWA, 'index.html');

const STARTUP_TIMEOUT_MS = 90_000;
const SHUTDOWN_TIMEOUT_MS = 10_000;

/** Keeps wrangler quiet and offline-friendly: no telemetry, no update check, no interactive prompts. */
export const WRANGLER_ENV = {
  ...process.env,
  PATH: [dirname(process.execPath), process.env.PATH].join(delimiter),
  WRANGLER_SEND_METRICS: 'false',
  WRANGLER_SEND_ERROR_REPORTS: 'false',
  NO_UPDATE_NOTIFIER: '1',
  CI: '1',
  FORCE_COLOR: '0',
};

export type RunningApp = {
  baseUrl: string;
  /** the copy of pwa/dist being served; a test may change it to play a new deploy */
  assetsDir: string;
  /** false when scripts/seed.ts does not exist yet: the database then holds only what the migrations insert */
  seeded: boolean;
  stop: () => Promise<void>;
};

const run = promisify(execFile);

async function runStep(what: string, script: string, args: string[]) {
  try {
    await run(process.execPath, [script, ...args], { cwd: ROOT, env: WRANGLER_ENV, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    const output = `${stdout}\n${stderr}`.trim().slice(-8_000);
    throw new Error(`${what} failed: node ${script} ${args.join(' ')}\n${output}`);
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHealth(baseUrl: string, server: ChildProcess, output: () => string) {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`wrangler dev exited (${server.exitCode ?? server.signalCode}) before it answered.\n${output()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return;
      lastProblem = `GET /api/health answered ${response.status}: ${await response.text()}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`wrangler dev did not answer GET /api/health with 200 within ${STARTUP_TIMEOUT_MS / 1000} s (${lastProblem}).\n${output()}`);
}

/** Stops wrangler and the workerd it started: they share the process group made by `detached`. */
function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const pid = child.pid;
  return new Promise((resolve) => {
    const killTimer = setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, SHUTDOWN_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(killTimer);
      // workerd may outlive wrangler by a moment; make sure nothing of the group is left behind.
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // the whole group has exited
      }
      resolve();
    });
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      clearTimeout(killTimer);
      resolve();
    }
  });
}

export type AppOptions = {
  /** false: a database with only what the migrations insert, as a new deployment has (default true) */
  demo?: boolean;
  /** an admin account made before the start, as `npm run create-admin` makes the first one */
  admin?: { email: string; password: string; name?: string };
};

const sqlText = (text: string) => `'${text.replaceAll("'", "''")}'`;

async function adminSql(admin: NonNullable<AppOptions['admin']>): Promise<string> {
  const now = Date.now();
  return `INSERT INTO users (id, email, name, password_hash, is_admin, locale, created_at, updated_at) VALUES (${sqlText(randomUUID())}, ${sqlText(admin.email)}, ${sqlText(admin.name ?? 'Správce KPSS')}, ${sqlText(await hashPassword(admin.password))}, 1, 'cs', ${now}, ${now});`;
}

export async function startApp(options: AppOptions = {}): Promise<RunningApp> {
  if (!existsSync(BUILT_INDEX)) {
    throw new Error(`${BUILT_INDEX} is missing: build the PWA first with \`npm run build\` (npm test does it for you).`);
  }

  const runDir = mkdtempSync(join(tmpdir(), 'kpss-e2e-'));
  const stateDir = join(runDir, 'state');
  const assetsDir = join(runDir, 'assets');
  const removeState = () => rmSync(runDir, { recursive: true, force: true });
  // Serve a copy of the build: a rebuild during the run would otherwise pull files from under wrangler, and the
  // update test changes the copy's sw.js the way a new deploy would.
  cpSync(BUILT_PWA, assetsDir, { recursive: true });

  try {
    await runStep('Applying migrations', WRANGLER, ['d1', 'migrations', 'apply', 'kpss', '--local', '--persist-to', stateDir]);

    const seeded = (options.demo ?? true) && existsSync(SEED_SCRIPT);
    if (options.admin) {
      const adminFile = join(runDir, 'admin.sql');
      writeFileSync(adminFile, await adminSql(options.admin));
      await runStep('Creating the admin', WRANGLER, ['d1', 'execute', 'kpss', '--local', '--persist-to', stateDir, '--file', adminFile]);
    }
    if (seeded) {
      const seedFile = join(runDir, 'demo.sql');
      await runStep('Writing the demo data', SEED_SCRIPT, ['--out', seedFile]);
      await runStep('Loading the demo data', WRANGLER, ['d1', 'execute', 'kpss', '--local', '--persist-to', stateDir, '--file', seedFile]);
    } else if (options.demo ?? true) {
      console.warn(`\n[e2e] ${SEED_SCRIPT} does not exist: running against a database without demo data.\n`);
    }

    const port = await freePort();
    const inspectorPort = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const server = spawn(
      process.execPath,
      [
        WRANGLER,
        'dev',
        '--port', String(port),
        '--ip', '127.0.0.1',
        '--inspector-port', String(inspectorPort),
        '--persist-to', stateDir,
        '--assets', assetsDir,
        '--show-interactive-dev-session=false',
        '--live-reload=false',
      ],
      { cwd: ROOT, env: WRANGLER_ENV, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    server.stdout?.on('data', collect);
    server.stderr?.on('data', collect);

    try {
      await waitForHealth(baseUrl, server, () => output);
    } catch (error) {
      await stopProcessGroup(server);
      throw error;
    }

    return {
      baseUrl,
      assetsDir,
      seeded,
      stop: async () => {
        await stopProcessGroup(server);
        removeState();
      },
    };
  } catch (error) {
    removeState();
    throw error;
  }
}
