/**
 * The server killed during a sync push, for real: `wrangler dev` (workerd + SQLite-backed D1) gets SIGKILL while a
 * push of 500 changes is in flight, comes back on the same state and port, and the phone pushes its outbox again
 * (the same changes, same ids) until nothing retryable is left. Repeated with the kill at fractions of the time an
 * undisturbed push takes, so that it falls before, during and near the end of the writes. Passes
 * when every change is in the database exactly once (checked in the SQLite file); exits 1 otherwise.
 *
 *   node bench/sync-fault.ts [--rounds 4]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { uuidv7 } from 'uuidv7';
import * as t from '../schema/tables.ts';
import { insertStatements } from '../seeds/sql.ts';
import { benchConfig, loadDatabase, sqliteFile, startWorker, stopWorker, type Worker } from './harness.ts';
import { outboxChanges, syncSeed } from './sync-data.ts';

const at = process.argv.indexOf('--rounds');
const ROUNDS = at > 0 ? Number(process.argv[at + 1]) : 4;

type Answer = { results: { id: string; status: string; retryable?: boolean }[] };

async function push(worker: Worker, cookie: string, changes: { id: string }[]): Promise<Answer | 'no answer'> {
  try {
    const res = await fetch(`${worker.base}/api/sync/push`, {
      method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ clientId: 'phone', appVersion: 'bench', changes }), signal: AbortSignal.timeout(120_000),
    });
    // a 5xx, like a dropped connection, means: keep the whole outbox and push it again later
    return res.ok ? ((await res.json()) as Answer) : 'no answer';
  } catch {
    return 'no answer';
  }
}

function countOnce(state: string, ids: string[]) {
  const db = new DatabaseSync(sqliteFile(state), { readOnly: true });
  const json = JSON.stringify(ids);
  const n = (sql: string) => (db.prepare(sql).get(json) as { n: number }).n;
  const recorded = n('SELECT count(*) AS n FROM sync_changes s JOIN json_each(?) j ON j.value = s.id');
  const rows = n(
    "SELECT count(*) AS n FROM sync_changes s JOIN json_each(?) j ON j.value = s.id WHERE (s.entity = 'task' AND (SELECT count(*) FROM tasks x WHERE x.id = s.entity_id) = 1) OR (s.entity = 'note' AND (SELECT count(*) FROM note_revisions r WHERE r.id = s.id) = 1)",
  );
  db.close();
  return { recorded, rows };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'kpss-sync-fault-'));
  const state = join(dir, 'state');
  const config = benchConfig(dir);
  let worker: Worker | undefined;
  let failed = false;
  try {
    const region = { id: uuidv7(), code: 'CZ031', name: 'Jihočeský kraj' };
    const territory = { id: uuidv7(), regionId: region.id, kind: 'orp' as const, slug: 'bench', name: 'Bench' };
    const seed = syncSeed({ territoryId: territory.id, clients: 1, rows: 0 });
    const sql = [...insertStatements(t.regions, [region]), ...insertStatements(t.territories, [territory]), ...seed.sql];
    writeFileSync(join(dir, 'seed.sql'), `${sql.join(';\n')};\n`);
    await loadDatabase(config, state, [join(dir, 'seed.sql')]);
    worker = await startWorker(config, state);
    const port = worker.port;
    const cookie = seed.memberCookies[0]!;
    // one push undisturbed, to know how long one takes here: the kills fall at fractions of that
    const warmUp = outboxChanges(seed.meeting.id, 500, 'zahřátí');
    const all: string[] = warmUp.map((c) => c.id);
    const started = performance.now();
    if ((await push(worker, cookie, warmUp)) === 'no answer') throw new Error('the undisturbed push failed');
    const pushMs = performance.now() - started;
    console.log(`An undisturbed push of 500 changes takes ${pushMs.toFixed(0)} ms here\n`);
    console.log('| kill after | first push | landed before the kill | pushes until done | changes | recorded once | rows once |\n|---|---|---|---|---|---|---|');
    for (let round = 0; round < ROUNDS; round++) {
      const killAfterMs = Math.round(pushMs * ((round + 1) / (ROUNDS + 1)));
      const outbox = outboxChanges(seed.meeting.id, 500, `kolo ${round}`);
      all.push(...outbox.map((c) => c.id));
      const inFlight = push(worker, cookie, outbox);
      await new Promise((r) => setTimeout(r, killAfterMs));
      await stopWorker(worker, 'SIGKILL');
      const first = await inFlight;
      // what the killed server had committed: D1 writes a push in batches, so often part of it
      const beforeKill = countOnce(state, outbox.map((c) => c.id)).recorded;
      worker = await startWorker(config, state, port);
      // the phone's outbox: drop what the server answered applied/duplicate, keep the rest, push again
      let pending = first === 'no answer' ? outbox : outbox.filter((_, i) => first.results[i]?.retryable);
      let pushes = 1;
      while (pending.length && pushes < 20) {
        const answer = await push(worker, cookie, pending);
        pushes++;
        if (answer !== 'no answer') pending = pending.filter((_, i) => answer.results[i]?.retryable || !answer.results[i]);
      }
      const once = countOnce(state, outbox.map((c) => c.id));
      const ok = pending.length === 0 && once.recorded === outbox.length && once.rows === outbox.length;
      failed ||= !ok;
      console.log(`| ${killAfterMs} ms | ${first === 'no answer' ? 'no answer (killed)' : 'answered'} | ${beforeKill} | ${pushes} | ${outbox.length} | ${once.recorded} | ${once.rows}${ok ? '' : ' FAILED'} |`);
    }
    await stopWorker(worker);
    worker = undefined;
    const total = countOnce(state, all);
    const ok = total.recorded === all.length && total.rows === all.length;
    failed ||= !ok;
    console.log(`\nServer killed ${ROUNDS} times during a push: ${total.recorded} of ${all.length} changes recorded, ${total.rows} rows, ${ok ? 'every change exactly once' : 'NOT EXACTLY ONCE'}`);
  } finally {
    if (worker) await stopWorker(worker);
    rmSync(dir, { recursive: true, force: true });
  }
  if (failed) process.exitCode = 1;
}

await main();
