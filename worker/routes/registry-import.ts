import { bodyLimit } from 'hono/body-limit';
import { RegistryImportQuery } from '../../schema/api/catalogue.ts';
import { TerritoryParams } from '../../schema/api/territories.ts';
import { createRouter } from '../app.ts';
import { authorize } from '../auth/policy.ts';
import { invalidFields } from '../db/catalogue-checks.ts';
import { planRegistryImport, registryImportStatements } from '../db/catalogue-import.ts';
import { catalogueTerritoryIds } from '../db/catalogue-scope.ts';
import { runWrites } from '../db/d1-writes.ts';
import { requireTerritory } from '../db/territory-lookup.ts';
import { ApiError, errorBody } from '../errors.ts';
import { validate } from '../validation.ts';

/**
 * The whole registry file is about 100 MB; a coordinator's browser is expected to send only the items of its
 * region (or the whole file of a small test). The Worker takes up to 32 MB of JSON.
 */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

/** The national registry's rpss.json into a territory's catalogue: dry run, then apply; mounted at /api/territories. */
export const registryImportRoutes = createRouter().post(
  '/:territory/registry-import',
  validate('param', TerritoryParams),
  validate('query', RegistryImportQuery),
  bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => c.json(errorBody('body_too_large', `The file is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB; send only your region's items`, [{ field: 'body', message: 'is too large' }]), 413),
  }),
  async (c) => {
    const db = c.var.db;
    const territory = await requireTerritory(db, c.req.valid('param').territory);
    await authorize(c, { to: 'manage_territory', territoryId: territory.id });
    const { mode } = c.req.valid('query');
    let file: unknown;
    try {
      file = await c.req.json();
    } catch {
      throw new ApiError(400, 'invalid_body', 'The request body is not valid JSON', [{ field: 'body', message: 'is not valid JSON' }]);
    }
    if (typeof file !== 'object' || file === null || !Array.isArray((file as { polozky?: unknown }).polozky)) {
      throw invalidFields([{ field: 'json.polozky', message: 'must be the list of registry items (the root key of rpss.json)' }]);
    }
    const items = (file as { polozky: unknown[] }).polozky;
    const territoryIds = await catalogueTerritoryIds(db, territory.id);
    const now = Date.now();
    const plan = await planRegistryImport(db, territory, territoryIds, items, new Date(now).toISOString().slice(0, 10));
    let applied = false;
    if (mode === 'apply') {
      const statements = registryImportStatements(db, plan, now);
      await runWrites(db, statements);
      applied = statements.length > 0;
    }
    const fields = [...new Set(plan.report.changed.flatMap((entry) => entry.fields))];
    c.set('audit', { ...c.var.audit, entity: mode === 'apply' ? 'registry_import' : 'registry_import_dry_run', entityId: territory.id, fields });
    return c.json({ mode, applied, territory: { id: territory.id, slug: territory.slug, name: territory.name }, ...plan.report }, 200);
  },
);
