/**
 * The daily Cron import (wrangler.toml `[triggers]`): for every registry source URL, download the file ONCE and
 * stream it (never one 98 MB object), keep each territory's items, and dry-run them. A territory with autoApply
 * gets them applied at once; the others get a pending run a coordinator applies or dismisses
 * (`/api/territories/:territory/registry-import/pending`). A failed download or a truncated file is recorded as a
 * failed run with its message and nothing else is written: a previous pending run stays as it was.
 */
import { drizzle } from 'drizzle-orm/d1';
import { uuidv7 } from 'uuidv7';
import { RegistryFileError, streamRegistryItems } from '../schema/registry/stream-filter.ts';
import { itemMunicipalityCodes } from '../schema/registry/territory-filter.ts';
import * as tables from '../schema/tables.ts';
import { catalogueTerritoryIds, territoryMunicipalityRows } from './db/catalogue-scope.ts';
import { runWrites } from './db/d1-writes.ts';
import { pendingRun, registrySourcesByUrl, runItemsKey, supersedeStatement } from './db/registry-runs.ts';
import type { Bindings, Database } from './env.ts';
import { pruneExpiredData } from './maintenance/prune.ts';
import { runRegistryImport } from './routes/registry-import.ts';

type Target = { territory: { id: string; slug: string; name: string }; autoApply: boolean; codes: Set<string>; polozky: unknown[]; positions: number[] };

async function download(url: string, fetcher: typeof fetch, onItem: (item: unknown, position: number) => void): Promise<number> {
  let response: Response;
  try {
    response = await fetcher(url, { headers: { accept: 'application/json' } });
  } catch (error) {
    throw new RegistryFileError(`the download failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!response.ok || !response.body) throw new RegistryFileError(`the download answered HTTP ${response.status}`);
  return streamRegistryItems(response.body, onItem);
}

async function recordRun(db: Database, bucket: R2Bucket, target: Target, url: string, startedAt: number, outcome: { totalItems: number } | { failure: string }) {
  const id = uuidv7();
  const base = { id, territoryId: target.territory.id, url, startedAt };
  if ('failure' in outcome) {
    await db.insert(tables.registryRuns).values({ ...base, status: 'failed', message: outcome.failure, finishedAt: Date.now() });
    return;
  }
  const replaced = await pendingRun(db, target.territory.id);
  const input = { items: target.polozky, positions: target.positions, totalItems: outcome.totalItems, fileName: url.split('/').pop() || null };
  if (target.autoApply) {
    await runRegistryImport(db, target.territory, input, 'apply', Date.now(), (report) => [
      supersedeStatement(db, target.territory.id, id),
      db.insert(tables.registryRuns).values({ ...base, status: 'applied', report, totalItems: outcome.totalItems, finishedAt: Date.now(), decidedAt: Date.now() }),
    ]);
    if (replaced?.itemsKey) await bucket.delete(replaced.itemsKey);
    return;
  }
  const key = runItemsKey(id);
  await bucket.put(key, JSON.stringify({ polozky: target.polozky, positions: target.positions, totalItems: outcome.totalItems }), { httpMetadata: { contentType: 'application/json' } });
  await runRegistryImport(db, target.territory, input, 'dry-run', Date.now(), (report) => [
    supersedeStatement(db, target.territory.id, id),
    db.insert(tables.registryRuns).values({ ...base, status: 'pending', report, itemsKey: key, totalItems: outcome.totalItems, finishedAt: Date.now() }),
  ]);
  if (replaced?.itemsKey) await bucket.delete(replaced.itemsKey);
}

/** One Cron pass over every source; `fetcher` is the outbound fetch (tests serve the file themselves). */
export async function importRegistrySources(env: Bindings, fetcher: typeof fetch = fetch) {
  // no request, no policy: the Cron pass is the system and writes on the plain binding (its runs are its record)
  const db = drizzle(env.DB, { schema: tables });
  const today = new Date().toISOString().slice(0, 10);
  for (const [url, sources] of await registrySourcesByUrl(db)) {
    const startedAt = Date.now();
    const targets: Target[] = [];
    for (const source of sources) {
      const rows = await territoryMunicipalityRows(db, await catalogueTerritoryIds(db, source.territory.id));
      targets.push({ territory: source.territory, autoApply: source.autoApply, codes: new Set(rows.map((m) => m.code)), polozky: [], positions: [] });
    }
    let outcome: { totalItems: number } | { failure: string };
    try {
      const totalItems = await download(url, fetcher, (item, position) => {
        const codes = itemMunicipalityCodes(item, today).codes;
        for (const target of targets) {
          if (!codes.some((code) => target.codes.has(code))) continue;
          target.polozky.push(item);
          target.positions.push(position);
        }
      });
      outcome = { totalItems };
    } catch (error) {
      if (!(error instanceof RegistryFileError)) throw error;
      outcome = { failure: error.message };
    }
    for (const target of targets) {
      try {
        await recordRun(db, env.FILES, target, url, startedAt, outcome);
      } catch (error) {
        // One territory's failure (e.g. a D1 limit) must not stop the others; it is recorded as its failed run.
        const message = `the import failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500);
        await recordRun(db, env.FILES, target, url, startedAt, { failure: message }).catch(() => {});
      }
    }
  }
}

const log = (level: 'info' | 'error', message: string, fields: Record<string, unknown>) =>
  (level === 'error' ? console.error : console.log)(JSON.stringify({ level, message, ...fields }));

const errorText = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : 'unknown error');

/**
 * The one daily Cron pass: the clean-up, then the registry import. Each job's failure is logged and the other still
 * runs; the pass then throws, so the Cron event shows as failed in the dashboard too.
 */
export async function scheduled(controller: ScheduledController, env: Bindings, _ctx: ExecutionContext) {
  const failures: string[] = [];
  try {
    const systemDb = drizzle(env.DB, { schema: tables });
    const { counts, failed, unfinished } = await pruneExpiredData(systemDb, controller.scheduledTime);
    log('info', 'prune finished', { counts, unfinished });
    for (const failure of failed) log('error', 'prune failed', failure);
    if (failed.length > 0) failures.push(`prune: ${failed.map((f) => f.set).join(', ')}`);
  } catch (error) {
    log('error', 'prune failed', { error: errorText(error) });
    failures.push('prune');
  }
  try {
    await importRegistrySources(env);
  } catch (error) {
    log('error', 'registry import failed', { error: errorText(error) });
    failures.push('registry import');
  }
  if (failures.length > 0) throw new Error(`the daily Cron pass failed in ${failures.join('; ')}`);
}
