import { sql } from 'drizzle-orm';
import { CatalogueSearchQuery } from '../../schema/api/catalogue.ts';
import { municipalities } from '../../schema/tables.ts';
import { createRouter } from '../app.ts';
import { digest, servedFromPublicCache } from '../cache/public-cache.ts';
import { serviceCard } from '../catalogue/public-service.ts';
import { searchServices } from '../db/catalogue-search.ts';
import { codeLists } from '../db/catalogue-snapshot.ts';
import { findTerritory } from '../db/territories.ts';
import type { Database } from '../env.ts';
import { ApiError, type FieldIssue } from '../errors.ts';
import { validate } from '../validation.ts';

/** Code lists and search, mounted at /api. */
export const catalogueRoutes = createRouter()
  .get('/code-lists', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.json(codeLists(), 200);
  })
  // The same words are asked again and again ("senior", "dluhy"): a repeated search is answered from the public cache.
  .get('/catalogue/search', validate('query', CatalogueSearchQuery), (c) =>
    servedFromPublicCache(c, async () => {
      const db = c.var.db;
      const query = c.req.valid('query');
      const { total, totalIsLowerBound, hits } = await searchServices(db, query);
      if (hits.length === 0) await checkSearchReferences(db, query);
      const results = hits.map(({ row, links, providerName, rank }) => ({ ...serviceCard(row, links), provider: { id: row.providerId, name: providerName }, rank }));
      const body = { total, totalIsLowerBound, limit: query.limit, offset: query.offset, results };
      return { etag: `"search-${await digest(JSON.stringify(body))}"`, cacheControl: 'no-cache', body: async () => body };
    }),
  );

/** Nothing found: because the territory or municipality named does not exist? That is the client's mistake, a 400. */
async function checkSearchReferences(db: Database, query: { territory?: string; municipality?: string }) {
  const issues: FieldIssue[] = [];
  if (query.territory && !(await findTerritory(db, query.territory))) issues.push({ field: 'query.territory', message: 'no such territory' });
  if (query.municipality) {
    const [row] = await db
      .select({ id: municipalities.id })
      .from(municipalities)
      .where(sql`${municipalities.id} = ${query.municipality} OR ${municipalities.code} = ${query.municipality}`)
      .limit(1);
    if (!row) issues.push({ field: 'query.municipality', message: 'no such municipality' });
  }
  if (issues.length) throw new ApiError(400, 'validation_failed', 'The request has invalid fields', issues);
}
