import * as v from 'valibot';
import { CatalogueQuery } from '../../schema/api/catalogue.ts';
import { TerritoryParams } from '../../schema/api/territories.ts';
import { createRouter } from '../app.ts';
import { catalogueCsv } from '../catalogue/csv.ts';
import { liveServicesWithProviders } from '../db/catalogue-read.ts';
import { catalogueTerritoryIds } from '../db/catalogue-scope.ts';
import { buildSnapshot, catalogueVersion, etagMatches, snapshotEtag } from '../db/catalogue-snapshot.ts';
import { requireTerritory } from '../db/territory-lookup.ts';
import { validate } from '../validation.ts';

const CsvQuery = v.object({ separator: v.optional(v.picklist(['comma', 'semicolon'], 'must be comma or semicolon'), 'comma') });

/** A territory's catalogue for the PWA (versioned snapshot and delta) and as a spreadsheet; mounted at /api/territories. */
export const catalogueSnapshotRoutes = createRouter()
  .get('/:territory/catalogue', validate('param', TerritoryParams), validate('query', CatalogueQuery), async (c) => {
    const db = c.var.db;
    const territory = await requireTerritory(db, c.req.valid('param').territory);
    const { since } = c.req.valid('query');
    const territoryIds = await catalogueTerritoryIds(db, territory.id);
    const version = await catalogueVersion(db, territoryIds);
    const etag = snapshotEtag(territory.id, version, since);
    c.header('ETag', etag);
    // Revalidate every time: the ETag makes an unchanged catalogue cost one small query and an empty 304.
    c.header('Cache-Control', 'no-cache');
    if (etagMatches(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
    const snapshot = await buildSnapshot(db, { id: territory.id, slug: territory.slug, name: territory.name }, territoryIds, version, since);
    return c.json(snapshot, 200);
  })
  .get('/:territory/catalogue.csv', validate('param', TerritoryParams), validate('query', CsvQuery), async (c) => {
    const db = c.var.db;
    const territory = await requireTerritory(db, c.req.valid('param').territory);
    const { rows } = await liveServicesWithProviders(db, await catalogueTerritoryIds(db, territory.id));
    const csv = catalogueCsv(rows, c.req.valid('query').separator === 'semicolon' ? ';' : ',');
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="katalog-${territory.slug}.csv"`,
    });
  });
