import * as v from 'valibot';
import { CatalogueQuery } from '../../schema/api/catalogue.ts';
import { TerritoryParams } from '../../schema/api/territories.ts';
import { createRouter } from '../app.ts';
import { catalogueCsv } from '../catalogue/csv.ts';
import { liveServicesWithProviders } from '../db/catalogue-read.ts';
import { catalogueTerritoryIds } from '../db/catalogue-scope.ts';
import { servedFromPublicCache } from '../cache/public-cache.ts';
import { buildSnapshot, catalogueVersion, snapshotEtag } from '../db/catalogue-snapshot.ts';
import { requireTerritory } from '../db/territory-lookup.ts';
import { validate } from '../validation.ts';

const CsvQuery = v.object({ separator: v.optional(v.picklist(['comma', 'semicolon'], 'must be comma or semicolon'), 'comma') });

/** A territory's catalogue for the PWA (versioned snapshot and delta) and as a spreadsheet; mounted at /api/territories. */
export const catalogueSnapshotRoutes = createRouter()
  .get('/:territory/catalogue', validate('param', TerritoryParams), validate('query', CatalogueQuery), (c) =>
    // Revalidate every time: the ETag makes an unchanged catalogue cost one small query and an empty 304.
    servedFromPublicCache(c, async () => {
      const db = c.var.db;
      const territory = await requireTerritory(db, c.req.valid('param').territory);
      const { since } = c.req.valid('query');
      const territoryIds = await catalogueTerritoryIds(db, territory.id);
      const version = await catalogueVersion(db, territoryIds);
      return {
        etag: snapshotEtag(territory.id, version, since),
        cacheControl: 'no-cache',
        body: () => buildSnapshot(db, { id: territory.id, slug: territory.slug, name: territory.name }, territoryIds, version, since),
      };
    }),
  )
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
