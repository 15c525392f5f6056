/**
 * The reads behind the HSDS API's filters: the live services (or their providers) of a territory, narrowed by
 * full-text search (the catalogue's FTS5 index, the same words and life situations as the search page), a taxonomy
 * term or taxonomy (KPSS's code lists, hsds-taxonomies.ts), an organization and a change time.
 */
import { and, asc, isNull, sql, type SQL } from 'drizzle-orm';
import { situationMatchExpression } from '../../schema/life-situations.ts';
import { providers, services } from '../../schema/tables.ts';
import { taxonomyById, termById } from '../catalogue/hsds-taxonomies.ts';
import type { Database } from '../env.ts';
import { linksOf, loadServiceLinks } from './catalogue-read.ts';
import { idList } from './catalogue-scope.ts';

export type HsdsServiceFilter = {
  search?: string;
  taxonomyTermId?: string;
  taxonomyId?: string;
  organizationId?: string;
  modifiedAfter?: number;
  /** only services with a place: a service_at_location (a secret address still has its town) */
  withPlace?: boolean;
};

const NOTHING = sql`0`;

/** A service has a capacity unit as capacitiesOf (public-service.ts) reads it: the registry's list while it still starts with the capacity. */
const hasCapacityUnit = (unit: string) => sql`(${services.capacity} IS NOT NULL AND (coalesce(${services.capacityUnit}, 'klient') = ${unit}
  OR (json_extract(${services.capacities}, '$[0].count') = ${services.capacity} AND json_extract(${services.capacities}, '$[0].unit') = ${services.capacityUnit}
    AND EXISTS (SELECT 1 FROM json_each(${services.capacities}) WHERE json_extract(value, '$.unit') = ${unit}))))`;

async function termCondition(termId: string): Promise<SQL> {
  const term = await termById(termId);
  if (!term) return NOTHING;
  switch (term.taxonomy) {
    case 'service-kind':
      return sql`${services.kindCode} = ${term.code}`;
    case 'client-group':
      return sql`${services.id} IN (SELECT service_id FROM service_client_groups WHERE client_group_code = ${term.code})`;
    case 'target-group':
      return sql`${services.id} IN (SELECT service_id FROM service_client_groups WHERE client_group_code IN
        (SELECT code FROM client_groups WHERE target_group_code = ${term.code}))`;
    case 'capacity-unit':
      return hasCapacityUnit(term.code);
  }
}

async function taxonomyCondition(taxonomyId: string): Promise<SQL | undefined> {
  switch (await taxonomyById(taxonomyId)) {
    case 'service-kind':
      return undefined; // every service has a kind
    case 'client-group':
    case 'target-group':
      return sql`${services.id} IN (SELECT service_id FROM service_client_groups)`;
    case 'capacity-unit':
      return sql`${services.capacity} IS NOT NULL`;
    case undefined:
      return NOTHING;
  }
}

/** The WHERE of the live services of `territoryIds` that pass the filter. */
export async function hsdsServiceWhere(territoryIds: readonly string[], filter: HsdsServiceFilter): Promise<SQL> {
  const match = filter.search ? situationMatchExpression(filter.search) : null;
  return and(
    sql`${services.territoryId} IN ${idList(territoryIds)}`,
    isNull(services.retiredAt),
    isNull(services.deletedAt),
    filter.modifiedAfter === undefined ? undefined : sql`${services.updatedAt} >= ${filter.modifiedAfter}`,
    filter.organizationId === undefined ? undefined : sql`${services.providerId} = ${filter.organizationId}`,
    match === null
      ? undefined
      : sql`${services.id} IN (SELECT s.id FROM services_fts JOIN services_search_rows s ON s.rowid = services_fts.rowid WHERE services_fts MATCH ${match})`,
    filter.taxonomyTermId === undefined ? undefined : await termCondition(filter.taxonomyTermId),
    filter.taxonomyId === undefined ? undefined : await taxonomyCondition(filter.taxonomyId),
    filter.withPlace
      ? sql`(coalesce(${services.city}, '') <> '' OR (${services.addressSecret} = 0 AND (coalesce(${services.street}, '') <> '' OR ${services.lat} IS NOT NULL)))`
      : undefined,
  )!;
}

/** One page of the services `where` selects, by name, with their links and providers. */
export async function hsdsServicePage(db: Database, where: SQL, page: { limit: number; offset: number }) {
  const [countRow] = await db.select({ total: sql<number>`count(*)` }).from(services).where(where);
  const rows = await db.select().from(services).where(where).orderBy(asc(services.name), asc(services.id)).limit(page.limit).offset(page.offset);
  const links = await loadServiceLinks(db, idList(rows.map((r) => r.id)));
  const providerIds = [...new Set(rows.map((r) => r.providerId))];
  const providerRows = providerIds.length ? await db.select().from(providers).where(sql`${providers.id} IN ${idList(providerIds)}`) : [];
  const providerById = new Map(providerRows.map((p) => [p.id, p]));
  return {
    total: countRow?.total ?? 0,
    rows: rows.map((service) => ({ service, links: linksOf(links, service.id), provider: providerById.get(service.providerId) })),
  };
}

/**
 * The providers with a live service that `serviceWhere` selects, by name. `search` matches the provider's name or
 * IČO; it is applied here, not in SQL, because SQLite's lower() folds no Czech letters (Č, Ř, Ž …) and a
 * territory has a few hundred providers at most.
 */
export async function hsdsProviders(db: Database, serviceWhere: SQL, options: { search?: string; modifiedAfter?: number }) {
  const rows = await db
    .select()
    .from(providers)
    .where(
      and(
        isNull(providers.deletedAt),
        sql`${providers.id} IN (SELECT ${services.providerId} FROM ${services} WHERE ${serviceWhere})`,
        options.modifiedAfter === undefined ? undefined : sql`${providers.updatedAt} >= ${options.modifiedAfter}`,
      ),
    )
    .orderBy(asc(providers.name), asc(providers.id));
  const needle = options.search?.toLocaleLowerCase('cs');
  return needle ? rows.filter((p) => p.name.toLocaleLowerCase('cs').includes(needle) || p.ico === options.search) : rows;
}
