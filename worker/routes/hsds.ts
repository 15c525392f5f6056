import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { HsdsPageQuery, HsdsServiceParams } from '../../schema/api/catalogue.ts';
import { TerritoryParams } from '../../schema/api/territories.ts';
import { providers, services } from '../../schema/tables.ts';
import { createRouter } from '../app.ts';
import { HSDS_OPENAPI_URL, HSDS_VERSION, hsdsOrganization, hsdsPage, hsdsService } from '../catalogue/hsds.ts';
import { findService, linksOf, liveServicesWithProviders, loadServiceLinks } from '../db/catalogue-read.ts';
import { catalogueTerritoryIds, idList } from '../db/catalogue-scope.ts';
import { requireTerritory } from '../db/territory-lookup.ts';
import type { AppEnv } from '../env.ts';
import { notFound } from '../errors.ts';
import { validate } from '../validation.ts';

async function hsdsApiInfo(c: Context<AppEnv>, slugOrId: string) {
  const territory = await requireTerritory(c.var.db, slugOrId);
  const web = territory.web;
  return {
    version: HSDS_VERSION,
    openapi_url: HSDS_OPENAPI_URL,
    description: `Katalog sociálních a souvisejících služeb – ${territory.name} (komunitní plánování sociálních služeb)`,
    publisher: { name: territory.name, ...(web ? { website: web } : {}) },
  };
}

/** The territory's catalogue as an Open Referral HSDS 3.1 API (read only); mounted at /api/territories. */
export const hsdsRoutes = createRouter()
  .get('/:territory/hsds', validate('param', TerritoryParams), async (c) => c.json(await hsdsApiInfo(c, c.req.valid('param').territory), 200))
  .get('/:territory/hsds/', validate('param', TerritoryParams), async (c) => c.json(await hsdsApiInfo(c, c.req.valid('param').territory), 200))
  .get('/:territory/hsds/services', validate('param', TerritoryParams), validate('query', HsdsPageQuery), async (c) => {
    const db = c.var.db;
    const territory = await requireTerritory(db, c.req.valid('param').territory);
    const { page, per_page: perPage, modified_after: modifiedAfter } = c.req.valid('query');
    const { total, rows } = await liveServicesWithProviders(db, await catalogueTerritoryIds(db, territory.id), {
      modifiedAfter,
      limit: perPage,
      offset: (page - 1) * perPage,
    });
    const contents = await Promise.all(rows.map(({ service, links, provider }) => hsdsService(service, links, provider, territory.regionName)));
    return c.json(hsdsPage(contents, total, page, perPage), 200);
  })
  .get('/:territory/hsds/services/:id', validate('param', HsdsServiceParams), async (c) => {
    const db = c.var.db;
    const { territory: slugOrId, id } = c.req.valid('param');
    const territory = await requireTerritory(db, slugOrId);
    const service = await findService(db, id);
    if (!service || !(await catalogueTerritoryIds(db, territory.id)).includes(service.territoryId)) throw notFound('Service');
    const [links, provider] = await Promise.all([
      loadServiceLinks(db, idList([service.id])),
      db.query.providers.findFirst({ where: eq(providers.id, service.providerId) }),
    ]);
    return c.json(await hsdsService(service, linksOf(links, service.id), provider, territory.regionName), 200);
  })
  .get('/:territory/hsds/organizations', validate('param', TerritoryParams), validate('query', HsdsPageQuery), async (c) => {
    const db = c.var.db;
    const territory = await requireTerritory(db, c.req.valid('param').territory);
    const { page, per_page: perPage, modified_after: modifiedAfter } = c.req.valid('query');
    const territoryIds = await catalogueTerritoryIds(db, territory.id);
    const where = and(
      isNull(providers.deletedAt),
      sql`${providers.id} IN (SELECT ${services.providerId} FROM ${services} WHERE ${services.territoryId} IN ${idList(territoryIds)}
        AND ${services.retiredAt} IS NULL AND ${services.deletedAt} IS NULL)`,
      modifiedAfter === undefined ? undefined : sql`${providers.updatedAt} >= ${modifiedAfter}`,
    );
    const [count] = await db.select({ total: sql<number>`count(*)` }).from(providers).where(where);
    const rows = await db.select().from(providers).where(where).orderBy(asc(providers.name), asc(providers.id)).limit(perPage).offset((page - 1) * perPage);
    const contents = await Promise.all(rows.map((provider) => hsdsOrganization(provider, territory.regionName)));
    return c.json(hsdsPage(contents, count?.total ?? 0, page, perPage), 200);
  });
