import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { municipalities, providers, serviceClientGroups, serviceFormLinks, serviceMunicipalities, services, territories } from '../../schema/tables.ts';
import { NO_LINKS, providerCard, serviceCard, type ServiceLinks, type ServiceRow } from '../catalogue/public-service.ts';
import type { Database } from '../env.ts';
import { idList } from './catalogue-scope.ts';

/** The three queries of `loadServiceLinks`, for callers that batch them with their own. */
function linkQueries(db: Database, serviceIds: SQL) {
  return [
    db.select().from(serviceFormLinks).where(sql`${serviceFormLinks.serviceId} IN ${serviceIds}`).orderBy(asc(serviceFormLinks.formCode)),
    db.select().from(serviceClientGroups).where(sql`${serviceClientGroups.serviceId} IN ${serviceIds}`).orderBy(asc(serviceClientGroups.clientGroupCode)),
    db
      .select({ serviceId: serviceMunicipalities.serviceId, id: municipalities.id, code: municipalities.code, name: municipalities.name })
      .from(serviceMunicipalities)
      .innerJoin(municipalities, eq(municipalities.id, serviceMunicipalities.municipalityId))
      .where(sql`${serviceMunicipalities.serviceId} IN ${serviceIds}`)
      .orderBy(asc(municipalities.name)),
  ] as const;
}

type LinkRows = {
  forms: { serviceId: string; formCode: string }[];
  groups: { serviceId: string; clientGroupCode: string }[];
  served: { serviceId: string; id: string; code: string; name: string }[];
};

function collectLinks({ forms, groups, served }: LinkRows): Map<string, ServiceLinks> {
  const links = new Map<string, ServiceLinks>();
  const of = (id: string) => {
    let entry = links.get(id);
    if (!entry) links.set(id, (entry = { forms: [], clientGroups: [], municipalities: [] }));
    return entry;
  };
  for (const f of forms) of(f.serviceId).forms.push(f.formCode);
  for (const g of groups) of(g.serviceId).clientGroups.push(g.clientGroupCode);
  for (const m of served) of(m.serviceId).municipalities.push({ id: m.id, code: m.code, name: m.name });
  return links;
}

/** Forms, client groups and municipalities of the services that `serviceIds` (a subquery of ids) selects. */
export async function loadServiceLinks(db: Database, serviceIds: SQL): Promise<Map<string, ServiceLinks>> {
  const [forms, groups, served] = await db.batch(linkQueries(db, serviceIds));
  return collectLinks({ forms, groups, served });
}

export const linksOf = (links: Map<string, ServiceLinks>, id: string) => links.get(id) ?? NO_LINKS;

export async function findService(db: Database, id: string): Promise<ServiceRow | undefined> {
  return db.query.services.findFirst({ where: and(eq(services.id, id), isNull(services.deletedAt)) });
}

export async function findProvider(db: Database, id: string) {
  return db.query.providers.findFirst({ where: and(eq(providers.id, id), isNull(providers.deletedAt)) });
}

/** A service with everything its page shows: provider, territory, municipalities by name. */
export async function serviceDetail(db: Database, row: ServiceRow, showSecretAddress: boolean) {
  const [links, provider, territory] = await Promise.all([
    loadServiceLinks(db, idList([row.id])),
    db.query.providers.findFirst({ where: eq(providers.id, row.providerId) }),
    db.query.territories.findFirst({ where: eq(territories.id, row.territoryId), columns: { id: true, slug: true, name: true } }),
  ]);
  const serviceLinks = linksOf(links, row.id);
  return {
    ...serviceCard(row, serviceLinks, showSecretAddress),
    municipalities: serviceLinks.municipalities,
    provider: provider ? providerCard(provider) : null,
    territory: territory ?? null,
    source: row.source,
    updatedAt: row.updatedAt,
    retiredAt: row.retiredAt,
  };
}

/** A provider with its services that are still provided, in every territory. */
export async function providerDetail(db: Database, providerId: string) {
  const provider = await findProvider(db, providerId);
  if (!provider) return undefined;
  const rows = await db
    .select()
    .from(services)
    .where(and(eq(services.providerId, providerId), isNull(services.retiredAt), isNull(services.deletedAt)))
    .orderBy(asc(services.name));
  const links = await loadServiceLinks(db, idList(rows.map((r) => r.id)));
  return {
    ...providerCard(provider),
    source: provider.source,
    updatedAt: provider.updatedAt,
    services: rows.map((row) => serviceCard(row, linksOf(links, row.id))),
  };
}

/** The live services of a set of territories with links and providers: the CSV and HSDS exports read this. */
export async function liveServicesWithProviders(
  db: Database,
  territoryIds: readonly string[],
  options: { modifiedAfter?: number; limit?: number; offset?: number } = {},
) {
  const where = and(
    sql`${services.territoryId} IN ${idList(territoryIds)}`,
    isNull(services.retiredAt),
    isNull(services.deletedAt),
    options.modifiedAfter === undefined ? undefined : sql`${services.updatedAt} >= ${options.modifiedAfter}`,
  );
  const [countRow] = await db.select({ total: sql<number>`count(*)` }).from(services).where(where);
  let query = db.select().from(services).where(where).orderBy(asc(services.name), asc(services.id)).$dynamic();
  if (options.limit !== undefined) query = query.limit(options.limit).offset(options.offset ?? 0);
  const rows = await query;
  const ids = rows.map((r) => r.id);
  const links = await loadServiceLinks(db, idList(ids));
  const providerIds = [...new Set(rows.map((r) => r.providerId))];
  const providerRows = await db.select().from(providers).where(sql`${providers.id} IN ${idList(providerIds)}`);
  const providerById = new Map(providerRows.map((p) => [p.id, p]));
  return {
    total: countRow?.total ?? 0,
    rows: rows.map((service) => ({ service, links: linksOf(links, service.id), provider: providerById.get(service.providerId) })),
  };
}
