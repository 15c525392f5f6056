/**
 * Sync speed against the real runtime: `wrangler dev` (workerd + SQLite-backed D1) on a free loopback port with a
 * throw-away database. Measures
 *   - a push of 1,000 changes from one phone's outbox (two requests: at most 500 changes per push),
 *   - the same push again (every change a duplicate: what a retry after a lost answer costs),
 *   - a pull of 10,000 changes from scratch (a new device), with the default page size and with the largest one,
 * and prints the time and the bytes of the bodies on the wire, raw and gzipped (Cloudflare's edge compresses JSON
 * for browsers that accept it; wrangler dev does not).
 *   node bench/sync.bench.ts
 * Gives up after BENCH_TIMEOUT_MS and always stops the wrangler it started.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { uuidv7 } from 'uuidv7';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as t from '../schema/tables.ts';
import { freePort, WRANGLER_ENV } from '../e2e/server.ts';
import { insertStatements } from '../seeds/sql.ts';
import { hashPassword } from '../worker/auth/password.ts';

const ROOT = join(import.meta.dirname, '..');
const WRANGLER = join(ROOT, 'node_modules', 'wrangler', 'bin', 'wrangler.js');
const BENCH_TIMEOUT_MS = 240_000;
const PASSWORD = 'bench password, not a secret';
const PUSH_CHANGES = 1_000;
const PULL_ROWS = 10_000;
const ENV = WRANGLER_ENV;

const run = promisify(execFile);
const wrangler = (args: string[]) => run(process.execPath, [WRANGLER, ...args], { cwd: ROOT, env: ENV, maxBuffer: 64 * 1024 * 1024 });

/** Made-up minutes of realistic length: a few sentences per note. */
const sentence = (i: number) =>
  `Bod ${i}: skupina projednala dostupnost terénní odlehčovací služby v menších obcích; poskytovatelé upozornili na nedostatek pracovníků a dlouhé dojezdové vzdálenosti, zadavatelé slíbili prověřit financování z rozpočtu obcí.`;

/** Two territories: one whose coordinator pushes, one with PULL_ROWS synced rows for the other to pull. */
async function seedSql() {
  const region = { id: uuidv7(), code: 'CZ031', name: 'Jihočeský kraj' };
  const pushTerritory = { id: uuidv7(), regionId: region.id, kind: 'orp' as const, slug: 'bench-push', name: 'Bench push' };
  const pullTerritory = { id: uuidv7(), regionId: region.id, kind: 'orp' as const, slug: 'bench-pull', name: 'Bench pull' };
  const pushGroup = { id: uuidv7(), territoryId: pushTerritory.id, kind: 'working_thematic' as const, name: 'Senioři' };
  const pullGroup = { id: uuidv7(), territoryId: pullTerritory.id, kind: 'working_thematic' as const, name: 'Senioři' };
  const passwordHash = await hashPassword(PASSWORD);
  const pusher = { id: uuidv7(), email: 'push@bench.example', name: 'Push', passwordHash };
  const puller = { id: uuidv7(), email: 'pull@bench.example', name: 'Pull', passwordHash };
  const meeting = { id: uuidv7(), territoryId: pullTerritory.id, groupId: pullGroup.id, kind: 'working_group' as const, title: 'Jednání', startsAt: '2027-01-10T13:00' };
  // 1 meeting + 999 agenda items + 1,000 attendance lines + 3,000 notes with 3,000 revisions + 2,000 tasks
  const agenda = Array.from({ length: 999 }, (_, i) => ({ id: uuidv7(), meetingId: meeting.id, position: i, title: `Bod programu ${i}` }));
  const sheet = Array.from({ length: 1000 }, (_, i) => ({ id: uuidv7(), meetingId: meeting.id, name: `Účastník ${i}`, organization: 'Organizace', status: 'present' as const }));
  const noteRows = Array.from({ length: 3000 }, (_, i) => ({ id: uuidv7(), revisionId: uuidv7(), body: sentence(i) }));
  const taskRows = Array.from({ length: 2000 }, (_, i) => ({ id: uuidv7(), meetingId: meeting.id, groupId: pullGroup.id, assignee: 'Lenka', description: `Úkol ${i}: připravit podklady` }));
  const chunks = <T>(rows: T[], size = 200) => Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));
  const many = <T extends SQLiteTable>(table: T, rows: T['$inferInsert'][]) =>
    chunks(rows).flatMap((chunk) => insertStatements(table, chunk, { multiRow: true }));
  const statements = [
    ...insertStatements(t.regions, [region]),
    ...insertStatements(t.territories, [pushTerritory, pullTerritory]),
    ...insertStatements(t.groups, [pushGroup, pullGroup]),
    ...insertStatements(t.users, [pusher, puller]),
    ...insertStatements(t.userRoles, [
      { id: uuidv7(), userId: pusher.id, territoryId: pushTerritory.id, role: 'coordinator' },
      { id: uuidv7(), userId: puller.id, territoryId: pullTerritory.id, role: 'coordinator' },
    ]),
    ...insertStatements(t.meetings, [meeting]),
    ...many(t.agendaItems, agenda),
    ...many(t.attendance, sheet),
    ...many(t.notes, noteRows.map((n) => ({ id: n.id, meetingId: meeting.id, body: n.body, headRevisionId: n.revisionId }))),
    ...many(t.noteRevisions, noteRows.map((n) => ({ id: n.revisionId, noteId: n.id, body: n.body }))),
    ...many(t.tasks, taskRows),
  ];
  return { sql: statements.map((s) => `${s};\n`).join(''), pushTerritory, pushGroup, pusher, puller };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const pid = child.pid;
  return new Promise((resolve) => {
    const kill = setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // gone already
      }
    }, 5_000);
    child.once('exit', () => {
      clearTimeout(kill);
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // the whole group has exited
      }
      resolve();
    });
    process.kill(-pid, 'SIGTERM');
  });
}

type Wire = { requests: number; sent: number; sentGzip: number; received: number; receivedGzip: number; ms: number };
const emptyWire = (): Wire => ({ requests: 0, sent: 0, sentGzip: 0, received: 0, receivedGzip: 0, ms: 0 });

async function call(wire: Wire, url: string, init: RequestInit = {}) {
  const body = typeof init.body === 'string' ? init.body : '';
  const started = performance.now();
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(120_000) });
  const text = await res.text();
  wire.ms += performance.now() - started;
  wire.requests += 1;
  wire.sent += Buffer.byteLength(body);
  wire.sentGzip += body ? gzipSync(body).length : 0;
  wire.received += Buffer.byteLength(text);
  wire.receivedGzip += gzipSync(text).length;
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${url} answered ${res.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as unknown;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
function report(what: string, wire: Wire, items: number) {
  console.log(
    `${what.padEnd(44)} ${wire.ms.toFixed(0).padStart(6)} ms  ${String(wire.requests).padStart(2)} req  ` +
      `sent ${kb(wire.sent)} (gzip ${kb(wire.sentGzip)})  received ${kb(wire.received)} (gzip ${kb(wire.receivedGzip)})  ` +
      `${Math.round((items / wire.ms) * 1000)}/s`,
  );
}

async function main() {
  const runDir = mkdtempSync(join(tmpdir(), 'kpss-bench-'));
  const stateDir = join(runDir, 'state');
  const assetsDir = join(runDir, 'assets');
  mkdirSync(assetsDir);
  writeFileSync(join(assetsDir, 'index.html'), '<!doctype html><title>bench</title>');
  let server: ChildProcess | undefined;
  const timeout = setTimeout(() => {
    console.error(`bench did not finish within ${BENCH_TIMEOUT_MS / 1000} s; stopping`);
    void (server ? stop(server) : Promise.resolve()).finally(() => {
      rmSync(runDir, { recursive: true, force: true });
      process.exit(1);
    });
  }, BENCH_TIMEOUT_MS);
  try {
    await wrangler(['d1', 'migrations', 'apply', 'kpss', '--local', '--persist-to', stateDir]);
    const seed = await seedSql();
    writeFileSync(join(runDir, 'seed.sql'), seed.sql);
    await wrangler(['d1', 'execute', 'kpss', '--local', '--persist-to', stateDir, '--file', join(runDir, 'seed.sql')]);

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    server = spawn(
      process.execPath,
      [WRANGLER, 'dev', '--port', String(port), '--ip', '127.0.0.1', '--inspector-port', String(await freePort()), '--persist-to', stateDir,
        '--assets', assetsDir, '--show-interactive-dev-session=false', '--live-reload=false'],
      { cwd: ROOT, env: ENV, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    server.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-5_000)));
    server.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-5_000)));
    for (let ready = false; !ready; ) {
      if (server.exitCode !== null) throw new Error(`wrangler dev exited:\n${output}`);
      ready = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2_000) }).then((r) => r.ok, () => false);
      if (!ready) await new Promise((resolve) => setTimeout(resolve, 300));
    }

    const signIn = async (email: string) => {
      const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify({ email, password: PASSWORD }) });
      const cookie = /(__Host-kpss_session=[^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
      if (!cookie) throw new Error(`sign-in of ${email} answered ${res.status}`);
      return { cookie, origin: base };
    };

    // one phone's outbox after a long meeting: the meeting, its agenda, the attendance sheet, tasks and many notes
    const meetingId = uuidv7();
    const change = (entity: string, data: Record<string, unknown>) => ({ id: uuidv7(), entity, op: 'upsert', entityId: uuidv7(), data, createdAt: Date.now() });
    const changes = [
      { id: uuidv7(), entity: 'meeting', op: 'upsert', entityId: meetingId, data: { territoryId: seed.pushTerritory.id, groupId: seed.pushGroup.id, kind: 'working_group', title: 'Jednání', startsAt: '2027-02-01T13:00' } },
      ...Array.from({ length: 20 }, (_, i) => change('agenda_item', { meetingId, position: i, title: `Bod ${i}` })),
      ...Array.from({ length: 30 }, (_, i) => change('attendance', { meetingId, name: `Host ${i}`, status: 'guest' })),
      ...Array.from({ length: 100 }, (_, i) => change('task', { meetingId, assignee: 'Lenka', description: `Úkol ${i}` })),
    ];
    while (changes.length < PUSH_CHANGES) changes.push(change('note', { meetingId, body: sentence(changes.length) }));

    const pusher = await signIn(seed.pusher.email);
    const pushAll = async () => {
      const wire = emptyWire();
      const statuses = new Map<string, number>();
      for (let i = 0; i < changes.length; i += 500) {
        const body = JSON.stringify({ clientId: 'bench', appVersion: 'bench', changes: changes.slice(i, i + 500) });
        const answer = (await call(wire, `${base}/api/sync/push`, { method: 'POST', headers: { 'content-type': 'application/json', ...pusher }, body })) as { results: { status: string }[] };
        for (const r of answer.results) statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      }
      return { wire, statuses };
    };
    const first = await pushAll();
    if (first.statuses.get('applied') !== PUSH_CHANGES) throw new Error(`push: ${JSON.stringify([...first.statuses])}`);
    const again = await pushAll();
    if (again.statuses.get('duplicate') !== PUSH_CHANGES) throw new Error(`re-push: ${JSON.stringify([...again.statuses])}`);

    const puller = await signIn(seed.puller.email);
    const pullAll = async (limit?: number) => {
      const wire = emptyWire();
      let cursor = 0;
      let rows = 0;
      for (let more = true; more; ) {
        const page = (await call(wire, `${base}/api/sync/pull?since=${cursor}${limit ? `&limit=${limit}` : ''}`, { headers: puller })) as { changes: unknown[]; cursor: number; hasMore: boolean };
        rows += page.changes.length;
        cursor = page.cursor;
        more = page.hasMore;
      }
      if (rows !== PULL_ROWS) throw new Error(`pull brought ${rows} rows, not ${PULL_ROWS}`);
      return wire;
    };
    const pullDefault = await pullAll();
    const pullLarge = await pullAll(5000);

    console.log(`\nKPSS sync on wrangler dev (${new Date().toISOString().slice(0, 10)}, node ${process.version})`);
    report(`push ${PUSH_CHANGES.toLocaleString('en')} changes`, first.wire, PUSH_CHANGES);
    report(`push the same ${PUSH_CHANGES.toLocaleString('en')} again (duplicates)`, again.wire, PUSH_CHANGES);
    report(`pull ${PULL_ROWS.toLocaleString('en')} changes from scratch, limit 1000`, pullDefault, PULL_ROWS);
    report(`pull ${PULL_ROWS.toLocaleString('en')} changes from scratch, limit 5000`, pullLarge, PULL_ROWS);
  } finally {
    clearTimeout(timeout);
    if (server) await stop(server);
    rmSync(runDir, { recursive: true, force: true });
  }
}

await main();
