/**
 * A territory's catalogue as a versioned snapshot for the PWA's offline copy.
 *
 * The version is the highest `seq` among the territory's services (retired ones included) and their providers:
 * seq comes from one global counter stamped by triggers on every insert and update, so any change to the
 * catalogue raises it, and it doubles as the ETag. A delta (`since`) carries the live services and providers
 * changed after that version plus tombstones: ids of services retired or deleted since, and of providers that
 * no longer have a live service here. Links (forms, groups, municipalities) have no seq of their own; every write
 * path touches the service row with them, which raises its seq.
 */
import { and, asc, gt, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { CLIENT_GROUPS, SERVICE_FORMS, SERVICE_KINDS, TARGET_GROUPS } from '../../schema/codelists.ts';
import { municipalities, providers, serviceMunicipalities, services } from '../../schema/tables.ts';
import { compact, providerCard, serviceCard } from '../catalogue/public-service.ts';
import type { Database } from '../env.ts';
import { loadServiceLinks, linksOf } from './catalogue-read.ts';
import { idList, territoryMunicipalityRows } from './catalogue-scope.ts';

/** Bumped when the snapshot's shape changes, so clients holding the old shape never get a 304 for it. */
export const SNAPSHOT_FORMAT = 1;

export function codeLists() {
  return {
    serviceKinds: SERVICE_KINDS.map(({ code, paragraph, name, nameEn, category, registryCode }) => compact({ code, paragraph, name, nameEn, category, registryCode })),
    serviceForms: SERVICE_FORMS.map(({ code, name, nameEn }) => ({ code, name, nameEn })),
    targetGroups: TARGET_GROUPS.map(({ code, name, nameEn }) => ({ code, name, nameEn })),
    clientGroups: CLIENT_GROUPS.map(({ code, name, nameEn, targetGroupCode, registryCode }) => compact({ code, name, nameEn, targetGroupCode, registryCode })),
  };
}

export async function catalogueVersion(db: Database, territoryIds: readonly string[]): Promise<number> {
  const inScope = sql`${services.territoryId} IN ${idList(territoryIds)}`;
  // Both by index: the newest service of the territory (territory_id, seq), and the newest of its services' providers
  // (territory_id, provider_id, then each provider by id). Walking every provider from the newest down until one had a
  // service here read, on average, as many providers as the country has per one of this territory's: a cost that grew
  // with the country on every request, the revalidations answered 304 included.
  const [row] = await db.all<{ services: number | null; providers: number | null }>(sql`
    SELECT
      (SELECT max(${services.seq}) FROM ${services} WHERE ${inScope}) AS services,
      (SELECT max(p.seq) FROM ${services} JOIN ${providers} p ON p.id = ${services.providerId} WHERE ${inScope}) AS providers`);
  return Math.max(row?.services ?? 0, row?.providers ?? 0);
}

export const snapshotEtag = (territoryId: string, version: number, since: number | undefined) =>
  `"catalogue-${SNAPSHOT_FORMAT}-${territoryId}-${version}-${since ?? 'full'}"`;

type Territory = { id: string; slug: string; name: string };

export async function buildSnapshot(db: Database, territory: Territory, territoryIds: readonly string[], version: number, since?: number) {
  const inScope = sql`${services.territoryId} IN ${idList(territoryIds)}`;
  const live = and(inScope, isNull(services.retiredAt), isNull(services.deletedAt));
  // A delta starts from a version the client holds; a client ahead of the server (restored database) gets it all.
  const delta = since !== undefined && since <= version ? since : undefined;

  const changedServices = and(live, delta === undefined ? undefined : gt(services.seq, delta));
  // Grouped by provider: a provider's id then repeats within gzip's 32 KB window, which halves what the ids cost.
  const serviceRows = await db.select().from(services).where(changedServices).orderBy(asc(services.providerId), asc(services.name));
  const links = await loadServiceLinks(db, sql`(SELECT ${services.id} FROM ${services} WHERE ${changedServices})`);

  // Correlated by provider (services_provider_idx), so a delta reads the changed providers, not every live service.
  const hasLiveService = sql`EXISTS (SELECT 1 FROM ${services} WHERE ${services.providerId} = ${providers.id} AND ${live})`;
  const providerRows = await db
    .select()
    .from(providers)
    .where(
      and(
        isNull(providers.deletedAt),
        delta === undefined
          ? sql`${providers.id} IN (SELECT ${services.providerId} FROM ${services} WHERE ${live})`
          : and(or(gt(providers.seq, delta), sql`${providers.id} IN (SELECT ${services.providerId} FROM ${services} WHERE ${changedServices})`), hasLiveService),
      ),
    )
    .orderBy(asc(providers.name));

  // The municipalities the answer mentions: all of the territory's in a full snapshot, the served ones in a delta.
  const servedIds = sql`(SELECT ${serviceMunicipalities.municipalityId} FROM ${serviceMunicipalities} WHERE ${serviceMunicipalities.serviceId} IN (SELECT ${services.id} FROM ${services} WHERE ${changedServices}))`;
  const served = await db
    .select({ id: municipalities.id, code: municipalities.code, name: municipalities.name, lat: municipalities.lat, lng: municipalities.lng })
    .from(municipalities)
    .where(sql`${municipalities.id} IN ${servedIds}`);
  const own = delta === undefined ? await territoryMunicipalityRows(db, territoryIds) : [];
  const byCode = new Map([...own, ...served].map((m) => [m.code, compact(m)]));

  const body = {
    territory,
    version,
    full: delta === undefined,
    ...(delta !== undefined ? { since: delta } : {}),
    services: serviceRows.map((row) => serviceCard(row, linksOf(links, row.id))),
    providers: providerRows.map(providerCard),
    municipalities: [...byCode.values()].sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'cs')),
    ...(delta === undefined ? { codeLists: codeLists() } : {}),
  };
  if (delta === undefined) return body;

  const goneServices = await db
    .select({ id: services.id })
    .from(services)
    .where(and(inScope, gt(services.seq, delta), or(isNotNull(services.retiredAt), isNotNull(services.deletedAt))));
  // The candidates come from two index ranges, the territory's changed services (territory_id, seq) and the changed
  // providers (seq): one subquery testing "service changed OR provider changed" per provider scanned every provider
  // and, for each, the territory's services, which made the delta grow with the country instead of the changes.
  const candidates = sql`SELECT ${services.providerId} FROM ${services} WHERE ${inScope} AND ${services.seq} > ${delta}
    UNION ALL SELECT p.id FROM ${providers} p WHERE p.seq > ${delta}
      AND EXISTS (SELECT 1 FROM ${services} WHERE ${services.providerId} = p.id AND ${inScope})`;
  const goneProviders = await db
    .select({ id: providers.id })
    .from(providers)
    .where(and(sql`${providers.id} IN (${candidates})`, or(isNotNull(providers.deletedAt), sql`NOT ${hasLiveService}`)));
  return { ...body, deleted: { services: goneServices.map((r) => r.id), providers: goneProviders.map((r) => r.id) } };
}

export type CatalogueSnapshot = Awaited<ReturnType<typeof buildSnapshot>>;

