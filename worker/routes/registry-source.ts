import { and, eq } from 'drizzle-orm';
import { RegistrySourceBody } from '../../schema/api/registry.ts';
import { TerritoryParams } from '../../schema/api/territories.ts';
import { registryRuns, registrySources } from '../../schema/tables.ts';
import { createRouter } from '../app.ts';
import { authorize } from '../auth/policy.ts';
import { findRegistrySource, lastRun, pendingRun, readRunItems, runSummary } from '../db/registry-runs.ts';
import { requireTerritory } from '../db/territory-lookup.ts';
import { ApiError, notFound } from '../errors.ts';
import { validate } from '../validation.ts';
import { runRegistryImport } from './registry-import.ts';

const sourceOf = (row: Awaited<ReturnType<typeof findRegistrySource>>) => (row ? { url: row.url, autoApply: row.autoApply, updatedAt: row.updatedAt } : null);

/**
 * Where the daily Cron import (worker/scheduled.ts) downloads a territory's rpss.json, and the run it left pending:
 * a coordinator applies it (re-planned against the catalogue as it is then, in one batch) or dismisses it.
 * Mounted at /api/territories.
 */
export const registrySourceRoutes = createRouter()
  .get('/:territory/registry-source', validate('param', TerritoryParams), async (c) => {
    const db = c.var.db;
    const territory = await requireTerritory(db, c.req.valid('param').territory);
    await authorize(c, { to: 'manage_territory', territoryId: territory.id });
    const run = await lastRun(db, territory.id);
    return c.json({ source: sourceOf(await findRegistrySource(db, territory.id)), lastRun: run ? runSummary(run) : null }, 200);
  })
  .put('/:territory/registry-source', validate('param', TerritoryParams), validate('json', RegistrySourceBody), async (c) => {
    const db = c.var.db;
    const territory = await requireTerritory(db, c.req.valid('param').territory);
    const actor = await authorize(c, { to: 'manage_territory', territoryId: territory.id });
    const { url, autoApply } = c.req.valid('json');
    c.set('audit', { ...c.var.audit, entity: 'registry_source', entityId: territory.id, fields: ['url', 'autoApply'] });
    if (url === null) await db.delete(registrySources).where(eq(registrySources.territoryId, territory.id));
    else {
      const values = { url, autoApply, updatedBy: actor.userId, updatedAt: Date.now() };
      await db.insert(registrySources).values({ territoryId: territory.id, ...values }).onConflictDoUpdate({ target: registrySources.territoryId, set: values });
    }
    return c.json({ source: sourceOf(await findRegistrySource(db, territory.id)) }, 200);
  })
  .get('/:territory/registry-import/pending', validate('param', TerritoryParams), async (c) => {
    const db = c.var.db;
    const territory = await requireTerritory(db, c.req.valid('param').territory);
    await authorize(c, { to: 'manage_territory', territoryId: territory.id });
    const [pending, last] = await Promise.all([pendingRun(db, territory.id), lastRun(db, territory.id)]);
    return c.json({ pending: pending ? runSummary(pending, true) : null, lastRun: last ? runSummary(last) : null }, 200);
  })
  .post('/:territory/registry-import/pending/apply', validate('param', TerritoryParams), async (c) => {
    const db = c.var.db;
    const territory = await requireTerritory(db, c.req.valid('param').territory);
    const actor = await authorize(c, { to: 'manage_territory', territoryId: territory.id });
    const run = await pendingRun(db, territory.id);
    if (!run) throw notFound('Pending registry import');
    const file = await readRunItems(c.env.FILES, run);
    if (!file) throw new ApiError(409, 'items_missing', "The pending import's items are no longer stored; wait for the next download or import the file by hand");
    const now = Date.now();
    const report = await runRegistryImport(db, territory, { items: file.polozky, positions: file.positions, totalItems: file.totalItems, fileName: run.url.split('/').pop() || null }, 'apply', now, (planned) => {
      // planned, not yet written: the audit note goes into the same batch
      c.set('audit', { ...c.var.audit, entity: 'registry_import', entityId: territory.id, fields: [...new Set(planned.changed.flatMap((e) => e.fields))] });
      // Only a run still pending is marked: a second apply racing this one finds nothing to mark, and re-planned it changed nothing.
      return [db.update(registryRuns).set({ status: 'applied', report: planned, decidedBy: actor.userId, decidedAt: now }).where(and(eq(registryRuns.id, run.id), eq(registryRuns.status, 'pending')))];
    });
    await c.env.FILES.delete(run.itemsKey!);
    return c.json(report, 200);
  })
  .delete('/:territory/registry-import/pending', validate('param', TerritoryParams), async (c) => {
    const db = c.var.db;
    const territory = await requireTerritory(db, c.req.valid('param').territory);
    const actor = await authorize(c, { to: 'manage_territory', territoryId: territory.id });
    const run = await pendingRun(db, territory.id);
    if (!run) throw notFound('Pending registry import');
    c.set('audit', { ...c.var.audit, entity: 'registry_run', entityId: run.id });
    await db.update(registryRuns).set({ status: 'dismissed', decidedBy: actor.userId, decidedAt: Date.now() }).where(eq(registryRuns.id, run.id));
    if (run.itemsKey) await c.env.FILES.delete(run.itemsKey);
    return c.body(null, 204);
  });
