import { bodyLimit } from 'hono/body-limit';
import { RegistryImportBody, RegistryImportQuery, type RegistryImportReport } from '../../schema/api/registry.ts';
import { TerritoryParams } from '../../schema/api/territories.ts';
import { createRouter } from '../app.ts';
import { authorize } from '../auth/policy.ts';
import { planRegistryImport, registryImportStatements, type RegistryImportInput } from '../db/catalogue-import.ts';
import { catalogueTerritoryIds, territoryMunicipalityRows } from '../db/catalogue-scope.ts';
import { runWrites, type WriteStatement } from '../db/d1-writes.ts';
import { loadRegistryCodeMap } from '../db/registry-codes.ts';
import { requireTerritory } from '../db/territory-lookup.ts';
import type { Database } from '../env.ts';
import { errorBody } from '../errors.ts';
import { validate } from '../validation.ts';

/**
 * The whole registry file is about 98 MB, too big for a Worker (128 MB) to parse as one object: the browser streams
 * it (schema/registry/stream-filter.ts) and sends only its territory's items, a few MB at most. A small test file
 * is sent as it is. The Worker takes up to 32 MB of JSON.
 */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

type Territory = { id: string; slug: string; name: string };

/**
 * Plan (and on apply write, in ONE batch) a territory's import; shared by the upload and the Cron import. `alongside`
 * adds writes that must land with the catalogue's or not at all (the Cron run's record, the pending run's status).
 */
export async function runRegistryImport(
  db: Database,
  territory: Territory,
  input: RegistryImportInput,
  mode: 'dry-run' | 'apply',
  now = Date.now(),
  alongside?: (report: RegistryImportReport) => WriteStatement[],
): Promise<RegistryImportReport> {
  const territoryIds = await catalogueTerritoryIds(db, territory.id);
  const plan = await planRegistryImport(db, territory, territoryIds, input, new Date(now).toISOString().slice(0, 10), await loadRegistryCodeMap(db));
  const statements = mode === 'apply' ? registryImportStatements(db, plan, now) : [];
  const report: RegistryImportReport = { mode, applied: statements.length > 0, territory: { id: territory.id, slug: territory.slug, name: territory.name }, ...plan.report };
  await runWrites(db, [...statements, ...(alongside?.(report) ?? [])]);
  return report;
}

/** The national registry's rpss.json into a territory's catalogue: dry run, then apply; mounted at /api/territories. */
export const registryImportRoutes = createRouter()
  .get('/:territory/registry-import/scope', validate('param', TerritoryParams), async (c) => {
    const db = c.var.db;
    const territory = await requireTerritory(db, c.req.valid('param').territory);
    // A read, but only a coordinator imports: the same check as the import itself.
    await authorize(c, { to: 'manage_territory', territoryId: territory.id });
    const rows = await territoryMunicipalityRows(db, await catalogueTerritoryIds(db, territory.id));
    return c.json({ municipalityCodes: [...new Set(rows.map((m) => m.code))].sort() }, 200);
  })
  .post(
    '/:territory/registry-import',
    validate('param', TerritoryParams),
    validate('query', RegistryImportQuery),
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => c.json(errorBody('body_too_large', `The file is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB; send only your territory's items`, [{ field: 'body', message: 'is too large' }]), 413),
    }),
    validate('json', RegistryImportBody),
    async (c) => {
      const db = c.var.db;
      const territory = await requireTerritory(db, c.req.valid('param').territory);
      await authorize(c, { to: 'manage_territory', territoryId: territory.id });
      const { mode } = c.req.valid('query');
      const body = c.req.valid('json');
      const input = { items: body.polozky, positions: body.positions, totalItems: body.totalItems, fileName: body.fileName };
      const report = await runRegistryImport(db, territory, input, mode, Date.now(), (planned) => {
        // planned, not yet written: the audit note goes into the same batch (a dry run's row is written at the end)
        const fields = [...new Set(planned.changed.flatMap((entry) => entry.fields))];
        c.set('audit', { ...c.var.audit, entity: mode === 'apply' ? 'registry_import' : 'registry_import_dry_run', entityId: territory.id, fields });
        return [];
      });
      return c.json(report, 200);
    },
  );
