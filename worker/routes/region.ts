import { eq, sql } from 'drizzle-orm';
import { RegionCsvQuery, RegionParams } from '../../schema/api/plans.ts';
import { regions } from '../../schema/tables.ts';
import { createRouter } from '../app.ts';
import { digest, servedFromPublicCache } from '../cache/public-cache.ts';
import type { Database } from '../env.ts';
import { notFound } from '../errors.ts';
import { regionPlans } from '../db/plan-region.ts';
import { regionCsv } from '../db/plan-region-csv.ts';
import { validate } from '../validation.ts';

async function requireRegion(db: Database, code: string) {
  const [region] = await db.select({ id: regions.id, code: regions.code, name: regions.name }).from(regions).where(eq(sql`upper(${regions.code})`, code.toUpperCase()));
  if (!region) throw notFound('Region');
  return region;
}

/** Kraj: every territory's current plan side by side, the input of the regional medium-term plan. Public plans only. */
export const regionRoutes = createRouter()
  .get('/regions/:code/plans', validate('param', RegionParams), (c) =>
    servedFromPublicCache(c, async () => {
      const region = await requireRegion(c.var.db, c.req.valid('param').code);
      const body = { region, ...(await regionPlans(c.var.db, region.id)) };
      // Built before the ETag: the view has no cheaper version of its own than the answer itself.
      return { etag: `"region-${await digest(JSON.stringify(body))}"`, cacheControl: 'no-cache', body: async () => body };
    }),
  )
  .get('/regions/:code/plans.csv', validate('param', RegionParams), validate('query', RegionCsvQuery), async (c) => {
    const region = await requireRegion(c.var.db, c.req.valid('param').code);
    const view = await regionPlans(c.var.db, region.id);
    const delimiter = c.req.valid('query').delimiter === 'comma' ? ',' : ';';
    const filename = `kpss-plany-${region.code.replace(/[^A-Za-z0-9_-]/g, '')}.csv`;
    return c.body(regionCsv(region, view, delimiter), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
    });
  });
