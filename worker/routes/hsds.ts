import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import type * as v from 'valibot';
import { HsdsServiceParams } from '../../schema/api/catalogue.ts';
import {
  HsdsObjectParams,
  HsdsOrganizationQuery,
  HsdsOrganizationsQuery,
  HsdsServicesQuery,
  HsdsTaxonomiesQuery,
  HsdsTaxonomyTermsQuery,
} from '../../schema/api/hsds.ts';
import { TerritoryParams } from '../../schema/api/territories.ts';
import { providers } from '../../schema/tables.ts';
import { createRouter } from '../app.ts';
import {
  HSDS_OPENAPI_URL,
  HSDS_VERSION,
  hsdsOrganization,
  hsdsOrganizationFields,
  hsdsPage,
  hsdsService,
  hsdsServiceAtLocation,
  hsdsServiceFields,
  hsdsServiceMinimal,
} from '../catalogue/hsds.ts';
import { listTaxonomies, listTerms } from '../catalogue/hsds-taxonomies.ts';
import { findService, linksOf, loadServiceLinks } from '../db/catalogue-read.ts';
import { catalogueTerritoryIds, idList } from '../db/catalogue-scope.ts';
import { hsdsProviders, hsdsServicePage, hsdsServiceWhere } from '../db/hsds-read.ts';
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

const paging = (page: number, perPage: number) => ({ limit: perPage, offset: (page - 1) * perPage });

/** A service of the territory (or of its sub-areas), with its links and provider; 404 otherwise. */
async function serviceInTerritory(c: Context<AppEnv>, slugOrId: string, id: string) {
  const db = c.var.db;
  const territory = await requireTerritory(db, slugOrId);
  const service = await findService(db, id);
  if (!service || !(await catalogueTerritoryIds(db, territory.id)).includes(service.territoryId)) return undefined;
  const [links, provider] = await Promise.all([
    loadServiceLinks(db, idList([service.id])),
    db.query.providers.findFirst({ where: eq(providers.id, service.providerId) }),
  ]);
  return { territory, service, links: linksOf(links, service.id), provider };
}

/** The page of the territory's services that a `/services` or `/service_at_locations` query asks for. */
async function servicesPage(c: Context<AppEnv>, slugOrId: string, q: v.InferOutput<typeof HsdsServicesQuery>, withPlace: boolean) {
  const db = c.var.db;
  const territory = await requireTerritory(db, slugOrId);
  const where = await hsdsServiceWhere(await catalogueTerritoryIds(db, territory.id), {
    search: q.search,
    taxonomyTermId: q.taxonomy_term_id,
    taxonomyId: q.taxonomy_id,
    organizationId: q.organization_id,
    modifiedAfter: q.modified_after,
    withPlace,
  });
  return { territory, ...(await hsdsServicePage(db, where, paging(q.page, q.per_page))) };
}

/** A page of a fixed list (the taxonomies and their terms are KPSS's code lists, a few dozen items). */
const listPage = <T>(items: T[], page: number, perPage: number) => hsdsPage(items.slice((page - 1) * perPage, page * perPage), items.length, page, perPage);

/** The territory's catalogue as an Open Referral HSDS 3.1 API (read only); mounted at /api/territories. */
export const hsdsRoutes = createRouter()
  .get('/:territory/hsds', validate('param', TerritoryParams), async (c) => c.json(await hsdsApiInfo(c, c.req.valid('param').territory), 200))
  .get('/:territory/hsds/', validate('param', TerritoryParams), async (c) => c.json(await hsdsApiInfo(c, c.req.valid('param').territory), 200))
  .get('/:territory/hsds/services', validate('param', TerritoryParams), validate('query', HsdsServicesQuery), async (c) => {
    const q = c.req.valid('query');
    const { territory, total, rows } = await servicesPage(c, c.req.valid('param').territory, q, false);
    const contents = await Promise.all(
      rows.map(({ service, links, provider }) =>
        q.minimal ? hsdsServiceMinimal(service) : q.full === false ? hsdsServiceFields(service, links, provider) : hsdsService(service, links, provider, territory.regionName),
      ),
    );
    return c.json(hsdsPage(contents, total, q.page, q.per_page), 200);
  })
  .get('/:territory/hsds/services/:id', validate('param', HsdsServiceParams), async (c) => {
    const { territory, id } = c.req.valid('param');
    const found = await serviceInTerritory(c, territory, id);
    if (!found) throw notFound('Service');
    return c.json(await hsdsService(found.service, found.links, found.provider, found.territory.regionName), 200);
  })
  .get('/:territory/hsds/service_at_locations', validate('param', TerritoryParams), validate('query', HsdsServicesQuery), async (c) => {
    const q = c.req.valid('query');
    const { territory, total, rows } = await servicesPage(c, c.req.valid('param').territory, q, true);
    const contents = await Promise.all(rows.map(({ service, links, provider }) => hsdsServiceAtLocation(service, links, provider, territory.regionName, q.full === true)));
    return c.json(hsdsPage(contents.filter((s) => s !== undefined), total, q.page, q.per_page), 200);
  })
  .get('/:territory/hsds/service_at_locations/:id', validate('param', HsdsObjectParams), async (c) => {
    const { territory, id } = c.req.valid('param');
    const found = await serviceInTerritory(c, territory, id);
    const link = found && (await hsdsServiceAtLocation(found.service, found.links, found.provider, found.territory.regionName, true));
    if (!link) throw notFound('Service at location');
    return c.json(link, 200);
  })
  .get('/:territory/hsds/organizations', validate('param', TerritoryParams), validate('query', HsdsOrganizationsQuery), async (c) => {
    const db = c.var.db;
    const territory = await requireTerritory(db, c.req.valid('param').territory);
    const q = c.req.valid('query');
    const territoryIds = await catalogueTerritoryIds(db, territory.id);
    const serviceWhere = await hsdsServiceWhere(territoryIds, { taxonomyTermId: q.taxonomy_term_id, taxonomyId: q.taxonomy_id });
    const all = await hsdsProviders(db, serviceWhere, { search: q.search, modifiedAfter: q.modified_after });
    const rows = all.slice((q.page - 1) * q.per_page, q.page * q.per_page);
    const contents = await Promise.all(
      rows.map(async (provider) => {
        const organization = q.full === false ? hsdsOrganizationFields(provider) : await hsdsOrganization(provider, territory.regionName);
        if (!q.full_service) return organization;
        const services = await hsdsServicePage(db, await hsdsServiceWhere(territoryIds, { organizationId: provider.id }), { limit: 10_000, offset: 0 });
        return { ...organization, services: await Promise.all(services.rows.map((r) => hsdsService(r.service, r.links, undefined, territory.regionName))) };
      }),
    );
    return c.json(hsdsPage(contents, all.length, q.page, q.per_page), 200);
  })
  .get('/:territory/hsds/organizations/:id', validate('param', HsdsObjectParams), validate('query', HsdsOrganizationQuery), async (c) => {
    const db = c.var.db;
    const { territory: slugOrId, id } = c.req.valid('param');
    const territory = await requireTerritory(db, slugOrId);
    const { rows } = await hsdsServicePage(db, await hsdsServiceWhere(await catalogueTerritoryIds(db, territory.id), { organizationId: id }), { limit: 10_000, offset: 0 });
    const provider = await db.query.providers.findFirst({ where: eq(providers.id, id) });
    // an organization is in the territory's API through its live services there
    if (!provider || provider.deletedAt !== null || rows.length === 0) throw notFound('Organization');
    const full = c.req.valid('query').full_service === true;
    const services = await Promise.all(rows.map((r) => (full ? hsdsService(r.service, r.links, undefined, territory.regionName) : hsdsServiceFields(r.service, r.links, undefined))));
    return c.json({ ...(await hsdsOrganization(provider, territory.regionName)), services }, 200);
  })
  .get('/:territory/hsds/taxonomies', validate('param', TerritoryParams), validate('query', HsdsTaxonomiesQuery), async (c) => {
    await requireTerritory(c.var.db, c.req.valid('param').territory);
    const q = c.req.valid('query');
    return c.json(listPage(await listTaxonomies(q.search), q.page, q.per_page), 200);
  })
  .get('/:territory/hsds/taxonomies/:id', validate('param', HsdsObjectParams), async (c) => {
    const { territory, id } = c.req.valid('param');
    await requireTerritory(c.var.db, territory);
    const taxonomy = (await listTaxonomies()).find((t) => t.id === id);
    if (!taxonomy) throw notFound('Taxonomy');
    return c.json(taxonomy, 200);
  })
  .get('/:territory/hsds/taxonomy_terms', validate('param', TerritoryParams), validate('query', HsdsTaxonomyTermsQuery), async (c) => {
    await requireTerritory(c.var.db, c.req.valid('param').territory);
    const q = c.req.valid('query');
    // top_only changes nothing: every term of KPSS's flat lists is a top term
    return c.json(listPage(await listTerms({ search: q.search, taxonomyId: q.taxonomy_id, parentId: q.parent_id }), q.page, q.per_page), 200);
  })
  .get('/:territory/hsds/taxonomy_terms/:id', validate('param', HsdsObjectParams), async (c) => {
    const { territory, id } = c.req.valid('param');
    await requireTerritory(c.var.db, territory);
    const term = (await listTerms({})).find((t) => t.id === id);
    if (!term) throw notFound('Taxonomy term');
    return c.json(term, 200);
  });
